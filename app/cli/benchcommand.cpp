// mqtt-workbench bench pub|sub|conn: load a broker with many lean clients and measure it.
#include "argumentparser.h"
#include "benchconnection.h"
#include "clitext.h"
#include "commandline.h"
#include "commands.h"
#include "connectionoptions.h"
#include "exitcodes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
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
};

// Connection attempts in progress at once (a burst of SYNs overflows listen backlogs).
constexpr int ConnectConcurrency = 50;
// Messages one publisher queues per pass, so readers get their turn.
constexpr int PublishBatch = 256;

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// User + system CPU seconds of this process.
double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// User + system CPU seconds of another process (the broker), from /proc; -1 if unknown.
double processCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/// One benchmark run: connects the clients, drives the load, prints progress and the summary.
class BenchRun final : public QObject
{
public:
    explicit BenchRun(BenchSettings settings) : m_settings(std::move(settings))
    {
        m_progressTimer.setInterval(500);
        connect(&m_progressTimer, &QTimer::timeout, this, &BenchRun::printProgress);
        m_pumpTimer.setInterval(m_settings.rate > 0 ? 1 : 0);
        connect(&m_pumpTimer, &QTimer::timeout, this, &BenchRun::pump);
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
        m_cpuAtStart = ownCpuSeconds();
        m_brokerCpuAtStart = processCpuSeconds(m_settings.brokerPid);
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
            report();
        } else if (m_settings.mode == Mode::Subscribe) {
            QString filter = m_settings.topic;
            filter.replace(QLatin1String("%i"), QLatin1String("+"));
            for (BenchConnection *subscriber : std::as_const(m_subscribers)) {
                connect(subscriber, &BenchConnection::subscribed, this, [this] {
                    if (++m_subscribed == m_subscribers.size())
                        startPublishing();
                });
                connect(subscriber, &BenchConnection::received, this, &BenchRun::onReceived);
                subscriber->subscribe(filter, m_settings.qos);
            }
        } else {
            startPublishing();
        }
    }

    void startPublishing()
    {
        m_sent.assign(m_publishers.size(), 0);
        m_latencies.reserve(
            size_t(m_settings.mode == Mode::Subscribe
                       ? m_settings.count * m_publishers.size() * m_subscribers.size()
                       : (m_settings.qos == mqtt::QoS::AtMostOnce
                              ? 0
                              : m_settings.count * m_publishers.size())));
        for (int i = 0; i < m_publishers.size(); ++i) {
            BenchConnection *publisher = m_publishers[i];
            QString topic = m_settings.topic;
            topic.replace(QLatin1String("%i"), QString::number(i));
            publisher->preparePublish(topic, m_settings.size, m_settings.qos);
            connect(publisher, &BenchConnection::writable, this, [this] {
                if (!m_pumpTimer.isActive() && !m_publishingDone)
                    m_pumpTimer.start();
            });
            connect(publisher, &BenchConnection::acknowledged, this, &BenchRun::onAcknowledged);
        }
        m_publishStartNs = BenchConnection::nowNs();
        m_pumpTimer.start();
    }

    void pump()
    {
        const qint64 now = BenchConnection::nowNs();
        bool mayContinue = false; // some publisher used its whole allowance and could send more
        bool allSent = true;
        for (int i = 0; i < m_publishers.size(); ++i) {
            qint64 allowed = m_settings.count - m_sent[i];
            if (m_settings.rate > 0)
                allowed = qMin(allowed, qint64(m_settings.rate * seconds(now - m_publishStartNs)) +
                                            1 - m_sent[i]);
            allowed = qMin<qint64>(allowed, PublishBatch);
            BenchConnection *publisher = m_publishers[i];
            qint64 n = 0;
            while (n < allowed && publisher->publishNext(now))
                ++n;
            if (n > 0) {
                publisher->flush();
                m_sent[i] += n;
                m_totalSent += n;
            }
            mayContinue = mayContinue || (n > 0 && n == allowed);
            allSent = allSent && m_sent[i] >= m_settings.count;
        }
        if (allSent) {
            m_pumpTimer.stop();
            m_publishingDone = true;
            m_publishEndNs = BenchConnection::nowNs();
            checkDone();
        } else if (!mayContinue && m_settings.rate <= 0) {
            // Every publisher waits for acknowledgements or socket space: no busy polling,
            // writable() restarts the pump.
            m_pumpTimer.stop();
        }
    }

    void onAcknowledged(qint64 sentNs)
    {
        ++m_acknowledged;
        if (m_settings.mode == Mode::Publish)
            m_latencies.push_back(BenchConnection::nowNs() - sentNs);
        checkDone();
    }

    void onReceived(qint64 sentNs, qsizetype size)
    {
        Q_UNUSED(size);
        ++m_received;
        m_lastReceiveNs = BenchConnection::nowNs();
        m_latencies.push_back(m_lastReceiveNs - sentNs);
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
        if (m_settings.qos != mqtt::QoS::AtMostOnce && m_acknowledged < m_totalSent)
            return;
        for (BenchConnection *publisher : std::as_const(m_publishers)) {
            if (publisher->bytesToWrite() > 0) {
                QTimer::singleShot(1, this, &BenchRun::checkDone);
                return;
            }
        }
        report();
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
                           .arg(m_totalSent)
                           .arg(m_received)
                           .arg(m_acknowledged);
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
        m_pumpTimer.stop();
        m_idleTimer.stop();
        if (isatty(STDERR_FILENO))
            std::fputs("\n", stderr);
        const qint64 endNs = m_settings.mode == Mode::Subscribe && m_received > 0 ? m_lastReceiveNs
                             : m_settings.mode == Mode::Connect                   ? m_connectedNs
                                                                : BenchConnection::nowNs();
        const qint64 beginNs = m_settings.mode == Mode::Connect ? m_startNs : m_publishStartNs;
        const double elapsed = qMax(seconds(endNs - beginNs), 1e-9);
        const double cpu = ownCpuSeconds() - m_cpuAtStart;
        const double brokerCpu = m_brokerCpuAtStart >= 0
                                     ? processCpuSeconds(m_settings.brokerPid) - m_brokerCpuAtStart
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
            const qint64 messages = m_settings.mode == Mode::Subscribe ? m_received : m_totalSent;
            const double rate = double(messages) / elapsed;
            const double megabytes = double(messages) * m_settings.size / 1e6 / elapsed;
            result.insert(QStringLiteral("qos"), int(m_settings.qos));
            result.insert(QStringLiteral("payloadSize"), m_settings.size);
            result.insert(QStringLiteral("sent"), m_totalSent);
            result.insert(QStringLiteral("messagesPerSecond"), rate);
            result.insert(QStringLiteral("megabytesPerSecond"), megabytes);
            text = CliText::tr("bench %1: %2 clients, QoS %3, %4-byte payloads\n")
                       .arg(modeName())
                       .arg(m_settings.clients)
                       .arg(int(m_settings.qos))
                       .arg(m_settings.size);
            if (m_settings.mode == Mode::Subscribe) {
                const qint64 lost = expectedDeliveries() - m_received;
                result.insert(QStringLiteral("publishers"), m_settings.publishers);
                result.insert(QStringLiteral("received"), m_received);
                result.insert(QStringLiteral("expected"), expectedDeliveries());
                result.insert(QStringLiteral("lost"), lost);
                text += CliText::tr("  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)\n")
                            .arg(m_totalSent)
                            .arg(m_settings.publishers)
                            .arg(m_received)
                            .arg(expectedDeliveries())
                            .arg(lost);
            } else {
                text += CliText::tr("  sent %1 messages%2\n")
                            .arg(m_totalSent)
                            .arg(m_settings.qos == mqtt::QoS::AtMostOnce
                                     ? QString()
                                     : CliText::tr(", %1 acknowledged").arg(m_acknowledged));
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

        const QByteArray out = m_settings.json
                                   ? QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n'
                                   : text.toLocal8Bit();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        for (BenchConnection *connection : std::as_const(m_all))
            connection->close();
        QTimer::singleShot(100, this, [] { QCoreApplication::exit(ExitSuccess); });
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
    std::vector<qint64> m_sent;
    QTimer m_progressTimer;
    QTimer m_pumpTimer;
    QTimer m_idleTimer;
    int m_opened = 0;
    int m_connected = 0;
    int m_subscribed = 0;
    qint64 m_totalSent = 0;
    qint64 m_received = 0;
    qint64 m_acknowledged = 0;
    qint64 m_startNs = 0;
    qint64 m_connectedNs = 0;
    qint64 m_publishStartNs = 0;
    qint64 m_publishEndNs = 0;
    qint64 m_lastReceiveNs = 0;
    double m_cpuAtStart = 0;
    double m_brokerCpuAtStart = -1;
    bool m_publishingDone = false;
    bool m_reported = false;
};

void addBenchOptions(ArgumentParser &parser)
{
    parser.allowPositional(QStringLiteral("pub|sub|conn"));
    parser.addSection(CliText::tr("Load"));
    parser.addOption(
        {QStringLiteral("c"), QStringLiteral("clients")}, QStringLiteral("N"),
        CliText::tr("clients: publishers (pub), subscribers (sub), connections (conn); "
                    "default 10"));
    parser.addOption({QStringLiteral("publishers")}, QStringLiteral("N"),
                     CliText::tr("sub: publishers feeding the subscribers (default 1)"));
    parser.addOption({QStringLiteral("C"), QStringLiteral("count")}, QStringLiteral("N"),
                     CliText::tr("messages per publisher (default 10000)"));
    parser.addOption(
        {QStringLiteral("r"), QStringLiteral("rate")}, QStringLiteral("MSGS"),
        CliText::tr("messages per second per publisher (default: as fast as possible)"));
    parser.addOption({QStringLiteral("q"), QStringLiteral("qos")}, QStringLiteral("QOS"),
                     CliText::tr("QoS of publishes and subscriptions (default 0)"));
    parser.addOption({QStringLiteral("s"), QStringLiteral("size")}, QStringLiteral("BYTES"),
                     CliText::tr("payload size, at least 8 (default 64)"));
    parser.addOption(
        {QStringLiteral("t"), QStringLiteral("topic")}, QStringLiteral("PATTERN"),
        CliText::tr("topic; %i is the publisher index, '+' for subscribers (default bench/%i)"));
    parser.addOption(
        {QStringLiteral("idle-timeout")}, QStringLiteral("SECONDS"),
        CliText::tr("sub: end when no message came for SECONDS after publishing (default 5)"));
    parser.addOption({QStringLiteral("broker-pid")}, QStringLiteral("PID"),
                     CliText::tr("also report the CPU time the broker process used"));
    parser.addOption({QStringLiteral("json")}, {},
                     CliText::tr("print the summary as one JSON object"));
    ConnectionOptions::addTo(parser, ConnectionOptions::Basic);
    parser.addEpilog(
        CliText::tr("Modes:\n"
                    "  pub   publishers send COUNT messages each; QoS 1/2 report ack latency\n"
                    "  sub   subscribers receive from --publishers; reports end-to-end latency "
                    "(send time travels in the payload)\n"
                    "  conn  opens the clients' connections; reports connect latency\n"
                    "Bench clients speak MQTT over plain TCP (mqtt://) with keep-alive off.\n"));
}

} // namespace

int runBench(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ArgumentParser parser(QStringLiteral("bench"), QStringLiteral("pub|sub|conn [OPTIONS]"));
    addBenchOptions(parser);
    const QString command = QStringLiteral("bench");
    const auto usageError = [&](const QString &line) { return cli::usageError(command, line); };
    if (const auto done = parseCommandLine(parser, app.arguments().mid(1)))
        return *done;

    BenchSettings settings;
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    if (positional.size() != 1 || (mode != QLatin1String("pub") && mode != QLatin1String("sub") &&
                                   mode != QLatin1String("conn")))
        return usageError(CliText::tr("give one mode: pub, sub or conn"));
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
        !integer("publishers", QStringLiteral("--publishers"), 1, 100000, &settings.publishers) ||
        !integer("C", QStringLiteral("-C"), 1, 1000000000, &settings.count) ||
        !integer("s", QStringLiteral("-s"), 8, 256 * 1024 * 1024, &settings.size) ||
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

    BenchRun run(settings);
    run.start();
    return app.exec();
}

} // namespace cli
