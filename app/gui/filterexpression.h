#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace gui {

/// The topic filter typed into a filter box. Whitespace separates terms; a topic matches when
/// it matches every term and none of the exclusions:
///   - `text`      plain text, case-insensitive substring of the topic
///   - `a/+/c/#`   an MQTT topic filter (a term with `+` or `#`), matched as a subscription would
///   - `/regex/`   a regular expression (case-insensitive), searched in the topic
///   - `-term` or `!term` excludes topics matching any of the above
/// An empty expression matches everything.
class FilterExpression final
{
public:
    FilterExpression() = default;
    explicit FilterExpression(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const QString &topic) const;
    /// Why a term was ignored (an invalid regular expression), or empty.
    QString errorString() const { return m_error; }

private:
    struct Term
    {
        enum Kind
        {
            Substring,
            TopicFilter,
            Regex
        };
        Kind kind = Substring;
        bool exclude = false;
        QString text;
        QRegularExpression regex;
    };
    static bool termMatches(const Term &term, const QString &topic);

    QList<Term> m_terms;
    QString m_error;
};

} // namespace gui
