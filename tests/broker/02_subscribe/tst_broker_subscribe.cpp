// Broker conformance, area 02: SUBSCRIBE / UNSUBSCRIBE, matching, shared subscriptions.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace mqtt;

class TestBrokerSubscribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantedQoS_data() { addVersionRows(); }
    void grantedQoS();
    void wildcards_data() { addVersionRows(); }
    void wildcards();
    void dollarTopicsNotMatchedByWildcards_data() { addVersionRows(); }
    void dollarTopicsNotMatchedByWildcards();
    void unsubscribe_data() { addVersionRows(); }
    void unsubscribe();
    void multipleFilters_data() { addVersionRows(); }
    void multipleFilters();
    void sharedRoundRobin_data() { addVersionRows(); }
    void sharedRoundRobin();
    void sharedNoLocalIsProtocolError();
    void noLocal();
    void events();
};

namespace {

PublishPacket publishPacket(const QString &topic, const QByteArray &payload)
{
    PublishPacket p;
    p.topic = topic;
    p.payload = payload;
    return p;
}

} // namespace

void TestBrokerSubscribe::grantedQoS()
{
    // Packet id echoed: 3.1.1 [MQTT-2.3.1-7], 5.0 [MQTT-2.2.1-6]; the code is the granted QoS
    // (3.1.1 [MQTT-3.8.4-5], 5.0 [MQTT-3.8.4-7]).
    // SUBACK carries the packet id of the SUBSCRIBE and one code per filter [MQTT-3.8.4-2]
    // [MQTT-3.9.3-1]; the granted QoS is the one requested (all are supported).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("sub")));
    QVERIFY(client.subscribe(QStringLiteral("a/0"), QoS::AtMostOnce, 10));
    QVERIFY(client.subscribe(QStringLiteral("a/1"), QoS::AtLeastOnce, 11));
    QVERIFY(client.subscribe(QStringLiteral("a/2"), QoS::ExactlyOnce, 12));
    QCOMPARE(broker.broker().stats().subscriptions, 3);
}

void TestBrokerSubscribe::wildcards()
{
    // The delivered topic name matches the filter [MQTT-3.3.2-3]; the message joins every
    // matching session [MQTT-4.5.0-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("a/+/c"), QoS::AtMostOnce, 1));
    QVERIFY(sub.subscribe(QStringLiteral("x/#"), QoS::AtMostOnce, 2));
    const char *topics[] = {"a/b/c", "a/b/d", "a/b/c/d", "x", "x/y/z", "y/x"};
    for (const char *t : topics)
        pub.sendPacket(publishPacket(QString::fromLatin1(t), t));
    // '+' matches one level, '#' the parent and everything below [MQTT-4.7.1-2] [MQTT-4.7.1-3]
    for (const char *expected : {"a/b/c", "x", "x/y/z"}) {
        const auto p = sub.receivePublish();
        QVERIFY(p);
        QCOMPARE(p->topic, QString::fromLatin1(expected));
    }
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSubscribe::dollarTopicsNotMatchedByWildcards()
{
    // Filters starting with a wildcard do not match topics starting with '$' [MQTT-4.7.2-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), dollar(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()) && dollar.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(dollar.connect(QStringLiteral("dollar")));
    QVERIFY(sub.subscribe(QStringLiteral("#"), QoS::AtMostOnce, 1));
    QVERIFY(sub.subscribe(QStringLiteral("+/x"), QoS::AtMostOnce, 2));
    QVERIFY(dollar.subscribe(QStringLiteral("$app/#"), QoS::AtMostOnce, 1));
    pub.sendPacket(publishPacket(QStringLiteral("$app/x"), "hidden"));
    pub.sendPacket(publishPacket(QStringLiteral("visible/x"), "shown"));
    const auto d = dollar.receivePublish();
    QVERIFY(d);
    QCOMPARE(d->topic, QStringLiteral("$app/x"));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->topic, QStringLiteral("visible/x"));
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSubscribe::unsubscribe()
{
    // UNSUBACK even when nothing was deleted [MQTT-3.10.4-5]; several filters, one UNSUBACK
    // [MQTT-3.10.4-6].
    // After UNSUBACK no new messages are delivered for the filter [MQTT-3.10.4-1]; UNSUBACK
    // echoes the packet id [MQTT-3.10.4-4]; MQTT 5 reports a missing subscription (0x11).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c")));
    QVERIFY(client.subscribe(QStringLiteral("t"), QoS::AtMostOnce));
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = 7;
    unsubscribe.filters = {QStringLiteral("t"), QStringLiteral("never")};
    client.sendPacket(unsubscribe);
    const auto unsuback = client.expect<UnsubackPacket>();
    QVERIFY(unsuback);
    QCOMPARE(unsuback->packetId, quint16(7));
    if (version == ProtocolVersion::V5) {
        QCOMPARE(unsuback->reasonCodes,
                 QList<ReasonCode>({ReasonCode::Success, ReasonCode::NoSubscriptionExisted}));
    }
    client.sendPacket(publishPacket(QStringLiteral("t"), "x"));
    QVERIFY(client.expectNothingPending());
    QCOMPARE(broker.broker().stats().subscriptions, 0);
}

void TestBrokerSubscribe::multipleFilters()
{
    // Several filters: handled one by one, one SUBACK (3.1.1 [MQTT-3.8.4-4], 5.0 [MQTT-3.8.4-5]).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c")));
    SubscribePacket subscribe;
    subscribe.packetId = 3;
    for (int qos = 0; qos < 3; ++qos) {
        SubscribeTopic topic;
        topic.filter = QStringLiteral("m/%1").arg(qos);
        topic.options.maximumQoS = QoS(qos);
        subscribe.topics.append(topic);
    }
    client.sendPacket(subscribe);
    const auto suback = client.expect<SubackPacket>();
    QVERIFY(suback);
    QCOMPARE(suback->reasonCodes,
             QList<ReasonCode>(
                 {ReasonCode::GrantedQoS0, ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2}));
}

void TestBrokerSubscribe::sharedRoundRobin()
{
    // $share/group/filter: each message goes to one member of the group [MQTT-4.8.2].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient a(version), b(version), pub(version);
    QVERIFY(a.open(broker.port()) && b.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(a.connect(QStringLiteral("a")) && b.connect(QStringLiteral("b")));
    QVERIFY(pub.connect(QStringLiteral("p")));
    QVERIFY(a.subscribe(QStringLiteral("$share/g/jobs/#"), QoS::AtLeastOnce));
    QVERIFY(b.subscribe(QStringLiteral("$share/g/jobs/#"), QoS::AtLeastOnce));
    for (int i = 0; i < 10; ++i)
        QVERIFY(pub.publish(QStringLiteral("jobs/x"), QByteArray::number(i), QoS::AtLeastOnce,
                            false, quint16(i + 1)));
    int gotA = 0, gotB = 0;
    QSet<QByteArray> payloads;
    for (int i = 0; i < 5; ++i) {
        const auto pa = a.receivePublish();
        const auto pb = b.receivePublish();
        QVERIFY(pa && pb);
        payloads << pa->payload << pb->payload;
        ++gotA;
        ++gotB;
    }
    QVERIFY(a.expectNothingPending() && b.expectNothingPending());
    QCOMPARE(gotA + gotB, 10);
    QCOMPARE(payloads.size(), 10); // each message exactly once across the group
}

void TestBrokerSubscribe::sharedNoLocalIsProtocolError()
{
    // No Local on a shared subscription is a Protocol Error [MQTT-3.8.3-4].
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c")));
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    SubscribeTopic topic;
    topic.filter = QStringLiteral("$share/g/t");
    topic.options.noLocal = true;
    subscribe.topics.append(topic);
    client.sendPacket(subscribe);
    const auto disconnect = client.expect<DisconnectPacket>();
    QVERIFY(disconnect);
    QCOMPARE(disconnect->reasonCode, ReasonCode::ProtocolError);
    QVERIFY(client.waitForClosed());
}

void TestBrokerSubscribe::noLocal()
{
    // No Local: not sent back to the connection that published [MQTT-3.8.3-3].
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("self")));
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    SubscribeTopic topic;
    topic.filter = QStringLiteral("echo");
    topic.options.noLocal = true;
    subscribe.topics.append(topic);
    client.sendPacket(subscribe);
    QVERIFY(client.expect<SubackPacket>());
    client.sendPacket(publishPacket(QStringLiteral("echo"), "me"));
    QVERIFY(client.expectNothingPending());
}

void TestBrokerSubscribe::events()
{
    TestBroker broker;
    QSignalSpy subscribed(&broker.broker(), &broker::Broker::subscribed);
    QSignalSpy unsubscribed(&broker.broker(), &broker::Broker::unsubscribed);
    RawClient client;
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("ev")));
    QVERIFY(client.subscribe(QStringLiteral("e/#"), QoS::AtLeastOnce));
    QCOMPARE(subscribed.size(), 1);
    QCOMPARE(subscribed.at(0).at(1).toString(), QStringLiteral("e/#"));
    QCOMPARE(subscribed.at(0).at(2).value<QoS>(), QoS::AtLeastOnce);
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = 2;
    unsubscribe.filters = {QStringLiteral("e/#")};
    client.sendPacket(unsubscribe);
    QVERIFY(client.expect<UnsubackPacket>());
    QCOMPARE(unsubscribed.size(), 1);
}

BROKER_TEST_MAIN(TestBrokerSubscribe)
#include "tst_broker_subscribe.moc"
