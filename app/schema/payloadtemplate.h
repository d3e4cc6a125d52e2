#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

namespace schema {

/// A payload text with placeholders that are filled in anew for every message, so that a
/// message published again and again (the publish panel's Repeat, `pub --template --repeat`)
/// differs each time, as a simulated sensor's would. The placeholders:
///
///   {{counter}}             1, 2, 3, ...: the number of the expansion
///   {{counter:START}}       START, START+1, ...
///   {{counter:START:STEP}}  START, START+STEP, ... (integers, STEP may be negative)
///   {{time}}                the time in ISO 8601, UTC, with milliseconds: 2024-05-01T12:00:00.123Z
///   {{timestamp}}           Unix time in seconds
///   {{timestamp_ms}}        Unix time in milliseconds
///   {{random:MIN:MAX}}      a random number from MIN to MAX (both included): an integer when
///                           both bounds are integers, else a decimal with as many decimals as
///                           the more precise bound (`{{random:20:25.5}}` gives e.g. 23.7)
///   {{uuid}}                a random UUID: 5d3c...-... (without braces)
///   {{{{                    a literal "{{"
///
/// Spaces inside the braces are ignored (`{{ counter }}`). Values are inserted as plain text,
/// never quoted: numbers stay numbers in JSON (`{"t": {{random:20:25}}}`), while the time and
/// the UUID need quotes there (`{"at": "{{time}}"}`). The expanded text is then encoded by the
/// chosen payload codec like any typed payload. All counters of one expansion show the same
/// number.
class PayloadTemplate
{
public:
    /// The template, or nullopt with a one-line, translated *error (if given) that names the
    /// column (and line, past the first) and the bad placeholder: an unknown name, bad
    /// arguments, MIN greater than MAX, a "{{" without "}}".
    static std::optional<PayloadTemplate> parse(QStringView text, QString *error = nullptr);

    /// True when the text has a placeholder (a "{{{{" escape alone is none).
    bool isTemplate() const { return m_hasPlaceholder; }

    /// The text with its placeholders filled in; counts the expansion.
    QString expand();

    /// Expansions so far; the next {{counter}} is START + done * STEP.
    qint64 expansions() const { return m_expansions; }
    /// Restarts the counter as though `done` expansions had been made.
    void restart(qint64 done = 0) { m_expansions = done; }

    /// The clock {{time}} and {{timestamp}} read (the current time unless set; for tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    enum class Kind
    {
        Literal,
        Counter,
        Time,
        Timestamp,
        TimestampMs,
        RandomInteger,
        RandomDecimal,
        Uuid
    };

    /// A run of literal text (a range of m_text) or one placeholder.
    struct Part
    {
        Kind kind = Kind::Literal;
        qsizetype from = 0; ///< Literal: the range in m_text
        qsizetype size = 0;
        qint64 first = 0;  ///< Counter: START; Random*: MIN (Decimal: scaled by 10^decimals)
        qint64 second = 0; ///< Counter: STEP; Random*: MAX (likewise)
        int decimals = 0;  ///< RandomDecimal
    };

    QDateTime now() const;

    QString m_text;
    std::vector<Part> m_parts;
    qsizetype m_literalSize = 0;
    qint64 m_expansions = 0;
    bool m_hasPlaceholder = false;
    std::function<QDateTime()> m_clock;
};

} // namespace schema
