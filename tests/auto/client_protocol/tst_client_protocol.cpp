// mqtt::Client against a scripted broker on a loopback socket: the cases a real broker will not
// produce on demand (refusals with reason strings, malformed packets, incoming topic aliases,
// AUTH exchanges, packet-id exhaustion, silent brokers).

#include <mqttcore/client.h>
#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mqtt;

namespace {

constexpr int Timeout = 5000;

/// Accepts one client connection, decodes what it sends and sends what the test scripts.
class FakeBroker final : public QObject
{
public:
    explicit FakeBroker(ProtocolVersion version) : m_version(version), m_decoder(version)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, [this] {
                m_decoder.feed(m_socket->readAll());
                Packet packet;
                while (m_decoder.next(packet) == StreamDecoder::Status::PacketReady)
                    received << packet;
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void send(const Packet &packet) { sendRaw(encode(packet, m_version)); }
    void sendRaw(const QByteArray &bytes)
    {
        QVERIFY(m_socket);
        m_socket->write(bytes);
    }
    bool isConnected() const
    {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    /// Waits for the next packet of a type that was not yet taken, and takes it.
    template <typename T> std::optional<T> take(int timeout = Timeout)
    {
        std::optional<T> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < received.size(); ++i) {
                    if (auto *p = std::get_if<T>(&received[i])) {
                        found = *p;
                        received.remove(i);
                        return true;
                    }
                }
                return false;
            },
            timeout);
        return found;
    }
    /// Waits until at least one packet of type T arrived, then takes all of them.
    template <typename T> QList<T> takeAll(int timeout = Timeout)
    {
        QList<T> all;
        if (std::optional<T> first = take<T>(timeout))
            all << *first;
        for (qsizetype i = 0; i < received.size();) {
            if (auto *p = std::get_if<T>(&received[i])) {
                all << *p;
                received.remove(i);
            } else {
                ++i;
            }
        }
        return all;
    }
    template <typename T> int count() const
    {
        return int(std::count_if(received.cbegin(), received.cend(),
                                 [](const Packet &p) { return std::holds_alternative<T>(p); }));
    }
    /// Accepts the client's CONNECT with a CONNACK carrying `properties`.
    bool accept(const Properties &properties = {})
    {
        if (!take<ConnectPacket>())
            return false;
        ConnackPacket connack;
        connack.properties = properties;
        send(connack);
        return true;
    }

    QList<Packet> received;

private:
    ProtocolVersion m_version;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    StreamDecoder m_decoder;
};

ConnectOptions optionsFor(const FakeBroker &broker, ProtocolVersion version = ProtocolVersion::V5)
{
    ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = broker.port();
    o.protocolVersion = version;
    o.reconnect.enabled = false;
    o.clientId = QStringLiteral("scripted");
    return o;
}

ClientError waitError(Client &client)
{
    QSignalSpy spy(&client, &Client::errorOccurred);
    if (!spy.wait(Timeout))
        return {};
    return spy.first().first().value<ClientError>();
}

} // namespace

class tst_ClientProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithReasonString();
    void malformedPacketFromBroker();
    void incomingTopicAliases();
    void serverKeepAliveAndAssignedId();
    void enhancedAuthentication();
    void packetIdsNeverReusedInFlight();
    void qos2DuplicateDeliveredOnce();
    void maximumPacketSizeRespected();
    void connectTimeout();
    void brokerDisconnectWithReason();
    void publishRejectedByBroker();
    void publishFromConnectedSlotSentOnce();
    void offlineQueueBounded();
    void webSocketHandshake();
    void reconnectBackOffAndRetryLimit();
    void perTopicDefaults();
    void unsubscribeOnlyWhenLastSubscriptionGoes();
    void requestTimesOut();
    void deliveryRoutesBySubscription();
    void postReportsById();
    void manualAcknowledgement();
};

void tst_ClientProtocol::refusedWithReasonString()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.take<ConnectPacket>());
    ConnackPacket connack;
    connack.reasonCode = ReasonCode::BadUserNameOrPassword;
    connack.properties.reasonString = QStringLiteral("try again tomorrow");
    broker.send(connack);
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::ConnectionRefused);
    QCOMPARE(error.reasonCode, ReasonCode::BadUserNameOrPassword);
    QVERIFY(error.message.contains(QLatin1String("try again tomorrow")));
    QCOMPARE(client.state(), Client::State::Disconnected);
}

// A malformed packet closes the connection with Malformed Packet [MQTT-4.13.1-1]: in 5.0 the
// client first sends DISCONNECT with the reason code.
void tst_ClientProtocol::malformedPacketFromBroker()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    // PUBLISH with QoS 3 [MQTT-3.3.1-4].
    broker.sendRaw(QByteArray::fromHex("3607000161000100"
                                       "00"));
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::ProtocolViolation);
    QCOMPARE(error.codecError, CodecError::InvalidQoS);
    const auto disconnect = broker.take<DisconnectPacket>();
    QVERIFY(disconnect);
    QCOMPARE(disconnect->reasonCode, ReasonCode::MalformedPacket);
}

// [MQTT-3.3.2-12] the receiver maps an alias to the topic of the PUBLISH that set it;
// an alias above our Topic Alias Maximum is a protocol error [MQTT-3.3.2-10].
void tst_ClientProtocol::incomingTopicAliases()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions o = optionsFor(broker);
    o.topicAliasMaximum = 5;
    client.setOptions(o);
    QSignalSpy messages(&client, &Client::messageReceived);
    client.connectToBroker();
    const auto connect = broker.take<ConnectPacket>();
    QVERIFY(connect);
    QCOMPARE(connect->properties.topicAliasMaximum, std::optional<quint16>(5));
    broker.send(ConnackPacket{});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    PublishPacket first;
    first.topic = QStringLiteral("a/b");
    first.payload = "1";
    first.properties.topicAlias = 1;
    broker.send(first);
    PublishPacket second;
    second.payload = "2";
    second.properties.topicAlias = 1;
    broker.send(second);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, Timeout);
    QCOMPARE(messages.at(1).first().value<Message>().topic(), QStringLiteral("a/b"));

    PublishPacket tooHigh;
    tooHigh.topic = QStringLiteral("c");
    tooHigh.properties.topicAlias = 6;
    broker.send(tooHigh);
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::ProtocolViolation);
    QCOMPARE(error.reasonCode, ReasonCode::TopicAliasInvalid);
}

// [MQTT-3.2.2-21] the Server Keep Alive replaces ours; [MQTT-3.2.2-16] assigned client id.
void tst_ClientProtocol::serverKeepAliveAndAssignedId()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions o = optionsFor(broker);
    o.clientId.clear();
    o.keepAlive = 60;
    client.setOptions(o);
    client.connectToBroker();
    const auto connect = broker.take<ConnectPacket>();
    QVERIFY(connect);
    QVERIFY(connect->clientId.isEmpty());
    ConnackPacket connack;
    connack.properties.serverKeepAlive = 1;
    connack.properties.assignedClientIdentifier = QStringLiteral("assigned-42");
    broker.send(connack);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    QCOMPARE(client.keepAlive(), 1);
    QCOMPARE(client.clientId(), QStringLiteral("assigned-42"));
    // With a 1 s keep-alive the client pings within that second.
    QVERIFY(broker.take<PingreqPacket>(1500));
}

// AUTH exchange (4.12): challenge from the broker, answer through sendAuth(), then CONNACK.
void tst_ClientProtocol::enhancedAuthentication()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions o = optionsFor(broker);
    o.connectProperties.authenticationMethod = QStringLiteral("TEST-CHALLENGE");
    o.connectProperties.authenticationData = QByteArray("hello");
    client.setOptions(o);
    connect(&client, &Client::authChallenge, &client,
            [&client](ReasonCode reason, const Properties &properties) {
                QCOMPARE(reason, ReasonCode::ContinueAuthentication);
                Properties answer;
                answer.authenticationMethod = properties.authenticationMethod;
                answer.authenticationData =
                    "response-to-" + properties.authenticationData.value_or("");
                client.sendAuth(ReasonCode::ContinueAuthentication, answer);
            });
    client.connectToBroker();
    const auto connect = broker.take<ConnectPacket>();
    QVERIFY(connect);
    QCOMPARE(connect->properties.authenticationMethod, std::optional<QString>("TEST-CHALLENGE"));
    AuthPacket challenge;
    challenge.reasonCode = ReasonCode::ContinueAuthentication;
    challenge.properties.authenticationMethod = QStringLiteral("TEST-CHALLENGE");
    challenge.properties.authenticationData = QByteArray("nonce");
    broker.send(challenge);
    const auto answer = broker.take<AuthPacket>();
    QVERIFY(answer);
    QCOMPARE(answer->properties.authenticationData, std::optional<QByteArray>("response-to-nonce"));
    broker.send(ConnackPacket{});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
}

// [MQTT-2.2.1-3] a packet identifier is not reused while its flow is open, also when the
// 16-bit counter wraps; and the broker's Receive Maximum caps the flows [MQTT-4.9.0-2].
void tst_ClientProtocol::packetIdsNeverReusedInFlight()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    Properties limits;
    limits.receiveMaximum = 1000;
    QVERIFY(broker.accept(limits));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    for (int i = 0; i < 1050; ++i)
        client.publish(Message(QStringLiteral("ids"), QByteArray::number(i), QoS::AtLeastOnce));
    QTRY_COMPARE_WITH_TIMEOUT(broker.count<PublishPacket>(), 1000, Timeout);
    QCOMPARE(client.queuedCount(), 50);
    QCOMPARE(client.inflightCount(), 1000);
    // Keep the first id open forever; acknowledge the rest over and over until the counter wraps.
    QSet<quint16> open;
    int published = 1050;
    quint16 held = 0;
    while (published < 70000) {
        const QList<PublishPacket> batch = broker.takeAll<PublishPacket>();
        QVERIFY(!batch.isEmpty());
        for (const PublishPacket &p : batch) {
            QVERIFY2(!open.contains(p.packetId), "packet id reused while in flight");
            open.insert(p.packetId);
            if (held == 0) {
                held = p.packetId;
                continue;
            }
            PubackPacket ack;
            ack.packetId = p.packetId;
            broker.send(ack);
            open.remove(p.packetId);
            client.publish(Message(QStringLiteral("ids"), "x", QoS::AtLeastOnce));
            ++published;
        }
    }
    QVERIFY(open.contains(held));
}

// Method A of 4.3.3: a re-sent QoS 2 PUBLISH (DUP) before PUBREL is acknowledged again but
// delivered once [MQTT-4.3.3-10].
void tst_ClientProtocol::qos2DuplicateDeliveredOnce()
{
    FakeBroker broker(ProtocolVersion::V3_1_1);
    Client client;
    client.setOptions(optionsFor(broker, ProtocolVersion::V3_1_1));
    QSignalSpy messages(&client, &Client::messageReceived);
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    PublishPacket publish;
    publish.topic = QStringLiteral("q2");
    publish.payload = "once";
    publish.qos = QoS::ExactlyOnce;
    publish.packetId = 7;
    broker.send(publish);
    QVERIFY(broker.take<PubrecPacket>());
    publish.dup = true;
    broker.send(publish);
    QVERIFY(broker.take<PubrecPacket>());
    PubrelPacket rel;
    rel.packetId = 7;
    broker.send(rel);
    const auto comp = broker.take<PubcompPacket>();
    QVERIFY(comp);
    QCOMPARE(comp->packetId, quint16(7));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().value<Message>().qos(), QoS::ExactlyOnce);
}

// [MQTT-3.1.2-24] never send a packet above the broker's Maximum Packet Size.
void tst_ClientProtocol::maximumPacketSizeRespected()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    Properties limits;
    limits.maximumPacketSize = 64;
    QVERIFY(broker.accept(limits));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    for (QoS qos : {QoS::AtMostOnce, QoS::AtLeastOnce}) {
        PublishHandle *h =
            client.publish(Message(QStringLiteral("big"), QByteArray(100, 'x'), qos));
        QSignalSpy failed(h, &PublishHandle::failed);
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(failed.first().first().value<ClientError>().kind,
                 ClientError::Kind::PacketTooLarge);
    }
    client.publish(Message(QStringLiteral("small"), "ok"));
    const auto p = broker.take<PublishPacket>();
    QVERIFY(p);
    QCOMPARE(p->topic, QStringLiteral("small"));
}

void tst_ClientProtocol::connectTimeout()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions o = optionsFor(broker);
    o.connectTimeoutMs = 300;
    client.setOptions(o);
    client.connectToBroker();
    QCOMPARE(waitError(client).kind, ClientError::Kind::ConnectTimeout);
    QCOMPARE(client.state(), Client::State::Disconnected);
}

void tst_ClientProtocol::brokerDisconnectWithReason()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    QSignalSpy brokerDisconnected(&client, &Client::brokerDisconnected);
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerShuttingDown;
    disconnect.properties.reasonString = QStringLiteral("maintenance");
    broker.send(disconnect);
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::DisconnectedByBroker);
    QCOMPARE(error.reasonCode, ReasonCode::ServerShuttingDown);
    QVERIFY(error.message.contains(QLatin1String("maintenance")));
    QCOMPARE(brokerDisconnected.size(), 1);
}

// A PUBACK / PUBREC with a failure code fails the handle with the broker's reason; a failed
// PUBREC ends the QoS 2 flow without PUBREL [MQTT-4.3.3].
void tst_ClientProtocol::publishRejectedByBroker()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    PublishHandle *h1 = client.publish(Message(QStringLiteral("deny"), "1", QoS::AtLeastOnce));
    PublishHandle *h2 = client.publish(Message(QStringLiteral("deny"), "2", QoS::ExactlyOnce));
    QSignalSpy failed1(h1, &PublishHandle::failed);
    QSignalSpy failed2(h2, &PublishHandle::failed);
    const auto p1 = broker.take<PublishPacket>();
    const auto p2 = broker.take<PublishPacket>();
    QVERIFY(p1 && p2);
    PubackPacket ack;
    ack.packetId = p1->packetId;
    ack.reasonCode = ReasonCode::NotAuthorized;
    broker.send(ack);
    PubrecPacket rec;
    rec.packetId = p2->packetId;
    rec.reasonCode = ReasonCode::QuotaExceeded;
    broker.send(rec);
    QTRY_COMPARE_WITH_TIMEOUT(failed1.size() + failed2.size(), 2, Timeout);
    QCOMPARE(failed1.first().first().value<ClientError>().reasonCode, ReasonCode::NotAuthorized);
    QCOMPARE(failed2.first().first().value<ClientError>().reasonCode, ReasonCode::QuotaExceeded);
    QCOMPARE(client.inflightCount(), 0);
    QVERIFY(!broker.take<PubrelPacket>(200));
}

// What a slot of connected() publishes goes out exactly once, also on a connection without
// session (where earlier in-flight messages start over).
void tst_ClientProtocol::publishFromConnectedSlotSentOnce()
{
    FakeBroker broker(ProtocolVersion::V3_1_1);
    Client client;
    client.setOptions(optionsFor(broker, ProtocolVersion::V3_1_1));
    connect(&client, &Client::connected, &client, [&client] {
        for (int i = 0; i < 3; ++i)
            client.publish(
                Message(QStringLiteral("once"), QByteArray::number(i), QoS::AtLeastOnce));
    });
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(broker.count<PublishPacket>(), 3, Timeout);
    QVERIFY(!broker.take<PingreqPacket>(300)); // give duplicates a chance to show up
    QCOMPARE(broker.count<PublishPacket>(), 3);
    QSet<quint16> ids;
    for (const Packet &p : std::as_const(broker.received))
        if (auto *publish = std::get_if<PublishPacket>(&p))
            ids.insert(publish->packetId);
    QCOMPARE(ids.size(), 3);
}

// Messages published while offline wait in a bounded queue and go out, in order, on connect.
void tst_ClientProtocol::offlineQueueBounded()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions o = optionsFor(broker);
    o.offlineQueueLimit = 2;
    client.setOptions(o);
    client.publish(Message(QStringLiteral("q"), "a", QoS::AtLeastOnce));
    client.publish(Message(QStringLiteral("q"), "b", QoS::AtMostOnce));
    PublishHandle *overflow = client.publish(Message(QStringLiteral("q"), "c", QoS::AtLeastOnce));
    QSignalSpy failed(overflow, &PublishHandle::failed);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.first().first().value<ClientError>().kind, ClientError::Kind::QueueFull);
    QCOMPARE(client.queuedCount(), 2);
    client.connectToBroker();
    QVERIFY(broker.accept());
    const QList<PublishPacket> sent = [&] {
        QList<PublishPacket> all;
        while (all.size() < 2) {
            const QList<PublishPacket> batch = broker.takeAll<PublishPacket>();
            if (batch.isEmpty())
                break;
            all += batch;
        }
        return all;
    }();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].payload, QByteArray("a"));
    QCOMPARE(sent[1].payload, QByteArray("b"));
    QCOMPARE(client.queuedCount(), 0);
}

// The WebSocket upgrade asks for the path, offers the sub-protocol "mqtt" [MQTT-6.0.0-3] and
// carries the extra headers.
void tst_ClientProtocol::webSocketHandshake()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&request, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n"))
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
    });
    Client client;
    ConnectOptions o;
    QVERIFY(o.applyUrl(QStringLiteral("ws://127.0.0.1:%1/custom/path").arg(server.serverPort())));
    o.webSocket.extraHeaders = {{"Authorization", "Bearer token"}};
    o.reconnect.enabled = false;
    client.setOptions(o);
    client.connectToBroker();
    const ClientError error = waitError(client);
    QCOMPARE(error.kind, ClientError::Kind::WebSocketError);
    QVERIFY2(error.message.contains(QLatin1String("403")), qPrintable(error.message));
    QVERIFY2(request.startsWith("GET /custom/path HTTP/1.1"), request.constData());
    QVERIFY2(request.contains("Sec-WebSocket-Protocol: mqtt\r\n"), request.constData());
    QVERIFY2(request.contains("Authorization: Bearer token\r\n"), request.constData());
}

// Exponential back-off: delays double from the initial one up to the maximum, and after
// maxRetries failed attempts the client gives up.
void tst_ClientProtocol::reconnectBackOffAndRetryLimit()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more: connection refused
    Client client;
    ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.reconnect = {true, 20, 50, 4, true};
    client.setOptions(o);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, Timeout);
    QCOMPARE(scheduled.size(), 4);
    QList<int> delays;
    for (const auto &args : scheduled)
        delays << args.at(1).toInt();
    QCOMPARE(delays, QList<int>({20, 40, 50, 50}));
    QCOMPARE(errors.size(), 5); // the first attempt and four retries
    QCOMPARE(errors.last().first().value<ClientError>().kind, ClientError::Kind::SocketError);

    // abortConnection() while waiting for a retry cancels it.
    o.reconnect = {true, 200, 200, -1, true};
    client.setOptions(o);
    client.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Reconnecting, Timeout);
    client.abortConnection();
    QCOMPARE(client.state(), Client::State::Disconnected);
    QSignalSpy states(&client, &Client::stateChanged);
    QVERIFY(!states.wait(400));
}

// The seeds' client configuration: default QoS/retain, overridden per topic.
void tst_ClientProtocol::perTopicDefaults()
{
    FakeBroker broker(ProtocolVersion::V3_1_1);
    Client client;
    ConnectOptions o = optionsFor(broker, ProtocolVersion::V3_1_1);
    o.defaultQoS = QoS::AtLeastOnce;
    o.topicDefaults = {{QStringLiteral("/some_topic"), QoS::ExactlyOnce, true}};
    client.setOptions(o);
    client.connectToBroker();
    QVERIFY(broker.accept());
    client.publish(QStringLiteral("/some_topic"), "a");
    client.publish(QStringLiteral("/other"), "b");
    const auto first = broker.take<PublishPacket>();
    const auto second = broker.take<PublishPacket>();
    QVERIFY(first && second);
    QCOMPARE(first->qos, QoS::ExactlyOnce);
    QVERIFY(first->retain);
    QCOMPARE(second->qos, QoS::AtLeastOnce);
    QVERIFY(!second->retain);
}

// Two Subscription objects on one filter share the broker's subscription: UNSUBSCRIBE goes out
// when the last of them is unsubscribed or deleted.
void tst_ClientProtocol::unsubscribeOnlyWhenLastSubscriptionGoes()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    Subscription *one = client.subscribe(QStringLiteral("same/#"));
    Subscription *two = client.subscribe(QStringLiteral("same/#"));
    for (int i = 0; i < 2; ++i) {
        const auto subscribe = broker.take<SubscribePacket>();
        QVERIFY(subscribe);
        SubackPacket ack;
        ack.packetId = subscribe->packetId;
        ack.reasonCodes = {ReasonCode::GrantedQoS0};
        broker.send(ack);
    }
    QTRY_VERIFY_WITH_TIMEOUT(one->state() == Subscription::State::Subscribed &&
                                 two->state() == Subscription::State::Subscribed,
                             Timeout);
    one->unsubscribe();
    QCOMPARE(one->state(), Subscription::State::Unsubscribed);
    QVERIFY(!broker.take<UnsubscribePacket>(200));
    delete two;
    const auto unsubscribe = broker.take<UnsubscribePacket>();
    QVERIFY(unsubscribe);
    QCOMPARE(unsubscribe->filters, QList<QString>({QStringLiteral("same/#")}));
    QCOMPARE(client.subscriptions().size(), 0);
}

// A request without response fails with Timeout; the request carried a response topic under
// the subscribed prefix and correlation data (4.10).
void tst_ClientProtocol::requestTimesOut()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    RequestReply *reply = client.request(Message(QStringLiteral("svc/none"), "?"), 200);
    QSignalSpy failed(reply, &RequestReply::failed);
    const auto subscribe = broker.take<SubscribePacket>();
    const auto publish = broker.take<PublishPacket>();
    QVERIFY(subscribe && publish);
    QVERIFY(publish->properties.responseTopic);
    QVERIFY(publish->properties.correlationData);
    QCOMPARE(*publish->properties.correlationData, reply->correlationData());
    const QString filter = subscribe->topics.first().filter;
    QVERIFY(filter.endsWith(QLatin1String("/#")));
    QVERIFY(publish->properties.responseTopic->startsWith(filter.chopped(1)));
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.first().first().value<ClientError>().kind, ClientError::Kind::Timeout);
}

// Each matching subscription gets a message once, in the order the subscriptions were made;
// '+', '#' (also matching its parent level), a shared subscription's inner filter, and '$'
// topics not matched by a leading wildcard [MQTT-4.7.2-1]; an unsubscribed one gets nothing.
void tst_ClientProtocol::deliveryRoutesBySubscription()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    const QStringList filters = {"a/#", "a/+", "a/b", "$share/g/a/b", "+/b", "#", "x/y", "a/b/#"};
    QList<Subscription *> subscriptions;
    QStringList order;
    for (const QString &filter : filters) {
        Subscription *s = client.subscribe(filter);
        subscriptions << s;
        connect(s, &Subscription::messageReceived, this,
                [&order, filter](const Message &m) { order << filter + " <- " + m.topic(); });
    }
    subscriptions.last()->unsubscribe(); // "a/b/#" would match a/b, but is gone
    auto publish = [&](const QString &topic) {
        PublishPacket packet;
        packet.topic = topic;
        packet.payload = "p";
        broker.send(packet);
    };
    publish("a/b");
    publish("$SYS/b");
    publish("a");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 8, Timeout);
    QCOMPARE(order, (QStringList{"a/# <- a/b", "a/+ <- a/b", "a/b <- a/b", "$share/g/a/b <- a/b",
                                 "+/b <- a/b", "# <- a/b", "a/# <- a", "# <- a"}));
    // A subscription made later takes part in routing at once.
    Subscription *late = client.subscribe(QStringLiteral("$SYS/#"));
    QSignalSpy lateMessages(late, &Subscription::messageReceived);
    publish("$SYS/b");
    QVERIFY(lateMessages.wait(Timeout));
    QCOMPARE(order.size(), 8);
}

// post(): no handle; ids from 1, 0 for what is refused at once; QoS 1 and QoS 2 end in
// posted(id) on PUBACK / PUBCOMP, a refusal in postFailed(id, error); QoS 0 reports nothing.
void tst_ClientProtocol::postReportsById()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    client.setOptions(optionsFor(broker));
    QSignalSpy posted(&client, &Client::posted);
    QSignalSpy failed(&client, &Client::postFailed);
    QCOMPARE(client.post(Message(QStringLiteral("bad/#"), "x", QoS::AtLeastOnce)), quint64(0));
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    const quint64 zero = client.post(Message(QStringLiteral("t"), "0", QoS::AtMostOnce));
    const quint64 one = client.post(Message(QStringLiteral("t"), "1", QoS::AtLeastOnce));
    const quint64 two = client.post(Message(QStringLiteral("t"), "2", QoS::ExactlyOnce));
    const quint64 denied = client.post(Message(QStringLiteral("t"), "3", QoS::AtLeastOnce));
    QVERIFY(zero > 0 && one > zero && two > one && denied > two);
    QCOMPARE(posted.size(), 0); // never from inside post()
    QList<PublishPacket> packets;
    for (int i = 0; i < 4; ++i) {
        const auto p = broker.take<PublishPacket>();
        QVERIFY(p);
        packets << *p;
    }
    PubackPacket ack;
    ack.packetId = packets[1].packetId;
    broker.send(ack);
    PubrecPacket rec;
    rec.packetId = packets[2].packetId;
    broker.send(rec);
    PubackPacket refuse;
    refuse.packetId = packets[3].packetId;
    refuse.reasonCode = ReasonCode::NotAuthorized;
    broker.send(refuse);
    const auto rel = broker.take<PubrelPacket>();
    QVERIFY(rel);
    PubcompPacket comp;
    comp.packetId = rel->packetId;
    broker.send(comp);
    QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 2, Timeout);
    QCOMPARE(posted.at(0).at(0).toULongLong(), one);
    QCOMPARE(posted.at(1).at(0).toULongLong(), two);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(failed.first().at(0).toULongLong(), denied);
    QCOMPARE(failed.first().at(1).value<ClientError>().reasonCode, ReasonCode::NotAuthorized);
    QCOMPARE(client.inflightCount(), 0);
    QCOMPARE(client.findChildren<PublishHandle *>().size(), 0);
}

// Manual acknowledgement: PUBACK / PUBREC only when the application says so, once, and a
// stale acknowledge() cannot acknowledge a newer message that reuses the packet id
// [MQTT-2.2.1-3: an id is free again after its acknowledgement].
void tst_ClientProtocol::manualAcknowledgement()
{
    FakeBroker broker(ProtocolVersion::V5);
    Client client;
    ConnectOptions options = optionsFor(broker);
    options.manualAcknowledgement = true;
    client.setOptions(options);
    QSignalSpy messages(&client, &Client::messageReceived);
    client.connectToBroker();
    QVERIFY(broker.accept());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Connected, Timeout);
    PublishPacket one;
    one.topic = QStringLiteral("m");
    one.payload = "one";
    one.qos = QoS::AtLeastOnce;
    one.packetId = 3;
    broker.send(one);
    PublishPacket two = one;
    two.payload = "two";
    two.qos = QoS::ExactlyOnce;
    two.packetId = 4;
    broker.send(two);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, Timeout);
    const Message first = messages.at(0).at(0).value<Message>();
    const Message second = messages.at(1).at(0).value<Message>();
    QCOMPARE(client.acknowledge(Message(QStringLiteral("m"), "zero", QoS::AtLeastOnce)), false);

    QVERIFY(client.acknowledge(second));
    const auto rec = broker.take<PubrecPacket>();
    QVERIFY(rec);
    QCOMPARE(rec->packetId, quint16(4));
    // Had the QoS 1 message been acknowledged on delivery, its PUBACK would have come first.
    QCOMPARE(broker.count<PubackPacket>(), 0);
    QVERIFY(!client.acknowledge(second)); // once only

    QVERIFY(client.acknowledge(first));
    const auto ack = broker.take<PubackPacket>();
    QVERIFY(ack);
    QCOMPARE(ack->packetId, quint16(3));

    PublishPacket reused = one;
    reused.payload = "three";
    broker.send(reused);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, Timeout);
    QVERIFY(!client.acknowledge(first)); // the old message, not the new one with its id
    QVERIFY(client.acknowledge(messages.at(2).at(0).value<Message>()));
    QVERIFY(broker.take<PubackPacket>());
}

QTEST_GUILESS_MAIN(tst_ClientProtocol)
#include "tst_client_protocol.moc"
