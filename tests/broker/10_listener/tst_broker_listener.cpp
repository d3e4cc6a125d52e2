// Broker conformance, area 10: listeners — several at once, WebSocket (sub-protocol "mqtt"),
// secure WebSocket, max-connections, port 0, bind address, BrokerThread.
#include "rawclient.h"
#include "testbroker.h"
#include "testsupport.h"

#include <broker/brokerthread.h>

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace mqtt;

class TestBrokerListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webSocket_data();
    void webSocket();
    void maxConnections();
    void addressInUse();
    void brokerThread();
    void statsSignal();
};

namespace {

/// MQTT over a QWebSocket: one CONNECT, one CONNACK expected.
std::optional<Packet> exchangeOverWebSocket(QWebSocket &socket, const Packet &packet,
                                            ProtocolVersion version)
{
    StreamDecoder decoder(version);
    std::optional<Packet> result;
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [&](const QByteArray &data) {
        decoder.feed(data);
        Packet p;
        if (decoder.next(p) == StreamDecoder::Status::PacketReady)
            result = std::move(p);
    });
    socket.sendBinaryMessage(encode(packet, version));
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

void TestBrokerListener::webSocket_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true;
}

void TestBrokerListener::webSocket()
{
    // The server answers the WebSocket handshake with sub-protocol "mqtt" [MQTT-6.0.0-3] and
    // carries MQTT in binary frames [MQTT-6.0.0-1].
    QFETCH(bool, secure);
    testsupport::Certificates certs;
    QVERIFY(certs.ok());
    broker::BrokerSettings settings;
    broker::ListenerSettings ws;
    ws.type = broker::ListenerSettings::Type::WebSocket;
    ws.bindAddress = QHostAddress::LocalHost;
    ws.tls = secure;
    ws.certFile = certs.serverCertFile();
    ws.keyFile = certs.serverKeyFile();
    settings.listeners.append(ws);
    settings.limits.sysInterval = 0;
    broker::Broker broker(settings);
    QVERIFY(broker.start());

    QWebSocket socket;
    if (secure) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(certs.caFile()));
        socket.setSslConfiguration(tls);
    }
    QNetworkRequest request(QUrl(QStringLiteral("%1://localhost:%2/mqtt")
                                     .arg(secure ? "wss" : "ws")
                                     .arg(broker.listeningPorts().value(0))));
    request.setRawHeader("Sec-WebSocket-Protocol", "mqtt");
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(request);
    QVERIFY(connected.wait(10000));
    QCOMPARE(socket.subprotocol(), QStringLiteral("mqtt"));
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = QStringLiteral("ws-client");
    const auto answer = exchangeOverWebSocket(socket, connect, ProtocolVersion::V5);
    QVERIFY(answer && std::holds_alternative<ConnackPacket>(*answer));
    QCOMPARE(std::get<ConnackPacket>(*answer).reasonCode, ReasonCode::Success);
}

void TestBrokerListener::maxConnections()
{
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    tcp.maxConnections = 2;
    settings.listeners.append(tcp);
    settings.limits.sysInterval = 0;
    broker::Broker broker(settings);
    QVERIFY(broker.start());
    const quint16 port = broker.listeningPorts().value(0);
    RawClient a, b, c;
    QVERIFY(a.open(port) && a.connect(QStringLiteral("a")));
    QVERIFY(b.open(port) && b.connect(QStringLiteral("b")));
    QVERIFY(c.open(port));
    QVERIFY(c.waitForClosed()); // the third is refused at once
    QCOMPARE(broker.stats().connectionsRefused, 1);
    a.disconnect();
    QVERIFY(a.waitForClosed());
    RawClient d;
    QTRY_VERIFY(d.open(port) && d.connect(QStringLiteral("d")).has_value()); // room again
}

void TestBrokerListener::addressInUse()
{
    TestBroker first;
    QVERIFY(first.ok());
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    tcp.port = first.port();
    settings.listeners.append(tcp);
    broker::Broker second(settings);
    QVERIFY(!second.start());
    QVERIFY(!second.errorString().isEmpty());
}

void TestBrokerListener::brokerThread()
{
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(tcp);
    settings.listeners.append(tcp); // two listeners, two ports
    settings.limits.sysInterval = 0;
    broker::BrokerThread thread(settings);
    QVERIFY(thread.start());
    const QList<quint16> ports = thread.broker()->listeningPorts();
    QCOMPARE(ports.size(), 2);
    QSignalSpy connected(thread.broker(), &broker::Broker::clientConnected);
    RawClient sub, pub;
    QVERIFY(sub.open(ports[0]) && pub.open(ports[1]));
    QVERIFY(sub.connect(QStringLiteral("t-sub")) && pub.connect(QStringLiteral("t-pub")));
    QVERIFY(sub.subscribe(QStringLiteral("x"), QoS::AtLeastOnce));
    QVERIFY(pub.publish(QStringLiteral("x"), "across listeners", QoS::AtLeastOnce));
    QVERIFY(sub.receivePublish());
    QTRY_COMPARE(connected.size(), 2); // queued from the broker's thread
    thread.stop();
    QVERIFY(!thread.broker()->isRunning());
}

void TestBrokerListener::statsSignal()
{
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.statsInterval = 100;
    TestBroker broker(limits);
    QSignalSpy stats(&broker.broker(), &broker::Broker::statsUpdated);
    RawClient client;
    QVERIFY(client.open(broker.port()) && client.connect(QStringLiteral("s")));
    QVERIFY(client.subscribe(QStringLiteral("s"), QoS::AtMostOnce));
    QVERIFY(client.publish(QStringLiteral("s"), "x", QoS::AtMostOnce));
    QVERIFY(client.receivePublish());
    QTRY_VERIFY(!stats.isEmpty() &&
                stats.last().at(0).value<broker::BrokerStats>().publishSent >= 1);
    const auto s = stats.last().at(0).value<broker::BrokerStats>();
    QCOMPARE(s.clientsConnected, 1);
    QCOMPARE(s.subscriptions, 1);
    QVERIFY(s.bytesReceived > 0 && s.bytesSent > 0);
}

QTEST_MAIN(TestBrokerListener)
#include "tst_broker_listener.moc"
