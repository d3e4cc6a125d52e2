// mqtt-workbench sub: subscribe and print messages, with mosquitto_sub's options and output.
#include "argumentparser.h"
#include "clitext.h"
#include "commandclient.h"
#include "commandline.h"
#include "commands.h"
#include "commandsubscriptions.h"
#include "connectionoptions.h"
#include "exitcodes.h"
#include "messageformatter.h"
#include "payloadcodecoption.h"

#include <mqttcore/topic.h>

#include <QTimer>

#include <cstdio>

namespace cli {

namespace {

struct SubSettings
{
    QList<ProfileReader::SavedFilter> filters;
    /// --retain-handling, --retain-as-published, --no-local (MQTT 5; QoS comes per filter).
    mqtt::SubscriptionOptions options;
    QStringList filterOut;
    QStringList unsubscribe;
    qint64 count = 0;   ///< -C, 0 = unlimited
    qint64 timeout = 0; ///< -W seconds, 0 = none
    bool noRetained = false;
    bool retainedOnly = false;
    bool exitAfterSubscribe = false;
    bool removeRetained = false;
};

/// Receives, filters and prints messages until -C, -W, --retained-only or -E ends the run.
class Subscriber final : public QObject
{
public:
    Subscriber(CommandClient *session, SubSettings settings, MessageFormatter formatter)
        : m_session(session), m_settings(std::move(settings)), m_formatter(std::move(formatter))
    {
        mqtt::Client *client = session->client();
        connect(client, &mqtt::Client::messageReceived, this, &Subscriber::onMessage);
        connect(session, &CommandClient::connected, this, [this] {
            for (const QString &filter : m_settings.unsubscribe)
                m_session->client()->unsubscribe(filter,
                                                 m_session->connection().properties.unsubscribe);
            if (m_settings.timeout > 0)
                QTimer::singleShot(m_settings.timeout * 1000, this, [this] {
                    m_session->fail(ExitTimeout, CliText::tr("timed out after %n second(s) (-W)",
                                                             nullptr, int(m_settings.timeout)));
                });
        });
        auto *subscriptions =
            new CommandSubscriptions(session, m_settings.filters, m_settings.options, this);
        if (m_settings.exitAfterSubscribe)
            connect(subscriptions, &CommandSubscriptions::acknowledged, this,
                    [this] { m_session->finish(ExitSuccess); });
    }

private:
    void onMessage(const mqtt::Message &message)
    {
        if (m_done)
            return;
        for (const QString &filter : m_settings.filterOut) {
            if (mqtt::topicMatches(filter, message.topic()))
                return;
        }
        if (m_settings.retainedOnly && !message.retain()) {
            m_done = true;
            m_session->finish(ExitSuccess);
            return;
        }
        if (m_settings.noRetained && message.retain())
            return;
        if (m_settings.removeRetained && message.retain()) {
            m_session->client()->publish(
                mqtt::Message(message.topic(), {}, mqtt::QoS::AtMostOnce, true));
        }

        QString warning;
        const QByteArray text = m_formatter.render(message, &warning);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        if (!warning.isEmpty())
            m_session->warn(warning);

        if (m_settings.count > 0 && ++m_printed >= m_settings.count) {
            m_done = true;
            m_session->finish(ExitSuccess);
        }
    }

    CommandClient *m_session;
    SubSettings m_settings;
    MessageFormatter m_formatter;
    qint64 m_printed = 0;
    bool m_done = false;
};

void addSubOptions(ArgumentParser &parser)
{
    parser.addSection(CliText::tr("Subscription"));
    parser.addOption({QStringLiteral("t"), QStringLiteral("topic")}, QStringLiteral("FILTER"),
                     CliText::tr("topic filter to subscribe to (repeatable)"));
    parser.addOption({QStringLiteral("T"), QStringLiteral("filter-out")}, QStringLiteral("FILTER"),
                     CliText::tr("do not print messages matching FILTER (repeatable)"));
    parser.addOption({QStringLiteral("U"), QStringLiteral("unsubscribe")}, QStringLiteral("FILTER"),
                     CliText::tr("unsubscribe from FILTER after connecting (repeatable)"));
    parser.addOption({QStringLiteral("q"), QStringLiteral("qos")}, QStringLiteral("QOS"),
                     CliText::tr("maximum QoS of the subscriptions (default 0)"));
    parser.addOption({QStringLiteral("C"), QStringLiteral("n"), QStringLiteral("count")},
                     QStringLiteral("COUNT"),
                     CliText::tr("exit after printing COUNT messages (-n: hbmqtt_sub's name)"));
    parser.addOption({QStringLiteral("W"), QStringLiteral("timeout")}, QStringLiteral("SECONDS"),
                     CliText::tr("exit with code 8 after SECONDS"));
    parser.addOption({QStringLiteral("R"), QStringLiteral("no-retained")}, {},
                     CliText::tr("do not print stale (retained) messages"));
    parser.addOption({QStringLiteral("retained-only")}, {},
                     CliText::tr("print only retained messages; exit at the first live one"));
    parser.addOption(
        {QStringLiteral("remove-retained")}, {},
        CliText::tr("clear every retained message received (not those filtered by -T)"));
    parser.addOption({QStringLiteral("E"), QStringLiteral("exit-after-subscribe")}, {},
                     CliText::tr("exit once the subscriptions are acknowledged"));
    parser.addOption({QStringLiteral("retain-handling")}, QStringLiteral("0|1|2"),
                     CliText::tr("MQTT 5: retained messages 0 on every subscribe (default), 1 only "
                                 "for a new subscription, 2 never"));
    parser.addOption({QStringLiteral("retain-as-published")}, {},
                     CliText::tr("MQTT 5: keep the retain flag messages were published with"));
    parser.addOption({QStringLiteral("no-local")}, {},
                     CliText::tr("MQTT 5: do not receive this client's own publications"));

    parser.addSection(CliText::tr("Output"));
    parser.addOption({QStringLiteral("v"), QStringLiteral("verbose")}, {},
                     CliText::tr("print 'topic payload' (mosquitto_sub -v)"));
    parser.addOption({QStringLiteral("N"), QStringLiteral("no-eol")}, {},
                     CliText::tr("no newline after each message"));
    parser.addOption(
        {QStringLiteral("F"), QStringLiteral("output-format")}, QStringLiteral("FORMAT"),
        CliText::tr("print with mosquitto_sub's format placeholders, e.g. '%t %p', '%j'"));
    parser.addOption({QStringLiteral("j"), QStringLiteral("json")}, {},
                     CliText::tr("print one JSON object per message (JSON lines)"));
    PayloadCodecOption::addTo(parser, CliText::tr("decode payloads as %1"));
    parser.addOption({QStringLiteral("quiet")}, {}, CliText::tr("print no error messages"));
    ConnectionOptions::addTo(parser);
    parser.addEpilog(
        CliText::tr("Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot "
                    "connect, 4 host not found, 5 TLS failure, 6 connection refused by "
                    "the broker, 7 bad credentials or not authorized, 8 timeout (also "
                    "-W), 9 connection lost.\n"));
}

} // namespace

int runSub(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ArgumentParser parser(QStringLiteral("sub"),
                          QStringLiteral("-t FILTER [-t FILTER ...] [OPTIONS]"));
    addSubOptions(parser);
    const QString command = QStringLiteral("sub");
    ConnectionOptions connection;
    if (const auto done = parseClientCommandLine(parser, app.arguments().mid(1), &connection))
        return *done;
    const auto usageError = [&](const QString &line) { return cli::usageError(command, line); };
    QString error;
    SubSettings settings;
    const auto filters =
        connection.subscriberFilters(parser, parser.values(QStringLiteral("t")), &error);
    if (!filters)
        return usageError(error);
    settings.filters = *filters;
    settings.unsubscribe = parser.values(QStringLiteral("U"));
    if (settings.filters.isEmpty() && settings.unsubscribe.isEmpty())
        return usageError(CliText::tr("no topic given: use -t FILTER"));
    settings.filterOut = parser.values(QStringLiteral("T"));
    for (const QString &filter : settings.filterOut + settings.unsubscribe) {
        if (!mqtt::isValidTopicFilter(filter))
            return usageError(CliText::tr("invalid topic filter '%1'").arg(filter));
    }
    if (parser.isSet(QStringLiteral("C")) &&
        !parseInteger(QStringLiteral("-C"), parser.value(QStringLiteral("C")), 1,
                      std::numeric_limits<int>::max(), &settings.count, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("W")) &&
        !parseInteger(QStringLiteral("-W"), parser.value(QStringLiteral("W")), 1, 86400 * 365,
                      &settings.timeout, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("retain-handling"))) {
        qint64 handling = 0;
        if (!parseInteger(QStringLiteral("--retain-handling"),
                          parser.value(QStringLiteral("retain-handling")), 0, 2, &handling, &error))
            return usageError(error);
        settings.options.retainHandling = mqtt::RetainHandling(handling);
    }
    settings.options.retainAsPublished = parser.isSet(QStringLiteral("retain-as-published"));
    settings.options.noLocal = parser.isSet(QStringLiteral("no-local"));
    const bool v5Options = parser.isSet(QStringLiteral("retain-handling")) ||
                           settings.options.retainAsPublished || settings.options.noLocal;
    if (v5Options && connection.options.protocolVersion != mqtt::ProtocolVersion::V5)
        return usageError(CliText::tr(
            "--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)"));
    settings.noRetained = parser.isSet(QStringLiteral("R"));
    settings.retainedOnly = parser.isSet(QStringLiteral("retained-only"));
    settings.exitAfterSubscribe = parser.isSet(QStringLiteral("E"));
    settings.removeRetained = parser.isSet(QStringLiteral("remove-retained"));
    if (settings.noRetained && settings.retainedOnly)
        return usageError(CliText::tr("-R and --retained-only exclude each other"));

    const int styles =
        int(parser.isSet(QStringLiteral("F"))) + int(parser.isSet(QStringLiteral("j")));
    if (styles > 1)
        return usageError(CliText::tr("-F and -j exclude each other"));
    MessageFormatter::Style style = MessageFormatter::Style::PayloadOnly;
    if (parser.isSet(QStringLiteral("F"))) {
        if (!MessageFormatter::validateFormat(parser.value(QStringLiteral("F")), &error))
            return usageError(error);
        style = MessageFormatter::Style::Template;
    } else if (parser.isSet(QStringLiteral("j"))) {
        style = MessageFormatter::Style::JsonLines;
    } else if (parser.isSet(QStringLiteral("v"))) {
        style = MessageFormatter::Style::Verbose;
    }
    MessageFormatter formatter(style, parser.value(QStringLiteral("F")));
    formatter.setEndOfLine(!parser.isSet(QStringLiteral("N")));
    PayloadCodecOption codecOption;
    if (const std::optional<int> failed = codecOption.read(parser, command))
        return *failed;
    formatter.setPayloadCodec(codecOption.codecs(), codecOption.codec());

    CommandClient session(command, connection);
    session.setQuiet(parser.isSet(QStringLiteral("quiet")));
    Subscriber subscriber(&session, settings, formatter);
    session.start();
    return app.exec();
}

} // namespace cli
