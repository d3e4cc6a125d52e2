// mqtt-workbench monitor: a full-screen terminal view of live topics (mqttools' monitor), with
// sub's connection options, payload formats and exit codes.
#include "cli/argumentparser.h"
#include "cli/clitext.h"
#include "cli/commandclient.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/commandsubscriptions.h"
#include "cli/connectionoptions.h"
#include "cli/exitcodes.h"
#include "cli/payloadcodecoption.h"
#include "monitorview.h"
#include "terminal.h"
#include "topictable.h"

#include <mqttcore/topic.h>

#include <QElapsedTimer>
#include <QTimer>

#include <csignal>

namespace cli {

namespace monitor {
namespace {

/// The view redraws at most this often, however fast messages come.
constexpr int FrameIntervalMs = 100;
/// A warning stays in the footer this long.
constexpr qint64 MessageShownMs = 10'000;

struct MonitorSettings
{
    QList<ProfileReader::SavedFilter> filters;
    QStringList filterOut;
    ViewFormats formats;
    int format = 0;
    SortKey sort = SortKey::Topic;
};

/// Draws frames on the terminal: only the rows that changed since the last frame, all in one
/// write.
class FrameWriter
{
public:
    void invalidate() { m_previous.clear(); }

    std::string frame(const std::vector<std::string> &lines, QSize size)
    {
        std::string out;
        if (size != m_size || m_previous.size() != lines.size()) {
            out += "\x1b[0m\x1b[H\x1b[2J";
            m_previous.assign(lines.size(), std::string());
            m_size = size;
            m_cleared = true;
        }
        for (size_t row = 0; row < lines.size(); ++row) {
            if (!m_cleared && lines[row] == m_previous[row])
                continue;
            out += "\x1b[" + std::to_string(row + 1) + ";1H";
            out += lines[row];
            if (row + 1 == lines.size())
                out += "\x1b[0m\x1b[K"; // the last row is one column short (no scrolling)
            m_previous[row] = lines[row];
        }
        m_cleared = false;
        return out;
    }

private:
    std::vector<std::string> m_previous;
    QSize m_size;
    bool m_cleared = false;
};

/// Subscribes, aggregates messages per topic and runs the view until q, a signal or an error.
class Monitor final : public QObject
{
public:
    Monitor(CommandClient *session, Terminal *terminal, MonitorSettings settings)
        : m_session(session), m_terminal(terminal), m_settings(std::move(settings)),
          m_view(m_settings.formats, m_settings.format, m_settings.sort),
          m_subscriptions(new CommandSubscriptions(session, m_settings.filters, {}, this))
    {
        m_clock.start();
        mqtt::Client *client = session->client();
        const mqtt::ConnectOptions &options = session->connection().options;
        m_status.server =
            QStringLiteral("%1:%2")
                .arg(options.host)
                .arg(options.port != 0 ? options.port : mqtt::defaultPort(options.transport));
        QStringList filters;
        for (const ProfileReader::SavedFilter &filter : std::as_const(m_settings.filters))
            filters << filter.filter;
        m_status.filters = filters.join(QLatin1Char(' '));
        //: The monitor's connection state, shown in brackets in the header: [connecting]
        m_status.state = CliText::tr("connecting");

        connect(client, &mqtt::Client::messageReceived, this, &Monitor::onMessage);
        connect(client, &mqtt::Client::stateChanged, this, [this](mqtt::Client::State state) {
            if (state == mqtt::Client::State::Reconnecting)
                m_status.state = CliText::tr("reconnecting");
            else if (state == mqtt::Client::State::Connected)
                m_status.state = m_subscriptions->pending() > 0 ? CliText::tr("subscribing")
                                                                : CliText::tr("live");
            else if (state == mqtt::Client::State::Disconnected)
                m_status.state = CliText::tr("disconnected");
        });
        connect(session, &CommandClient::connected, this, &Monitor::onConnected);
        connect(terminal, &Terminal::input, this, &Monitor::onInput);
        connect(terminal, &Terminal::redrawNeeded, this, [this] {
            m_writer.invalidate();
            draw();
        });
        connect(terminal, &Terminal::terminationRequested, this,
                [this](int) { m_session->finish(ExitSuccess); });

        m_frameTimer.setInterval(FrameIntervalMs);
        connect(&m_frameTimer, &QTimer::timeout, this, &Monitor::draw);
        m_sampleTimer.setInterval(1000);
        connect(&m_sampleTimer, &QTimer::timeout, this,
                [this] { m_table.sample(m_clock.elapsed()); });

        connect(m_subscriptions, &CommandSubscriptions::acknowledged, this, [this] {
            m_status.state = CliText::tr("live");
            draw();
        });
    }

private:
    void onConnected()
    {
        if (!m_terminal->enter()) {
            m_session->fail(ExitFailure, CliText::tr("cannot set up the terminal"));
            return;
        }
        m_table.clear(m_clock.elapsed());
        m_frameTimer.start();
        m_sampleTimer.start();
        draw();
    }

    void onMessage(const mqtt::Message &message)
    {
        const QString topic = message.topic();
        for (const QString &filter : std::as_const(m_settings.filterOut)) {
            if (mqtt::topicMatches(filter, topic))
                return;
        }
        m_table.add(topic, message.payload(), int(message.qos()), message.retain(),
                    m_clock.elapsed());
    }

    void onInput(const QByteArray &bytes)
    {
        switch (m_view.handleInput(bytes, m_table, m_clock.elapsed())) {
        case MonitorView::Action::None:
            return;
        case MonitorView::Action::Quit:
            m_frameTimer.stop();
            m_session->finish(ExitSuccess);
            return;
        case MonitorView::Action::Clear:
            m_table.clear(m_clock.elapsed());
            break;
        case MonitorView::Action::FullRedraw:
            m_writer.invalidate();
            break;
        case MonitorView::Action::Redraw:
            break;
        }
        draw();
    }

    void draw()
    {
        if (!m_terminal->isActive())
            return;
        const qint64 now = m_clock.elapsed();
        const QByteArray warnings = m_terminal->newStderrText();
        if (!warnings.isEmpty()) {
            const QList<QByteArray> lines = warnings.trimmed().split('\n');
            m_status.message = QString::fromLocal8Bit(lines.last()).trimmed();
            m_messageSince = now;
        } else if (!m_status.message.isEmpty() && now - m_messageSince > MessageShownMs) {
            m_status.message.clear();
        }
        const QSize size = m_terminal->size();
        const std::string bytes = m_writer.frame(m_view.render(m_table, now, size, m_status), size);
        if (!bytes.empty())
            m_terminal->write(bytes);
    }

    CommandClient *m_session;
    Terminal *m_terminal;
    MonitorSettings m_settings;
    TopicTable m_table;
    MonitorView m_view;
    FrameWriter m_writer;
    ViewStatus m_status;
    QElapsedTimer m_clock;
    QTimer m_frameTimer;
    QTimer m_sampleTimer;
    qint64 m_messageSince = 0;
    CommandSubscriptions *m_subscriptions;
};

void addMonitorOptions(ArgumentParser &parser)
{
    parser.allowPositional(QStringLiteral("FILTER [FILTER ...]"));
    parser.addSection(CliText::tr("Subscription"));
    parser.addOption({QStringLiteral("t"), QStringLiteral("topic")}, QStringLiteral("FILTER"),
                     CliText::tr("topic filter to subscribe to (repeatable; as FILTER)"));
    parser.addOption({QStringLiteral("T"), QStringLiteral("filter-out")}, QStringLiteral("FILTER"),
                     CliText::tr("do not show topics matching FILTER (repeatable)"));
    parser.addOption({QStringLiteral("q"), QStringLiteral("qos")}, QStringLiteral("QOS"),
                     CliText::tr("maximum QoS of the subscriptions (default 0)"));

    parser.addSection(CliText::tr("View"));
    PayloadCodecOption::addTo(parser,
                              CliText::tr("show payloads as %1 (default auto; 'f' cycles)"));
    parser.addOption({QStringLiteral("sort")}, QStringLiteral("KEY"),
                     CliText::tr("first sort order: topic, count, rate or age (default topic; "
                                 "'s' cycles)"));
    parser.addOption({QStringLiteral("quiet")}, {}, CliText::tr("print no error messages"));
    ConnectionOptions::addTo(parser);
    parser.addEpilog(CliText::tr(
        "Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or "
        "an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter "
        "the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.\n"
        "Exit codes: as sub's: 0 success, 1 subscriptions denied, 2 bad option or not a "
        "terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by "
        "the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.\n"));
}

/// The formats 'f' cycles through (every codec of the registry; the user's Protobuf codec when
/// --proto is given), with the one to start with. nullopt after a usage error (reported).
std::optional<int> loadFormats(const ArgumentParser &parser, const QString &command,
                               ViewFormats *formats, int *start)
{
    PayloadCodecOption option;
    if (const std::optional<int> failed =
            option.read(parser, command, schema::PayloadCodecs::AutomaticName))
        return failed;
    formats->codecs = option.codecs();
    for (const auto &codec : option.codecs().codecs()) {
        // The Protobuf placeholder only says a .proto is needed: not worth a place in the cycle.
        if (codec->name() == QLatin1String("protobuf") && codec != option.codec())
            continue;
        if (codec == option.codec())
            *start = int(formats->cycle.size());
        formats->cycle.push_back(codec);
    }
    return std::nullopt;
}

} // namespace
} // namespace monitor

int runMonitor(int argc, char **argv)
{
    using namespace monitor;
    QCoreApplication app(argc, argv);
    ArgumentParser parser(QStringLiteral("monitor"),
                          QStringLiteral("[OPTIONS] FILTER [FILTER ...]"));
    addMonitorOptions(parser);
    const QString command = QStringLiteral("monitor");
    ConnectionOptions connection;
    if (const auto done = parseClientCommandLine(parser, app.arguments().mid(1), &connection))
        return *done;
    const auto usage = [&](const QString &line) { return usageError(command, line); };
    QString error;
    MonitorSettings settings;
    const auto filters = connection.subscriberFilters(
        parser, parser.positionalArguments() + parser.values(QStringLiteral("t")), &error);
    if (!filters)
        return usage(error);
    settings.filters = *filters;
    if (settings.filters.isEmpty())
        return usage(CliText::tr("no topic given: monitor FILTER (e.g. monitor '#')"));
    settings.filterOut = parser.values(QStringLiteral("T"));
    for (const QString &filter : std::as_const(settings.filterOut)) {
        if (!mqtt::isValidTopicFilter(filter))
            return usage(CliText::tr("invalid topic filter '%1'").arg(filter));
    }
    if (parser.isSet(QStringLiteral("sort"))) {
        const auto key = sortKeyFromString(parser.value(QStringLiteral("sort")));
        if (!key)
            return usage(CliText::tr("--sort must be topic, count, rate or age, not '%1'")
                             .arg(parser.value(QStringLiteral("sort"))));
        settings.sort = *key;
    }
    if (const auto done = loadFormats(parser, command, &settings.formats, &settings.format))
        return *done;

    if (!Terminal::stdoutIsTerminal() || !Terminal::stdinIsTerminal()) {
        printError(command,
                   Terminal::stdoutIsTerminal()
                       ? CliText::tr("standard input is not a terminal: monitor reads its keys "
                                     "from one (use sub to print messages)")
                       : CliText::tr("standard output is not a terminal: monitor draws a "
                                     "full-screen view (use sub to print messages)"));
        return ExitUsage;
    }

    Terminal terminal;
    CommandClient session(command, connection);
    session.setQuiet(parser.isSet(QStringLiteral("quiet")));
    Monitor view(&session, &terminal, std::move(settings));
    session.start();
    const int code = app.exec();
    terminal.leave();
    return code;
}

} // namespace cli
