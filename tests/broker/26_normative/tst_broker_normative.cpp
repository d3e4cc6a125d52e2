// Broker area 18: normative statements that tests/NORMATIVE.md found without a test of their
// own. Each test names the statements it checks; the ids are those of the version in the row
// (3.1.1 and 5.0 number some statements differently, both are given where they differ).
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>

#include <set>

using namespace mqtt;

namespace {

PublishPacket makePublish(const QString &topic, const QByteArray &payload, QoS qos,
                          quint16 packetId = 0, bool dup = false, bool retain = false)
{
    PublishPacket p;
    p.topic = topic;
    p.payload = payload;
    p.qos = qos;
    p.packetId = packetId;
    p.dup = dup;
    p.retain = retain;
    return p;
}

} // namespace

class TestBrokerNormative : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retainZeroLeavesRetainedMessage_data() { addVersionRows(true); }
    void retainZeroLeavesRetainedMessage();
    void dupSetByResendOnly_data() { addVersionRows(true); }
    void dupSetByResendOnly();
    void serverPacketIdsUnusedAndNonZero_data() { addVersionRows(true); }
    void serverPacketIdsUnusedAndNonZero();
    void identicalFilterReplacesSubscription_data() { addVersionRows(); }
    void identicalFilterReplacesSubscription();
    void disconnectReservedFlagsCloses_data() { addVersionRows(); }
    void disconnectReservedFlagsCloses();
    void sessionPresentZeroWithoutSession_data() { addVersionRows(); }
    void sessionPresentZeroWithoutSession();
    void refusedConnackHasSessionPresentZero_data() { addVersionRows(); }
    void refusedConnackHasSessionPresentZero();
    void noResponseOrAuthenticationUnasked();
    void problemInformationZero();
    void sharedSubscriptionGrantedQoS();
    void noWillWithoutWillFlag_data() { addVersionRows(); }
    void noWillWithoutWillFlag();
    void unsubscribeCompletesStartedDelivery_data() { addVersionRows(); }
    void unsubscribeCompletesStartedDelivery();
    void deniedPublishAcknowledged_data() { addVersionRows(); }
    void deniedPublishAcknowledged();
    void negativeAckNotResent();
    void sharedNegativeAckNotRedistributed();
    void sharedInflightStaysWithMember();
    void inflightQoS2NotExpired();
    void retainedWillRefusedWithoutRetain();
    void v31ProtocolNameAndLevel();
    void v31ClientIdOver23Rejected();
};

void TestBrokerNormative::retainZeroLeavesRetainedMessage()
{
    // A PUBLISH with RETAIN 0 neither stores nor replaces nor removes the retained message
    // (3.1.1 [MQTT-3.3.1-12], 5.0 [MQTT-3.3.1-8]), not even with an empty payload; the retained
    // message outlives the (clean) session of its publisher (3.1.1 [MQTT-3.1.2-7]).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    {
        RawClient pub(version);
        QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
        QVERIFY(pub.publish(QStringLiteral("r/t"), "kept", QoS::AtLeastOnce, true, 1));
        QVERIFY(pub.publish(QStringLiteral("r/t"), "live", QoS::AtLeastOnce, false, 2));
        QVERIFY(pub.publish(QStringLiteral("r/t"), QByteArray(), QoS::AtLeastOnce, false, 3));
        pub.disconnect();
        QVERIFY(pub.waitForClosed());
    }
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("r/#"), QoS::AtLeastOnce));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->payload, QByteArray("kept"));
    QVERIFY(p->retain);
    QVERIFY(sub.expectNothingPending());
    QCOMPARE(broker.broker().stats().retainedMessages, 1);
}

void TestBrokerNormative::dupSetByResendOnly()
{
    // The DUP flag of a forwarded PUBLISH is the broker's own: a publisher's DUP 1 is not
    // passed on [MQTT-3.3.1-3]; QoS 0 goes out with DUP 0 [MQTT-3.3.1-2] [MQTT-4.3.1-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("d/#"), QoS::ExactlyOnce));
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));

    pub.sendPacket(makePublish(QStringLiteral("d/1"), "one", QoS::AtLeastOnce, 7, true));
    const auto puback = pub.expect<PubackPacket>();
    QVERIFY(puback);
    QCOMPARE(puback->packetId, quint16(7));
    auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->qos, QoS::AtLeastOnce);
    QVERIFY(!p->dup);

    pub.sendPacket(makePublish(QStringLiteral("d/0"), "zero", QoS::AtMostOnce));
    p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->qos, QoS::AtMostOnce);
    QVERIFY(!p->dup);
    QCOMPARE(p->packetId,
             quint16(0)); // no packet id at QoS 0 (3.1.1 [MQTT-2.3.1-5], 5.0 [MQTT-2.2.1-2])
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerNormative::serverPacketIdsUnusedAndNonZero()
{
    // Each new QoS 1/2 PUBLISH from the broker gets a non-zero packet id not in use
    // (3.1.1 [MQTT-2.3.1-1] [MQTT-2.3.1-4], 5.0 [MQTT-2.2.1-4]), and is sent with DUP 0
    // [MQTT-4.3.2-1] (3.1.1) / [MQTT-4.3.2-2] (5.0).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("ids/#"), QoS::ExactlyOnce));
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    constexpr int Count = 8;
    for (int i = 0; i < Count; ++i) {
        QVERIFY(pub.publish(QStringLiteral("ids/%1").arg(i), QByteArray::number(i),
                            i % 2 ? QoS::ExactlyOnce : QoS::AtLeastOnce, false, quint16(i + 1)));
    }
    std::set<quint16> ids;
    for (int i = 0; i < Count; ++i) {
        const auto p = sub.expect<PublishPacket>(); // not acknowledged: every id stays in use
        QVERIFY(p);
        QVERIFY(p->packetId != 0);
        QVERIFY(!p->dup);
        QVERIFY2(ids.insert(p->packetId).second, "packet id reused while in flight");
    }
    QCOMPARE(int(ids.size()), Count);
}

void TestBrokerNormative::identicalFilterReplacesSubscription()
{
    // SUBSCRIBE with a filter the session already has replaces that subscription: one copy,
    // at the new maximum QoS ([MQTT-3.8.4-3] in both versions).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("rep/t"), QoS::ExactlyOnce, 1));
    QVERIFY(sub.subscribe(QStringLiteral("rep/t"), QoS::AtMostOnce, 2));
    QCOMPARE(broker.broker().stats().subscriptions, 1);
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("rep/t"), "x", QoS::ExactlyOnce));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->qos, QoS::AtMostOnce);
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerNormative::disconnectReservedFlagsCloses()
{
    // DISCONNECT with a reserved flag bit set is malformed: the broker closes (3.1.1
    // [MQTT-3.14.1-1] [MQTT-2.2.2-2]; 5.0 [MQTT-3.14.1-1] with DISCONNECT 0x81 first
    // [MQTT-4.13.1-1]). It was no normal DISCONNECT, so the will is published [MQTT-3.1.2-8].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient watcher(version);
    QVERIFY(watcher.open(broker.port()) && watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));

    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    ConnectPacket connect = client.makeConnect(QStringLiteral("flags"));
    connect.will = Will{QStringLiteral("will/flags"), "gone", QoS::AtLeastOnce, false, {}};
    QVERIFY(client.connect(connect));
    client.sendRaw(QByteArray::fromHex("e100"));
    if (version == ProtocolVersion::V5) {
        const auto disconnect = client.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::MalformedPacket);
        // The server never sends a Session Expiry Interval on DISCONNECT [MQTT-3.14.2-2].
        QVERIFY(!disconnect->properties.sessionExpiryInterval);
    }
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.pendingPackets(), 0); // nothing after the DISCONNECT [MQTT-3.14.4-1] (5.0)
    const auto will = watcher.receivePublish();
    QVERIFY(will);
    QCOMPARE(will->topic, QStringLiteral("will/flags"));
    // Will retain 0: published as a normal message (3.1.1 [MQTT-3.1.2-16], 5.0 [MQTT-3.1.2-14]).
    QVERIFY(!will->retain);
    QCOMPARE(broker.broker().stats().retainedMessages, 0);
}

void TestBrokerNormative::sessionPresentZeroWithoutSession()
{
    // Clean start 0 for a client id the broker has no session for: session present 0
    // ([MQTT-3.2.2-3] in both versions); a new session is created (5.0 [MQTT-3.1.2-6]) and is
    // present at the next connection.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    for (const bool expected : {false, true}) {
        RawClient client(version);
        QVERIFY(client.open(broker.port()));
        ConnectPacket connect = client.makeConnect(QStringLiteral("fresh"), false);
        if (version == ProtocolVersion::V5)
            connect.properties.sessionExpiryInterval = 60;
        const auto connack = client.connect(connect);
        QVERIFY(connack);
        QCOMPARE(connack->sessionPresent, expected);
        client.disconnect();
        QVERIFY(client.waitForClosed());
    }
}

void TestBrokerNormative::refusedConnackHasSessionPresentZero()
{
    // A refusing CONNACK has session present 0 even when a session exists (3.1.1
    // [MQTT-3.2.2-4], 5.0 [MQTT-3.2.2-6]); the connection is closed (3.1.1 [MQTT-3.2.2-5],
    // 5.0 [MQTT-3.2.2-7]) and the session is still there afterwards. Refusals here: a client
    // without user name while anonymous clients are not allowed (3.1.1 code 5, 5.0 0x87), and
    // in MQTT 5 an unsupported Authentication Method (0x8C).
    QFETCH(ProtocolVersion, version);
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.allowAnonymous = false;
    TestBroker broker(limits);
    auto connectKept = [&](RawClient &client, bool withUser) {
        ConnectPacket connect = client.makeConnect(QStringLiteral("kept"), false);
        if (version == ProtocolVersion::V5)
            connect.properties.sessionExpiryInterval = 600;
        if (withUser) {
            connect.userName = QStringLiteral("u");
            connect.password = QByteArray("p");
        }
        return connect;
    };
    {
        RawClient client(version);
        QVERIFY(client.open(broker.port()));
        const auto connack = client.connect(connectKept(client, true));
        QVERIFY(connack);
        QVERIFY(!connack->sessionPresent);
        client.disconnect();
        QVERIFY(client.waitForClosed());
    }
    QList<ConnectPacket> refusals;
    {
        RawClient probe(version);
        refusals.append(connectKept(probe, false));
        if (version == ProtocolVersion::V5) {
            ConnectPacket withMethod = connectKept(probe, true);
            withMethod.properties.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
            refusals.append(withMethod);
        }
    }
    for (const ConnectPacket &connect : refusals) {
        RawClient refused(version);
        QVERIFY(refused.open(broker.port()));
        refused.sendPacket(connect);
        const auto connack = refused.expect<ConnackPacket>();
        QVERIFY(connack);
        QVERIFY(connack->reasonCode != ReasonCode::Success);
        QVERIFY(!connack->sessionPresent);
        QVERIFY(refused.waitForClosed());
    }
    RawClient again(version);
    QVERIFY(again.open(broker.port()));
    const auto ack = again.connect(connectKept(again, true));
    QVERIFY(ack);
    QVERIFY(ack->sessionPresent);
}

void TestBrokerNormative::noResponseOrAuthenticationUnasked()
{
    // MQTT 5: without Request Response Information the CONNACK has no Response Information
    // [MQTT-3.1.2-28]; without an Authentication Method in CONNECT the broker sends no AUTH and
    // no Authentication Method [MQTT-4.12.0-6]; the CONNACK reason code is one of the CONNACK
    // codes (0x00) [MQTT-3.2.2-8].
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    ConnectPacket connect = client.makeConnect(QStringLiteral("plain"));
    connect.properties.requestResponseInformation = 0;
    const auto connack = client.connect(connect);
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::Success);
    QVERIFY(!connack->properties.responseInformation);
    QVERIFY(!connack->properties.authenticationMethod);
    QVERIFY(!connack->properties.authenticationData);
    QVERIFY(client.subscribe(QStringLiteral("x"), QoS::AtLeastOnce));
    client.sendPacket(makePublish(QStringLiteral("x"), "p", QoS::AtMostOnce));
    QVERIFY(client.receivePublish());
    QVERIFY(client.expectNothingPending()); // no AUTH in between
}

void TestBrokerNormative::problemInformationZero()
{
    // MQTT 5, Request Problem Information 0: no Reason String or User Property on any packet
    // but PUBLISH, CONNACK and DISCONNECT [MQTT-3.1.2-29] — here on a SUBACK, a PUBACK with 0x10
    // (No matching subscribers), a PUBREC, PUBCOMP and an UNSUBACK with 0x11.
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    ConnectPacket connect = client.makeConnect(QStringLiteral("quiet"));
    connect.properties.requestProblemInformation = 0;
    QVERIFY(client.connect(connect));
    auto silent = [](const Properties &p) { return !p.reasonString && p.userProperties.isEmpty(); };

    SubscribePacket subscribe;
    subscribe.packetId = 3;
    subscribe.topics = {SubscribeTopic{QStringLiteral("some/filter"), {}}};
    client.sendPacket(subscribe);
    const auto suback = client.expect<SubackPacket>();
    QVERIFY(suback);
    QCOMPARE(suback->reasonCodes, QList<ReasonCode>{ReasonCode::GrantedQoS0});
    QVERIFY(silent(suback->properties));

    client.sendPacket(makePublish(QStringLiteral("nobody/1"), "x", QoS::AtLeastOnce, 4));
    const auto puback = client.expect<PubackPacket>();
    QVERIFY(puback);
    QCOMPARE(puback->reasonCode, ReasonCode::NoMatchingSubscribers);
    QVERIFY(silent(puback->properties));

    client.sendPacket(makePublish(QStringLiteral("nobody/2"), "x", QoS::ExactlyOnce, 5));
    const auto pubrec = client.expect<PubrecPacket>();
    QVERIFY(pubrec);
    QVERIFY(silent(pubrec->properties));
    PubrelPacket pubrel;
    pubrel.packetId = 5;
    client.sendPacket(pubrel);
    const auto pubcomp = client.expect<PubcompPacket>();
    QVERIFY(pubcomp);
    QVERIFY(silent(pubcomp->properties));

    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = 6;
    unsubscribe.filters = {QStringLiteral("never/subscribed")};
    client.sendPacket(unsubscribe);
    const auto unsuback = client.expect<UnsubackPacket>();
    QVERIFY(unsuback);
    QCOMPARE(unsuback->reasonCodes, QList<ReasonCode>{ReasonCode::NoSubscriptionExisted});
    QVERIFY(silent(unsuback->properties));
}

void TestBrokerNormative::sharedSubscriptionGrantedQoS()
{
    // MQTT 5 shared subscription: the member's granted QoS is respected [MQTT-4.8.2-3].
    TestBroker broker;
    RawClient member(ProtocolVersion::V5), pub(ProtocolVersion::V5);
    QVERIFY(member.open(broker.port()) && member.connect(QStringLiteral("member")));
    QVERIFY(member.subscribe(QStringLiteral("$share/g/s/t"), QoS::AtMostOnce));
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("s/t"), "x", QoS::ExactlyOnce));
    const auto p = member.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->qos, QoS::AtMostOnce);
}

void TestBrokerNormative::noWillWithoutWillFlag()
{
    // Will flag 0: nothing is published when the connection ends, however it ends
    // (3.1.1 [MQTT-3.1.2-12]).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient watcher(version);
    QVERIFY(watcher.open(broker.port()) && watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("#"), QoS::AtLeastOnce));
    RawClient client(version);
    QVERIFY(client.open(broker.port()) && client.connect(QStringLiteral("nowill")));
    client.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(broker.broker().stats().clientsConnected, 1, 5000);
    QVERIFY(watcher.expectNothingPending());
}

void TestBrokerNormative::unsubscribeCompletesStartedDelivery()
{
    // A QoS 1 delivery started before UNSUBSCRIBE is completed ([MQTT-3.10.4-3] in both
    // versions): still unacknowledged when the connection drops, it is re-sent with its id and
    // DUP on resumption [MQTT-4.4.0-1]; nothing new arrives for the filter [MQTT-3.10.4-2].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    auto connectPersistent = [&](RawClient &client) {
        ConnectPacket connect = client.makeConnect(QStringLiteral("unsub"), false);
        if (version == ProtocolVersion::V5)
            connect.properties.sessionExpiryInterval = 600;
        return client.connect(connect);
    };
    quint16 inflightId = 0;
    {
        RawClient sub(version), pub(version);
        QVERIFY(sub.open(broker.port()) && connectPersistent(sub));
        QVERIFY(sub.subscribe(QStringLiteral("u/t"), QoS::AtLeastOnce));
        QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
        QVERIFY(pub.publish(QStringLiteral("u/t"), "started", QoS::AtLeastOnce));
        const auto p = sub.expect<PublishPacket>(); // not acknowledged
        QVERIFY(p);
        inflightId = p->packetId;
        UnsubscribePacket unsubscribe;
        unsubscribe.packetId = 9;
        unsubscribe.filters = {QStringLiteral("u/t")};
        sub.sendPacket(unsubscribe);
        const auto unsuback = sub.expect<UnsubackPacket>();
        QVERIFY(unsuback);
        QCOMPARE(unsuback->packetId, quint16(9));
        QVERIFY(pub.publish(QStringLiteral("u/t"), "after", QoS::AtLeastOnce, false, 2));
        QVERIFY(sub.expectNothingPending());
        sub.socket().abort();
    }
    RawClient again(version);
    QVERIFY(again.open(broker.port()));
    const auto connack = connectPersistent(again);
    QVERIFY(connack && connack->sessionPresent);
    const auto resent = again.receivePublish();
    QVERIFY(resent);
    QCOMPARE(resent->payload, QByteArray("started"));
    QCOMPARE(resent->packetId, inflightId);
    QVERIFY(resent->dup);
    QVERIFY(again.expectNothingPending());
}

void TestBrokerNormative::deniedPublishAcknowledged()
{
    // A PUBLISH the broker will not deliver ($SYS is written by the broker only): 3.1.1 has
    // no negative acknowledgement, so it is acknowledged positively and dropped
    // [MQTT-3.3.5-2]; MQTT 5 says why, with a PUBACK / PUBREC reason code 0x87 [MQTT-3.4.2-1]
    // [MQTT-3.5.2-1]. Nobody receives it and nothing is retained.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("$SYS/#"), QoS::AtLeastOnce));
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    const ReasonCode expected =
        version == ProtocolVersion::V5 ? ReasonCode::NotAuthorized : ReasonCode::Success;

    pub.sendPacket(makePublish(QStringLiteral("$SYS/fake"), "x", QoS::AtLeastOnce, 1, false, true));
    const auto puback = pub.expect<PubackPacket>();
    QVERIFY(puback);
    QCOMPARE(puback->packetId, quint16(1));
    QCOMPARE(puback->reasonCode, expected);

    pub.sendPacket(makePublish(QStringLiteral("$SYS/fake2"), "y", QoS::ExactlyOnce, 2));
    const auto pubrec = pub.expect<PubrecPacket>();
    QVERIFY(pubrec);
    QCOMPARE(pubrec->reasonCode, expected);
    if (version != ProtocolVersion::V5) {
        PubrelPacket pubrel;
        pubrel.packetId = 2;
        pub.sendPacket(pubrel);
        QVERIFY(pub.expect<PubcompPacket>());
    }
    QVERIFY(pub.expectNothingPending()); // still connected
    QVERIFY(sub.expectNothingPending());
    QCOMPARE(broker.broker().stats().retainedMessages, 0);

    // The id of that exchange is free again: after PUBREC >= 0x80 (5.0 [MQTT-4.3.3-9]) or
    // after PUBCOMP (3.1.1 [MQTT-4.3.3-2], 5.0 [MQTT-4.3.3-12]) a PUBLISH with it is new.
    QVERIFY(sub.subscribe(QStringLiteral("ok/#"), QoS::ExactlyOnce, 2));
    QVERIFY(pub.publish(QStringLiteral("ok/t"), "new", QoS::ExactlyOnce, false, 2));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->payload, QByteArray("new"));
}

namespace {

ConnectPacket persistentConnect(const RawClient &client, const QString &id, bool cleanStart = false)
{
    ConnectPacket connect = client.makeConnect(id, cleanStart);
    connect.properties.sessionExpiryInterval = 600;
    return connect;
}

/// The next PUBLISH for either client (whichever gets it), without acknowledging it.
std::pair<RawClient *, std::optional<PublishPacket>> firstPublish(RawClient &a, RawClient &b)
{
    if (auto p = a.expect<PublishPacket>(1500))
        return {&a, p};
    return {&b, b.expect<PublishPacket>(1500)};
}

} // namespace

void TestBrokerNormative::negativeAckNotResent()
{
    // MQTT 5: a PUBACK or PUBREC >= 0x80 from the client ends the exchange; the message is not
    // re-sent, not even when the session resumes [MQTT-4.4.0-2].
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    {
        RawClient sub(ProtocolVersion::V5);
        QVERIFY(sub.open(broker.port()) && sub.connect(persistentConnect(sub, "neg")));
        QVERIFY(sub.subscribe(QStringLiteral("neg/#"), QoS::ExactlyOnce));
        QVERIFY(pub.publish(QStringLiteral("neg/1"), "one", QoS::AtLeastOnce, false, 1));
        QVERIFY(pub.publish(QStringLiteral("neg/2"), "two", QoS::ExactlyOnce, false, 2));
        const auto p1 = sub.expect<PublishPacket>();
        const auto p2 = sub.expect<PublishPacket>();
        QVERIFY(p1 && p2);
        PubackPacket puback;
        puback.packetId = p1->packetId;
        puback.reasonCode = ReasonCode::UnspecifiedError;
        sub.sendPacket(puback);
        PubrecPacket pubrec;
        pubrec.packetId = p2->packetId;
        pubrec.reasonCode = ReasonCode::ImplementationSpecificError;
        sub.sendPacket(pubrec);
        QVERIFY(sub.expectNothingPending()); // no PUBREL after PUBREC >= 0x80
        sub.socket().abort();
    }
    RawClient again(ProtocolVersion::V5);
    QVERIFY(again.open(broker.port()));
    const auto connack = again.connect(persistentConnect(again, "neg"));
    QVERIFY(connack && connack->sessionPresent);
    QVERIFY(again.expectNothingPending());
}

void TestBrokerNormative::sharedNegativeAckNotRedistributed()
{
    // MQTT 5 shared subscription: a member answering >= 0x80 makes the broker discard the
    // message; it is not offered to another member [MQTT-4.8.2-6].
    TestBroker broker;
    RawClient a(ProtocolVersion::V5), b(ProtocolVersion::V5), pub(ProtocolVersion::V5);
    QVERIFY(a.open(broker.port()) && a.connect(QStringLiteral("a")));
    QVERIFY(b.open(broker.port()) && b.connect(QStringLiteral("b")));
    QVERIFY(a.subscribe(QStringLiteral("$share/g/sn"), QoS::AtLeastOnce));
    QVERIFY(b.subscribe(QStringLiteral("$share/g/sn"), QoS::AtLeastOnce));
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("sn"), "refused", QoS::AtLeastOnce));
    auto [member, p] = firstPublish(a, b);
    QVERIFY(p);
    PubackPacket puback;
    puback.packetId = p->packetId;
    puback.reasonCode = ReasonCode::UnspecifiedError;
    member->sendPacket(puback);
    RawClient &other = member == &a ? b : a;
    QVERIFY(other.expectNothingPending());
    QVERIFY(member->expectNothingPending());
}

void TestBrokerNormative::sharedInflightStaysWithMember()
{
    // MQTT 5 shared subscription, a QoS 2 message in flight to a member whose connection
    // breaks: completed with that member when it resumes its session [MQTT-4.8.2-4]; if the
    // member's session ends instead, no other member gets it [MQTT-4.8.2-5].
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5), other(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    QVERIFY(other.open(broker.port()) && other.connect(QStringLiteral("other")));
    for (const bool resume : {true, false}) {
        const QString topic = resume ? QStringLiteral("si/resume") : QStringLiteral("si/end");
        const QString filter = QStringLiteral("$share/g/") + topic;
        const QString id = QStringLiteral("member-") + topic.section(QLatin1Char('/'), 1);
        quint16 packetId = 0;
        {
            RawClient member(ProtocolVersion::V5);
            QVERIFY(member.open(broker.port()) && member.connect(persistentConnect(member, id)));
            QVERIFY(member.subscribe(filter, QoS::ExactlyOnce));
            QVERIFY(pub.publish(topic, "q2", QoS::ExactlyOnce));
            const auto p = member.expect<PublishPacket>(); // not acknowledged
            QVERIFY(p);
            packetId = p->packetId;
            member.socket().abort();
        }
        QVERIFY(other.subscribe(filter, QoS::ExactlyOnce, 5));
        RawClient member(ProtocolVersion::V5);
        QVERIFY(member.open(broker.port()));
        const auto connack = member.connect(persistentConnect(member, id, !resume));
        QVERIFY(connack);
        QCOMPARE(connack->sessionPresent, resume);
        if (resume) {
            const auto p = member.receivePublish();
            QVERIFY(p);
            QCOMPARE(p->packetId, packetId);
            QVERIFY(p->dup);
        }
        QVERIFY(member.expectNothingPending());
        QVERIFY(other.expectNothingPending());
    }
}

void TestBrokerNormative::inflightQoS2NotExpired()
{
    // MQTT 5: once a QoS 2 PUBLISH has been sent, message expiry no longer applies to it
    // [MQTT-4.3.3-7]: re-sent on session resumption even though its expiry passed meanwhile,
    // and the QoS 2 exchange runs to its end [MQTT-4.3.3-13].
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    quint16 packetId = 0;
    {
        RawClient sub(ProtocolVersion::V5);
        QVERIFY(sub.open(broker.port()) && sub.connect(persistentConnect(sub, "exp")));
        QVERIFY(sub.subscribe(QStringLiteral("exp/t"), QoS::ExactlyOnce));
        Properties props;
        props.messageExpiryInterval = 1;
        QVERIFY(pub.publish(QStringLiteral("exp/t"), "short", QoS::ExactlyOnce, false, 1, props));
        const auto p = sub.expect<PublishPacket>(); // not acknowledged
        QVERIFY(p);
        packetId = p->packetId;
        sub.socket().abort();
    }
    QTest::qWait(2200); // the message expires while in flight
    RawClient again(ProtocolVersion::V5);
    QVERIFY(again.open(broker.port()));
    const auto connack = again.connect(persistentConnect(again, "exp"));
    QVERIFY(connack && connack->sessionPresent);
    const auto resent = again.expect<PublishPacket>(3000);
    QVERIFY(resent);
    QCOMPARE(resent->packetId, packetId);
    QVERIFY(resent->dup);
    PubrecPacket pubrec;
    pubrec.packetId = packetId;
    again.sendPacket(pubrec);
    const auto pubrel = again.expect<PubrelPacket>();
    QVERIFY(pubrel);
    QCOMPARE(pubrel->packetId, packetId);
}

void TestBrokerNormative::retainedWillRefusedWithoutRetain()
{
    // MQTT 5, retained messages switched off (Retain Available 0 in CONNACK): a CONNECT with a
    // retained will is refused, CONNACK 0x9A (Retain not supported), then closed
    // [MQTT-3.2.2-13]; a will without retain is accepted.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.retainAvailable = false;
    TestBroker broker(limits);
    {
        RawClient plain(ProtocolVersion::V5);
        QVERIFY(plain.open(broker.port()));
        ConnectPacket connect = plain.makeConnect(QStringLiteral("plainwill"));
        connect.will = Will{QStringLiteral("w/plain"), "gone", QoS::AtMostOnce, false, {}};
        const auto connack = plain.connect(connect);
        QVERIFY(connack);
        QCOMPARE(connack->properties.retainAvailable, std::optional<quint8>(0));
    }
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    ConnectPacket connect = client.makeConnect(QStringLiteral("retainedwill"));
    connect.will = Will{QStringLiteral("w/retained"), "gone", QoS::AtMostOnce, true, {}};
    client.sendPacket(connect);
    const auto connack = client.expect<ConnackPacket>();
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::RetainNotSupported);
    QVERIFY(client.waitForClosed());
}

void TestBrokerNormative::v31ProtocolNameAndLevel()
{
    // MQTT 3.1: protocol name "MQIsdp" with level 3 is accepted; "MQIsdp" with level 4 is
    // neither 3.1 nor 3.1.1 and is refused (return code 1, unacceptable protocol version, or
    // a plain close) — never accepted.
    TestBroker broker;
    {
        RawClient client(ProtocolVersion::V3_1);
        QVERIFY(client.open(broker.port()));
        const auto connack = client.connect(QStringLiteral("name31"));
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
    }
    RawClient raw(ProtocolVersion::V3_1);
    QVERIFY(raw.open(broker.port()));
    raw.sendRaw(QByteArray::fromHex("1012"
                                    "00064d5149736470"
                                    "04"
                                    "02"
                                    "003c"
                                    "000474657374"));
    if (const auto packet = raw.receive(3000)) {
        QVERIFY(std::holds_alternative<ConnackPacket>(*packet));
        QVERIFY(std::get<ConnackPacket>(*packet).reasonCode != ReasonCode::Success);
    }
    QVERIFY(raw.waitForClosed());
}

void TestBrokerNormative::v31ClientIdOver23Rejected()
{
    // MQTT 3.1: a client id is 1 to 23 characters; an empty or longer one gets CONNACK return
    // code 2 (identifier rejected). 3.1.1 and 5.0 allow longer ids ([MQTT-3.1.3-5] is a
    // minimum).
    TestBroker broker;
    {
        RawClient empty(ProtocolVersion::V3_1);
        QVERIFY(empty.open(broker.port()));
        empty.sendPacket(empty.makeConnect(QString()));
        const auto connack = empty.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::ClientIdentifierNotValid);
        QVERIFY(!connack->sessionPresent);
        QVERIFY(empty.waitForClosed());
    }
    {
        RawClient ok(ProtocolVersion::V3_1);
        QVERIFY(ok.open(broker.port()));
        const auto connack = ok.connect(QString(23, QLatin1Char('a')));
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
    }
    RawClient client(ProtocolVersion::V3_1);
    QVERIFY(client.open(broker.port()));
    client.sendPacket(client.makeConnect(QString(24, QLatin1Char('b'))));
    const auto connack = client.expect<ConnackPacket>();
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::ClientIdentifierNotValid);
    QVERIFY(client.waitForClosed());
}

BROKER_TEST_MAIN(TestBrokerNormative)
#include "tst_broker_normative.moc"
