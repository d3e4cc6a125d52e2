// Broker conformance, area 14: $SYS/broker/... topics (mosquitto's names), read-only.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>

using namespace mqtt;

class TestBrokerSys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sysTopicsPublished();
    void sysIsReadOnly_data() { addVersionRows(); }
    void sysIsReadOnly();
    void hashDoesNotMatchSys();
};

namespace {

broker::BrokerLimits sysLimits()
{
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.sysInterval = 1;
    return limits;
}

} // namespace

void TestBrokerSys::sysTopicsPublished()
{
    TestBroker broker(sysLimits());
    RawClient client;
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("sys")));
    QVERIFY(client.subscribe(QStringLiteral("$SYS/broker/#"), QoS::AtMostOnce));
    QHash<QString, QByteArray> values;
    // Retained on subscribe, then again every second.
    while (values.size() < 40) {
        const auto p = client.receivePublish(3000);
        QVERIFY(p);
        values.insert(p->topic, p->payload);
    }
    for (const char *topic :
         {"version", "uptime", "clients/connected", "clients/total", "clients/maximum",
          "messages/received", "messages/sent", "bytes/received", "bytes/sent",
          "publish/messages/received", "publish/messages/sent", "subscriptions/count",
          "retained messages/count", "load/messages/received/1min", "load/messages/received/5min",
          "load/messages/received/15min", "load/bytes/sent/1min", "load/connections/15min"}) {
        QVERIFY2(values.contains(QStringLiteral("$SYS/broker/") + QLatin1String(topic)), topic);
    }
    QVERIFY(values.value(QStringLiteral("$SYS/broker/version")).startsWith("mqtt-workbench"));
    QVERIFY(values.value(QStringLiteral("$SYS/broker/uptime")).endsWith(" seconds"));
    // The first publication may predate our CONNECT; a later one counts us.
    const QString connected = QStringLiteral("$SYS/broker/clients/connected");
    while (values.value(connected) != "1") {
        const auto p = client.receivePublish(3000);
        QVERIFY(p);
        values.insert(p->topic, p->payload);
    }
}

void TestBrokerSys::sysIsReadOnly()
{
    // Clients may not publish to $SYS: MQTT 5 answers Not authorized; nothing is delivered.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("s")) && pub.connect(QStringLiteral("p")));
    QVERIFY(sub.subscribe(QStringLiteral("$SYS/#"), QoS::AtLeastOnce));
    PublishPacket fake;
    fake.topic = QStringLiteral("$SYS/broker/clients/connected");
    fake.payload = "9999";
    fake.qos = QoS::AtLeastOnce;
    fake.packetId = 5;
    pub.sendPacket(fake);
    const auto ack = pub.expect<PubackPacket>();
    QVERIFY(ack);
    if (version == ProtocolVersion::V5)
        QCOMPARE(ack->reasonCode, ReasonCode::NotAuthorized);
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerSys::hashDoesNotMatchSys()
{
    // '#' does not match $SYS topics [MQTT-4.7.2-1].
    TestBroker broker(sysLimits());
    RawClient client;
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("all")));
    QVERIFY(client.subscribe(QStringLiteral("#"), QoS::AtMostOnce));
    QVERIFY(client.subscribe(QStringLiteral("+/broker/#"), QoS::AtMostOnce, 2));
    QVERIFY(client.expectNothingPending());
    QVERIFY(!client.receive(1500)); // one $SYS interval passes without a delivery
}

BROKER_TEST_MAIN(TestBrokerSys)
#include "tst_broker_sys.moc"
