#pragma once

#include <mqttcore/message.h>
#include <schema/payloadcodecs.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace cli {

/// Turns received messages into the bytes sub prints, exactly as mosquitto_sub does for the
/// payload-only, -v and -F outputs (so scripts written for it keep working), plus JSON lines
/// (-j). -F placeholders: %t %p %q %r %l %m %x %X %I %U %j %J %A %C %D %E %F %P %R %S %%, with
/// "-", "0", width and ".precision" where mosquitto_sub accepts them; @X strftime fields, @N
/// nanoseconds, @@; escapes \\ \0 \a \e \n \r \t \v.
class MessageFormatter
{
    Q_DECLARE_TR_FUNCTIONS(cli::MessageFormatter)

public:
    enum class Style
    {
        PayloadOnly, ///< the payload; nothing at all for an empty payload
        Verbose,     ///< "topic payload", "topic (null)" for an empty payload
        Template,    ///< the -F format
        JsonLines,   ///< one JSON object per message
    };

    explicit MessageFormatter(Style style, const QString &format = {});

    /// Checks a -F format the way mosquitto_sub does; false with a one-line *error.
    static bool validateFormat(const QString &format, QString *error);

    /// -N: no newline after each message.
    void setEndOfLine(bool endOfLine) { m_endOfLine = endOfLine; }
    /// --format: payloads are printed in `codec`'s text (payload-only and -v styles, %p) and as
    /// its JSON value in -j; the automatic codec picks one per message by `codecs`' detection
    /// (its topic and Content Type included). A payload the codec cannot decode is still printed
    /// (escaped) with a warning; in -j it is then written as without --format, with the reason
    /// as "error". Without a codec, payloads are printed as their bytes.
    void setPayloadCodec(const schema::PayloadCodecs &codecs,
                         std::shared_ptr<const schema::PayloadCodec> codec)
    {
        m_codecs = codecs;
        m_codec = std::move(codec);
    }

    /// The bytes to print for one message. *warning receives a line for stderr when part of
    /// the output could not be made (%J with a payload that is not JSON), as mosquitto_sub does,
    /// or when the --format renderer could not decode the payload.
    QByteArray render(const mqtt::Message &message, QString *warning = nullptr) const;

private:
    struct Spec
    {
        char align = 0;
        char pad = ' ';
        int width = 0;
        int precision = -1;
    };
    struct Clock
    {
        qint64 seconds = 0;
        long nanoseconds = 0;
    };

    void renderTemplate(QByteArray &out, const mqtt::Message &message, QString *warning) const;
    void renderPlaceholder(QByteArray &out, char conversion, const Spec &spec,
                           const mqtt::Message &message, const Clock &clock,
                           QString *warning) const;
    QByteArray renderJsonLine(const mqtt::Message &message, QString *warning) const;
    QByteArray payloadText(const mqtt::Message &message, QString *warning) const;
    QString decodeWarning(const mqtt::Message &message, const QString &reason) const;
    /// The --format codec for this message (the automatic one resolved); null without --format.
    const schema::PayloadCodec *codecFor(const mqtt::Message &message) const;

    Style m_style;
    QByteArray m_format;
    bool m_endOfLine = true;
    schema::PayloadCodecs m_codecs;
    std::shared_ptr<const schema::PayloadCodec> m_codec;
};

} // namespace cli
