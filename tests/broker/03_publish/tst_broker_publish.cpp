// Broker conformance, area 03: PUBLISH and the QoS 0/1/2 flows in both directions.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>
#include <algorithm>

using namespace mqtt;

class TestBrokerPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qosMatrix_data();
    void qosMatrix();
    void qos2DuplicateDeliveredOnce_data() { addVersionRows(); }
    void qos2DuplicateDeliveredOnce();
    void pubrelUnknownId_data() { addVersionRows(); }
    void pubrelUnknownId();
    void orderPreserved_data() { addVersionRows(); }
    void orderPreserved();
    void inflightWindow();
    void slowReaderDoesNotBlockOthers();
    void publishersWaitForSlowSubscriber_data() { addVersionRows(); }
    void publishersWaitForSlowSubscriber();
    void payloadSharedAndIntact_data() { addVersionRows(); }
    void payloadSharedAndIntact();
};

void TestBrokerPublish::qosMatrix_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("publishQoS");
    QTest::addColumn<int>("subscribeQoS");
    for (auto v : {ProtocolVersion::V3_1_1, ProtocolVersion::V5}) {
        for (int p = 0; p < 3; ++p) {
            for (int s = 0; s < 3; ++s) {
                QTest::addRow("%s:pub%d-sub%d", v == ProtocolVersion::V5 ? "v5" : "v3.1.1", p, s)
                    << v << p << s;
            }
        }
    }
}

void TestBrokerPublish::qosMatrix()
{
    // Each PUBLISH answered as its QoS demands [MQTT-3.3.4-1], ids echoed (3.1.1 [MQTT-2.3.1-6],
    // 5.0 [MQTT-2.2.1-5]); 5.0 [MQTT-4.3.2-4] [MQTT-4.3.2-5] [MQTT-4.3.3-4] [MQTT-4.3.3-8].
    // Delivered with the minimum of the published and the granted QoS [MQTT-3.8.4-8]; every
    // QoS flow completes on both sides [MQTT-4.3.2-1] [MQTT-4.3.3-1].
    QFETCH(ProtocolVersion, version);
    QFETCH(int, publishQoS);
    QFETCH(int, subscribeQoS);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("q/t"), QoS(subscribeQoS)));
    QVERIFY(pub.publish(QStringLiteral("q/t"), "payload", QoS(publishQoS), false, 42));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(int(p->qos), std::min(publishQoS, subscribeQoS));
    QCOMPARE(p->payload, QByteArray("payload"));
    QVERIFY(!p->dup);
    QVERIFY(!p->retain);
    if (p->qos != QoS::AtMostOnce)
        QVERIFY(p->packetId != 0); // [MQTT-2.2.1-3]
    QVERIFY(sub.expectNothingPending());
    QVERIFY(pub.expectNothingPending());
}

void TestBrokerPublish::qos2DuplicateDeliveredOnce()
{
    // A QoS 2 PUBLISH re-sent with DUP before PUBREL is acknowledged again but not delivered
    // again: exactly once [MQTT-4.3.3-10].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("t"), QoS::ExactlyOnce));
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    publish.payload = "once";
    publish.qos = QoS::ExactlyOnce;
    publish.packetId = 9;
    pub.sendPacket(publish);
    QCOMPARE(pub.expect<PubrecPacket>()->packetId, quint16(9));
    publish.dup = true;
    pub.sendPacket(publish);
    QCOMPARE(pub.expect<PubrecPacket>()->packetId, quint16(9));
    PubrelPacket rel;
    rel.packetId = 9;
    pub.sendPacket(rel);
    QVERIFY(pub.expect<PubcompPacket>());
    QVERIFY(sub.receivePublish());
    QVERIFY(sub.expectNothingPending());
    // After PUBCOMP the id is free again: the same id is a new message.
    publish.dup = false;
    publish.payload = "twice";
    QVERIFY(pub.publish(QStringLiteral("t"), "again", QoS::ExactlyOnce, false, 9));
    const auto again = sub.receivePublish();
    QVERIFY(again);
    QCOMPARE(again->payload, QByteArray("again"));
}

void TestBrokerPublish::pubrelUnknownId()
{
    // 5.0 PUBCOMP uses a PUBCOMP reason code (0x92) [MQTT-3.7.2-1].
    // PUBREL for an id not in use: PUBCOMP all the same (MQTT 5: 0x92) [MQTT-4.3.3-11].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c")));
    PubrelPacket rel;
    rel.packetId = 77;
    client.sendPacket(rel);
    const auto comp = client.expect<PubcompPacket>();
    QVERIFY(comp);
    QCOMPARE(comp->packetId, quint16(77));
    if (version == ProtocolVersion::V5)
        QCOMPARE(comp->reasonCode, ReasonCode::PacketIdentifierNotFound);
}

void TestBrokerPublish::orderPreserved()
{
    // Messages from one publisher arrive in order [MQTT-4.6.0-6].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("o"), QoS::AtLeastOnce));
    for (int i = 0; i < 200; ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("o");
        p.payload = QByteArray::number(i);
        p.qos = QoS::AtLeastOnce;
        p.packetId = quint16(i + 1);
        pub.sendPacket(p);
    }
    for (int i = 0; i < 200; ++i) {
        const auto p = sub.receivePublish();
        QVERIFY(p);
        QCOMPARE(p->payload, QByteArray::number(i));
    }
}

void TestBrokerPublish::inflightWindow()
{
    // A full window delays PUBLISH only: PINGRESP still comes [MQTT-3.3.4-10] [MQTT-4.9.0-1]
    // [MQTT-4.9.0-3].
    // The broker never has more unacknowledged QoS 1 messages towards a client than the
    // client's Receive Maximum [MQTT-3.3.4-9]; the rest waits and follows each PUBACK.
    TestBroker broker;
    RawClient sub(ProtocolVersion::V5), pub(ProtocolVersion::V5);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    ConnectPacket connect = sub.makeConnect(QStringLiteral("sub"));
    connect.properties.receiveMaximum = 3;
    QVERIFY(sub.connect(connect));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("w"), QoS::AtLeastOnce));
    for (int i = 0; i < 10; ++i)
        QVERIFY(pub.publish(QStringLiteral("w"), QByteArray::number(i), QoS::AtLeastOnce, false,
                            quint16(i + 1)));
    QList<PublishPacket> first;
    for (int i = 0; i < 3; ++i) {
        auto p = sub.expect<PublishPacket>();
        QVERIFY(p);
        first.append(*p);
    }
    QVERIFY(sub.expectNothingPending()); // a fourth would break the window
    for (int i = 0; i < 10; ++i) {
        const PublishPacket p = i < 3 ? first[i] : *sub.expect<PublishPacket>();
        QCOMPARE(p.payload, QByteArray::number(i));
        PubackPacket ack;
        ack.packetId = p.packetId;
        sub.sendPacket(ack);
    }
}

void TestBrokerPublish::slowReaderDoesNotBlockOthers()
{
    // A subscriber that stops reading holds its publishers back only until the slow-consumer
    // timeout; then it is stalled, loses QoS 0 messages it cannot take, and another subscriber
    // of the same topic gets every message.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxOutgoingBufferBytes = 256 * 1024;
    limits.slowConsumerTimeoutMs = 300;
    TestBroker broker(limits);
    RawClient slow, fast, pub;
    QVERIFY(slow.open(broker.port()) && fast.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(slow.connect(QStringLiteral("slow")) && fast.connect(QStringLiteral("fast")));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(slow.subscribe(QStringLiteral("flood"), QoS::AtMostOnce));
    QVERIFY(fast.subscribe(QStringLiteral("flood"), QoS::AtMostOnce));
    slow.stopReading();
    slow.socket().setReadBufferSize(1);
    const QByteArray payload(64 * 1024, 'x');
    constexpr int Count = 1000; // 64 MB: far more than the socket buffers and queue marks hold
    for (int i = 0; i < Count; ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("flood");
        p.payload = payload;
        pub.sendPacket(p);
    }
    for (int received = 0; received < Count; ++received)
        QVERIFY2(fast.expect<PublishPacket>(10000), qPrintable(QString::number(received)));
    const broker::BrokerStats stats = broker.broker().stats();
    QVERIFY(stats.publishersPaused > 0);
    QVERIFY(stats.consumersStalled > 0);
    QVERIFY(stats.messagesDropped > 0);
    const auto clients = broker.broker().clients();
    const auto slowInfo = std::find_if(clients.cbegin(), clients.cend(), [](const auto &c) {
        return c.clientId == QLatin1String("slow");
    });
    QVERIFY(slowInfo != clients.cend());
    QCOMPARE(qint64(slowInfo->messagesDropped), stats.messagesDropped); // counted per client
    QVERIFY(slow.isOpen()); // never disconnected for being slow
}

void TestBrokerPublish::publishersWaitForSlowSubscriber()
{
    // Flow control: a publisher that does not wait for its acknowledgements (as a 3.1.1
    // client may) outruns a QoS 1 subscriber that reads nothing. Instead of dropping or
    // buffering without bound, the broker stops reading the publisher once the subscriber's
    // queue reaches the mark; when the subscriber catches up every message arrives in order
    // [MQTT-4.6.0-5] and every PUBACK comes, in order [MQTT-4.6.0-2].
    QFETCH(ProtocolVersion, version);
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxQueuedMessages = 100;
    limits.backPressureQueuedMessages = 50; // released at 25
    limits.maxInflightMessages = 10;
    limits.slowConsumerTimeoutMs = 0; // hold for as long as it takes
    TestBroker broker(limits);
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("slow-sub")) && pub.connect(QStringLiteral("fast-pub")));
    QVERIFY(sub.subscribe(QStringLiteral("bp"), QoS::AtLeastOnce));

    constexpr int Count = 2000;
    for (int i = 0; i < Count; ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("bp");
        p.qos = QoS::AtLeastOnce;
        p.packetId = quint16(i + 1);
        p.payload = QByteArray::number(i);
        pub.sendPacket(p);
    }
    // The subscriber reads nothing: its window (10) fills, then its queue up to the mark, and
    // the publisher is read no further.
    int acked = 0;
    while (auto ack = pub.expect<PubackPacket>(1000)) {
        QCOMPARE(ack->packetId, quint16(acked + 1));
        ++acked;
    }
    QVERIFY2(acked >= 60 && acked < Count, qPrintable(QString::number(acked)));
    QVERIFY(broker.broker().stats().publishersPaused > 0);
    QCOMPARE(broker.broker().stats().messagesDropped, 0);

    // The subscriber catches up: the publisher is read again, nothing is lost.
    for (int received = 0; received < Count; ++received) {
        auto p = sub.expect<PublishPacket>(10000);
        QVERIFY2(p, qPrintable(QString::number(received)));
        QCOMPARE(p->payload, QByteArray::number(received));
        PubackPacket ack;
        ack.packetId = p->packetId;
        sub.sendPacket(ack);
    }
    while (acked < Count) {
        auto ack = pub.expect<PubackPacket>(10000);
        QVERIFY2(ack, qPrintable(QString::number(acked)));
        QCOMPARE(ack->packetId, quint16(acked + 1));
        ++acked;
    }
    QCOMPARE(broker.broker().stats().messagesDropped, 0);
}

void TestBrokerPublish::payloadSharedAndIntact()
{
    // Payload bytes are delivered unchanged, including zero bytes and a large body.
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient sub(version), pub(version);
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("sub")) && pub.connect(QStringLiteral("pub")));
    QVERIFY(sub.subscribe(QStringLiteral("bin"), QoS::AtLeastOnce));
    QByteArray payload(300000, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 7);
    QVERIFY(pub.publish(QStringLiteral("bin"), payload, QoS::AtLeastOnce));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QCOMPARE(p->payload, payload);
    QVERIFY(pub.publish(QStringLiteral("bin"), QByteArray(), QoS::AtLeastOnce, false, 2));
    const auto empty = sub.receivePublish();
    QVERIFY(empty);
    QVERIFY(empty->payload.isEmpty());
}

BROKER_TEST_MAIN(TestBrokerPublish)
#include "tst_broker_publish.moc"
