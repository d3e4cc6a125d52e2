// Publish rate of mqtt::Client against Mosquitto, next to mosquitto_pub doing the same work.
//
// For QoS 0 and QoS 1, N messages ("m0".."mN-1") go to one topic; the clock runs from the
// start of the connection until a mosquitto_sub process (started the same way for both
// publishers) has received all N, so both are measured end to end through the same broker and
// the same receiver. "publish side" is when our client saw every publish handle finish.

#include <mqttcore/client.h>

#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace mqtt;

namespace {

/// A mosquitto_sub process that exits after N benchmark messages. Its output goes to a file,
/// so it never waits for this (busy) process to read a pipe. A retained "ready" message on a
/// second topic tells when its subscription is in place.
class Receiver
{
public:
    Receiver(quint16 port, const QString &topic, int n)
    {
        m_output = m_dir.filePath(QStringLiteral("out.txt"));
        m_process.setStandardOutputFile(m_output);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub")),
                        {"-h", "127.0.0.1", "-p", QString::number(port), "-t", topic, "-t",
                         "bench/ready", "-q", "1", "-C", QString::number(n + 1)});
    }
    ~Receiver()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    bool ready()
    {
        QFile file(m_output);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("ready");
    }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    /// Benchmark messages received twice, and missing ones, of the n expected.
    void tally(int n, int *lost, int *duplicated) const
    {
        QFile file(m_output);
        QSet<QByteArray> seen;
        int received = 0;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith('m')) {
                    ++received;
                    seen.insert(line);
                }
            }
        }
        *lost = n - int(seen.size());
        *duplicated = received - int(seen.size());
    }

private:
    QTemporaryDir m_dir;
    QString m_output;
    QProcess m_process;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// How our client publishes: a PublishHandle per message, or post() with one signal.
enum class Api
{
    Handle,
    Post,
};

struct Run
{
    qint64 elapsedMs = -1;   ///< connect until the receiver had all N
    qint64 publisherMs = -1; ///< connect until every QoS 1 message was acknowledged
    int lost = 0;
    int duplicated = 0;
};

/// Our client: connect, publish N, wait for the receiver.
Run runClient(quint16 port, const QString &topic, QoS qos, int n, Api api)
{
    Run run;
    Receiver receiver(port, topic, n);
    if (!waitUntil([&] { return receiver.ready(); }, 10000))
        return run;
    Client client;
    ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.protocolVersion = ProtocolVersion::V3_1_1;
    o.reconnect.enabled = false;
    o.offlineQueueLimit = n;
    client.setOptions(o);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    QObject::connect(&client, &Client::posted, &client, [&done] { ++done; });
    QObject::connect(&client, &Client::connected, &client, [&] {
        for (int i = 0; i < n; ++i) {
            const Message message(topic, "m" + QByteArray::number(i), qos);
            if (api == Api::Post) {
                client.post(message);
                continue;
            }
            PublishHandle *h = client.publish(message);
            QObject::connect(h, &PublishHandle::finished, &client, [&done] { ++done; });
        }
    });
    client.connectToBroker();
    // post() reports QoS 0 messages only when they fail.
    const int expected = api == Api::Post && qos == QoS::AtMostOnce ? 0 : n;
    if (!waitUntil([&] { return done == expected && client.queuedCount() == 0; }, 120000))
        return run;
    run.publisherMs = clock.elapsed();
    if (!waitUntil([&] { return receiver.finished(); }, 120000))
        return run;
    run.elapsedMs = clock.elapsed();
    receiver.tally(n, &run.lost, &run.duplicated);
    client.disconnectFromBroker();
    return run;
}

/// mosquitto_pub -l with N lines on stdin.
Run runMosquittoPub(quint16 port, const QString &topic, QoS qos, int n)
{
    Run run;
    Receiver receiver(port, topic, n);
    if (!waitUntil([&] { return receiver.ready(); }, 10000))
        return run;
    QByteArray lines;
    for (int i = 0; i < n; ++i)
        lines += "m" + QByteArray::number(i) + '\n';
    QProcess pub;
    QElapsedTimer clock;
    clock.start();
    pub.start(QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub")),
              {"-h", "127.0.0.1", "-p", QString::number(port), "-t", topic, "-q",
               QString::number(int(qos)), "-l"});
    if (!pub.waitForStarted(5000))
        return run;
    pub.write(lines);
    pub.closeWriteChannel();
    if (!waitUntil([&] { return receiver.finished(); }, 120000))
        return run;
    run.elapsedMs = clock.elapsed();
    pub.waitForFinished(10000);
    receiver.tally(n, &run.lost, &run.duplicated);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    if (testsupport::mosquittoPath().isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub")).isEmpty()) {
        std::fprintf(stderr, "bench_client needs mosquitto and mosquitto-clients\n");
        return 1;
    }
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    if (!broker.start()) {
        std::fprintf(stderr, "mosquitto did not start: %s\n", qPrintable(broker.log()));
        return 1;
    }
    const QString topic = QStringLiteral("bench/x");
    {
        Client marker;
        ConnectOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        marker.setOptions(o);
        marker.connectToBroker();
        bool stored = false;
        QObject::connect(&marker, &Client::connected, &marker, [&] {
            PublishHandle *h = marker.publish(
                Message(QStringLiteral("bench/ready"), "ready", QoS::AtLeastOnce, true));
            QObject::connect(h, &PublishHandle::finished, &marker, [&stored] { stored = true; });
        });
        if (!waitUntil([&] { return stored; }, 10000)) {
            std::fprintf(stderr, "cannot publish the retained ready marker\n");
            return 1;
        }
        marker.disconnectFromBroker();
    }

    std::printf(
        "bench_client: %d messages per run, mosquitto %s, end to end through mosquitto_sub\n", n,
        "on 127.0.0.1");
    std::printf("%-4s %-22s %12s %14s %6s %5s\n", "QoS", "publisher", "msg/s", "(publish side)",
                "lost", "dup");
    for (QoS qos : {QoS::AtMostOnce, QoS::AtLeastOnce}) {
        const struct
        {
            const char *name;
            Run run;
        } runs[] = {
            {"mqtt::Client::post", runClient(port, topic, qos, n, Api::Post)},
            {"mqtt::Client::publish", runClient(port, topic, qos, n, Api::Handle)},
            {"mosquitto_pub -l", runMosquittoPub(port, topic, qos, n)},
        };
        for (const auto &[name, run] : runs) {
            if (run.elapsedMs <= 0) {
                std::fprintf(stderr, "QoS %d, %s: the run did not complete\n", int(qos), name);
                return 1;
            }
            const QByteArray side = run.publisherMs > 0
                                        ? QByteArray::number(n * 1000.0 / run.publisherMs, 'f', 0)
                                        : QByteArray("-");
            std::printf("%-4d %-22s %12.0f %14s %6d %5d\n", int(qos), name,
                        n * 1000.0 / run.elapsedMs, side.constData(), run.lost, run.duplicated);
        }
    }
    return 0;
}
