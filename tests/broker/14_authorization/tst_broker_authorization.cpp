// Broker area 17: every way a message enters passes the same publish check, every way out the
// same read check, and the session rules of [MQTT-3.1.2-6] / [MQTT-3.2.2] hold for each
// protocol version.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <broker/authmanager.h>
#include <broker/brokersettings.h>

#include <QTest>

using namespace mqtt;

namespace {

/// alice may use alice/#, bob bob/#, admin everything; the same ACL mosquitto would get as
/// `user alice` / `topic readwrite alice/#` etc.
std::shared_ptr<broker::AuthManager> aclFor(TestBroker &broker)
{
    broker::BrokerSettings config;
    config.limits.allowAnonymous = true;
    config.topicCheck.enabled = true;
    config.topicCheck.aclSet = true;
    config.topicCheck.acl.insert(QStringLiteral("alice"), {QStringLiteral("alice/#")});
    config.topicCheck.acl.insert(QStringLiteral("bob"), {QStringLiteral("bob/#")});
    config.topicCheck.acl.insert(QStringLiteral("admin"), {QStringLiteral("#")});
    auto auth = std::make_shared<broker::AuthManager>();
    QString error;
    if (!auth->configure(config, &error))
        qFatal("ACL: %s", qPrintable(error));
    broker.broker().setAuthManager(auth);
    return auth;
}

ConnectPacket connectAs(const RawClient &client, const QString &id, const QString &user,
                        bool cleanStart = true)
{
    ConnectPacket packet = client.makeConnect(id, cleanStart);
    packet.userName = user;
    packet.password = QByteArray("pw");
    if (!cleanStart && client.version() == ProtocolVersion::V5)
        packet.properties.sessionExpiryInterval = 3600;
    return packet;
}

} // namespace

class TestBrokerAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void willPassesPublishCheck_data() { addVersionRows(); }
    void willPassesPublishCheck();
    void takeoverByOtherUserChecksReadAccess_data() { addVersionRows(); }
    void takeoverByOtherUserChecksReadAccess();
    void takeoverByOtherUserRefusedWhenConfigured();
    void subscribeRefusedByAcl_data();
    void subscribeRefusedByAcl();
    void noMatchingSubscribers();
    void connackV31SessionPresentReserved();
    void cleanSessionNeverReused();
    void receiveMaximumExceeded();
};

void TestBrokerAuthorization::willPassesPublishCheck()
{
    // alice may not write secret/#: her retained will there is neither published nor retained;
    // her will on alice/status is.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    aclFor(broker);
    RawClient admin(version);
    QVERIFY(admin.open(broker.port()) && admin.connect(connectAs(admin, "admin", "admin")));
    QVERIFY(admin.subscribe(QStringLiteral("#"), QoS::AtLeastOnce));
    for (const QString &topic : {QStringLiteral("secret/cmd"), QStringLiteral("alice/status")}) {
        RawClient alice(version);
        QVERIFY(alice.open(broker.port()));
        ConnectPacket connect = connectAs(alice, "alice", "alice");
        connect.will = Will{topic, "gone", QoS::AtLeastOnce, true, {}};
        QVERIFY(alice.connect(connect));
        alice.socket().abort(); // no DISCONNECT: the will is due
        if (topic.startsWith(QLatin1String("alice/"))) {
            auto p = admin.receivePublish();
            QVERIFY(p);
            QCOMPARE(p->topic, topic);
        }
    }
    QVERIFY(admin.expectNothingPending());
    QCOMPARE(broker.broker().stats().retainedMessages, 1); // alice/status only
}

void TestBrokerAuthorization::takeoverByOtherUserChecksReadAccess()
{
    // bob connects with alice's client id and clean start 0: he resumes her session
    // (session present) but gets none of her queued alice/inbox messages.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    aclFor(broker);
    {
        RawClient alice(version);
        QVERIFY(alice.open(broker.port()));
        QVERIFY(alice.connect(connectAs(alice, "shared-id", "alice", false)));
        QVERIFY(alice.subscribe(QStringLiteral("alice/inbox"), QoS::AtLeastOnce));
        alice.disconnect();
        QVERIFY(alice.waitForClosed());
    }
    RawClient admin(version);
    QVERIFY(admin.open(broker.port()) && admin.connect(connectAs(admin, "admin", "admin")));
    QVERIFY(admin.publish(QStringLiteral("alice/inbox"), "for alice only", QoS::AtLeastOnce));

    RawClient bob(version);
    QVERIFY(bob.open(broker.port()));
    const auto connack = bob.connect(connectAs(bob, "shared-id", "bob", false));
    QVERIFY(connack);
    QVERIFY(bob.expectNothingPending()); // no alice/inbox
    QVERIFY(broker.broker().stats().messagesDropped >= 1);
}

void TestBrokerAuthorization::takeoverByOtherUserRefusedWhenConfigured()
{
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.refuseTakeoverByOtherUser = true;
    TestBroker broker(limits);
    aclFor(broker);
    RawClient alice, bob, alice2;
    QVERIFY(alice.open(broker.port()));
    QVERIFY(alice.connect(connectAs(alice, "shared-id", "alice", false)));
    QVERIFY(bob.open(broker.port()));
    bob.sendPacket(connectAs(bob, "shared-id", "bob", false));
    const auto refused = bob.expect<ConnackPacket>();
    QVERIFY(refused);
    QCOMPARE(refused->reasonCode, ReasonCode::NotAuthorized); // 3.1.1 return code 5
    QVERIFY(bob.waitForClosed());
    QVERIFY(alice.expectNothingPending()); // alice keeps her connection
    QVERIFY(alice2.open(broker.port()));
    QVERIFY(alice2.connect(connectAs(alice2, "shared-id", "alice", false))); // same user: fine
}

void TestBrokerAuthorization::subscribeRefusedByAcl_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("code");
    QTest::newRow("v3.1.1") << ProtocolVersion::V3_1_1 << 0x80; // [MQTT-3.9.3-2] Failure
    QTest::newRow("v5") << ProtocolVersion::V5 << 0x87;         // Not authorized
}

void TestBrokerAuthorization::subscribeRefusedByAcl()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, code);
    TestBroker broker;
    aclFor(broker);
    RawClient alice(version);
    QVERIFY(alice.open(broker.port()) && alice.connect(connectAs(alice, "alice", "alice")));
    SubscribePacket subscribe;
    subscribe.packetId = 7;
    subscribe.topics.append({QStringLiteral("bob/#"), {QoS::AtLeastOnce}});
    subscribe.topics.append({QStringLiteral("alice/#"), {QoS::AtLeastOnce}});
    alice.sendPacket(subscribe);
    const auto suback = alice.expect<SubackPacket>();
    QVERIFY(suback);
    QCOMPARE(suback->reasonCodes.size(), 2);
    QCOMPARE(int(suback->reasonCodes[0]), code);
    QCOMPARE(int(suback->reasonCodes[1]), 1);
}

void TestBrokerAuthorization::noMatchingSubscribers()
{
    // MQTT 5: a QoS 1/2 PUBLISH that reaches nobody is acknowledged with 0x10, a success.
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    PublishPacket p;
    p.topic = QStringLiteral("nobody/listens");
    p.qos = QoS::AtLeastOnce;
    p.packetId = 1;
    pub.sendPacket(p);
    const auto puback = pub.expect<PubackPacket>();
    QVERIFY(puback);
    QCOMPARE(puback->reasonCode, ReasonCode::NoMatchingSubscribers);
    p.qos = QoS::ExactlyOnce;
    p.packetId = 2;
    pub.sendPacket(p);
    const auto pubrec = pub.expect<PubrecPacket>();
    QVERIFY(pubrec);
    QCOMPARE(pubrec->reasonCode, ReasonCode::NoMatchingSubscribers);
    PubrelPacket rel;
    rel.packetId = 2;
    pub.sendPacket(rel); // 0x10 is a success: the exchange goes on
    const auto pubcomp = pub.expect<PubcompPacket>();
    QVERIFY(pubcomp);
    QCOMPARE(pubcomp->reasonCode, ReasonCode::Success);
    // With a subscriber: Success.
    RawClient sub(ProtocolVersion::V5);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("nobody/#"), QoS::AtMostOnce));
    p.qos = QoS::AtLeastOnce;
    p.packetId = 3;
    pub.sendPacket(p);
    QCOMPARE(pub.expect<PubackPacket>()->reasonCode, ReasonCode::Success);
}

void TestBrokerAuthorization::connackV31SessionPresentReserved()
{
    // MQTT 3.1 has no session-present flag: the acknowledge flags byte is reserved and 0.
    TestBroker broker;
    for (int round = 0; round < 2; ++round) {
        RawClient client(ProtocolVersion::V3_1);
        QVERIFY(client.open(broker.port()));
        const auto connack = client.connect(QStringLiteral("persistent31"), false);
        QVERIFY(connack);
        QVERIFY(!connack->sessionPresent);
        QVERIFY(client.subscribe(QStringLiteral("t"), QoS::AtLeastOnce));
        client.disconnect();
        QVERIFY(client.waitForClosed());
    }
}

void TestBrokerAuthorization::cleanSessionNeverReused()
{
    // 3.1.1: a CleanSession 1 connection is taken over by CleanSession 0 with the same id: the
    // clean session ended with its connection, so session present is 0 and its subscription is
    // gone [MQTT-3.1.2-6].
    TestBroker broker;
    RawClient first, second, pub;
    QVERIFY(first.open(broker.port()) && first.connect(QStringLiteral("same-id"), true));
    QVERIFY(first.subscribe(QStringLiteral("t"), QoS::AtLeastOnce));
    QVERIFY(second.open(broker.port()));
    const auto connack = second.connect(QStringLiteral("same-id"), false);
    QVERIFY(connack);
    QVERIFY(!connack->sessionPresent);
    QVERIFY(first.waitForClosed());
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("t"), "x", QoS::AtLeastOnce));
    QVERIFY(second.expectNothingPending());
}

void TestBrokerAuthorization::receiveMaximumExceeded()
{
    // More unacknowledged QoS 2 PUBLISHes than the announced Receive Maximum: DISCONNECT 0x93
    // [MQTT-3.3.4-9].
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.receiveMaximum = 3;
    TestBroker broker(limits);
    RawClient pub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()));
    const auto connack = pub.connect(QStringLiteral("greedy"));
    QVERIFY(connack);
    QCOMPARE(connack->properties.receiveMaximum, std::optional<quint16>(3));
    for (quint16 id = 1; id <= 4; ++id) {
        PublishPacket p;
        p.topic = QStringLiteral("t");
        p.qos = QoS::ExactlyOnce;
        p.packetId = id;
        pub.sendPacket(p);
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY(pub.expect<PubrecPacket>());
    const auto disconnect = pub.expect<DisconnectPacket>();
    QVERIFY(disconnect);
    QCOMPARE(disconnect->reasonCode, ReasonCode::ReceiveMaximumExceeded);
    QVERIFY(pub.waitForClosed());
}

BROKER_TEST_MAIN(TestBrokerAuthorization)
#include "tst_broker_authorization.moc"
