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

/// Our client: connect, publish N, wait for the receiver; returns elapsed ms (or -1).
qint64 runClient(quint16 port, const QString &topic, QoS qos, int n, qint64 *publisherDoneMs)
{
    Receiver receiver(port, topic, n);
    if (!waitUntil([&] { return receiver.ready(); }, 10000))
        return -1;
    Client client;
    ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.protocolVersion = ProtocolVersion::V3_1_1;
    o.reconnect.enabled = false;
    client.setOptions(o);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    QObject::connect(&client, &Client::connected, &client, [&] {
        for (int i = 0; i < n; ++i) {
            PublishHandle *h = client.publish(Message(topic, "m" + QByteArray::number(i), qos));
            QObject::connect(h, &PublishHandle::finished, &client, [&done] { ++done; });
        }
    });
    client.connectToBroker();
    if (!waitUntil([&] { return done == n; }, 120000))
        return -1;
    *publisherDoneMs = clock.elapsed();
    if (!waitUntil([&] { return receiver.finished(); }, 120000))
        return -1;
    const qint64 elapsed = clock.elapsed();
    client.disconnectFromBroker();
    return elapsed;
}

/// mosquitto_pub -l with N lines on stdin; returns elapsed ms (or -1).
qint64 runMosquittoPub(quint16 port, const QString &topic, QoS qos, int n)
{
    Receiver receiver(port, topic, n);
    if (!waitUntil([&] { return receiver.ready(); }, 10000))
        return -1;
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
        return -1;
    pub.write(lines);
    pub.closeWriteChannel();
    if (!waitUntil([&] { return receiver.finished(); }, 120000))
        return -1;
    const qint64 elapsed = clock.elapsed();
    pub.waitForFinished(10000);
    return elapsed;
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
    std::printf("%-6s %14s %14s %18s %8s\n", "QoS", "client msg/s", "(publish side)",
                "mosquitto_pub msg/s", "ratio");
    for (QoS qos : {QoS::AtMostOnce, QoS::AtLeastOnce}) {
        qint64 publisherMs = 0;
        const qint64 ours = runClient(port, topic, qos, n, &publisherMs);
        const qint64 theirs = runMosquittoPub(port, topic, qos, n);
        if (ours <= 0 || theirs <= 0) {
            std::fprintf(stderr,
                         "QoS %d run did not complete (ours %lld ms, mosquitto_pub %lld ms)\n",
                         int(qos), qint64(ours), qint64(theirs));
            return 1;
        }
        const double ourRate = n * 1000.0 / ours;
        const double theirRate = n * 1000.0 / theirs;
        std::printf("%-6d %14.0f %14.0f %18.0f %8.2f\n", int(qos), ourRate,
                    n * 1000.0 / qMax<qint64>(1, publisherMs), theirRate, ourRate / theirRate);
    }
    return 0;
}
