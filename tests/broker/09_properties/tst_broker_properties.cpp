// Broker conformance, area 12: MQTT 5 properties — topic aliases both ways, maximum packet
// size, message expiry, subscription identifiers, request/response and user properties.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>

using namespace mqtt;

class TestBrokerProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundTopicAlias();
    void outboundTopicAlias();
    void maximumPacketSizeHonoured();
    void messageExpiryDecremented();
    void expiredMessageNotDelivered();
    void subscriptionIdentifiers();
    void passThrough();
    void subscriptionIdInPublishIsProtocolError();

private:
    struct Pair
    {
        std::unique_ptr<RawClient> sub, pub;
    };
    Pair connectPair(TestBroker &broker, const ConnectPacket *subConnect = nullptr);
};

TestBrokerProperties::Pair TestBrokerProperties::connectPair(TestBroker &broker,
                                                             const ConnectPacket *subConnect)
{
    Pair pair{std::make_unique<RawClient>(ProtocolVersion::V5),
              std::make_unique<RawClient>(ProtocolVersion::V5)};
    if (!pair.sub->open(broker.port()) || !pair.pub->open(broker.port()))
        return {};
    const auto subAck =
        subConnect ? pair.sub->connect(*subConnect) : pair.sub->connect(QStringLiteral("sub"));
    if (!subAck || !pair.pub->connect(QStringLiteral("pub")))
        return {};
    return pair;
}

void TestBrokerProperties::inboundTopicAlias()
{
    // The client sets alias 1 once, then publishes with an empty topic [MQTT-3.3.2-12].
    TestBroker broker;
    auto pair = connectPair(broker);
    QVERIFY(pair.sub);
    QVERIFY(pair.sub->subscribe(QStringLiteral("alias/t"), QoS::AtMostOnce));
    PublishPacket first;
    first.topic = QStringLiteral("alias/t");
    first.payload = "1";
    first.properties.topicAlias = 1;
    pair.pub->sendPacket(first);
    PublishPacket second = first;
    second.topic.clear();
    second.payload = "2";
    pair.pub->sendPacket(second);
    for (const char *payload : {"1", "2"}) {
        const auto p = pair.sub->receivePublish();
        QVERIFY(p);
        QCOMPARE(p->topic, QStringLiteral("alias/t"));
        QCOMPARE(p->payload, QByteArray(payload));
        QVERIFY(!p->properties.topicAlias); // the client did not allow aliases
    }
}

void TestBrokerProperties::outboundTopicAlias()
{
    // The client allows 2 aliases: the broker may send the topic once, then only the alias
    // [MQTT-3.3.2-11]; never above the client's maximum.
    TestBroker broker;
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = QStringLiteral("sub");
    connect.properties.topicAliasMaximum = 2;
    auto pair = connectPair(broker, &connect);
    QVERIFY(pair.sub);
    QVERIFY(pair.sub->subscribe(QStringLiteral("a/#"), QoS::AtMostOnce));
    QHash<quint16, QString> aliases;
    for (int i = 0; i < 9; ++i)
        QVERIFY(pair.pub->publish(QStringLiteral("a/%1").arg(i % 3), "x", QoS::AtMostOnce));
    for (int i = 0; i < 9; ++i) {
        const auto p = pair.sub->receivePublish();
        QVERIFY(p);
        QString topic = p->topic;
        if (p->properties.topicAlias) {
            const quint16 alias = *p->properties.topicAlias;
            QVERIFY(alias >= 1 && alias <= 2);
            if (topic.isEmpty())
                topic = aliases.value(alias);
            else
                aliases.insert(alias, topic);
        }
        QCOMPARE(topic, QStringLiteral("a/%1").arg(i % 3));
    }
}

void TestBrokerProperties::maximumPacketSizeHonoured()
{
    // The broker must not send a packet larger than the client's Maximum Packet Size; it is
    // discarded as if delivered [MQTT-3.1.2-24] [MQTT-3.1.2-25].
    TestBroker broker;
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = QStringLiteral("sub");
    connect.properties.maximumPacketSize = 100;
    auto pair = connectPair(broker, &connect);
    QVERIFY(pair.sub);
    QVERIFY(pair.sub->subscribe(QStringLiteral("size"), QoS::AtLeastOnce));
    QVERIFY(pair.pub->publish(QStringLiteral("size"), QByteArray(500, 'x'), QoS::AtLeastOnce, false,
                              1));
    QVERIFY(pair.pub->publish(QStringLiteral("size"), "small", QoS::AtLeastOnce, false, 2));
    const auto p = pair.sub->receivePublish();
    QVERIFY(p);
    QCOMPARE(p->payload, QByteArray("small"));
    QVERIFY(pair.sub->expectNothingPending());
}

void TestBrokerProperties::messageExpiryDecremented()
{
    // A retained message delivered later carries the remaining lifetime [MQTT-3.3.2-6].
    TestBroker broker;
    auto pair = connectPair(broker);
    QVERIFY(pair.sub);
    Properties props;
    props.messageExpiryInterval = 100;
    QVERIFY(pair.pub->publish(QStringLiteral("exp"), "x", QoS::AtLeastOnce, true, 1, props));
    QTest::qWait(1100); // let a second of its lifetime pass
    QVERIFY(pair.sub->subscribe(QStringLiteral("exp"), QoS::AtLeastOnce));
    const auto p = pair.sub->receivePublish();
    QVERIFY(p);
    QVERIFY(p->properties.messageExpiryInterval);
    QVERIFY(*p->properties.messageExpiryInterval < 100);
    QVERIFY(*p->properties.messageExpiryInterval >= 98);
}

void TestBrokerProperties::expiredMessageNotDelivered()
{
    // Queued for an offline session, expired before it comes back: not delivered
    // [MQTT-3.3.2-5].
    TestBroker broker;
    ConnectPacket persistent;
    persistent.protocolVersion = ProtocolVersion::V5;
    persistent.clientId = QStringLiteral("sub");
    persistent.properties.sessionExpiryInterval = 60;
    {
        auto pair = connectPair(broker, &persistent);
        QVERIFY(pair.sub);
        QVERIFY(pair.sub->subscribe(QStringLiteral("short"), QoS::AtLeastOnce));
        pair.sub->disconnect();
        QVERIFY(pair.sub->waitForClosed());
        Properties props;
        props.messageExpiryInterval = 1;
        QVERIFY(
            pair.pub->publish(QStringLiteral("short"), "stale", QoS::AtLeastOnce, false, 1, props));
        QVERIFY(pair.pub->publish(QStringLiteral("short"), "fresh", QoS::AtLeastOnce, false, 2));
    }
    QTest::qWait(1200); // the first message's lifetime runs out
    RawClient back(ProtocolVersion::V5);
    QVERIFY(back.open(broker.port()));
    persistent.cleanStart = false;
    QVERIFY(back.connect(persistent));
    const auto p = back.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->payload, QByteArray("fresh"));
    QVERIFY(back.expectNothingPending());
}

void TestBrokerProperties::subscriptionIdentifiers()
{
    // Overlapping subscriptions: one delivery carrying both identifiers [MQTT-3.3.4-3]
    // [MQTT-3.3.4-4]; a subscription without one gets none.
    TestBroker broker;
    auto pair = connectPair(broker);
    QVERIFY(pair.sub);
    Properties id7, id9;
    id7.subscriptionIdentifiers = {7};
    id9.subscriptionIdentifiers = {9};
    QVERIFY(pair.sub->subscribe(QStringLiteral("ids/+"), QoS::AtMostOnce, 1, id7));
    QVERIFY(pair.sub->subscribe(QStringLiteral("ids/#"), QoS::AtMostOnce, 2, id9));
    QVERIFY(pair.pub->publish(QStringLiteral("ids/x"), "x", QoS::AtMostOnce));
    const auto p = pair.sub->receivePublish();
    QVERIFY(p);
    auto ids = p->properties.subscriptionIdentifiers;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, QList<quint32>({7, 9}));
    QVERIFY(pair.sub->expectNothingPending());
}

void TestBrokerProperties::passThrough()
{
    // Response topic, correlation data, content type, payload format and user properties reach
    // the subscriber unchanged, user properties in order [MQTT-3.3.2-17] [MQTT-3.3.2-18].
    TestBroker broker;
    auto pair = connectPair(broker);
    QVERIFY(pair.sub);
    QVERIFY(pair.sub->subscribe(QStringLiteral("req"), QoS::AtLeastOnce));
    Properties props;
    props.responseTopic = QStringLiteral("resp/1");
    props.correlationData = QByteArray("\x01\x02\x03", 3);
    props.contentType = QStringLiteral("application/json");
    props.payloadFormatIndicator = 1;
    props.userProperties = {{QStringLiteral("b"), QStringLiteral("2")},
                            {QStringLiteral("a"), QStringLiteral("1")},
                            {QStringLiteral("b"), QStringLiteral("3")}};
    QVERIFY(pair.pub->publish(QStringLiteral("req"), "{}", QoS::AtLeastOnce, false, 1, props));
    const auto p = pair.sub->receivePublish();
    QVERIFY(p);
    QCOMPARE(p->properties.responseTopic, props.responseTopic);
    QCOMPARE(p->properties.correlationData, props.correlationData);
    QCOMPARE(p->properties.contentType, props.contentType);
    QCOMPARE(p->properties.payloadFormatIndicator, props.payloadFormatIndicator);
    QCOMPARE(p->properties.userProperties, props.userProperties);
}

void TestBrokerProperties::subscriptionIdInPublishIsProtocolError()
{
    // A PUBLISH from a client must not carry a Subscription Identifier [MQTT-3.3.4-6].
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c")));
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    publish.properties.subscriptionIdentifiers = {3};
    client.sendPacket(publish);
    const auto disconnect = client.expect<DisconnectPacket>();
    QVERIFY(disconnect);
    QVERIFY(disconnect->reasonCode == ReasonCode::ProtocolError ||
            disconnect->reasonCode == ReasonCode::MalformedPacket);
    QVERIFY(client.waitForClosed());
}

BROKER_TEST_MAIN(TestBrokerProperties)
#include "tst_broker_properties.moc"
