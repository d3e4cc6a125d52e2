// Broker conformance, area 13: malformed packets and protocol errors, sent as raw bytes. Each
// case checks the broker's answer and that another client keeps working.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QTest>

using namespace mqtt;

class TestBrokerMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterConnect_data();
    void afterConnect();
    void badConnect_data();
    void badConnect();
    void oversizePacket_data() { addVersionRows(); }
    void oversizePacket();
    void garbageBeforeConnect();
    void topicAliasErrors();
};

namespace {

/// A bystander subscribed to "ok": proves the broker still routes after the bad input.
bool bystanderStillServed(quint16 port, ProtocolVersion version)
{
    RawClient bystander(version), pub(version);
    if (!bystander.open(port) || !pub.open(port) || !bystander.connect(QStringLiteral("by")) ||
        !pub.connect(QStringLiteral("pub2")))
        return false;
    if (!bystander.subscribe(QStringLiteral("ok"), QoS::AtLeastOnce) ||
        !pub.publish(QStringLiteral("ok"), "alive", QoS::AtLeastOnce))
        return false;
    const auto p = bystander.receivePublish();
    return p && p->payload == "alive";
}

} // namespace

void TestBrokerMalformed::afterConnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReasonCode>("expected"); // MQTT 5 DISCONNECT reason
    for (auto v : {ProtocolVersion::V3_1_1, ProtocolVersion::V5}) {
        const char *tag = v == ProtocolVersion::V5 ? "v5" : "v3.1.1";
        // Packet type 0 is reserved [MQTT-2.1.3-1]
        QTest::addRow("%s:reserved-type", tag)
            << v << QByteArray::fromHex("0000") << ReasonCode::MalformedPacket;
        // PUBLISH with QoS 3 [MQTT-3.3.1-4]
        QTest::addRow("%s:qos3", tag)
            << v
            << QByteArray::fromHex(v == ProtocolVersion::V5 ? "3606000161000100" : "36050001610001")
            << ReasonCode::MalformedPacket;
        // SUBSCRIBE with fixed-header flags 0 instead of 2 [MQTT-3.8.1-1]
        QTest::addRow("%s:subscribe-flags", tag)
            << v
            << QByteArray::fromHex(v == ProtocolVersion::V5 ? "80070001000001 6100"
                                                            : "8006000100016100")
            << ReasonCode::MalformedPacket;
        // Remaining length with a fifth continuation byte [MQTT-1.5.5-1]
        QTest::addRow("%s:varint-5-bytes", tag)
            << v << QByteArray::fromHex("30ffffffff7f") << ReasonCode::MalformedPacket;
        // Wildcard in a PUBLISH topic name [MQTT-3.3.2-2]
        QTest::addRow("%s:wildcard-topic", tag)
            << v << QByteArray::fromHex(v == ProtocolVersion::V5 ? "300400012b00" : "3003000123")
            << ReasonCode::TopicNameInvalid;
        // Invalid UTF-8 in the topic [MQTT-1.5.4-1]
        QTest::addRow("%s:bad-utf8", tag)
            << v
            << QByteArray::fromHex(v == ProtocolVersion::V5 ? "30050002c32800" : "30040002c328")
            << ReasonCode::MalformedPacket;
        // CONNACK may only be sent by a server
        QTest::addRow("%s:connack-from-client", tag)
            << v << QByteArray::fromHex(v == ProtocolVersion::V5 ? "2003000000" : "20020000")
            << ReasonCode::ProtocolError;
    }
}

void TestBrokerMalformed::afterConnect()
{
    // 5.0: DISCONNECT with a reason code [MQTT-3.14.2-1], then close [MQTT-3.14.4-2]
    // [MQTT-4.13.2-1]; 3.1.1 [MQTT-1.5.3-1] [MQTT-3.3.2-1] [MQTT-2.2.2-1]; 5.0 [MQTT-4.7.0-1].
    // A malformed packet or protocol error ends the connection; MQTT 5 first sends DISCONNECT
    // with the reason [MQTT-4.13.1-1]; 3.1.1 just closes [MQTT-4.8.0-1].
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    QFETCH(ReasonCode, expected);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("bad")));
    client.sendRaw(bytes);
    if (version == ProtocolVersion::V5) {
        const auto disconnect = client.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        if (disconnect->reasonCode != expected) {
            // Malformed vs protocol error is the codec's call; both are correct answers here.
            QVERIFY(disconnect->reasonCode == ReasonCode::MalformedPacket ||
                    disconnect->reasonCode == ReasonCode::ProtocolError ||
                    disconnect->reasonCode == ReasonCode::TopicNameInvalid);
        }
    }
    QVERIFY(client.waitForClosed());
    QVERIFY(!client.hadDecodeError());
    QCOMPARE(broker.broker().stats().protocolErrors, 1);
    QVERIFY(bystanderStillServed(broker.port(), version));
}

void TestBrokerMalformed::badConnect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expectConnack");
    QTest::addColumn<ReasonCode>("expected");
    // Wrong protocol name [MQTT-3.1.2-1]: close without CONNACK.
    QTest::newRow("v3.1.1:protocol-name")
        << QByteArray::fromHex("100f00044d5154580402003c000361626364").left(17) << false
        << ReasonCode::Success;
    // Reserved CONNECT flag set [MQTT-3.1.2-3]: close.
    QTest::newRow("v3.1.1:reserved-flag")
        << QByteArray::fromHex("100f00044d5154540403003c0003616263") << false
        << ReasonCode::Success;
    // Will QoS 3 [MQTT-3.1.2-14]
    QTest::newRow("v3.1.1:will-qos3") << QByteArray::fromHex("100f00044d515454041c003c0003616263")
                                      << false << ReasonCode::Success;
    // MQTT 5 reserved flag: CONNACK Malformed Packet, then close.
    QTest::newRow("v5:reserved-flag")
        << QByteArray::fromHex("101000044d5154540503003c00000003616263") << true
        << ReasonCode::MalformedPacket;
}

void TestBrokerMalformed::badConnect()
{
    // A CONNECT not as in 3.1 is closed [MQTT-3.1.4-1]; 5.0 never DISCONNECT before CONNACK
    // [MQTT-3.14.0-1].
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expectConnack);
    QFETCH(ReasonCode, expected);
    TestBroker broker;
    RawClient client(expectConnack ? ProtocolVersion::V5 : ProtocolVersion::V3_1_1);
    QVERIFY(client.open(broker.port()));
    client.sendRaw(bytes);
    if (expectConnack) {
        const auto connack = client.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, expected);
    }
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.pendingPackets(), 0);
    QVERIFY(bystanderStillServed(broker.port(), ProtocolVersion::V3_1_1));
}

void TestBrokerMalformed::oversizePacket()
{
    // Over the broker's Maximum Packet Size: MQTT 5 DISCONNECT 0x95 [MQTT-3.2.2-15]; the
    // declared length is refused before the body arrives.
    QFETCH(ProtocolVersion, version);
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxPacketSize = 1024;
    TestBroker broker(limits);
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(QStringLiteral("big"));
    QVERIFY(connack);
    if (version == ProtocolVersion::V5)
        QCOMPARE(connack->properties.maximumPacketSize, std::optional<quint32>(1024));
    client.sendRaw(QByteArray::fromHex("30ffff03")); // announces ~64 KB, sends nothing more
    if (version == ProtocolVersion::V5) {
        const auto disconnect = client.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::PacketTooLarge);
    }
    QVERIFY(client.waitForClosed());
    QVERIFY(bystanderStillServed(broker.port(), version));
}

void TestBrokerMalformed::garbageBeforeConnect()
{
    TestBroker broker;
    RawClient client;
    QVERIFY(client.open(broker.port()));
    client.sendRaw(QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.pendingPackets(), 0);
    QVERIFY(bystanderStillServed(broker.port(), ProtocolVersion::V3_1_1));
}

void TestBrokerMalformed::topicAliasErrors()
{
    // Topic alias above the maximum → 0x94 [MQTT-3.3.2-9]; an unknown alias with an empty topic
    // is a protocol error.
    for (int variant = 0; variant < 2; ++variant) {
        TestBroker broker;
        RawClient client(ProtocolVersion::V5);
        QVERIFY(client.open(broker.port()));
        QVERIFY(client.connect(QStringLiteral("alias")));
        PublishPacket publish;
        publish.topic = variant == 0 ? QStringLiteral("t") : QString();
        publish.properties.topicAlias = variant == 0 ? 1000 : 3;
        client.sendPacket(publish);
        const auto disconnect = client.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode,
                 variant == 0 ? ReasonCode::TopicAliasInvalid : ReasonCode::ProtocolError);
        QVERIFY(client.waitForClosed());
    }
}

BROKER_TEST_MAIN(TestBrokerMalformed)
#include "tst_broker_malformed.moc"
