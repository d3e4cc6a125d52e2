// mqtt::Client against a real Mosquitto over TCP, TLS, WebSocket and secure WebSocket.

#include <mqttcore/client.h>

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqtt;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(mqtt::TransportKind)
Q_DECLARE_METATYPE(mqtt::ProtocolVersion)

namespace {

constexpr int Timeout = 10000;

bool waitConnected(Client &client)
{
    if (client.state() == Client::State::Connected)
        return true;
    QSignalSpy spy(&client, &Client::connected);
    return spy.wait(Timeout);
}

bool waitSubscribed(Subscription *subscription)
{
    if (subscription->state() == Subscription::State::Subscribed)
        return true;
    QSignalSpy spy(subscription, &Subscription::stateChanged);
    while (subscription->state() == Subscription::State::Pending) {
        if (!spy.wait(Timeout))
            return false;
    }
    return subscription->state() == Subscription::State::Subscribed;
}

ClientError waitError(Client &client)
{
    QSignalSpy spy(&client, &Client::errorOccurred);
    if (!spy.wait(Timeout))
        return {};
    return spy.first().first().value<ClientError>();
}

} // namespace

class tst_ClientMosquitto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void retained();
    void willOnAbort_data();
    void willOnAbort();
    void willDelay();
    void sessionResumeWithQueuedMessages_data();
    void sessionResumeWithQueuedMessages();
    void overlappingSubscriptions();
    void subscriptionIdentifiers();
    void sharedSubscription();
    void topicAliasesSent();
    void flowControlHonoursBrokerReceiveMaximum();
    void flowControlOurReceiveMaximum();
    void serverAssignedClientId();
    void userPropertiesAndRequestResponse();
    void keepAlivePings();
    void refusedBadPassword_data();
    void refusedBadPassword();
    void tlsWrongCa();
    void tlsClientCertificate();
    void tlsCaDataPathAndHostName();
    void hostNotFound();
    void invalidTopics();

private:
    ConnectOptions options(TransportKind kind, ProtocolVersion version) const;

    std::unique_ptr<testsupport::Certificates> m_certs;
    std::unique_ptr<testsupport::Mosquitto> m_broker;
    quint16 m_tcp = 0, m_tls = 0, m_ws = 0, m_wss = 0;
};

ConnectOptions tst_ClientMosquitto::options(TransportKind kind, ProtocolVersion version) const
{
    ConnectOptions o;
    o.transport = kind;
    o.host = QStringLiteral("localhost");
    o.protocolVersion = version;
    o.reconnect.enabled = false;
    o.webSocket.path = QStringLiteral("/mqtt");
    switch (kind) {
    case TransportKind::Tcp:
        o.port = m_tcp;
        break;
    case TransportKind::Tls:
        o.port = m_tls;
        break;
    case TransportKind::WebSocket:
        o.port = m_ws;
        break;
    case TransportKind::SecureWebSocket:
        o.port = m_wss;
        break;
    }
    if (isSecure(kind))
        o.tls.caFile = m_certs->caFile();
    return o;
}

void tst_ClientMosquitto::initTestCase()
{
    REQUIRE_MOSQUITTO();
    m_certs = std::make_unique<testsupport::Certificates>();
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->errorString()));
    m_broker = std::make_unique<testsupport::Mosquitto>();
    m_tcp = m_broker->addTcpListener();
    m_tls = m_broker->addTlsListener(*m_certs);
    m_ws = m_broker->addWebSocketListener();
    m_wss = m_broker->addSecureWebSocketListener(*m_certs);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->log()));
}

void tst_ClientMosquitto::cleanupTestCase()
{
    m_broker.reset();
}

void tst_ClientMosquitto::roundTrip_data()
{
    QTest::addColumn<TransportKind>("transport");
    QTest::addColumn<ProtocolVersion>("version");
    const std::pair<const char *, TransportKind> kinds[] = {
        {"tcp", TransportKind::Tcp},
        {"tls", TransportKind::Tls},
        {"ws", TransportKind::WebSocket},
        {"wss", TransportKind::SecureWebSocket}};
    const std::pair<const char *, ProtocolVersion> versions[] = {
        {"v3.1", ProtocolVersion::V3_1},
        {"v3.1.1", ProtocolVersion::V3_1_1},
        {"v5", ProtocolVersion::V5}};
    for (const auto &[kindName, kind] : kinds) {
        for (const auto &[versionName, version] : versions)
            QTest::addRow("%s:%s", kindName, versionName) << kind << version;
    }
}

// QoS 0, 1 and 2 out and back in through one subscription: each message arrives once, with the
// QoS min(published, granted) [MQTT-3.8.4-8], and each publish handle reports completion.
void tst_ClientMosquitto::roundTrip()
{
    QFETCH(TransportKind, transport);
    QFETCH(ProtocolVersion, version);
    Client client;
    client.setOptions(options(transport, version));
    QSignalSpy trace(&client, &Client::packetTrace);
    client.connectToBroker();
    QVERIFY2(waitConnected(client), qPrintable(client.error().toString()));
    QCOMPARE(client.state(), Client::State::Connected);
    QVERIFY(!client.clientId().isEmpty() || version == ProtocolVersion::V5);

    const QString topic = QStringLiteral("rt/%1/%2").arg(QTest::currentDataTag(), "x");
    Subscription *sub = client.subscribe(topic, {QoS::ExactlyOnce});
    QVERIFY(waitSubscribed(sub));
    QCOMPARE(sub->grantedQoS(), QoS::ExactlyOnce);

    QSignalSpy received(sub, &Subscription::messageReceived);
    QSignalSpy all(&client, &Client::messageReceived);
    int finished = 0;
    for (int q = 0; q <= 2; ++q) {
        PublishHandle *h =
            client.publish(Message(topic, QByteArray("payload-") + QByteArray::number(q), QoS(q)));
        connect(h, &PublishHandle::finished, this, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, Timeout);
    QCOMPARE(all.size(), 3);
    QList<int> qosSeen;
    for (const auto &args : received) {
        const Message m = args.first().value<Message>();
        QCOMPARE(m.topic(), topic);
        QVERIFY(m.payload().startsWith("payload-"));
        qosSeen << int(m.qos());
        QCOMPARE(m.payload(), QByteArray("payload-") + QByteArray::number(int(m.qos())));
    }
    std::sort(qosSeen.begin(), qosSeen.end());
    QCOMPARE(qosSeen, QList<int>({0, 1, 2}));
    QCOMPARE(client.inflightCount(), 0);
    // The trace carries every packet both ways, CONNECT first.
    QVERIFY(trace.size() >= 2);
    QCOMPARE(trace.first().at(0).value<Client::Direction>(), Client::Direction::Outgoing);
    QCOMPARE(packetType(trace.first().at(1).value<Packet>()), PacketType::Connect);

    QSignalSpy disconnected(&client, &Client::disconnected);
    client.disconnectFromBroker();
    QCOMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(disconnected.size(), 1);
}

void tst_ClientMosquitto::retained()
{
    const QString topic = QStringLiteral("retained/one");
    {
        Client publisher;
        publisher.setOptions(options(TransportKind::Tcp, ProtocolVersion::V3_1_1));
        publisher.connectToBroker();
        QVERIFY(waitConnected(publisher));
        PublishHandle *h = publisher.publish(Message(topic, "kept", QoS::AtLeastOnce, true));
        QSignalSpy done(h, &PublishHandle::finished);
        QVERIFY(done.wait(Timeout));
        publisher.disconnectFromBroker();
    }
    Client subscriber;
    subscriber.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    Subscription *sub = subscriber.subscribe(topic, {QoS::AtLeastOnce});
    QSignalSpy received(sub, &Subscription::messageReceived);
    QVERIFY(received.wait(Timeout));
    const Message m = received.first().first().value<Message>();
    // [MQTT-3.3.1-9] a retained message sent because of a new subscription has RETAIN set.
    QVERIFY(m.retain());
    QCOMPARE(m.payload(), QByteArray("kept"));
    // An empty retained payload clears it [MQTT-3.3.1-10].
    PublishHandle *clear = subscriber.publish(Message(topic, {}, QoS::AtLeastOnce, true));
    QSignalSpy cleared(clear, &PublishHandle::finished);
    QVERIFY(cleared.wait(Timeout));
}

void tst_ClientMosquitto::willOnAbort_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("v3.1.1") << ProtocolVersion::V3_1_1;
    QTest::newRow("v5") << ProtocolVersion::V5;
}

// [MQTT-3.1.2-8] the will is published when the network connection closes without DISCONNECT.
void tst_ClientMosquitto::willOnAbort()
{
    QFETCH(ProtocolVersion, version);
    const QString willTopic = QStringLiteral("will/%1").arg(QTest::currentDataTag());
    Client watcher;
    watcher.setOptions(options(TransportKind::Tcp, version));
    watcher.connectToBroker();
    QVERIFY(waitConnected(watcher));
    Subscription *sub = watcher.subscribe(willTopic, {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(sub));
    QSignalSpy received(sub, &Subscription::messageReceived);

    Client dying;
    ConnectOptions o = options(TransportKind::Tcp, version);
    Will will;
    will.topic = willTopic;
    will.payload = "gone";
    will.qos = QoS::AtLeastOnce;
    if (version == ProtocolVersion::V5)
        will.properties.contentType = QStringLiteral("text/plain");
    o.will = will;
    dying.setOptions(o);
    dying.connectToBroker();
    QVERIFY(waitConnected(dying));
    dying.abortConnection();
    QCOMPARE(dying.state(), Client::State::Disconnected);
    QVERIFY(received.wait(Timeout));
    const Message m = received.first().first().value<Message>();
    QCOMPARE(m.payload(), QByteArray("gone"));
    if (version == ProtocolVersion::V5)
        QCOMPARE(m.properties().contentType, std::optional<QString>(QStringLiteral("text/plain")));

    // A normal DISCONNECT discards the will [MQTT-3.1.2-10].
    received.clear();
    Client polite;
    polite.setOptions(o);
    polite.connectToBroker();
    QVERIFY(waitConnected(polite));
    polite.disconnectFromBroker();
    QVERIFY(!received.wait(300));
}

// MQTT 5 Will Delay Interval (3.1.3.2.2): the will goes out only after the delay [MQTT-3.1.3-9].
void tst_ClientMosquitto::willDelay()
{
    const QString willTopic = QStringLiteral("will/delayed");
    Client watcher;
    watcher.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    watcher.connectToBroker();
    QVERIFY(waitConnected(watcher));
    Subscription *sub = watcher.subscribe(willTopic, {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(sub));
    QSignalSpy received(sub, &Subscription::messageReceived);

    Client dying;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V5);
    o.sessionExpiry = 10;
    Will will;
    will.topic = willTopic;
    will.payload = "late";
    will.properties.willDelayInterval = 1;
    o.will = will;
    dying.setOptions(o);
    dying.connectToBroker();
    QVERIFY(waitConnected(dying));
    QElapsedTimer clock;
    clock.start();
    dying.abortConnection();
    QVERIFY(received.wait(5000));
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(received.first().first().value<Message>().payload(), QByteArray("late"));
}

void tst_ClientMosquitto::sessionResumeWithQueuedMessages_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("v3.1.1") << ProtocolVersion::V3_1_1;
    QTest::newRow("v5") << ProtocolVersion::V5;
}

// A persistent session keeps the subscription and queues QoS 1 messages while the client is
// away [MQTT-3.1.2-5]; the CONNACK says session present [MQTT-3.2.2-2].
void tst_ClientMosquitto::sessionResumeWithQueuedMessages()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = QStringLiteral("resume/%1").arg(QTest::currentDataTag());
    Client subscriber;
    ConnectOptions o = options(TransportKind::Tcp, version);
    o.clientId = QStringLiteral("resume-%1").arg(QTest::currentDataTag()).remove('.');
    o.cleanStart = true;
    o.sessionExpiry = 300;
    if (version != ProtocolVersion::V5)
        o.cleanStart = false;
    subscriber.setOptions(o);
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    Subscription *sub = subscriber.subscribe(topic, {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(sub));
    subscriber.disconnectFromBroker();

    Client publisher;
    publisher.setOptions(options(TransportKind::Tcp, version));
    publisher.connectToBroker();
    QVERIFY(waitConnected(publisher));
    int done = 0;
    for (int i = 0; i < 5; ++i)
        connect(publisher.publish(Message(topic, QByteArray::number(i), QoS::AtLeastOnce)),
                &PublishHandle::finished, this, [&done] { ++done; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, Timeout);

    QSignalSpy received(sub, &Subscription::messageReceived);
    o.cleanStart = false;
    subscriber.setOptions(o);
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    QVERIFY(subscriber.sessionPresent());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 5, Timeout);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(received.at(i).first().value<Message>().payload(), QByteArray::number(i));
    subscriber.disconnectFromBroker();
}

// Overlapping subscriptions each receive a matching message.
void tst_ClientMosquitto::overlappingSubscriptions()
{
    Client client;
    client.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    Subscription *exact = client.subscribe(QStringLiteral("overlap/a/b"), {QoS::AtLeastOnce});
    Subscription *wild = client.subscribe(QStringLiteral("overlap/+/b"), {QoS::AtLeastOnce});
    Subscription *other = client.subscribe(QStringLiteral("overlap/c"), {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(exact));
    QVERIFY(waitSubscribed(wild));
    QVERIFY(waitSubscribed(other));
    QSignalSpy e(exact, &Subscription::messageReceived);
    QSignalSpy w(wild, &Subscription::messageReceived);
    QSignalSpy o(other, &Subscription::messageReceived);
    client.publish(Message(QStringLiteral("overlap/a/b"), "1", QoS::AtLeastOnce));
    QTRY_VERIFY_WITH_TIMEOUT(e.size() >= 1 && w.size() >= 1, Timeout);
    QCOMPARE(o.size(), 0);

    // After unsubscribe the wildcard subscription no longer delivers.
    QSignalSpy state(wild, &Subscription::stateChanged);
    wild->unsubscribe();
    QCOMPARE(wild->state(), Subscription::State::Unsubscribed);
    QCOMPARE(client.subscriptions().size(), 2);
}

// [MQTT-3.3.4-3] a PUBLISH matching a subscription with an identifier carries it (3.3.2.3.8).
void tst_ClientMosquitto::subscriptionIdentifiers()
{
    Client client;
    client.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    Properties properties;
    properties.subscriptionIdentifiers = {7};
    Subscription *sub = client.subscribe(QStringLiteral("subid/#"), {QoS::AtLeastOnce}, properties);
    QCOMPARE(sub->subscriptionIdentifier(), 7u);
    QVERIFY(waitSubscribed(sub));
    QSignalSpy received(sub, &Subscription::messageReceived);
    client.publish(Message(QStringLiteral("subid/a"), "x", QoS::AtLeastOnce));
    QVERIFY(received.wait(Timeout));
    QCOMPARE(received.first().first().value<Message>().properties().subscriptionIdentifiers,
             QList<quint32>({7}));
}

// A shared subscription ($share/group/filter, 4.8.2) gives each message to one member; the
// Subscription object matches on the inner filter.
void tst_ClientMosquitto::sharedSubscription()
{
    Client a, b, publisher;
    QList<Subscription *> subs;
    for (Client *c : {&a, &b}) {
        c->setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
        c->connectToBroker();
        QVERIFY(waitConnected(*c));
        subs << c->subscribe(QStringLiteral("$share/workers/jobs/+"), {QoS::AtLeastOnce});
        QVERIFY(waitSubscribed(subs.last()));
    }
    QSignalSpy gotA(subs[0], &Subscription::messageReceived);
    QSignalSpy gotB(subs[1], &Subscription::messageReceived);
    publisher.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    publisher.connectToBroker();
    QVERIFY(waitConnected(publisher));
    for (int i = 0; i < 10; ++i)
        publisher.publish(Message(QStringLiteral("jobs/%1").arg(i), "job", QoS::AtLeastOnce));
    QTRY_COMPARE_WITH_TIMEOUT(gotA.size() + gotB.size(), 10, Timeout);
    QVERIFY(!gotA.wait(200));
    QCOMPARE(gotA.size() + gotB.size(), 10);
}

// Topic aliases (3.3.2.3.4): the second PUBLISH to a topic carries only the alias, and the
// subscriber still sees the full topic.
void tst_ClientMosquitto::topicAliasesSent()
{
    Client client;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V5);
    o.topicAliasPolicy = TopicAliasPolicy::Automatic;
    client.setOptions(o);
    QList<PublishPacket> sent;
    connect(&client, &Client::packetTrace, this,
            [&sent](Client::Direction direction, const Packet &packet) {
                if (direction == Client::Direction::Outgoing)
                    if (auto *p = std::get_if<PublishPacket>(&packet))
                        sent << *p;
            });
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    QVERIFY(client.connack().properties.topicAliasMaximum.value_or(0) > 0);
    const QString topic = QStringLiteral("alias/long/topic/name");
    Subscription *sub = client.subscribe(topic, {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(sub));
    QSignalSpy received(sub, &Subscription::messageReceived);
    for (int i = 0; i < 3; ++i)
        client.publish(Message(topic, QByteArray::number(i), QoS::AtLeastOnce));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, Timeout);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent[0].topic, topic);
    QCOMPARE(sent[0].properties.topicAlias, std::optional<quint16>(1));
    QVERIFY(sent[1].topic.isEmpty());
    QCOMPARE(sent[1].properties.topicAlias, std::optional<quint16>(1));
    for (const auto &args : received)
        QCOMPARE(args.first().value<Message>().topic(), topic);
}

// [MQTT-4.9.0-2] never more unacknowledged QoS 1 PUBLISH than the broker's Receive Maximum.
void tst_ClientMosquitto::flowControlHonoursBrokerReceiveMaximum()
{
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTcpListener();
    broker.addConfig(QStringLiteral("max_inflight_messages 3"));
    QVERIFY2(broker.start(), qPrintable(broker.log()));

    Client client;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V5);
    o.port = port;
    client.setOptions(o);
    int outstanding = 0;
    int maxOutstanding = 0;
    connect(&client, &Client::packetTrace, this,
            [&](Client::Direction direction, const Packet &packet) {
                if (direction == Client::Direction::Outgoing &&
                    std::holds_alternative<PublishPacket>(packet))
                    maxOutstanding = qMax(maxOutstanding, ++outstanding);
                if (direction == Client::Direction::Incoming &&
                    std::holds_alternative<PubackPacket>(packet))
                    --outstanding;
            });
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    QCOMPARE(client.connack().properties.receiveMaximum, std::optional<quint16>(3));
    int done = 0;
    for (int i = 0; i < 30; ++i)
        connect(client.publish(Message(QStringLiteral("flow/x"), "m", QoS::AtLeastOnce)),
                &PublishHandle::finished, this, [&done] { ++done; });
    QVERIFY(client.queuedCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(done, 30, Timeout);
    QCOMPARE(maxOutstanding, 3);
}

// Our Receive Maximum goes out in CONNECT [MQTT-3.1.2-...]; every QoS 2 message arrives exactly
// once. (Mosquitto 2.0.11 frees its send quota at PUBREC rather than PUBCOMP, so the client
// tolerates a broker that overruns it instead of dropping the connection.)
void tst_ClientMosquitto::flowControlOurReceiveMaximum()
{
    Client subscriber;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V5);
    o.receiveMaximum = 2;
    subscriber.setOptions(o);
    std::optional<quint16> announced;
    connect(&subscriber, &Client::packetTrace, this,
            [&announced](Client::Direction, const Packet &p) {
                if (auto *c = std::get_if<ConnectPacket>(&p))
                    announced = c->properties.receiveMaximum;
            });
    subscriber.connectToBroker();
    QVERIFY(waitConnected(subscriber));
    Subscription *sub = subscriber.subscribe(QStringLiteral("flow/ours"), {QoS::ExactlyOnce});
    QVERIFY(waitSubscribed(sub));
    QSignalSpy received(sub, &Subscription::messageReceived);
    QSignalSpy errors(&subscriber, &Client::errorOccurred);

    Client publisher;
    publisher.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    publisher.connectToBroker();
    QVERIFY(waitConnected(publisher));
    for (int i = 0; i < 20; ++i)
        publisher.publish(
            Message(QStringLiteral("flow/ours"), QByteArray::number(i), QoS::ExactlyOnce));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 20, Timeout);
    QCOMPARE(announced, std::optional<quint16>(2));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(received.at(i).first().value<Message>().payload(), QByteArray::number(i));
    QVERIFY(!received.wait(200)); // and no duplicate follows
    QCOMPARE(errors.size(), 0);
    QCOMPARE(subscriber.state(), Client::State::Connected);
}

void tst_ClientMosquitto::serverAssignedClientId()
{
    Client client;
    client.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    QSignalSpy idChanged(&client, &Client::clientIdChanged);
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    // [MQTT-3.2.2-16] the broker assigns an identifier to an empty one and tells it in CONNACK.
    QVERIFY(!client.clientId().isEmpty());
    QCOMPARE(idChanged.size(), 1);
    QCOMPARE(client.clientId(), *client.connack().properties.assignedClientIdentifier);
}

void tst_ClientMosquitto::userPropertiesAndRequestResponse()
{
    Client responder;
    responder.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    responder.connectToBroker();
    QVERIFY(waitConnected(responder));
    Subscription *service = responder.subscribe(QStringLiteral("svc/echo"), {QoS::AtLeastOnce});
    QVERIFY(waitSubscribed(service));
    connect(service, &Subscription::messageReceived, &responder, [&responder](const Message &m) {
        QVERIFY(m.properties().responseTopic.has_value());
        Message reply(*m.properties().responseTopic, "echo:" + m.payload(), QoS::AtLeastOnce);
        reply.properties().correlationData = m.properties().correlationData;
        reply.properties().userProperties = m.properties().userProperties;
        responder.publish(reply);
    });

    Client requester;
    requester.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    requester.connectToBroker();
    QVERIFY(waitConnected(requester));
    Message request(QStringLiteral("svc/echo"), "ping", QoS::AtLeastOnce);
    request.properties().userProperties = {{QStringLiteral("k"), QStringLiteral("v")},
                                           {QStringLiteral("k"), QStringLiteral("w")}};
    request.properties().contentType = QStringLiteral("text/plain");
    RequestReply *reply = requester.request(request, Timeout);
    QSignalSpy finished(reply, &RequestReply::finished);
    QVERIFY(finished.wait(Timeout));
    const Message response = finished.first().first().value<Message>();
    QCOMPARE(response.payload(), QByteArray("echo:ping"));
    // User properties keep their order and repeats [MQTT-3.3.2-18].
    QCOMPARE(response.properties().userProperties, request.properties().userProperties);
}

// Keep-alive: with nothing else to send, the client pings, and the broker answers.
void tst_ClientMosquitto::keepAlivePings()
{
    Client client;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V3_1_1);
    o.keepAlive = 1;
    client.setOptions(o);
    int pingreq = 0, pingresp = 0;
    connect(&client, &Client::packetTrace, this, [&](Client::Direction, const Packet &packet) {
        pingreq += std::holds_alternative<PingreqPacket>(packet);
        pingresp += std::holds_alternative<PingrespPacket>(packet);
    });
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    QTRY_VERIFY_WITH_TIMEOUT(pingresp >= 2, 5000);
    QVERIFY(pingreq >= 2);
    QCOMPARE(client.state(), Client::State::Connected);
}

void tst_ClientMosquitto::refusedBadPassword_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("expected");
    QTest::newRow("v3.1.1") << ProtocolVersion::V3_1_1 << ReasonCode::NotAuthorized;
    QTest::newRow("v5") << ProtocolVersion::V5 << ReasonCode::NotAuthorized;
}

// A CONNACK refusal becomes ConnectionRefused with the broker's reason; no reconnect follows.
void tst_ClientMosquitto::refusedBadPassword()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, expected);
    testsupport::Mosquitto broker;
    const QString passwd = QStandardPaths::findExecutable(QStringLiteral("mosquitto_passwd"));
    if (passwd.isEmpty())
        QSKIP("mosquitto_passwd is not installed");
    const QString file = broker.dir() + QStringLiteral("/passwd");
    QCOMPARE(QProcess::execute(passwd, {"-b", "-c", file, "alice", "secret"}), 0);
    const quint16 port = broker.addTcpListener();
    broker.addConfig(QStringLiteral("allow_anonymous false\npassword_file %1").arg(file));
    QVERIFY2(broker.start(), qPrintable(broker.log()));

    ConnectOptions o = options(TransportKind::Tcp, version);
    o.port = port;
    o.userName = QStringLiteral("alice");
    o.password = QByteArray("wrong");
    o.reconnect.enabled = true;
    Client client;
    client.setOptions(o);
    client.connectToBroker();
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::ConnectionRefused);
    QVERIFY2(error.reasonCode == expected || error.reasonCode == ReasonCode::BadUserNameOrPassword,
             qPrintable(error.toString()));
    QCOMPARE(client.state(), Client::State::Disconnected);

    o.password = QByteArray("secret");
    client.setOptions(o);
    client.connectToBroker();
    QVERIFY(waitConnected(client));
}

void tst_ClientMosquitto::tlsWrongCa()
{
    testsupport::Certificates otherCa;
    QVERIFY(otherCa.ok());
    Client client;
    ConnectOptions o = options(TransportKind::Tls, ProtocolVersion::V5);
    o.tls.caFile = otherCa.caFile();
    client.setOptions(o);
    client.connectToBroker();
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::TlsError);
    QVERIFY2(error.message.contains(QLatin1String("certificate")), qPrintable(error.message));

    // The same over wss://.
    Client ws;
    o = options(TransportKind::SecureWebSocket, ProtocolVersion::V5);
    o.tls.caFile = otherCa.caFile();
    ws.setOptions(o);
    ws.connectToBroker();
    QCOMPARE(waitError(ws).kind, ClientError::Kind::TlsError);

    // With verification off explicitly, the connection works.
    Client insecure;
    o = options(TransportKind::Tls, ProtocolVersion::V5);
    o.tls.caFile.clear();
    o.tls.verifyPeer = false;
    insecure.setOptions(o);
    insecure.connectToBroker();
    QVERIFY(waitConnected(insecure));
}

void tst_ClientMosquitto::tlsClientCertificate()
{
    testsupport::Mosquitto broker;
    const quint16 port = broker.addTlsListener(*m_certs, true);
    QVERIFY2(broker.start(), qPrintable(broker.log()));
    ConnectOptions o = options(TransportKind::Tls, ProtocolVersion::V3_1_1);
    o.port = port;
    o.tls.certFile = m_certs->clientCertFile();
    o.tls.keyFile = m_certs->clientKeyFile();
    Client client;
    client.setOptions(o);
    client.connectToBroker();
    QVERIFY2(waitConnected(client), qPrintable(client.error().toString()));
}

// CA certificates from memory and from a directory; a host name the certificate does not name
// fails unless `insecure` waives that check (mosquitto_pub --insecure).
void tst_ClientMosquitto::tlsCaDataPathAndHostName()
{
    QFile ca(m_certs->caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    ConnectOptions o = options(TransportKind::Tls, ProtocolVersion::V5);
    o.tls.caFile.clear();
    o.tls.caData = ca.readAll();
    {
        Client client;
        client.setOptions(o);
        client.connectToBroker();
        QVERIFY2(waitConnected(client), qPrintable(client.error().toString()));
    }
    QTemporaryDir caDir;
    QVERIFY(QFile::copy(m_certs->caFile(), caDir.filePath(QStringLiteral("ca.pem"))));
    o.tls.caData.clear();
    o.tls.caPath = caDir.path();
    {
        Client client;
        client.setOptions(o);
        client.connectToBroker();
        QVERIFY2(waitConnected(client), qPrintable(client.error().toString()));
    }
    o.tls.peerName = QStringLiteral("not-this-host.example");
    {
        Client client;
        client.setOptions(o);
        client.connectToBroker();
        const ClientError error = waitError(client);
        QCOMPARE(error.kind, ClientError::Kind::TlsError);
        QVERIFY2(error.message.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(error.message));
    }
    o.tls.insecure = true;
    {
        Client client;
        client.setOptions(o);
        client.connectToBroker();
        QVERIFY2(waitConnected(client), qPrintable(client.error().toString()));
    }
}

void tst_ClientMosquitto::hostNotFound()
{
    Client client;
    ConnectOptions o = options(TransportKind::Tcp, ProtocolVersion::V5);
    o.host = QStringLiteral("nonexistent.invalid");
    client.setOptions(o);
    client.connectToBroker();
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::HostNotFound);
    QCOMPARE(client.state(), Client::State::Disconnected);
}

void tst_ClientMosquitto::invalidTopics()
{
    Client client;
    client.setOptions(options(TransportKind::Tcp, ProtocolVersion::V5));
    client.connectToBroker();
    QVERIFY(waitConnected(client));
    // [MQTT-3.3.2-2] no wildcards in a topic name; [MQTT-4.7.1-1] '#' only last.
    PublishHandle *h = client.publish(Message(QStringLiteral("a/+/b"), "x"));
    QSignalSpy failed(h, &PublishHandle::failed);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.first().first().value<ClientError>().reasonCode, ReasonCode::TopicNameInvalid);
    Subscription *sub = client.subscribe(QStringLiteral("a/#/b"));
    QCOMPARE(sub->state(), Subscription::State::Failed);
    QCOMPARE(client.state(), Client::State::Connected);
}

QTEST_GUILESS_MAIN(tst_ClientMosquitto)
#include "tst_client_mosquitto.moc"
