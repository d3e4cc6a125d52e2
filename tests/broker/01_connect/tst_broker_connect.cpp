// Broker conformance, area 01: CONNECT / CONNACK, client identifiers, keep-alive, take-over.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace mqtt;

class TestBrokerConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data() { addVersionRows(true); }
    void accepted();
    void firstPacketNotConnect_data() { addVersionRows(); }
    void firstPacketNotConnect();
    void secondConnect_data() { addVersionRows(); }
    void secondConnect();
    void unsupportedProtocolLevel();
    void emptyClientId_data() { addVersionRows(); }
    void emptyClientId();
    void emptyClientIdPersistent311();
    void connectTimeout();
    void keepAliveEnforced_data() { addVersionRows(); }
    void keepAliveEnforced();
    void pingKeepsAlive();
    void takeover_data() { addVersionRows(); }
    void takeover();
    void anonymousRefused_data() { addVersionRows(); }
    void anonymousRefused();
    void authMethodRefused();
    void serverKeepAlive();
    void clientEvents();
};

void TestBrokerConnect::accepted()
{
    // CONNACK 0 for an accepted CONNECT (3.1.1 [MQTT-3.1.4-4], 5.0 [MQTT-3.1.4-5]), the first
    // packet the server sends [MQTT-3.2.0-1]; v3.1 row: "MQIsdp" level 3 (tests/NORMATIVE.md).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    QVERIFY(broker.ok());
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(QStringLiteral("c1"));
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::Success);
    QVERIFY(!connack->sessionPresent); // clean start: no session [MQTT-3.2.2-1]
    QVERIFY(client.expectNothingPending());
}

void TestBrokerConnect::firstPacketNotConnect()
{
    // The first packet from a client must be CONNECT; otherwise close [MQTT-3.1.0-1].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    client.sendPacket(PingreqPacket{});
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.pendingPackets(), 0);
    QCOMPARE(broker.broker().stats().protocolErrors, 1);
}

void TestBrokerConnect::secondConnect()
{
    // 5.0: never a second CONNACK on a connection [MQTT-3.2.0-2].
    // A second CONNECT is a protocol violation [MQTT-3.1.0-2].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("c1")));
    client.sendPacket(client.makeConnect(QStringLiteral("c1")));
    if (version == ProtocolVersion::V5) {
        const auto disconnect = client.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::ProtocolError);
    }
    QVERIFY(client.waitForClosed());
}

void TestBrokerConnect::unsupportedProtocolLevel()
{
    // Unknown level: CONNACK 0x01 then close [MQTT-3.1.2-2].
    TestBroker broker;
    RawClient client;
    QVERIFY(client.open(broker.port()));
    client.sendRaw(QByteArray::fromHex("101000044d5154540602003c000463616263"));
    const auto connack = client.expect<ConnackPacket>();
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::UnsupportedProtocolVersion);
    QVERIFY(client.waitForClosed());
}

void TestBrokerConnect::emptyClientId()
{
    // 3.1.1: a zero-length id with clean session is accepted [MQTT-3.1.3-7]; 5.0: the server
    // assigns one and returns it [MQTT-3.2.2-16].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(QString());
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::Success);
    if (version == ProtocolVersion::V5) {
        QVERIFY(connack->properties.assignedClientIdentifier);
        QVERIFY(!connack->properties.assignedClientIdentifier->isEmpty());
    }
    QVERIFY(client.subscribe(QStringLiteral("t"), QoS::AtMostOnce));
}

void TestBrokerConnect::emptyClientIdPersistent311()
{
    // 3.1.1: zero-length id with clean session 0 → CONNACK 0x02, close [MQTT-3.1.3-8].
    TestBroker broker;
    RawClient client(ProtocolVersion::V3_1_1);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(QString(), false);
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::ClientIdentifierNotValid);
    QVERIFY(client.waitForClosed());
}

void TestBrokerConnect::connectTimeout()
{
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.connectTimeoutMs = 300;
    TestBroker broker(limits);
    RawClient idle;
    QVERIFY(idle.open(broker.port()));
    QVERIFY(idle.waitForClosed(5000));
    QCOMPARE(broker.broker().stats().connectionsRefused, 1);
}

void TestBrokerConnect::keepAliveEnforced()
{
    // 5.0 without Server Keep Alive the client's own value is enforced [MQTT-3.2.2-22].
    // Nothing received for 1.5 x keep-alive: the server closes [MQTT-3.1.2-22] (MQTT 5 with
    // DISCONNECT Keep Alive timeout).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.connect(client.makeConnect(QStringLiteral("ka"), true, 1)));
    if (version == ProtocolVersion::V5) {
        const auto disconnect = client.expect<DisconnectPacket>(4000);
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::KeepAliveTimeout);
    }
    QVERIFY(client.waitForClosed(4000));
    QVERIFY2(timer.elapsed() >= 1400, "closed before 1.5 x keep-alive");
}

void TestBrokerConnect::pingKeepsAlive()
{
    TestBroker broker;
    RawClient client;
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(client.makeConnect(QStringLiteral("ka"), true, 1)));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2500) {
        QVERIFY(client.expectNothingPending()); // PINGREQ / PINGRESP [MQTT-3.12.4-1]
        QTest::qWait(500); // the client's own keep-alive cadence, not synchronisation
    }
    QVERIFY(client.isOpen());
}

void TestBrokerConnect::takeover()
{
    // The client id names the session [MQTT-3.1.3-2]; 5.0 DISCONNECT 0x8E is a Disconnect Reason
    // Code [MQTT-3.14.2-1].
    // The same client id again: the existing connection is closed [MQTT-3.1.4-3]
    // (MQTT 5: DISCONNECT Session taken over).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient first(version), second(version);
    QVERIFY(first.open(broker.port()));
    QVERIFY(first.connect(QStringLiteral("same")));
    QVERIFY(second.open(broker.port()));
    QVERIFY(second.connect(QStringLiteral("same")));
    if (version == ProtocolVersion::V5) {
        const auto disconnect = first.expect<DisconnectPacket>();
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::SessionTakenOver);
    }
    QVERIFY(first.waitForClosed());
    QVERIFY(second.expectNothingPending());
}

void TestBrokerConnect::anonymousRefused()
{
    QFETCH(ProtocolVersion, version);
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.allowAnonymous = false;
    TestBroker broker(limits);
    RawClient client(version);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(QStringLiteral("anon"));
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::NotAuthorized); // 3.1.1: return code 5
    QVERIFY(client.waitForClosed());
}

void TestBrokerConnect::authMethodRefused()
{
    // Unsupported Authentication Method: CONNACK 0x8C, then close [MQTT-4.12.0-1] [MQTT-4.12.0-4]
    // [MQTT-4.13.2-1].
    TestBroker broker;
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    ConnectPacket connect = client.makeConnect(QStringLiteral("auth"));
    connect.properties.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
    const auto connack = client.connect(connect);
    QVERIFY(connack);
    QCOMPARE(connack->reasonCode, ReasonCode::BadAuthenticationMethod);
    QVERIFY(client.waitForClosed());
}

void TestBrokerConnect::serverKeepAlive()
{
    // A keep-alive above the server's maximum is lowered via Server Keep Alive [MQTT-3.2.2-21].
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxKeepAlive = 30;
    TestBroker broker(limits);
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    const auto connack = client.connect(client.makeConnect(QStringLiteral("k"), true, 600));
    QVERIFY(connack);
    QCOMPARE(connack->properties.serverKeepAlive, std::optional<quint16>(30));
}

void TestBrokerConnect::clientEvents()
{
    TestBroker broker;
    QSignalSpy connected(&broker.broker(), &broker::Broker::clientConnected);
    QSignalSpy disconnected(&broker.broker(), &broker::Broker::clientDisconnected);
    RawClient client(ProtocolVersion::V5);
    QVERIFY(client.open(broker.port()));
    QVERIFY(client.connect(QStringLiteral("events")));
    QCOMPARE(connected.size(), 1);
    const auto info = connected.at(0).at(0).value<broker::ClientInfo>();
    QCOMPARE(info.clientId, QStringLiteral("events"));
    QCOMPARE(info.protocol, ProtocolVersion::V5);
    QVERIFY(info.address.startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(broker.broker().clients().size(), 1);
    client.disconnect();
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).toString(), QStringLiteral("events"));
}

BROKER_TEST_MAIN(TestBrokerConnect)
#include "tst_broker_connect.moc"
