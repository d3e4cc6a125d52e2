// Exactly-once (and at-least-once without duplicates) under load: 8 publishers x N messages
// (default 20,000; MQTT_EXACTLY_ONCE_MESSAGES overrides) with 64 in flight each, one
// subscriber, packet ids wrapping several times on both sides. Every message must arrive
// exactly once [MQTT-4.3.3-2] and in order per publisher [MQTT-4.6.0-6]. The broker runs in its
// own thread (BrokerThread); the clients are raw codec clients driven by socket events.
#include "brokertestmain.h"
#include <broker/brokerthread.h>

#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace mqtt;

namespace {

constexpr int Publishers = 8;
constexpr int InFlight = 64;
constexpr quint16 PublisherIdSpace = 4096; // ids 1..4096: wrap ~5 times per publisher

/// A non-blocking raw client: connects, then reacts to each packet as it arrives.
class FlowClient : public QObject
{
public:
    FlowClient(ProtocolVersion version, QString id)
        : m_version(version), m_id(std::move(id)), m_decoder(version)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &FlowClient::readAvailable);
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ConnectPacket c;
            c.protocolVersion = m_version;
            c.clientId = m_id;
            c.keepAlive = 0;
            send(c);
        });
    }
    void open(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    bool connected() const { return m_connected; }
    QString failure;

protected:
    void send(const Packet &packet) { m_socket.write(encode(packet, m_version)); }
    virtual void onConnected() {}
    virtual void onPacket(Packet &packet) = 0;
    ProtocolVersion m_version;

private:
    void readAvailable()
    {
        m_decoder.feed(m_socket.readAll());
        Packet packet;
        for (;;) {
            const auto status = m_decoder.next(packet);
            if (status == StreamDecoder::Status::Error) {
                failure = QStringLiteral("decode error");
                return;
            }
            if (status != StreamDecoder::Status::PacketReady)
                return;
            if (!m_connected && std::holds_alternative<ConnackPacket>(packet)) {
                m_connected = true;
                onConnected();
                continue;
            }
            onPacket(packet);
        }
    }

    QString m_id;
    QTcpSocket m_socket;
    StreamDecoder m_decoder;
    bool m_connected = false;
};

class Publisher : public FlowClient
{
public:
    Publisher(ProtocolVersion version, int index, int count, QoS qos)
        : FlowClient(version, QStringLiteral("pub-%1").arg(index)), m_index(index), m_count(count),
          m_qos(qos)
    {
    }
    void start() { fill(); }
    int completed() const { return m_completed; }

private:
    void onPacket(Packet &packet) override
    {
        if (auto *rec = std::get_if<PubrecPacket>(&packet)) {
            PubrelPacket rel;
            rel.packetId = rec->packetId;
            send(rel);
        } else if (std::holds_alternative<PubcompPacket>(packet) ||
                   std::holds_alternative<PubackPacket>(packet)) {
            ++m_completed;
            --m_inFlight;
            fill();
        } else {
            failure = QStringLiteral("publisher got an unexpected packet");
        }
    }
    void fill()
    {
        while (m_inFlight < InFlight && m_sent < m_count) {
            PublishPacket p;
            p.topic = QStringLiteral("load/%1").arg(m_index);
            p.payload = QByteArray::number(m_index) + ':' + QByteArray::number(m_sent);
            p.qos = m_qos;
            p.packetId = quint16(m_sent % PublisherIdSpace + 1);
            send(p);
            ++m_sent;
            ++m_inFlight;
        }
    }
    int m_index, m_count;
    QoS m_qos;
    int m_sent = 0, m_inFlight = 0, m_completed = 0;
};

class Subscriber : public FlowClient
{
public:
    Subscriber(ProtocolVersion version, QoS qos)
        : FlowClient(version, QStringLiteral("sub")), m_qos(qos), m_next(Publishers, 0)
    {
    }
    bool subscribed = false;
    qint64 received = 0;
    qint64 duplicates = 0;
    qint64 outOfOrder = 0;
    QSet<quint16> awaitingPubrel;

private:
    void onConnected() override
    {
        SubscribePacket s;
        s.packetId = 1;
        s.topics.append({QStringLiteral("load/#"), {m_qos, false, false, {}}});
        send(s);
    }
    void onPacket(Packet &packet) override
    {
        if (std::holds_alternative<SubackPacket>(packet)) {
            subscribed = true;
        } else if (auto *p = std::get_if<PublishPacket>(&packet)) {
            if (p->qos == QoS::ExactlyOnce && awaitingPubrel.contains(p->packetId)) {
                ++duplicates; // re-sent while we still hold it: must not happen
            } else {
                count(p->payload);
            }
            if (p->qos == QoS::AtLeastOnce) {
                PubackPacket ack;
                ack.packetId = p->packetId;
                send(ack);
            } else if (p->qos == QoS::ExactlyOnce) {
                awaitingPubrel.insert(p->packetId);
                PubrecPacket rec;
                rec.packetId = p->packetId;
                send(rec);
            }
        } else if (auto *rel = std::get_if<PubrelPacket>(&packet)) {
            awaitingPubrel.remove(rel->packetId);
            PubcompPacket comp;
            comp.packetId = rel->packetId;
            send(comp);
        } else {
            failure = QStringLiteral("subscriber got an unexpected packet");
        }
    }
    void count(const QByteArray &payload)
    {
        const int colon = payload.indexOf(':');
        const int publisher = payload.left(colon).toInt();
        const int sequence = payload.mid(colon + 1).toInt();
        if (sequence < m_next[publisher])
            ++duplicates;
        else if (sequence > m_next[publisher])
            ++outOfOrder; // a gap: something was lost or reordered
        m_next[publisher] = std::max(m_next[publisher], sequence + 1);
        ++received;
    }
    QoS m_qos;
    std::vector<int> m_next;
};

/// Runs the event loop until pred() holds (checked every few ms) or the timeout passes. Unlike
/// QTRY_*, which sleeps between checks, this keeps serving the sockets all the time.
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(5);
    if (!pred())
        loop.exec();
    return pred();
}

} // namespace

class TestBrokerExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underLoad_data();
    void underLoad();
};

void TestBrokerExactlyOnce::underLoad_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("qos2:v3.1.1") << QoS::ExactlyOnce << ProtocolVersion::V3_1_1;
    QTest::newRow("qos2:v5") << QoS::ExactlyOnce << ProtocolVersion::V5;
    QTest::newRow("qos1:v5") << QoS::AtLeastOnce << ProtocolVersion::V5;
}

void TestBrokerExactlyOnce::underLoad()
{
    QFETCH(QoS, qos);
    QFETCH(ProtocolVersion, version);
    const int perPublisher = qEnvironmentVariableIntValue("MQTT_EXACTLY_ONCE_MESSAGES") > 0
                                 ? qEnvironmentVariableIntValue("MQTT_EXACTLY_ONCE_MESSAGES")
                                 : 20000;
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits.sysInterval = 0;
    settings.limits.maxQueuedMessages = 0; // unbounded for this test: nothing may be dropped
    settings.limits.maxInflightMessages = 64;
    broker::BrokerThread thread(settings);
    QVERIFY(thread.start());
    const quint16 port = thread.broker()->listeningPorts().value(0);

    Subscriber subscriber(version, qos);
    subscriber.open(port);
    QVERIFY(waitUntil([&] { return subscriber.subscribed; }, 10000));
    std::vector<std::unique_ptr<Publisher>> publishers;
    for (int i = 0; i < Publishers; ++i) {
        publishers.push_back(std::make_unique<Publisher>(version, i, perPublisher, qos));
        publishers.back()->open(port);
    }
    for (auto &p : publishers)
        QVERIFY(waitUntil([&] { return p->connected(); }, 10000));
    QElapsedTimer timer;
    timer.start();
    for (auto &p : publishers)
        p->start();

    const qint64 total = qint64(Publishers) * perPublisher;
    QVERIFY(waitUntil([&] { return subscriber.received >= total || !subscriber.failure.isEmpty(); },
                      240000));
    for (auto &p : publishers)
        QVERIFY(waitUntil([&] { return p->completed() == perPublisher; }, 30000));
    QVERIFY(waitUntil([&] { return subscriber.awaitingPubrel.isEmpty(); }, 30000));
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    qInfo("%lld messages in %lld ms (%lld msg/s)", total, elapsed, total * 1000 / elapsed);
    QVERIFY2(subscriber.failure.isEmpty(), qPrintable(subscriber.failure));
    for (auto &p : publishers)
        QVERIFY2(p->failure.isEmpty(), qPrintable(p->failure));
    QCOMPARE(subscriber.duplicates, 0);
    QCOMPARE(subscriber.outOfOrder, 0);
    QCOMPARE(subscriber.received, total);
}

BROKER_TEST_MAIN(TestBrokerExactlyOnce)
#include "tst_broker_exactly_once.moc"
