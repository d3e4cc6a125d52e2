// Broker conformance, area 05: persistent sessions, clean start, expiry, offline queue.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <broker/sessioninfo.h>

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace mqtt;

class TestBrokerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void persistentSessionQueues_data() { addVersionRows(); }
    void persistentSessionQueues();
    void cleanStartDiscards_data() { addVersionRows(); }
    void cleanStartDiscards();
    void inflightResentWithDup_data() { addVersionRows(); }
    void inflightResentWithDup();
    void pubrelResent_data() { addVersionRows(); }
    void pubrelResent();
    void sessionExpiry();
    void expiryZeroEndsSession();
    void offlineQueueBounded_data() { addVersionRows(); }
    void offlineQueueBounded();
    void qos0NotQueuedOffline();
    void sessionsListed();
};

namespace {

/// Connects a persistent session: 3.1.1 clean session 0, 5.0 clean start 0 + expiry.
std::optional<ConnackPacket> connectPersistent(RawClient &client, const QString &id,
                                               bool cleanStart = false, quint32 expiry = 3600)
{
    ConnectPacket connect = client.makeConnect(id, cleanStart);
    if (client.version() == ProtocolVersion::V5)
        connect.properties.sessionExpiryInterval = expiry;
    return client.connect(connect);
}

/// A new persistent session: MQTT 5 clean start 1 + expiry; 3.1.1 clean session 0 (a clean
/// session 1 would end with the connection).
std::optional<ConnackPacket> connectFresh(RawClient &client, const QString &id,
                                          quint32 expiry = 3600)
{
    return connectPersistent(client, id, client.version() == ProtocolVersion::V5, expiry);
}

} // namespace

void TestBrokerSession::persistentSessionQueues()
{
    // Subscriptions and QoS 1/2 messages survive the connection [MQTT-3.1.2-4]
    // [MQTT-4.1.0-1]; CONNACK says the session is present [MQTT-3.2.2-2].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("p")));
        QVERIFY(sub.subscribe(QStringLiteral("s/#"), QoS::ExactlyOnce));
        sub.disconnect();
        QVERIFY(sub.waitForClosed());
    }
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("s/1"), "one", QoS::AtLeastOnce, false, 1));
    QVERIFY(pub.publish(QStringLiteral("s/2"), "two", QoS::ExactlyOnce, false, 2));
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    const auto connack = connectPersistent(sub, QStringLiteral("p"));
    QVERIFY(connack);
    QVERIFY(connack->sessionPresent);
    const auto first = sub.receivePublish();
    const auto second = sub.receivePublish();
    QVERIFY(first && second);
    QCOMPARE(first->payload, QByteArray("one"));
    QCOMPARE(first->qos, QoS::AtLeastOnce);
    QCOMPARE(second->payload, QByteArray("two"));
    QCOMPARE(second->qos, QoS::ExactlyOnce);
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::cleanStartDiscards()
{
    // Clean start processed at CONNECT (3.1.1 [MQTT-3.1.4-3], 5.0 [MQTT-3.1.4-4]).
    // Clean start discards the previous session [MQTT-3.1.2-4]: session present 0
    // [MQTT-3.2.2-1], no subscriptions, no queued messages.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("c")));
        QVERIFY(sub.subscribe(QStringLiteral("c"), QoS::AtLeastOnce));
        sub.disconnect();
        QVERIFY(sub.waitForClosed());
    }
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("c"), "lost", QoS::AtLeastOnce));
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    const auto connack = connectPersistent(sub, QStringLiteral("c"), true);
    QVERIFY(connack);
    QVERIFY(!connack->sessionPresent);
    QVERIFY(sub.expectNothingPending());
    QVERIFY(pub.publish(QStringLiteral("c"), "not subscribed", QoS::AtLeastOnce, false, 2));
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::inflightResentWithDup()
{
    // 5.0: unacknowledged until PUBACK / PUBREC [MQTT-4.3.2-3] [MQTT-4.3.3-3].
    // An unacknowledged PUBLISH is re-sent with DUP and the same id on reconnect
    // [MQTT-4.4.0-1] [MQTT-3.3.1-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    quint16 firstId = 0;
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("d")));
        QVERIFY(sub.subscribe(QStringLiteral("d"), QoS::AtLeastOnce));
        QVERIFY(pub.publish(QStringLiteral("d"), "unacked", QoS::AtLeastOnce));
        const auto p = sub.expect<PublishPacket>(); // not acknowledged
        QVERIFY(p);
        QVERIFY(!p->dup);
        firstId = p->packetId;
        sub.socket().abort();
    }
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    QVERIFY(connectPersistent(sub, QStringLiteral("d")));
    const auto again = sub.receivePublish();
    QVERIFY(again);
    QVERIFY(again->dup);
    QCOMPARE(again->packetId, firstId);
    QCOMPARE(again->payload, QByteArray("unacked"));
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::pubrelResent()
{
    // 5.0: PUBREL unacknowledged until PUBCOMP, PUBLISH never re-sent after PUBREL [MQTT-4.3.3-5]
    // [MQTT-4.3.3-6]; PUBREL reason code [MQTT-3.6.2-1].
    // After PUBREC the broker re-sends PUBREL, not PUBLISH, on reconnect [MQTT-4.4.0-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    quint16 id = 0;
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("r")));
        QVERIFY(sub.subscribe(QStringLiteral("r"), QoS::ExactlyOnce));
        QVERIFY(pub.publish(QStringLiteral("r"), "x", QoS::ExactlyOnce));
        const auto p = sub.expect<PublishPacket>();
        QVERIFY(p);
        id = p->packetId;
        PubrecPacket rec;
        rec.packetId = id;
        sub.sendPacket(rec);
        QVERIFY(sub.expect<PubrelPacket>());
        sub.socket().abort();
    }
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    QVERIFY(connectPersistent(sub, QStringLiteral("r")));
    const auto rel = sub.expect<PubrelPacket>();
    QVERIFY(rel);
    QCOMPARE(rel->packetId, id);
    PubcompPacket comp;
    comp.packetId = id;
    sub.sendPacket(comp);
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::sessionExpiry()
{
    // 5.0: discarded once closed and expired [MQTT-4.1.0-2].
    // MQTT 5: the session is discarded once its expiry interval has passed [MQTT-3.1.2-23].
    TestBroker broker;
    {
        RawClient client(ProtocolVersion::V5);
        QVERIFY(client.open(broker.port()));
        QVERIFY(connectFresh(client, QStringLiteral("e"), 1));
        QVERIFY(client.subscribe(QStringLiteral("e"), QoS::AtLeastOnce));
        client.disconnect();
        QVERIFY(client.waitForClosed());
    }
    QCOMPARE(broker.broker().stats().sessions, 1);
    QTRY_COMPARE_WITH_TIMEOUT(broker.broker().stats().sessions, 0, 5000);
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    const auto connack = connectPersistent(client, QStringLiteral("e"), false, 1);
    QVERIFY(connack);
    QVERIFY(!connack->sessionPresent);
}

void TestBrokerSession::expiryZeroEndsSession()
{
    // MQTT 5 without Session Expiry Interval: the session ends with the connection.
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(client.makeConnect(QStringLiteral("z"), false)));
    client.disconnect();
    QVERIFY(client.waitForClosed());
    QTRY_COMPARE(broker.broker().stats().sessions, 0);
}

void TestBrokerSession::offlineQueueBounded()
{
    // The offline queue keeps at most maxQueuedMessages; the rest is dropped and counted.
    QFETCH(ProtocolVersion, version);
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxQueuedMessages = 5;
    TestBroker broker(limits);
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("q")));
        QVERIFY(sub.subscribe(QStringLiteral("q"), QoS::AtLeastOnce));
        sub.disconnect();
        QVERIFY(sub.waitForClosed());
    }
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    for (int i = 0; i < 12; ++i)
        QVERIFY(pub.publish(QStringLiteral("q"), QByteArray::number(i), QoS::AtLeastOnce, false,
                            quint16(i + 1)));
    QCOMPARE(broker.broker().stats().messagesDropped, 7);
    // Counted for the session too, as the GUI's Sessions tab shows it.
    QSignalSpy listed(&broker.broker(), &broker::Broker::sessionsListed);
    broker.broker().requestSessions();
    QCOMPARE(listed.size(), 1);
    const auto sessions = listed.at(0).at(0).value<QList<broker::SessionInfo>>();
    const auto q = std::find_if(sessions.cbegin(), sessions.cend(),
                                [](const broker::SessionInfo &s) { return s.clientId == u"q"; });
    QVERIFY(q != sessions.cend());
    QCOMPARE(q->messagesDropped, quint64(7));
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    QVERIFY(connectPersistent(sub, QStringLiteral("q")));
    for (int i = 0; i < 5; ++i) {
        const auto p = sub.receivePublish();
        QVERIFY(p);
        QCOMPARE(p->payload, QByteArray::number(i)); // the oldest are kept, in order
    }
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::qos0NotQueuedOffline()
{
    TestBroker broker;
    {
        RawClient sub;
        QVERIFY(sub.open(broker.port()));
        QVERIFY(connectFresh(sub, QStringLiteral("z0")));
        QVERIFY(sub.subscribe(QStringLiteral("z"), QoS::AtMostOnce));
        sub.disconnect();
        QVERIFY(sub.waitForClosed());
    }
    RawClient pub;
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("z"), "gone", QoS::AtMostOnce));
    QVERIFY(pub.expectNothingPending());
    RawClient sub;
    QVERIFY(sub.open(broker.port()));
    QVERIFY(connectPersistent(sub, QStringLiteral("z0")));
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSession::sessionsListed()
{
    TestBroker broker;
    RawClient client;
    QVERIFY(client.open(broker.port()));
    QVERIFY(connectFresh(client, QStringLiteral("listed")));
    QVERIFY(client.subscribe(QStringLiteral("l/#"), QoS::AtLeastOnce));
    QList<broker::SessionInfo> sessions;
    connect(&broker.broker(), &broker::Broker::sessionsListed,
            [&](const QList<broker::SessionInfo> &list) { sessions = list; });
    broker.broker().requestSessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].clientId, QStringLiteral("listed"));
    QVERIFY(sessions[0].connected);
    QCOMPARE(sessions[0].subscriptions.size(), 1);
    QCOMPARE(sessions[0].subscriptions[0].filter, QStringLiteral("l/#"));
}

BROKER_TEST_MAIN(TestBrokerSession)
#include "tst_broker_session.moc"
