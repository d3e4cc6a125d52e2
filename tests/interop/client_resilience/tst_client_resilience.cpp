// Resilience of mqtt::Client: the broker restarts, TCP connections are cut, a peer goes silent,
// the program restarts — and every message still arrives as its QoS promises.

#include <mqttcore/client.h>

#include "tcpproxy.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::ProtocolVersion)

namespace {

constexpr int Timeout = 10000;
constexpr int MessagesPerQoS = 150;

bool waitConnected(Client &client)
{
    if (client.state() == Client::State::Connected)
        return true;
    QSignalSpy spy(&client, &Client::connected);
    return spy.wait(Timeout);
}

ConnectOptions persistentOptions(quint16 port, const QString &clientId, ProtocolVersion version)
{
    ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.clientId = clientId;
    o.protocolVersion = version;
    o.cleanStart = false;
    o.sessionExpiry = 3600;
    o.keepAlive = 5;
    o.connectTimeoutMs = 3000;
    o.reconnect.enabled = true;
    o.reconnect.initialDelayMs = 50;
    o.reconnect.maxDelayMs = 400;
    o.reconnect.retryInitialConnect = true;
    o.offlineQueueLimit = 10000;
    return o;
}

} // namespace

class tst_ClientResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokerRestartedTwice_data();
    void brokerRestartedTwice();
    void tcpCutMidFlow_data();
    void tcpCutMidFlow();
    void keepAliveDetectsDeadConnection();
    void inflightStateSurvivesProgramRestart();

private:
    /// Publishes MessagesPerQoS QoS 1 and QoS 2 messages from a publisher to a persistent
    /// subscriber while `disrupt` breaks things at one third and two thirds, then checks
    /// QoS 1 at least once and QoS 2 exactly once [MQTT-4.3.2] [MQTT-4.3.3].
    void runFlow(ProtocolVersion version, quint16 publisherPort, quint16 subscriberPort,
                 const std::function<void()> &disrupt);
};

void tst_ClientResilience::initTestCase()
{
    REQUIRE_MOSQUITTO();
}

void tst_ClientResilience::runFlow(ProtocolVersion version, quint16 publisherPort,
                                   quint16 subscriberPort, const std::function<void()> &disrupt)
{
    const QString tag = QString::fromLatin1(QTest::currentTestFunction()) + QTest::currentDataTag();
    const QString q1Topic = QStringLiteral("res/%1/q1").arg(tag);
    const QString q2Topic = QStringLiteral("res/%1/q2").arg(tag);

    Client subscriber;
    subscriber.setOptions(persistentOptions(subscriberPort, QStringLiteral("sub-") + tag, version));
    QSignalSpy subscriberConnects(&subscriber, &Client::connected);
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    QHash<int, int> q1Count, q2Count;
    Subscription *s1 = subscriber.subscribe(q1Topic, {QoS::AtLeastOnce});
    Subscription *s2 = subscriber.subscribe(q2Topic, {QoS::ExactlyOnce});
    connect(s1, &Subscription::messageReceived, this,
            [&q1Count](const Message &m) { ++q1Count[m.payload().toInt()]; });
    connect(s2, &Subscription::messageReceived, this,
            [&q2Count](const Message &m) { ++q2Count[m.payload().toInt()]; });
    QTRY_VERIFY_WITH_TIMEOUT(s1->state() == Subscription::State::Subscribed &&
                                 s2->state() == Subscription::State::Subscribed,
                             Timeout);

    Client publisher;
    publisher.setOptions(persistentOptions(publisherPort, QStringLiteral("pub-") + tag, version));
    QSignalSpy publisherConnects(&publisher, &Client::connected);
    publisher.connectToBroker();
    QVERIFY(waitConnected(publisher));

    int completed = 0;
    int failed = 0;
    int sent = 0;
    QTimer pace;
    pace.setInterval(2);
    connect(&pace, &QTimer::timeout, this, [&] {
        const QByteArray seq = QByteArray::number(sent);
        for (const auto &[topic, qos] :
             {std::pair{q1Topic, QoS::AtLeastOnce}, std::pair{q2Topic, QoS::ExactlyOnce}}) {
            PublishHandle *h = publisher.publish(Message(topic, seq, qos));
            connect(h, &PublishHandle::finished, this, [&completed] { ++completed; });
            connect(h, &PublishHandle::failed, this, [&failed] { ++failed; });
        }
        ++sent;
        if (sent == MessagesPerQoS / 3 || sent == 2 * MessagesPerQoS / 3)
            disrupt();
        if (sent == MessagesPerQoS)
            pace.stop();
    });
    pace.start();

    QTRY_COMPARE_WITH_TIMEOUT(completed, 2 * MessagesPerQoS, 30000);
    QCOMPARE(failed, 0);
    QTRY_COMPARE_WITH_TIMEOUT(q1Count.size() + q2Count.size(), 2 * MessagesPerQoS, 20000);
    QVERIFY(!QSignalSpy(s2, &Subscription::messageReceived).wait(300)); // late duplicates?
    for (int i = 0; i < MessagesPerQoS; ++i) {
        QVERIFY2(q1Count.value(i) >= 1, qPrintable(QStringLiteral("QoS 1 #%1 lost").arg(i)));
        QVERIFY2(
            q2Count.value(i) == 1,
            qPrintable(QStringLiteral("QoS 2 #%1 arrived %2 times").arg(i).arg(q2Count.value(i))));
    }
    // Both clients came back by themselves after each disruption.
    QVERIFY(publisherConnects.size() >= 2);
    QVERIFY(subscriberConnects.size() >= 2);
    QCOMPARE(publisher.inflightCount(), 0);
    subscriber.disconnectFromBroker();
    publisher.disconnectFromBroker();
}

void tst_ClientResilience::brokerRestartedTwice_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("v3.1.1") << ProtocolVersion::V3_1_1;
    QTest::newRow("v5") << ProtocolVersion::V5;
}

void tst_ClientResilience::brokerRestartedTwice()
{
    QFETCH(ProtocolVersion, version);
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    broker.enablePersistence();
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    int restarts = 0;
    runFlow(version, port, port, [&] {
        broker.stop(); // SIGTERM: mosquitto writes its persistence file
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        ++restarts;
    });
    QCOMPARE(restarts, 2);
}

void tst_ClientResilience::tcpCutMidFlow_data()
{
    brokerRestartedTwice_data();
}

void tst_ClientResilience::tcpCutMidFlow()
{
    QFETCH(ProtocolVersion, version);
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    TcpProxy publisherPath(port);
    TcpProxy subscriberPath(port);
    int cuts = 0;
    runFlow(version, publisherPath.port(), subscriberPath.port(), [&] {
        publisherPath.sever();
        subscriberPath.sever();
        ++cuts;
    });
    QCOMPARE(cuts, 2);
}

// A peer that stops answering is found by the keep-alive: no PINGRESP within the keep-alive
// period closes the connection [MQTT-3.1.2-24 note], and the client reconnects by itself.
void tst_ClientResilience::keepAliveDetectsDeadConnection()
{
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    TcpProxy path(port);
    Client client;
    ConnectOptions o =
        persistentOptions(path.port(), QStringLiteral("keepalive"), ProtocolVersion::V3_1_1);
    o.keepAlive = 1;
    client.setOptions(o);
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    QSignalSpy errors(&client, &Client::errorOccurred);
    path.setFrozen(true);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.first().first().value<ClientError>().kind, ClientError::Kind::KeepAliveTimeout);
    QCOMPARE(client.state(), Client::State::Reconnecting);
    path.setFrozen(false);
    QVERIFY(waitConnected(client));
}

// QoS 1 state kept in a file outlives the Client object: a new client with the same file and id
// resends the message with DUP set [MQTT-4.4.0-1] and the subscriber gets it.
void tst_ClientResilience::inflightStateSurvivesProgramRestart()
{
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("inflight.json"));
    const QString topic = QStringLiteral("persist/x");

    Client subscriber;
    subscriber.setOptions(
        persistentOptions(port, QStringLiteral("persist-sub"), ProtocolVersion::V3_1_1));
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    Subscription *sub = subscriber.subscribe(topic, {QoS::AtLeastOnce});
    QTRY_COMPARE_WITH_TIMEOUT(sub->state(), Subscription::State::Subscribed, Timeout);
    QSignalSpy received(sub, &Subscription::messageReceived);

    TcpProxy path(port);
    ConnectOptions o =
        persistentOptions(path.port(), QStringLiteral("persist-pub"), ProtocolVersion::V3_1_1);
    o.inflightStorePath = store;
    {
        Client first;
        first.setOptions(o);
        first.connectToBroker();
        QVERIFY(waitConnected(first));
        path.setFrozen(true); // the PUBLISH never reaches the broker
        first.publish(Message(topic, "survivor", QoS::AtLeastOnce));
        QCOMPARE(first.inflightCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(store).size() > 0, Timeout);
        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArray("survivor").toBase64()));
    } // the program "ends" here with the message unacknowledged
    path.sever();
    QVERIFY(!received.wait(200));

    Client second;
    o.port = port;
    second.setOptions(o);
    QList<PublishPacket> resent;
    connect(&second, &Client::packetTrace, this, [&resent](Client::Direction d, const Packet &p) {
        if (d == Client::Direction::Outgoing)
            if (auto *publish = std::get_if<PublishPacket>(&p))
                resent << *publish;
    });
    second.connectToBroker();
    QVERIFY(waitConnected(second));
    QVERIFY(received.wait(Timeout));
    QCOMPARE(received.first().first().value<Message>().payload(), QByteArray("survivor"));
    QCOMPARE(resent.size(), 1);
    QVERIFY(resent.first().dup);
    QTRY_COMPARE_WITH_TIMEOUT(second.inflightCount(), 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        !QFile(store).exists() || !QFile(store).open(QIODevice::ReadOnly) ||
            [&] {
                QFile f(store);
                f.open(QIODevice::ReadOnly);
                return !f.readAll().contains(QByteArray("survivor").toBase64());
            }(),
        Timeout);
}

QTEST_GUILESS_MAIN(tst_ClientResilience)
#include "tst_client_resilience.moc"
