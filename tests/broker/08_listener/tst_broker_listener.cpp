// Broker conformance, area 10: listeners — several at once, WebSocket (sub-protocol "mqtt"),
// secure WebSocket, max-connections, port 0, bind address, BrokerThread; the WebSocket
// handshake and frame rules of RFC 6455 on raw sockets (issue 12).
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"
#include "testsupport.h"

#include <broker/brokerthread.h>

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace mqtt;

class TestBrokerListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webSocket_data();
    void webSocket();
    void webSocketSubprotocols_data();
    void webSocketSubprotocols();
    void webSocketOversizedFrameClosesAtItsHeader();
    void webSocketOversizedMessageCloses();
    void webSocketUnmaskedClientFrame();
    void webSocketFraming_data();
    void webSocketFraming();
    void webSocketHandshakeErrors_data();
    void webSocketHandshakeErrors();
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

/// A broker with one plain WebSocket listener on a free loopback port.
std::unique_ptr<broker::Broker> webSocketBroker(bool allowNoSubprotocol = false,
                                                quint32 maxPacketSize = MaximumPacketSizeLimit)
{
    broker::BrokerSettings settings;
    broker::ListenerSettings ws;
    ws.type = broker::ListenerSettings::Type::WebSocket;
    ws.bindAddress = QHostAddress::LocalHost;
    ws.webSocketAllowNoSubprotocol = allowNoSubprotocol;
    settings.listeners.append(ws);
    settings.limits.sysInterval = 0;
    settings.limits.maxPacketSize = maxPacketSize;
    auto broker = std::make_unique<broker::Broker>(settings);
    if (!broker->start())
        return nullptr;
    return broker;
}

/// Sends a WebSocket opening handshake (RFC 6455 4.1) on a raw socket, with the given
/// Sec-WebSocket-Protocol value (none when null), and returns the server's response header.
QByteArray rawHandshake(QTcpSocket &socket, quint16 port, const QByteArray &protocols)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray request = "GET /mqtt HTTP/1.1\r\n"
                         "Host: localhost\r\n"
                         "Upgrade: websocket\r\n"
                         "Connection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (!protocols.isNull())
        request += "Sec-WebSocket-Protocol: " + protocols + "\r\n";
    socket.write(request + "\r\n");
    QByteArray response;
    const bool complete = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return response.contains("\r\n\r\n") ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    if (!complete)
        return {};
    return response.left(response.indexOf("\r\n\r\n") + 4);
}

/// A client frame (RFC 6455 5.2): masked unless `mask` is false; `declaredLength` overrides
/// the payload length written in the header.
QByteArray clientFrame(quint8 opcode, bool fin, const QByteArray &payload, bool mask = true,
                       std::optional<quint64> declaredLength = std::nullopt)
{
    const quint64 length = declaredLength.value_or(quint64(payload.size()));
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0x00) | opcode));
    const char maskBit = mask ? char(0x80) : char(0);
    if (length < 126) {
        frame.append(char(maskBit | char(length)));
    } else if (length <= 0xffff) {
        frame.append(char(maskBit | 126));
        frame.append(char(length >> 8)).append(char(length));
    } else {
        frame.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char(length >> shift));
    }
    const QByteArray key = "\x12\x34\x56\x78";
    QByteArray body = payload;
    if (mask) {
        frame.append(key);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body[i] ^ key[i % 4]);
    }
    return frame + body;
}

/// Waits for the server's close frame (unmasked, RFC 6455 5.5.1) and returns its status
/// code, or 0 when the connection ended without one.
int closeCode(QTcpSocket &socket)
{
    QByteArray bytes;
    int code = 0;
    // Without a close frame in time, code stays 0.
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
        [&] {
            bytes += socket.readAll();
            // Skip whole frames until a close frame (opcode 8) with its code is in.
            qsizetype at = 0;
            while (bytes.size() - at >= 2) {
                const int opcode = bytes[at] & 0x0f;
                const int length = bytes[at + 1] & 0x7f; // servers send small control frames
                if (length > 125 || bytes.size() - at < 2 + length)
                    break;
                if (opcode == 8 && length >= 2) {
                    code = (quint8(bytes[at + 2]) << 8) | quint8(bytes[at + 3]);
                    return true;
                }
                at += 2 + length;
            }
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return code;
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
    // A byte-stream transport besides TCP (3.1.1 [MQTT-7.1.1-1], 5.0 [MQTT-4.2-1]).
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

void TestBrokerListener::webSocketSubprotocols_data()
{
    QTest::addColumn<QByteArray>("offered");  // Sec-WebSocket-Protocol; null: no such header
    QTest::addColumn<bool>("allowNone");      // websocket-allow-no-subprotocol
    QTest::addColumn<QByteArray>("answered"); // null: refused with HTTP 400
    QTest::newRow("mqtt") << QByteArray("mqtt") << false << QByteArray("mqtt");
    QTest::newRow("mqttv3.1 (older browser clients)")
        << QByteArray("mqttv3.1") << false << QByteArray("mqttv3.1");
    QTest::newRow("other, mqtt") << QByteArray("chat, mqtt") << false << QByteArray("mqtt");
    QTest::newRow("client's order")
        << QByteArray("mqttv3.1, mqtt") << false << QByteArray("mqttv3.1");
    // Before issue 12 these were upgraded without any sub-protocol.
    QTest::newRow("only others refused") << QByteArray("chat, soap") << false << QByteArray();
    QTest::newRow("none refused") << QByteArray() << false << QByteArray();
    QTest::newRow("none allowed") << QByteArray() << true << QByteArray("");
    QTest::newRow("others refused even so") << QByteArray("chat") << true << QByteArray();
}

void TestBrokerListener::webSocketSubprotocols()
{
    // The server's side of the sub-protocol rule: [MQTT-6.0.0-4].
    // The server answers "mqtt" [MQTT-6.0.0-3] (or "mqttv3.1") when the client offers it;
    // a client that offers neither is refused before the upgrade (RFC 6455 4.2.2: an HTTP
    // error status). websocket-allow-no-subprotocol lets clients that offer none in.
    QFETCH(QByteArray, offered);
    QFETCH(bool, allowNone);
    QFETCH(QByteArray, answered);
    const auto broker = webSocketBroker(allowNone);
    QVERIFY(broker);
    QTcpSocket socket;
    const QByteArray response = rawHandshake(socket, broker->listeningPorts().value(0), offered);
    if (answered.isNull()) {
        QVERIFY2(response.startsWith("HTTP/1.1 400 "), response.constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        return;
    }
    QVERIFY2(response.startsWith("HTTP/1.1 101 "), response.constData());
    const QByteArray header = "Sec-WebSocket-Protocol: " + answered + "\r\n";
    QCOMPARE(response.contains(header), !answered.isEmpty());
    if (answered.isEmpty())
        QVERIFY(!response.contains("Sec-WebSocket-Protocol"));
    // And MQTT flows: a masked binary frame with CONNECT gets a CONNACK.
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V3_1_1;
    connect.clientId = QStringLiteral("raw-ws");
    socket.write(clientFrame(0x2, true, encode(connect, ProtocolVersion::V3_1_1)));
    QByteArray in;
    QVERIFY(QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            return in.size() >= 6; // 2-byte frame header + 4-byte CONNACK
        },
        5000));
    QCOMPARE(quint8(in[0]), quint8(0x82)); // FIN, binary, unmasked from the server
    QCOMPARE(in.mid(2, 2), QByteArray("\x20\x02", 2));
}

void TestBrokerListener::webSocketOversizedFrameClosesAtItsHeader()
{
    // A frame that declares 1 GiB on a broker that takes packets of at most 1 KiB: the
    // connection is closed with 1009 (message too big, RFC 6455 7.4.1) as soon as the header
    // is in, before any payload is sent, so nothing is buffered for it. Before issue 12, Qt's
    // default bound (about 2 GiB) applied and the broker waited to buffer the whole frame.
    const auto broker = webSocketBroker(false, 1024);
    QVERIFY(broker);
    QTcpSocket socket;
    QVERIFY(rawHandshake(socket, broker->listeningPorts().value(0), "mqtt")
                .startsWith("HTTP/1.1 101 "));
    socket.write(clientFrame(0x2, true, {}, true, quint64(1) << 30));
    QCOMPARE(closeCode(socket), 1009);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestBrokerListener::webSocketOversizedMessageCloses()
{
    // The bound holds for a message split into small frames too (RFC 6455 5.4), and for the
    // project's own client (QWebSocket), which sends one frame per message.
    const auto broker = webSocketBroker(false, 1024);
    QVERIFY(broker);
    const quint16 port = broker->listeningPorts().value(0);
    {
        QTcpSocket socket;
        QVERIFY(rawHandshake(socket, port, "mqtt").startsWith("HTTP/1.1 101 "));
        const QByteArray piece(700, 'x');
        socket.write(clientFrame(0x2, false, piece));
        socket.write(clientFrame(0x0, false, piece));
        socket.write(clientFrame(0x0, false, piece));
        QCOMPARE(closeCode(socket), 1009);
    }
    QWebSocket socket;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(port)));
    request.setRawHeader("Sec-WebSocket-Protocol", "mqtt");
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(request);
    QVERIFY(connected.wait(10000));
    socket.sendBinaryMessage(QByteArray(64 * 1024, 'x'));
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
}

void TestBrokerListener::webSocketUnmaskedClientFrame()
{
    // RFC 6455 5.1: "The server MUST close the connection upon receiving a frame that is not
    // masked", with 1002 (7.4.1). Before issue 12, Qt's QWebSocketServer took it as it came
    // and answered the CONNECT in it.
    const auto broker = webSocketBroker();
    QVERIFY(broker);
    QTcpSocket socket;
    QVERIFY(rawHandshake(socket, broker->listeningPorts().value(0), "mqtt")
                .startsWith("HTTP/1.1 101 "));
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V3_1_1;
    connect.clientId = QStringLiteral("unmasked");
    socket.write(clientFrame(0x2, true, encode(connect, ProtocolVersion::V3_1_1), false));
    QCOMPARE(closeCode(socket), 1002);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(broker->stats().clientsConnected, 0);
}

void TestBrokerListener::webSocketFraming_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("closeCode"); // 0: the CONNECT is answered and the connection stays
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V3_1_1;
    connect.clientId = QStringLiteral("framing");
    const QByteArray packet = encode(connect, ProtocolVersion::V3_1_1);
    // A packet may span frames of one message, and pings come between them (5.4, 5.5.2).
    QTest::newRow("fragments and a ping")
        << clientFrame(0x2, false, packet.left(5)) + clientFrame(0x9, true, "hi") +
               clientFrame(0x0, true, packet.mid(5))
        << 0;
    // MQTT is carried in binary frames only [MQTT-6.0.0-1]: 1003 unsupported data.
    QTest::newRow("text frame") << clientFrame(0x1, true, packet) << 1003;
    QTest::newRow("RSV bit") << QByteArray(clientFrame(0x2, true, packet)).replace(0, 1, "\xc2")
                             << 1002;
    QTest::newRow("unknown opcode") << clientFrame(0x3, true, packet) << 1002;
    QTest::newRow("continuation first") << clientFrame(0x0, true, packet) << 1002;
    QTest::newRow("fragmented ping") << clientFrame(0x9, false, "x") << 1002;
    QTest::newRow("long ping") << clientFrame(0x9, true, QByteArray(126, 'x')) << 1002;
    QTest::newRow("length not minimal") << clientFrame(0x2, true, packet, true, std::nullopt)
                                               .replace(1, 1, "\xfe")
                                               .insert(2, "\0", 2)
                                        << 1002;
    // The client's close is echoed (5.5.1) and the connection ends.
    QTest::newRow("client close") << clientFrame(0x8, true, QByteArray("\x03\xe8", 2)) << 1000;
}

void TestBrokerListener::webSocketFraming()
{
    // Packets and frames need not align [MQTT-6.0.0-2].
    QFETCH(QByteArray, frames);
    QFETCH(int, closeCode);
    const auto broker = webSocketBroker();
    QVERIFY(broker);
    QTcpSocket socket;
    QVERIFY(rawHandshake(socket, broker->listeningPorts().value(0), "mqtt")
                .startsWith("HTTP/1.1 101 "));
    socket.write(frames);
    if (closeCode != 0) {
        QCOMPARE(::closeCode(socket), closeCode);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        return;
    }
    // A pong with the ping's payload, then the CONNACK in a binary frame.
    const QByteArray expected =
        QByteArray("\x8a\x02hi") + QByteArray("\x82\x04\x20\x02\x00\x00", 6);
    QByteArray in;
    QVERIFY(QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            return in.size() >= expected.size();
        },
        5000));
    QCOMPARE(in, expected);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestBrokerListener::webSocketHandshakeErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    const QByteArray tail = "Sec-WebSocket-Protocol: mqtt\r\n\r\n";
    QTest::newRow("version 8") << "GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                  "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n" +
                                      tail
                               << QByteArray("HTTP/1.1 426 ");
    QTest::newRow("no key") << "GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                               "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n" +
                                   tail
                            << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("no upgrade") << "GET / HTTP/1.1\r\nHost: h\r\nSec-WebSocket-Key: "
                                   "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
                                       tail
                                << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("POST") << "POST / HTTP/1.1\r\n" + tail << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("header too large")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'x') << QByteArray("HTTP/1.1 431 ");
}

void TestBrokerListener::webSocketHandshakeErrors()
{
    // RFC 6455 4.2.1 / 4.2.2 / 4.4: a request the server does not accept gets an HTTP error
    // status and no upgrade.
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    const auto broker = webSocketBroker();
    QVERIFY(broker);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, broker->listeningPorts().value(0));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    QByteArray response;
    QVERIFY(QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return response.size() >= status.size();
        },
        5000));
    QVERIFY2(response.startsWith(status), response.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
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

BROKER_TEST_MAIN(TestBrokerListener)
#include "tst_broker_listener.moc"
