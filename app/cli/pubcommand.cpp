// mqtt-workbench pub: publish messages, with mosquitto_pub's options.
#include "argumentparser.h"
#include "clitext.h"
#include "commandclient.h"
#include "commandline.h"
#include "commands.h"
#include "connectionoptions.h"
#include "exitcodes.h"
#include "payloadcodecoption.h"
#include "stdinlinereader.h"

#include <mqttcore/payloadformat.h>
#include <mqttcore/topic.h>
#include <schema/payloadtemplate.h>

#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

namespace cli {

namespace {

// QoS 1/2 messages kept in flight at once for --repeat (the client queues beyond the
// broker's receive maximum itself; this only bounds memory for very large counts).
constexpr int PublishWindow = 1000;

/// Turns message text into payload bytes (--format), or gives a one-line *error.
using Encoder = std::function<std::optional<QByteArray>(const QByteArray &, QString *)>;

/// Sends the message(s) of one pub run and finishes when all are acknowledged.
class Publisher final : public QObject
{
public:
    Publisher(CommandClient *session, mqtt::Message message, qint64 repeat, int repeatDelayMs)
        : m_session(session), m_message(std::move(message)), m_total(repeat),
          m_delayMs(repeatDelayMs)
    {
        connect(session, &CommandClient::connected, this, &Publisher::pump);
    }

    /// --template: each of the --repeat messages gets the template's next expansion, turned
    /// into payload bytes by `encode`.
    void expandEach(const schema::PayloadTemplate &payloadTemplate, Encoder encode)
    {
        m_next = [expander = payloadTemplate, encode](QString *error) mutable {
            return encode(expander.expand().toUtf8(), error);
        };
    }

    /// -l: messages come from stdin lines instead of --repeat copies of one message; each line
    /// is turned into payload bytes by `encode` (--format), which may refuse it.
    void readLines(Encoder encode)
    {
        m_total = 0;
        disconnect(m_session, &CommandClient::connected, this, nullptr);
        auto *reader = new StdinLineReader(this);
        connect(m_session, &CommandClient::connected, reader, &StdinLineReader::start);
        connect(reader, &StdinLineReader::lineRead, this, [this, encode](const QByteArray &line) {
            QString error;
            const std::optional<QByteArray> payload = encode(line, &error);
            if (!payload) {
                m_session->warn(error);
                m_exitCode = ExitFailure;
                return;
            }
            mqtt::Message message = m_message;
            message.setPayload(*payload);
            publish(message);
        });
        connect(reader, &StdinLineReader::finished, this, [this] {
            m_inputDone = true;
            finishIfDone();
        });
    }

private:
    void pump()
    {
        m_waiting = false;
        while (m_sent < m_total && m_outstanding < PublishWindow) {
            if (m_next) {
                QString error;
                const std::optional<QByteArray> payload = m_next(&error);
                if (payload) {
                    mqtt::Message message = m_message;
                    message.setPayload(*payload);
                    publish(message);
                } else {
                    m_session->warn(error);
                    m_exitCode = ExitFailure;
                }
            } else {
                publish(m_message);
            }
            ++m_sent;
            if (m_delayMs > 0 && m_sent < m_total) {
                m_waiting = true;
                QTimer::singleShot(m_delayMs, this, &Publisher::pump);
                return;
            }
        }
        if (m_sent >= m_total)
            m_inputDone = true;
        finishIfDone();
    }

    void publish(const mqtt::Message &message)
    {
        ++m_outstanding;
        mqtt::PublishHandle *handle = m_session->client()->publish(message);
        connect(handle, &mqtt::PublishHandle::finished, this,
                [this, handle, topic = message.topic()] {
                    // MQTT 5 0x10 is a success, but the user learns that nobody listens.
                    if (handle->reasonCode() == mqtt::ReasonCode::NoMatchingSubscribers)
                        m_session->warn(
                            CliText::tr("published to '%1', but no subscriber matched").arg(topic));
                    settled();
                });
        connect(handle, &mqtt::PublishHandle::failed, this,
                [this, topic = message.topic()](const mqtt::ClientError &error) {
                    m_session->warn(CliText::tr("publish to '%1' failed: %2")
                                        .arg(topic, describeClientError(
                                                        error, m_session->connection().options)));
                    m_exitCode = ExitFailure;
                    settled();
                });
    }

    void settled()
    {
        --m_outstanding;
        if (!m_waiting && m_sent < m_total)
            pump();
        else
            finishIfDone();
    }

    void finishIfDone()
    {
        if (m_inputDone && m_outstanding == 0)
            m_session->finish(m_exitCode);
    }

    CommandClient *m_session;
    mqtt::Message m_message;
    std::function<std::optional<QByteArray>(QString *)> m_next;
    qint64 m_total;
    qint64 m_sent = 0;
    int m_delayMs;
    int m_outstanding = 0;
    bool m_waiting = false;
    bool m_inputDone = false;
    int m_exitCode = ExitSuccess;
};

void addPubOptions(ArgumentParser &parser)
{
    parser.addSection(CliText::tr("Message"));
    parser.addOption({QStringLiteral("t"), QStringLiteral("topic")}, QStringLiteral("TOPIC"),
                     CliText::tr("topic to publish to"));
    parser.addOption({QStringLiteral("m"), QStringLiteral("message")}, QStringLiteral("MESSAGE"),
                     CliText::tr("send MESSAGE"));
    parser.addOption({QStringLiteral("f"), QStringLiteral("file")}, QStringLiteral("FILE"),
                     CliText::tr("send the contents of FILE as one message"));
    parser.addOption({QStringLiteral("l"), QStringLiteral("stdin-line")}, {},
                     CliText::tr("send each line of stdin as a message, as the lines arrive"));
    parser.addOption({QStringLiteral("s"), QStringLiteral("stdin-file")}, {},
                     CliText::tr("send all of stdin as one message"));
    parser.addOption({QStringLiteral("n"), QStringLiteral("null-message")}, {},
                     CliText::tr("send an empty message"));
    parser.addOption({QStringLiteral("q"), QStringLiteral("qos")}, QStringLiteral("QOS"),
                     CliText::tr("quality of service 0, 1 or 2 (default 0)"));
    parser.addOption({QStringLiteral("r"), QStringLiteral("retain")}, {},
                     CliText::tr("retain the message"));
    parser.addOption({QStringLiteral("repeat")}, QStringLiteral("COUNT"),
                     CliText::tr("send the message COUNT times"));
    parser.addOption({QStringLiteral("repeat-delay")}, QStringLiteral("SECONDS"),
                     CliText::tr("wait SECONDS (fractions allowed) between repeats"));
    parser.addOption({QStringLiteral("template")}, {},
                     CliText::tr("fill in placeholders anew for each message: {{counter}}, "
                                 "{{time}}, {{timestamp}}, {{timestamp_ms}}, "
                                 "{{random:MIN:MAX}}, {{uuid}}"));
    PayloadCodecOption::addTo(
        parser, CliText::tr("read the message text as %1 and send its bytes (e.g. hex '01 ff'; "
                            "cbor, msgpack, sparkplug and protobuf from JSON)"));
    parser.addOption({QStringLiteral("quiet")}, {}, CliText::tr("print no error messages"));
    ConnectionOptions::addTo(parser);
    parser.addEpilog(
        CliText::tr("Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot "
                    "connect, 4 host not found, 5 TLS failure, 6 connection refused by "
                    "the broker, 7 bad credentials or not authorized, 8 timeout, 9 "
                    "connection lost.\n"));
}

// Reads the message source options into *payload; false with *error when they conflict.
bool readPayload(const ArgumentParser &parser, QByteArray *payload, QString *error)
{
    const int sources =
        int(parser.isSet(QStringLiteral("m"))) + int(parser.isSet(QStringLiteral("f"))) +
        int(parser.isSet(QStringLiteral("l"))) + int(parser.isSet(QStringLiteral("s"))) +
        int(parser.isSet(QStringLiteral("n")));
    if (sources == 0) {
        *error = CliText::tr("no message given: use -m, -f, -l, -s or -n");
        return false;
    }
    if (sources > 1) {
        *error = CliText::tr("only one of -m, -f, -l, -s and -n may be given");
        return false;
    }
    if (parser.isSet(QStringLiteral("m"))) {
        *payload = parser.value(QStringLiteral("m")).toUtf8();
    } else if (parser.isSet(QStringLiteral("f"))) {
        QFile file(parser.value(QStringLiteral("f")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        *payload = file.readAll();
    } else if (parser.isSet(QStringLiteral("s"))) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read stdin: %1").arg(input.errorString());
            return false;
        }
        *payload = input.readAll();
    }
    return true;
}

} // namespace

int runPub(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ArgumentParser parser(
        QStringLiteral("pub"),
        QStringLiteral("-t TOPIC {-m MESSAGE | -f FILE | -l | -s | -n} [OPTIONS]"));
    addPubOptions(parser);
    const QString command = QStringLiteral("pub");
    ConnectionOptions connection;
    if (const auto done = parseClientCommandLine(parser, app.arguments().mid(1), &connection))
        return *done;
    const auto usageError = [&](const QString &line) { return cli::usageError(command, line); };
    QString error;
    // A --config file may ask for reconnection (auto_reconnect); pub's default is not to wait.
    connection.options.reconnect.enabled = connection.autoReconnect.value_or(false);
    const QString topic =
        parser.isSet(QStringLiteral("t")) ? parser.value(QStringLiteral("t")) : connection.urlTopic;
    if (topic.isEmpty())
        return usageError(CliText::tr("no topic given: use -t TOPIC"));
    if (!mqtt::isValidTopicName(topic))
        return usageError(
            CliText::tr("invalid topic '%1': a topic name has no '+' or '#'").arg(topic));

    QByteArray payload;
    if (!readPayload(parser, &payload, &error))
        return usageError(error);
    PayloadCodecOption codecOption;
    if (const std::optional<int> failed = codecOption.read(parser, command))
        return *failed;
    // --format: the given text is converted to payload bytes; without it, bytes go as they are.
    const Encoder encode =
        [codec = codecOption.codec()](const QByteArray &text,
                                      QString *encodeError) -> std::optional<QByteArray> {
        if (!codec)
            return text;
        std::optional<QByteArray> bytes = codec->fromText(QString::fromUtf8(text), encodeError);
        if (!bytes)
            *encodeError =
                CliText::tr("cannot read the message as %1: %2").arg(codec->name(), *encodeError);
        return bytes;
    };
    // --template: the text is expanded for each message before --format encodes it.
    const bool templated = parser.isSet(QStringLiteral("template"));
    if (templated && parser.isSet(QStringLiteral("n")))
        return usageError(CliText::tr("--template needs a message text: -m, -f, -l or -s"));
    std::optional<schema::PayloadTemplate> payloadTemplate;
    if (templated && !parser.isSet(QStringLiteral("l"))) {
        payloadTemplate = schema::PayloadTemplate::parse(QString::fromUtf8(payload), &error);
        if (!payloadTemplate)
            return usageError(CliText::tr("bad --template: %1").arg(error));
        // The first expansion, not counted, shows whether --format takes what it gives.
        schema::PayloadTemplate preview = *payloadTemplate;
        payload = preview.expand().toUtf8();
    }
    if (!parser.isSet(QStringLiteral("l")) && !parser.isSet(QStringLiteral("n"))) {
        const std::optional<QByteArray> bytes = encode(payload, &error);
        if (!bytes)
            return usageError(error);
        payload = *bytes;
    }
    // Without -q / -r: the --config file's per-topic or default QoS and retain (hbmqtt's
    // default_qos, default_retain, topics), else QoS 0 and no retain.
    const mqtt::TopicDefaults defaults = connection.options.defaultsFor(topic);
    mqtt::QoS qos = defaults.qos;
    if (parser.isSet(QStringLiteral("q")) &&
        !parseQos(QStringLiteral("-q"), parser.value(QStringLiteral("q")), &qos, &error))
        return usageError(error);
    qint64 repeat = 1;
    if (parser.isSet(QStringLiteral("repeat")) &&
        !parseInteger(QStringLiteral("--repeat"), parser.value(QStringLiteral("repeat")), 1,
                      std::numeric_limits<int>::max(), &repeat, &error))
        return usageError(error);
    int repeatDelayMs = 0;
    if (parser.isSet(QStringLiteral("repeat-delay"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("repeat-delay")).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return usageError(
                CliText::tr("--repeat-delay must be a number of seconds from 0 to 86400"));
        repeatDelayMs = int(seconds * 1000);
    }

    mqtt::Message message(topic, payload, qos,
                          parser.isSet(QStringLiteral("r")) || defaults.retain);
    message.setProperties(connection.properties.publish);

    CommandClient session(command, connection);
    session.setQuiet(parser.isSet(QStringLiteral("quiet")));
    Publisher publisher(&session, message, repeat, repeatDelayMs);
    if (payloadTemplate)
        publisher.expandEach(*payloadTemplate, encode);
    if (parser.isSet(QStringLiteral("l"))) {
        if (templated) {
            // Each line is a template of its own; {{counter}} counts the lines sent.
            publisher.readLines([encode, lines = qint64(0)](
                                    const QByteArray &line,
                                    QString *lineError) mutable -> std::optional<QByteArray> {
                std::optional<schema::PayloadTemplate> lineTemplate =
                    schema::PayloadTemplate::parse(QString::fromUtf8(line), lineError);
                if (!lineTemplate) {
                    *lineError = CliText::tr("bad --template: %1").arg(*lineError);
                    return std::nullopt;
                }
                lineTemplate->restart(lines++);
                return encode(lineTemplate->expand().toUtf8(), lineError);
            });
        } else {
            publisher.readLines(encode);
        }
    }
    session.start();
    return app.exec();
}

} // namespace cli
