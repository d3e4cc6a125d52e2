// Broker conformance, area 07: will messages.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>

using namespace mqtt;

class TestBrokerWill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentOnAbnormalClose_data() { addVersionRows(true); }
    void sentOnAbnormalClose();
    void notSentOnDisconnect_data() { addVersionRows(); }
    void notSentOnDisconnect();
    void sentOnDisconnectWithWill();
    void sentOnKeepAliveTimeout_data() { addVersionRows(); }
    void sentOnKeepAliveTimeout();
    void retainedWill_data() { addVersionRows(); }
    void retainedWill();
    void willDelay();
    void willDelayCancelledByReconnect();
    void willPropertiesForwarded();
};

namespace {

ConnectPacket connectWithWill(RawClient &client, const QString &id, quint16 keepAlive = 60,
                              bool retain = false)
{
    ConnectPacket connect = client.makeConnect(id, true, keepAlive);
    Will will;
    will.topic = QStringLiteral("will/") + id;
    will.payload = "gone";
    will.qos = QoS::AtLeastOnce;
    will.retain = retain;
    connect.will = will;
    return connect;
}

} // namespace

void TestBrokerWill::sentOnAbnormalClose()
{
    // The will is published when the network connection closes without DISCONNECT
    // [MQTT-3.1.2-8].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient watcher(version), dying(version);
    QVERIFY(watcher.open(broker.port()) && dying.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    QVERIFY(dying.connect(connectWithWill(dying, QStringLiteral("dying"))));
    dying.socket().abort();
    const auto p = watcher.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->topic, QStringLiteral("will/dying"));
    QCOMPARE(p->payload, QByteArray("gone"));
    QCOMPARE(p->qos, QoS::AtLeastOnce);
}

void TestBrokerWill::notSentOnDisconnect()
{
    // A normal DISCONNECT discards the will [MQTT-3.1.2-10] [MQTT-3.14.4-3].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient watcher(version), leaving(version);
    QVERIFY(watcher.open(broker.port()) && leaving.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    QVERIFY(leaving.connect(connectWithWill(leaving, QStringLiteral("leaving"))));
    leaving.disconnect();
    QVERIFY(leaving.waitForClosed());
    QTRY_COMPARE(broker.broker().stats().clientsConnected, 1);
    QVERIFY(watcher.expectNothingPending());
}

void TestBrokerWill::sentOnDisconnectWithWill()
{
    // MQTT 5: DISCONNECT with 0x04 asks for the will.
    TestBroker broker;
    RawClient watcher(ProtocolVersion::V5), leaving(ProtocolVersion::V5);
    QVERIFY(watcher.open(broker.port()) && leaving.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    QVERIFY(leaving.connect(connectWithWill(leaving, QStringLiteral("leaving"))));
    leaving.disconnect(ReasonCode::DisconnectWithWillMessage);
    const auto p = watcher.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->topic, QStringLiteral("will/leaving"));
}

void TestBrokerWill::sentOnKeepAliveTimeout()
{
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient watcher(version), silent(version);
    QVERIFY(watcher.open(broker.port()) && silent.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    QVERIFY(silent.connect(connectWithWill(silent, QStringLiteral("silent"), 1)));
    const auto p = watcher.receivePublish(5000);
    QVERIFY(p);
    QCOMPARE(p->topic, QStringLiteral("will/silent"));
}

void TestBrokerWill::retainedWill()
{
    // Will retain 1: published as a retained message [MQTT-3.1.2-17].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient dying(version);
    QVERIFY(dying.open(broker.port()));
    QVERIFY(dying.connect(connectWithWill(dying, QStringLiteral("r"), 60, true)));
    dying.socket().abort();
    QTRY_COMPARE(broker.broker().stats().retainedMessages, 1);
    RawClient late(version);
    QVERIFY(late.open(broker.port()));
    QVERIFY(late.connect(QStringLiteral("late")));
    QVERIFY(late.subscribe(QStringLiteral("will/r"), QoS::AtLeastOnce));
    const auto p = late.receivePublish();
    QVERIFY(p);
    QVERIFY(p->retain);
}

void TestBrokerWill::willDelay()
{
    // MQTT 5 Will Delay Interval: published only after the delay [MQTT-3.1.3-9].
    TestBroker broker;
    RawClient watcher(ProtocolVersion::V5), dying(ProtocolVersion::V5);
    QVERIFY(watcher.open(broker.port()) && dying.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    ConnectPacket connect = connectWithWill(dying, QStringLiteral("delayed"));
    connect.cleanStart = false;
    connect.properties.sessionExpiryInterval = 60;
    connect.will->properties.willDelayInterval = 1;
    QVERIFY(dying.connect(connect));
    QElapsedTimer timer;
    timer.start();
    dying.socket().abort();
    const auto p = watcher.receivePublish(5000);
    QVERIFY(p);
    QVERIFY2(timer.elapsed() >= 900, "will sent before its delay");
}

void TestBrokerWill::willDelayCancelledByReconnect()
{
    TestBroker broker;
    RawClient watcher(ProtocolVersion::V5), dying(ProtocolVersion::V5);
    QVERIFY(watcher.open(broker.port()) && dying.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    ConnectPacket connect = connectWithWill(dying, QStringLiteral("back"));
    connect.cleanStart = false;
    connect.properties.sessionExpiryInterval = 60;
    connect.will->properties.willDelayInterval = 2;
    QVERIFY(dying.connect(connect));
    dying.socket().abort();
    RawClient back(ProtocolVersion::V5);
    QVERIFY(back.open(broker.port()));
    ConnectPacket again = back.makeConnect(QStringLiteral("back"), false);
    again.properties.sessionExpiryInterval = 60;
    const auto connack = back.connect(again);
    QVERIFY(connack && connack->sessionPresent);
    // Wait out the original delay: the will must not appear.
    QTest::qWait(2500); // the delay itself is what is being tested
    QVERIFY(watcher.expectNothingPending());
}

void TestBrokerWill::willPropertiesForwarded()
{
    TestBroker broker;
    RawClient watcher(ProtocolVersion::V5), dying(ProtocolVersion::V5);
    QVERIFY(watcher.open(broker.port()) && dying.open(broker.port()));
    QVERIFY(watcher.connect(QStringLiteral("watcher")));
    QVERIFY(watcher.subscribe(QStringLiteral("will/#"), QoS::AtLeastOnce));
    ConnectPacket connect = connectWithWill(dying, QStringLiteral("props"));
    connect.will->properties.contentType = QStringLiteral("text/plain");
    connect.will->properties.userProperties.append({QStringLiteral("k"), QStringLiteral("v")});
    QVERIFY(dying.connect(connect));
    dying.socket().abort();
    const auto p = watcher.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->properties.contentType, std::optional<QString>(QStringLiteral("text/plain")));
    QCOMPARE(p->properties.userProperties.size(), 1);
}

BROKER_TEST_MAIN(TestBrokerWill)
#include "tst_broker_will.moc"
