// Broker benchmark: fan-in (8 publishers -> 1 subscriber) and fan-out (1 publisher -> 8
// subscribers) throughput for QoS 0/1/2, and latency percentiles at a fixed rate, for our broker
// (`mqtt-workbench broker` in its own process) and for mosquitto on the same machine, printed
// side by side with ratios. Clients are raw codec clients in this process, driven by socket
// events. Environment: MQTT_WORKBENCH (binary), MOSQUITTO, BENCH_MESSAGES (per publisher in
// fan-in, default 5000), BENCH_RATE (latency run, msg/s, default 2000).
#include "testsupport.h"

#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace mqtt;

namespace {

constexpr int InFlight = 64;
QElapsedTimer benchClock;

/// A raw MQTT 3.1.1 client that publishes with a window of InFlight and counts what arrives.
class BenchClient : public QObject
{
public:
    BenchClient(const QString &id, quint16 port) : m_id(id)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &BenchClient::readAvailable);
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ConnectPacket c;
            c.clientId = m_id;
            c.keepAlive = 0;
            send(c);
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool ready = false;   // CONNACK (and SUBACK if subscribing) received
    qint64 received = 0;  // PUBLISH packets received
    qint64 completed = 0; // own publishes acknowledged (QoS 0: sent)
    std::vector<qint64> latenciesUs;

    void subscribe(const QString &filter, QoS qos)
    {
        m_subscribeFilter = filter;
        m_subscribeQoS = qos;
    }
    /// Publishes `count` messages of `size` bytes (window-limited for QoS 1/2).
    void publish(const QString &topic, int count, int size, QoS qos)
    {
        m_topic = topic;
        m_toSend = count;
        m_qos = qos;
        m_payload = QByteArray(std::max(size, 8), 'x');
        fill();
    }
    /// Sends one message now with a timestamp (latency runs).
    void publishStamped(const QString &topic, QoS qos)
    {
        PublishPacket p;
        p.topic = topic;
        p.qos = qos;
        p.payload = QByteArray::number(benchClock.nsecsElapsed() / 1000);
        p.packetId = qos == QoS::AtMostOnce ? 0 : nextId();
        send(p);
    }

private:
    quint16 nextId() { return m_lastId = m_lastId == 65535 ? 1 : m_lastId + 1; }
    void send(const Packet &packet) { m_socket.write(encode(packet, ProtocolVersion::V3_1_1)); }
    void fill()
    {
        while (m_sent < m_toSend && (m_qos == QoS::AtMostOnce || m_inFlight < InFlight)) {
            PublishPacket p;
            p.topic = m_topic;
            p.payload = m_payload;
            p.qos = m_qos;
            p.packetId = m_qos == QoS::AtMostOnce ? 0 : nextId();
            send(p);
            ++m_sent;
            if (m_qos == QoS::AtMostOnce) {
                ++completed;
                if (m_sent % 256 == 0 && m_sent < m_toSend) {
                    // Let the socket drain: QoS 0 has no window of its own.
                    QTimer::singleShot(0, this, [this] { fill(); });
                    return;
                }
            } else {
                ++m_inFlight;
            }
        }
    }
    void readAvailable()
    {
        m_decoder.feed(m_socket.readAll());
        Packet packet;
        while (m_decoder.next(packet) == StreamDecoder::Status::PacketReady) {
            if (std::holds_alternative<ConnackPacket>(packet)) {
                if (m_subscribeFilter.isEmpty()) {
                    ready = true;
                } else {
                    SubscribePacket s;
                    s.packetId = 1;
                    s.topics.append({m_subscribeFilter, {m_subscribeQoS, false, false, {}}});
                    send(s);
                }
            } else if (std::holds_alternative<SubackPacket>(packet)) {
                ready = true;
            } else if (auto *p = std::get_if<PublishPacket>(&packet)) {
                ++received;
                if (p->payload.size() < 20 && !p->payload.isEmpty() && p->payload[0] != 'x')
                    latenciesUs.push_back(benchClock.nsecsElapsed() / 1000 -
                                          p->payload.toLongLong());
                if (p->qos == QoS::AtLeastOnce) {
                    PubackPacket a;
                    a.packetId = p->packetId;
                    send(a);
                } else if (p->qos == QoS::ExactlyOnce) {
                    PubrecPacket r;
                    r.packetId = p->packetId;
                    send(r);
                }
            } else if (auto *rel = std::get_if<PubrelPacket>(&packet)) {
                PubcompPacket c;
                c.packetId = rel->packetId;
                send(c);
            } else if (auto *rec = std::get_if<PubrecPacket>(&packet)) {
                PubrelPacket r;
                r.packetId = rec->packetId;
                send(r);
            } else if (std::holds_alternative<PubackPacket>(packet) ||
                       std::holds_alternative<PubcompPacket>(packet)) {
                ++completed;
                --m_inFlight;
                fill();
            }
        }
    }

    QString m_id;
    QTcpSocket m_socket;
    StreamDecoder m_decoder{ProtocolVersion::V3_1_1};
    QString m_subscribeFilter;
    QoS m_subscribeQoS = QoS::AtMostOnce;
    QString m_topic;
    QByteArray m_payload;
    QoS m_qos = QoS::AtMostOnce;
    int m_toSend = 0, m_sent = 0, m_inFlight = 0;
    quint16 m_lastId = 0;
};

template <typename Pred> bool waitUntil(Pred pred, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(2);
    if (!pred())
        loop.exec();
    return pred();
}

using Clients = std::vector<std::unique_ptr<BenchClient>>;

bool allReady(const Clients &clients)
{
    return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->ready; });
}

/// Messages delivered per second; `deliveries` = expected total at the subscribers.
double throughput(quint16 port, int publishers, int subscribers, int perPublisher, QoS qos,
                  qint64 *lost)
{
    static int run = 0;
    ++run;
    const QString topic = QStringLiteral("bench/%1").arg(run);
    Clients subs, pubs;
    for (int i = 0; i < subscribers; ++i) {
        subs.push_back(
            std::make_unique<BenchClient>(QStringLiteral("s%1-%2").arg(run).arg(i), port));
        subs.back()->subscribe(topic, qos);
    }
    for (int i = 0; i < publishers; ++i)
        pubs.push_back(
            std::make_unique<BenchClient>(QStringLiteral("p%1-%2").arg(run).arg(i), port));
    if (!waitUntil([&] { return allReady(subs) && allReady(pubs); }, 10000))
        return -1;
    const qint64 expected = qint64(publishers) * perPublisher * subscribers;
    auto delivered = [&] {
        qint64 n = 0;
        for (const auto &s : subs)
            n += s->received;
        return n;
    };
    QElapsedTimer timer;
    timer.start();
    for (auto &p : pubs)
        p->publish(topic, perPublisher, 64, qos);
    // QoS 0 may lose messages: stop once nothing has arrived for a second.
    qint64 last = -1;
    QElapsedTimer idle;
    idle.start();
    qint64 lastArrivalNs = 0;
    waitUntil(
        [&] {
            const qint64 n = delivered();
            if (n != last) {
                last = n;
                idle.restart();
                lastArrivalNs = timer.nsecsElapsed();
            }
            return n >= expected || idle.elapsed() > 1000;
        },
        120000);
    *lost = expected - delivered();
    return double(delivered()) * 1e9 / double(std::max<qint64>(1, lastArrivalNs));
}

struct Latency
{
    double p50 = 0, p90 = 0, p99 = 0;
};

Latency latency(quint16 port, QoS qos, int rate, int seconds)
{
    static int run = 0;
    ++run;
    const QString topic = QStringLiteral("lat/%1").arg(run);
    BenchClient sub(QStringLiteral("ls%1").arg(run), port);
    sub.subscribe(topic, qos);
    BenchClient pub(QStringLiteral("lp%1").arg(run), port);
    if (!waitUntil([&] { return sub.ready && pub.ready; }, 10000))
        return {};
    const int total = rate * seconds;
    int sent = 0;
    QTimer tick;
    QElapsedTimer timer;
    timer.start();
    // Every millisecond, send what the fixed rate asks for by now.
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const int due = std::min<qint64>(total, timer.elapsed() * rate / 1000);
        while (sent < due) {
            pub.publishStamped(topic, qos);
            ++sent;
        }
    });
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(1);
    waitUntil([&] { return sub.received >= total; }, seconds * 1000 + 10000);
    tick.stop();
    std::vector<qint64> v = sub.latenciesUs;
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return double(v[size_t(q * double(v.size() - 1))]) / 1000.0; };
    return {at(0.5), at(0.9), at(0.99)};
}

struct Results
{
    double fanIn[3] = {}, fanOut[3] = {};
    qint64 lostIn[3] = {}, lostOut[3] = {};
    Latency latency[3];
};

Results runAll(quint16 port, int messages, int rate)
{
    Results r;
    for (int q = 0; q < 3; ++q) {
        r.fanIn[q] = throughput(port, 8, 1, messages, QoS(q), &r.lostIn[q]);
        r.fanOut[q] = throughput(port, 1, 8, messages, QoS(q), &r.lostOut[q]);
        r.latency[q] = latency(port, QoS(q), rate, 2);
    }
    return r;
}

bool startProcess(QProcess &process, const QString &program, const QStringList &args, quint16 port)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, args);
    return process.waitForStarted(5000) && testsupport::waitForPort(port, 10000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchClock.start();
    const QString workbench =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("MQTT_WORKBENCH");
    const QString mosquitto = testsupport::mosquittoPath();
    const int messages = qEnvironmentVariableIntValue("BENCH_MESSAGES") > 0
                             ? qEnvironmentVariableIntValue("BENCH_MESSAGES")
                             : 5000;
    const int rate = qEnvironmentVariableIntValue("BENCH_RATE") > 0
                         ? qEnvironmentVariableIntValue("BENCH_RATE")
                         : 2000;
    if (workbench.isEmpty() || mosquitto.isEmpty()) {
        std::fputs("usage: bench_broker PATH/TO/mqtt-workbench (mosquitto must be installed)\n",
                   stderr);
        return 2;
    }

    // Both brokers: unbounded queues (a fan-in subscriber is slower than 8 publishers, and
    // dropped messages would make the rates meaningless), 64 messages in flight per client.
    QTemporaryDir dir;
    const quint16 ourPort = testsupport::freePort();
    QFile ourConfig(dir.filePath(QStringLiteral("workbench.yaml")));
    ourConfig.open(QIODevice::WriteOnly);
    ourConfig.write(QStringLiteral("listeners:\n  bench:\n    bind: 127.0.0.1:%1\n"
                                   "limits:\n  max-queued-messages: 0\n  max-inflight: 64\n"
                                   "sys-interval: 10\n")
                        .arg(ourPort)
                        .toUtf8());
    ourConfig.close();
    QProcess ours;
    if (!startProcess(ours, workbench,
                      {QStringLiteral("broker"), QStringLiteral("-c"), ourConfig.fileName()},
                      ourPort)) {
        std::fputs("cannot start mqtt-workbench broker\n", stderr);
        return 1;
    }
    const Results a = runAll(ourPort, messages, rate);
    ours.terminate();
    ours.waitForFinished(5000);

    const quint16 mosqPort = testsupport::freePort();
    QFile config(dir.filePath(QStringLiteral("mosquitto.conf")));
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\n"
                                "max_inflight_messages 64\nmax_queued_messages 0\n"
                                "log_type none\n")
                     .arg(mosqPort)
                     .toUtf8());
    config.close();
    QProcess mosq;
    if (!startProcess(mosq, mosquitto, {QStringLiteral("-c"), config.fileName()}, mosqPort)) {
        std::fputs("cannot start mosquitto\n", stderr);
        return 1;
    }
    const Results b = runAll(mosqPort, messages, rate);
    mosq.terminate();
    mosq.waitForFinished(5000);

    std::printf("bench_broker: %d msgs per publisher, 64-byte payloads, window %d, unbounded "
                "queues, latency at %d msg/s for 2 s\n",
                messages, InFlight, rate);
    std::printf("%-28s %14s %14s %8s\n", "", "mqtt-workbench", "mosquitto", "ratio");
    for (int q = 0; q < 3; ++q) {
        std::printf("fan-in  8->1 QoS %d (msg/s)   %14.0f %14.0f %7.2fx   (lost %lld / %lld)\n", q,
                    a.fanIn[q], b.fanIn[q], a.fanIn[q] / b.fanIn[q], a.lostIn[q], b.lostIn[q]);
        std::printf("fan-out 1->8 QoS %d (msg/s)   %14.0f %14.0f %7.2fx   (lost %lld / %lld)\n", q,
                    a.fanOut[q], b.fanOut[q], a.fanOut[q] / b.fanOut[q], a.lostOut[q],
                    b.lostOut[q]);
        const Latency &la = a.latency[q], &lb = b.latency[q];
        std::printf(
            "latency QoS %d p50/p90/p99 ms  %4.2f/%4.2f/%4.2f %4.2f/%4.2f/%4.2f  p99 %5.2fx\n", q,
            la.p50, la.p90, la.p99, lb.p50, lb.p90, lb.p99, lb.p99 > 0 ? la.p99 / lb.p99 : 0.0);
    }
    std::printf("(throughput ratio > 1: ours faster; latency ratio < 1: ours lower)\n");
    return 0;
}
