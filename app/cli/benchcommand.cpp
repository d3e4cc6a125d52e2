// mqtt-workbench bench MODE: load a broker with many lean clients and measure it. pub|sub|conn
// live here; the scenario modes (retained, flood, ...) in benchscenarios/.
#include "argumentparser.h"
#include "benchconnection.h"
#include "benchline.h"
#include "benchprocess.h"
#include "benchscenarios/benchscenario.h"
#include "benchtally.h"
#include "clitext.h"
#include "commandline.h"
#include "commands.h"
#include "connectionoptions.h"
#include "exitcodes.h"
#include "publishpump.h"

#include <broker/epolleventdispatcher.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace cli {

namespace {

enum class Mode
{
    Publish,
    Subscribe,
    Connect,
};

struct BenchSettings
{
    Mode mode = Mode::Publish;
    mqtt::ConnectOptions options;
    QString clientPrefix;
    int clients = 10;
    int publishers = 1;
    qint64 count = 10000; ///< messages per publisher
    double rate = 0;      ///< messages per second per publisher, 0 = as fast as possible
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    int size = 64;
    QString topic = QStringLiteral("bench/%i");
    bool json = false;
    int idleTimeoutS = 5;
    qint64 brokerPid = 0;
    QString label = QStringLiteral("broker");
};

// Connection attempts in progress at once (a burst of SYNs overflows listen backlogs).
constexpr int ConnectConcurrency = 50;
// Wait after the last connection before the broker's memory is read.
constexpr int ConnectSettleMs = 1000;

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

/// One benchmark run: connects the clients, drives the load, prints progress and the summary.
class BenchRun final : public QObject
{
public:
    explicit BenchRun(BenchSettings settings) : m_settings(std::move(settings))
    {
        m_progressTimer.setInterval(500);
        connect(&m_progressTimer, &QTimer::timeout, this, &BenchRun::printProgress);
        // QoS 0 has no acknowledgements to wait for.
        m_pump.waitForAcks =
            m_settings.mode == Mode::Publish && m_settings.qos != mqtt::QoS::AtMostOnce;
        m_pump.onComplete = [this] {
            m_publishingDone = true;
            checkDone();
        };
        m_pump.onAcknowledged = [this](qint64 latencyNs) {
            if (m_settings.mode == Mode::Publish)
                m_latencies.push_back(latencyNs);
        };
        m_idleTimer.setSingleShot(true);
        m_idleTimer.setInterval(m_settings.idleTimeoutS * 1000);
        connect(&m_idleTimer, &QTimer::timeout, this, &BenchRun::report);
    }

    void start()
    {
        const int subscribers = m_settings.mode == Mode::Subscribe ? m_settings.clients : 0;
        const int publishers = m_settings.mode == Mode::Subscribe ? m_settings.publishers
                               : m_settings.mode == Mode::Publish ? m_settings.clients
                                                                  : 0;
        const int plain = m_settings.mode == Mode::Connect ? m_settings.clients : 0;
        for (int i = 0; i < subscribers + publishers + plain; ++i) {
            const QString id = QStringLiteral("%1%2").arg(m_settings.clientPrefix).arg(i);
            auto *connection = new BenchConnection(m_settings.options, id, this);
            m_all.append(connection);
            (i < subscribers ? m_subscribers : m_publishers).append(connection);
            connect(connection, &BenchConnection::failed, this,
                    [this](const QString &message) { fail(message); });
            connect(connection, &BenchConnection::connected, this, [this, i] { onConnected(i); });
        }
        m_connectTimes.resize(m_all.size());
        if (m_settings.mode == Mode::Connect)
            m_publishers.clear();
        m_cpuAtStart = benchprocess::ownCpuSeconds();
        m_brokerCpuAtStart = benchprocess::cpuSeconds(m_settings.brokerPid);
        m_rssAtStart = benchprocess::rssKiB(m_settings.brokerPid);
        m_startNs = BenchConnection::nowNs();
        if (isatty(STDERR_FILENO))
            m_progressTimer.start();
        while (m_opened < m_all.size() && m_opened - m_connected < ConnectConcurrency)
            openNext();
    }

private:
    void openNext()
    {
        m_connectTimes[m_opened] = BenchConnection::nowNs();
        m_all[m_opened++]->open();
    }

    void onConnected(int index)
    {
        m_connectTimes[index] = BenchConnection::nowNs() - m_connectTimes[index];
        ++m_connected;
        if (m_opened < m_all.size())
            openNext();
        if (m_connected < m_all.size())
            return;
        m_connectedNs = BenchConnection::nowNs();
        if (m_settings.mode == Mode::Connect) {
            // Idle connections: the broker's memory is measured once it has settled.
            QTimer::singleShot(m_settings.brokerPid > 0 ? ConnectSettleMs : 0, this,
                               &BenchRun::report);
        } else if (m_settings.mode == Mode::Subscribe) {
            QString filter = m_settings.topic;
            filter.replace(QLatin1String("%i"), QLatin1String("+"));
            for (BenchConnection *subscriber : std::as_const(m_subscribers)) {
                connect(subscriber, &BenchConnection::subscribed, this, [this] {
                    if (++m_subscribed == m_subscribers.size())
                        startPublishing();
                });
                const size_t index = m_tallies.size();
                m_tallies.emplace_back(m_tag);
                connect(subscriber, &BenchConnection::received, this,
                        [this, index](const BenchMessage &message) {
                            m_tallies[index].record(message);
                            onReceived(message);
                        });
                subscriber->subscribe(filter, m_settings.qos);
            }
        } else {
            startPublishing();
        }
    }

    void startPublishing()
    {
        m_latencies.reserve(
            size_t(m_settings.mode == Mode::Subscribe
                       ? m_settings.count * m_publishers.size() * m_subscribers.size()
                       : (m_settings.qos == mqtt::QoS::AtMostOnce
                              ? 0
                              : m_settings.count * m_publishers.size())));
        for (int i = 0; i < m_publishers.size(); ++i) {
            QString topic = m_settings.topic;
            topic.replace(QLatin1String("%i"), QString::number(i));
            m_publishers[i]->setPublisherId(LossTally::publisherId(m_tag, i));
            m_publishers[i]->preparePublish(topic, m_settings.size, m_settings.qos);
        }
        m_publishStartNs = BenchConnection::nowNs();
        m_pump.start(m_publishers, m_settings.count, m_settings.rate);
    }

    void onReceived(const BenchMessage &message)
    {
        ++m_received;
        m_lastReceiveNs = BenchConnection::nowNs();
        m_latencies.push_back(m_lastReceiveNs - message.sentNs);
        if (m_publishingDone)
            m_idleTimer.start(); // restarted by each message: the run ends when they stop
        checkDone();
    }

    void checkDone()
    {
        if (!m_publishingDone || m_reported)
            return;
        if (m_settings.mode == Mode::Subscribe) {
            if (m_received >= expectedDeliveries())
                report();
            else if (!m_idleTimer.isActive())
                m_idleTimer.start();
            return;
        }
        report();
    }

    qint64 lostDeliveries() const
    {
        qint64 lost = 0;
        for (const LossTally &tally : m_tallies)
            lost += tally.lost(m_pump.totalSent());
        return lost;
    }

    qint64 duplicateDeliveries() const
    {
        qint64 duplicates = 0;
        for (const LossTally &tally : m_tallies)
            duplicates += tally.duplicates();
        return duplicates;
    }

    qint64 expectedDeliveries() const
    {
        return m_settings.count * m_publishers.size() * m_subscribers.size();
    }

    void printProgress()
    {
        const double elapsed = seconds(BenchConnection::nowNs() - m_startNs);
        QString line = CliText::tr("\r%1 s  connected %2/%3  sent %4  received %5  acked %6   ")
                           .arg(elapsed, 0, 'f', 1)
                           .arg(m_connected)
                           .arg(m_all.size())
                           .arg(m_pump.totalSent())
                           .arg(m_received)
                           .arg(m_pump.acknowledged());
        std::fputs(line.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }

    void fail(const QString &message)
    {
        if (std::exchange(m_reported, true))
            return;
        m_progressTimer.stop();
        if (isatty(STDERR_FILENO))
            std::fputs("\n", stderr);
        printError(QStringLiteral("bench"), message);
        QCoreApplication::exit(ExitConnectionFailed);
    }

    static double percentile(std::vector<qint64> &values, double fraction)
    {
        if (values.empty())
            return 0;
        const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
        std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
        return double(values[index]) / 1e6;
    }

    void report()
    {
        if (std::exchange(m_reported, true))
            return;
        m_progressTimer.stop();
        m_pump.stop();
        m_idleTimer.stop();
        if (isatty(STDERR_FILENO))
            std::fputs("\n", stderr);
        const qint64 endNs = m_settings.mode == Mode::Subscribe && m_received > 0 ? m_lastReceiveNs
                             : m_settings.mode == Mode::Connect                   ? m_connectedNs
                                                                : BenchConnection::nowNs();
        const qint64 beginNs = m_settings.mode == Mode::Connect ? m_startNs : m_publishStartNs;
        const double elapsed = qMax(seconds(endNs - beginNs), 1e-9);
        const double cpu = benchprocess::ownCpuSeconds() - m_cpuAtStart;
        const double brokerCpu =
            m_brokerCpuAtStart >= 0
                ? benchprocess::cpuSeconds(m_settings.brokerPid) - m_brokerCpuAtStart
                : -1;
        const double totalElapsed = seconds(BenchConnection::nowNs() - m_startNs);

        QJsonObject result{
            {QStringLiteral("mode"), modeName()},
            {QStringLiteral("clients"), m_settings.clients},
            {QStringLiteral("seconds"), elapsed},
            {QStringLiteral("benchCpuSeconds"), cpu},
            {QStringLiteral("benchCpuPercent"), 100.0 * cpu / qMax(totalElapsed, 1e-9)}};
        if (brokerCpu >= 0) {
            result.insert(QStringLiteral("brokerCpuSeconds"), brokerCpu);
            result.insert(QStringLiteral("brokerCpuPercent"),
                          100.0 * brokerCpu / qMax(totalElapsed, 1e-9));
        }
        std::vector<qint64> &lat = m_settings.mode == Mode::Connect ? m_connectTimes : m_latencies;
        QString text;
        if (m_settings.mode == Mode::Connect) {
            result.insert(QStringLiteral("connectionsPerSecond"), double(m_connected) / elapsed);
            text = CliText::tr("bench conn: %1 connections in %2 s = %3 conn/s\n")
                       .arg(m_connected)
                       .arg(elapsed, 0, 'f', 3)
                       .arg(double(m_connected) / elapsed, 0, 'f', 0);
        } else {
            const qint64 messages =
                m_settings.mode == Mode::Subscribe ? m_received : m_pump.totalSent();
            const double rate = double(messages) / elapsed;
            const double megabytes = double(messages) * m_settings.size / 1e6 / elapsed;
            result.insert(QStringLiteral("qos"), int(m_settings.qos));
            result.insert(QStringLiteral("payloadSize"), m_settings.size);
            result.insert(QStringLiteral("sent"), m_pump.totalSent());
            result.insert(QStringLiteral("messagesPerSecond"), rate);
            result.insert(QStringLiteral("megabytesPerSecond"), megabytes);
            text = CliText::tr("bench %1: %2 clients, QoS %3, %4-byte payloads\n")
                       .arg(modeName())
                       .arg(m_settings.clients)
                       .arg(int(m_settings.qos))
                       .arg(m_settings.size);
            if (m_settings.mode == Mode::Subscribe) {
                const qint64 lost = lostDeliveries();
                result.insert(QStringLiteral("publishers"), m_settings.publishers);
                result.insert(QStringLiteral("received"), m_received);
                result.insert(QStringLiteral("expected"), expectedDeliveries());
                result.insert(QStringLiteral("lost"), lost);
                text += CliText::tr("  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)\n")
                            .arg(m_pump.totalSent())
                            .arg(m_settings.publishers)
                            .arg(m_received)
                            .arg(expectedDeliveries())
                            .arg(lost);
            } else {
                text += CliText::tr("  sent %1 messages%2\n")
                            .arg(m_pump.totalSent())
                            .arg(m_settings.qos == mqtt::QoS::AtMostOnce
                                     ? QString()
                                     : CliText::tr(", %1 acknowledged").arg(m_pump.acknowledged()));
            }
            text += CliText::tr("  %1 msg/s, %2 MB/s over %3 s\n")
                        .arg(rate, 0, 'f', 0)
                        .arg(megabytes, 0, 'f', 2)
                        .arg(elapsed, 0, 'f', 3);
        }
        if (!lat.empty()) {
            const double p50 = percentile(lat, 0.50), p90 = percentile(lat, 0.90),
                         p99 = percentile(lat, 0.99);
            const double max = double(*std::max_element(lat.begin(), lat.end())) / 1e6;
            result.insert(QStringLiteral("latencyMs"), QJsonObject{{QStringLiteral("p50"), p50},
                                                                   {QStringLiteral("p90"), p90},
                                                                   {QStringLiteral("p99"), p99},
                                                                   {QStringLiteral("max"), max}});
            text += CliText::tr("  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5\n")
                        .arg(m_settings.mode == Mode::Connect     ? CliText::tr("connect")
                             : m_settings.mode == Mode::Subscribe ? CliText::tr("end-to-end")
                                                                  : CliText::tr("acknowledgement"))
                        .arg(p50, 0, 'f', 3)
                        .arg(p90, 0, 'f', 3)
                        .arg(p99, 0, 'f', 3)
                        .arg(max, 0, 'f', 3);
        }
        text += CliText::tr("  bench CPU %1 s (%2% of one core)")
                    .arg(cpu, 0, 'f', 2)
                    .arg(100.0 * cpu / totalElapsed, 0, 'f', 0);
        if (brokerCpu >= 0)
            text += CliText::tr(", broker CPU %1 s (%2%)")
                        .arg(brokerCpu, 0, 'f', 2)
                        .arg(100.0 * brokerCpu / totalElapsed, 0, 'f', 0);
        text += QLatin1Char('\n');

        // The one-line record every bench mode ends with (see BenchLine).
        const BenchLine record = summaryLine(elapsed, lat);
        text += record.text() + QLatin1Char('\n');
        for (auto it = record.json().begin(); it != record.json().end(); ++it)
            result.insert(it.key(), it.value());
        const QByteArray out = m_settings.json
                                   ? QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n'
                                   : text.toLocal8Bit();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        for (BenchConnection *connection : std::as_const(m_all))
            connection->close();
        QTimer::singleShot(100, this, [] { QCoreApplication::exit(ExitSuccess); });
    }

    BenchLine summaryLine(double elapsed, const std::vector<qint64> &latencies) const
    {
        BenchLine line(modeName(), m_settings.label);
        if (m_settings.mode == Mode::Connect) {
            const qint64 rssAfter = benchprocess::rssKiB(m_settings.brokerPid);
            line.rate("conn_per_s", double(m_connected) / elapsed)
                .loss(0, 0) // a refused or failed connection ends the run with an error
                .extra("connections", m_connected);
            if (m_rssAtStart >= 0 && rssAfter >= 0)
                line.extra("rss_before_kib", double(m_rssAtStart))
                    .extra("rss_after_kib", double(rssAfter))
                    .extra("rss_per_conn_bytes",
                           double(rssAfter - m_rssAtStart) * 1024 / qMax(1, m_connected));
        } else if (m_settings.mode == Mode::Subscribe) {
            line.rate("msgs_per_s", double(m_received) / elapsed)
                .loss(lostDeliveries(), duplicateDeliveries())
                .extra("received", double(m_received));
        } else {
            line.rate("msgs_per_s", double(m_pump.totalSent()) / elapsed);
            // Without a subscriber only acknowledged QoS 1/2 publishes can be counted as lost.
            if (m_settings.qos != mqtt::QoS::AtMostOnce)
                line.loss(m_pump.totalSent() - m_pump.acknowledged(), 0);
            line.extra("sent", double(m_pump.totalSent()));
        }
        if (!latencies.empty())
            line.extra("max_ms",
                       double(*std::max_element(latencies.begin(), latencies.end())) / 1e6, 3);
        return line;
    }

    QString modeName() const
    {
        switch (m_settings.mode) {
        case Mode::Publish:
            return QStringLiteral("pub");
        case Mode::Subscribe:
            return QStringLiteral("sub");
        default:
            return QStringLiteral("conn");
        }
    }

    BenchSettings m_settings;
    QList<BenchConnection *> m_all;
    QList<BenchConnection *> m_subscribers;
    QList<BenchConnection *> m_publishers;
    std::vector<qint64> m_connectTimes;
    std::vector<qint64> m_latencies;
    QTimer m_progressTimer;
    PublishPump m_pump{this};
    std::vector<LossTally> m_tallies; ///< per subscriber
    quint32 m_tag = quint32(::getpid()) & 0xFFFFFF;
    QTimer m_idleTimer;
    int m_opened = 0;
    int m_connected = 0;
    int m_subscribed = 0;
    qint64 m_received = 0;
    qint64 m_startNs = 0;
    qint64 m_connectedNs = 0;
    qint64 m_publishStartNs = 0;
    qint64 m_rssAtStart = -1;
    qint64 m_lastReceiveNs = 0;
    double m_cpuAtStart = 0;
    double m_brokerCpuAtStart = -1;
    bool m_publishingDone = false;
    bool m_reported = false;
};

void addBenchOptions(ArgumentParser &parser)
{
    parser.allowPositional(QStringLiteral("MODE"));
    parser.addSection(CliText::tr("Load"));
    parser.addOption(
        {QStringLiteral("c"), QStringLiteral("clients")}, QStringLiteral("N"),
        CliText::tr("clients: publishers (pub), subscribers (sub), connections (conn); "
                    "default 10"));
    parser.addOption({QStringLiteral("publishers")}, QStringLiteral("N"),
                     CliText::tr("sub, flood, latency: publishers feeding the subscribers "
                                 "(default 1; flood 8)"));
    parser.addOption({QStringLiteral("C"), QStringLiteral("count")}, QStringLiteral("N"),
                     CliText::tr("messages per publisher (default 10000); retained: messages "
                                 "stored (default 100000); large: messages (default 200)"));
    parser.addOption({QStringLiteral("r"), QStringLiteral("rate")}, QStringLiteral("MSGS"),
                     CliText::tr("messages per second per publisher (default: as fast as possible; "
                                 "latency 5000)"));
    parser.addOption({QStringLiteral("q"), QStringLiteral("qos")}, QStringLiteral("QOS"),
                     CliText::tr("QoS of publishes and subscriptions (default 0; latency 1; "
                                 "retained: 0, 1 and 2 in turn)"));
    parser.addOption({QStringLiteral("s"), QStringLiteral("size")}, QStringLiteral("BYTES"),
                     CliText::tr("payload size, at least 20 (default 64; large 1048576)"));
    parser.addOption(
        {QStringLiteral("t"), QStringLiteral("topic")}, QStringLiteral("PATTERN"),
        CliText::tr("topic; %i is the publisher index, '+' for subscribers (default bench/%i)"));
    parser.addOption({QStringLiteral("duration")}, QStringLiteral("SECONDS"),
                     CliText::tr("flood, latency, noack: seconds of publishing (default 10; "
                                 "noack 15)"));
    parser.addOption({QStringLiteral("read-rate")}, QStringLiteral("MB"),
                     CliText::tr("large: megabytes a second the subscriber reads (default 20)"));
    parser.addOption({QStringLiteral("filter")}, QStringLiteral("FILTER"),
                     CliText::tr("retained: the narrow filter (default sensor/42/+)"));
    parser.addOption(
        {QStringLiteral("idle-timeout")}, QStringLiteral("SECONDS"),
        CliText::tr("end when no message came for SECONDS after publishing (default 5)"));
    parser.addOption({QStringLiteral("broker-pid")}, QStringLiteral("PID"),
                     CliText::tr("also report the CPU time and memory (VmRSS) of the broker "
                                 "process"));
    parser.addOption({QStringLiteral("label")}, QStringLiteral("NAME"),
                     CliText::tr("the broker's name in result lines (default broker)"));
    parser.addOption({QStringLiteral("json")}, {},
                     CliText::tr("print the summary as one JSON object"));
    ConnectionOptions::addTo(parser, ConnectionOptions::Basic);
    parser.addEpilog(CliText::tr(
        "Modes:\n"
        "  pub       publishers send COUNT messages each; QoS 1/2 report ack latency\n"
        "  sub       subscribers receive from --publishers; reports end-to-end latency "
        "(send time travels in the payload)\n"
        "  conn      opens the clients' connections and keeps them idle; reports connect "
        "latency and, with --broker-pid, the broker's memory per connection\n"
        "  retained  stores COUNT retained messages sensor/<i/1000>/<i%1000>; new clients "
        "subscribe to '#' at QoS 0, 1, 2 and to --filter; reports arrivals and time to the "
        "last; clears them at the end\n"
        "  flood     --publishers send as fast as TCP lets them to one subscriber for "
        "--duration\n"
        "  latency   one publisher at a steady -r (5000) QoS 1 to one subscriber for "
        "--duration; p50/p99/max round trip\n"
        "  noack     a QoS 1 subscriber that never sends PUBACK beside a healthy one; a 3.1.1 "
        "publisher that does not wait for PUBACK and a 5.0 publisher; reports the healthy "
        "subscriber's share, the publishers' progress and (--broker-pid) the broker's memory\n"
        "  large     COUNT messages of -s bytes at QoS 1 to a persistent subscriber reading "
        "--read-rate MB/s; reports deliveries, re-deliveries and disconnects\n"
        "Every message carries its publisher and sequence number: each mode ends with one "
        "line `scenario=M broker=LABEL <rates> lost=N dup=N <figures>` (lost: sequence gaps, "
        "dup: second arrivals; '?' where nothing can tell).\n"
        "Bench clients speak MQTT over plain TCP (mqtt://) with keep-alive off.\n"));
}

} // namespace

int runBench(int argc, char **argv)
{
    // The load generator's own wake-ups must not grow with its connections either: `conn`
    // measures the broker, not Qt's poll(2) over 10,000 sockets.
    QCoreApplication::setEventDispatcher(new broker::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    ArgumentParser parser(QStringLiteral("bench"), QStringLiteral("MODE [OPTIONS]"));
    addBenchOptions(parser);
    const QString command = QStringLiteral("bench");
    const auto usageError = [&](const QString &line) { return cli::usageError(command, line); };
    if (const auto done = parseCommandLine(parser, app.arguments().mid(1)))
        return *done;

    BenchSettings settings;
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    const bool scenario = scenarioModes().contains(mode);
    if (positional.size() != 1 || (mode != QLatin1String("pub") && mode != QLatin1String("sub") &&
                                   mode != QLatin1String("conn") && !scenario))
        return usageError(CliText::tr("give one mode: pub, sub, conn, %1")
                              .arg(scenarioModes().join(QLatin1String(", "))));
    settings.mode = mode == QLatin1String("pub")   ? Mode::Publish
                    : mode == QLatin1String("sub") ? Mode::Subscribe
                                                   : Mode::Connect;

    QString error;
    ConnectionOptions connection;
    if (!connection.load(parser, &error))
        return usageError(error);
    if (connection.options.transport != mqtt::TransportKind::Tcp)
        return usageError(CliText::tr("bench connects over plain TCP (mqtt://) only"));
    settings.options = connection.options;
    settings.clientPrefix = connection.options.clientId.isEmpty()
                                ? QStringLiteral("bench-%1-").arg(::getpid())
                                : connection.options.clientId;

    qint64 number = 0;
    const auto integer = [&](const char *name, const QString &display, qint64 minimum,
                             qint64 maximum, auto *target) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        if (!parseInteger(display, parser.value(QLatin1String(name)), minimum, maximum, &number,
                          &error))
            return false;
        *target = std::remove_pointer_t<decltype(target)>(number);
        return true;
    };
    if (!integer("c", QStringLiteral("-c"), 1, 100000, &settings.clients) ||
        !integer("publishers", QStringLiteral("--publishers"), 1, 255, &settings.publishers) ||
        !integer("C", QStringLiteral("-C"), 1, 1000000000, &settings.count) ||
        !integer("s", QStringLiteral("-s"), BenchConnection::PayloadHeaderSize, 256 * 1024 * 1024,
                 &settings.size) ||
        !integer("idle-timeout", QStringLiteral("--idle-timeout"), 1, 3600,
                 &settings.idleTimeoutS) ||
        !integer("broker-pid", QStringLiteral("--broker-pid"), 1, std::numeric_limits<int>::max(),
                 &settings.brokerPid))
        return usageError(error);
    if (parser.isSet(QStringLiteral("r"))) {
        bool ok = false;
        settings.rate = parser.value(QStringLiteral("r")).toDouble(&ok);
        if (!ok || settings.rate <= 0)
            return usageError(CliText::tr("-r must be a positive number of messages per second"));
    }
    if (parser.isSet(QStringLiteral("q")) &&
        !parseQos(QStringLiteral("-q"), parser.value(QStringLiteral("q")), &settings.qos, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("t")))
        settings.topic = parser.value(QStringLiteral("t"));
    settings.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("label")))
        settings.label = parser.value(QStringLiteral("label"));
    double duration = 0;
    double readRate = 0;
    const auto positive = [&](const char *name, double *target) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        *target = parser.value(QLatin1String(name)).toDouble(&ok);
        if (ok && *target > 0)
            return true;
        error = CliText::tr("--%1 must be a positive number").arg(QLatin1String(name));
        return false;
    };
    if (!positive("duration", &duration) || !positive("read-rate", &readRate))
        return usageError(error);
    benchprocess::raiseFileLimit(); // thousands of connections need as many descriptors

    if (scenario) {
        ScenarioSettings scenarioSettings;
        scenarioSettings.options = settings.options;
        scenarioSettings.clientPrefix = settings.clientPrefix;
        scenarioSettings.label = settings.label;
        scenarioSettings.brokerPid = settings.brokerPid;
        scenarioSettings.json = settings.json;
        scenarioSettings.idleTimeoutS = settings.idleTimeoutS;
        if (parser.isSet(QStringLiteral("C")))
            scenarioSettings.count = settings.count;
        if (parser.isSet(QStringLiteral("publishers")))
            scenarioSettings.publishers = settings.publishers;
        if (parser.isSet(QStringLiteral("s")))
            scenarioSettings.size = settings.size;
        if (parser.isSet(QStringLiteral("r")))
            scenarioSettings.rate = settings.rate;
        if (parser.isSet(QStringLiteral("q")))
            scenarioSettings.qos = settings.qos;
        if (duration > 0)
            scenarioSettings.durationS = duration;
        if (readRate > 0)
            scenarioSettings.readRate = readRate * 1e6;
        scenarioSettings.filter = parser.value(QStringLiteral("filter"));
        const std::unique_ptr<BenchScenario> run = makeScenario(mode, scenarioSettings);
        run->start();
        return app.exec();
    }

    BenchRun run(settings);
    run.start();
    return app.exec();
}

} // namespace cli
