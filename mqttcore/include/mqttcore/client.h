#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/clienterror.h>
#include <mqttcore/connectoptions.h>
#include <mqttcore/message.h>
#include <mqttcore/packets.h>
#include <mqttcore/publishhandle.h>
#include <mqttcore/requestreply.h>
#include <mqttcore/subscription.h>
#include <mqttcore/transport.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace mqtt {

class ClientPrivate;

/// A signal/slot MQTT client (3.1, 3.1.1, 5.0) over TCP, TLS, WebSocket and secure WebSocket.
///
///     auto *client = new mqtt::Client(this);
///     client->setOptions(*mqtt::ConnectOptions::fromUrl("mqtts://user:pw@broker:8883"));
///     connect(client, &mqtt::Client::errorOccurred, this, [](const mqtt::ClientError &e) { ... });
///     client->connectToBroker();
///     mqtt::Subscription *sub = client->subscribe("sensors/#", {mqtt::QoS::AtLeastOnce});
///     connect(sub, &mqtt::Subscription::messageReceived, this, [](const mqtt::Message &m) { ...
///     }); mqtt::PublishHandle *h = client->publish(mqtt::Message("a/b", "hello",
///     mqtt::QoS::ExactlyOnce)); connect(h, &mqtt::PublishHandle::finished, this, [] { ... });
///
/// Subscriptions and publishes may be made before the connection is up: they are sent once it
/// is. After a lost connection the client reconnects with back-off (ConnectOptions::reconnect),
/// subscribes again and resends unacknowledged QoS 1/2 messages with DUP set.
/// All signals are emitted from the thread the client lives in. Results (errors, publish and
/// subscribe outcomes, messages) are never emitted from inside the call that started the
/// operation; only stateChanged() may be (connectToBroker() enters Connecting at once).
class MQTTCORE_EXPORT Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(mqtt::ConnectOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    Q_PROPERTY(QString clientId READ clientId NOTIFY clientIdChanged)
    Q_PROPERTY(mqtt::ClientError error READ error NOTIFY errorOccurred)
    Q_PROPERTY(bool sessionPresent READ sessionPresent NOTIFY connected)
    Q_PROPERTY(int keepAlive READ keepAlive NOTIFY connected)

public:
    /// Connection state.
    enum class State
    {
        Disconnected, ///< idle; connectToBroker() starts
        Connecting,   ///< transport, TLS/WebSocket handshake, CONNECT sent
        Connected,    ///< CONNACK accepted
        Reconnecting, ///< connection lost; waiting for the next attempt or attempting
    };
    Q_ENUM(State)

    /// Which way a packet went (for the packet trace).
    enum class Direction
    {
        Incoming,
        Outgoing,
    };
    Q_ENUM(Direction)

    /// A client with default ConnectOptions, not connected.
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    /// The options of the next connection.
    ConnectOptions options() const;
    /// Takes effect at the next connectToBroker() (reconnects keep using the options they had).
    void setOptions(const ConnectOptions &options);

    /// Connections made from now on run over transports from `factory` instead of the TCP /
    /// TLS / WebSocket transport that options().transport names (the options are still handed
    /// to Transport::open). An empty factory restores the built-in transports.
    void setTransportFactory(TransportFactory factory);

    /// The connection state now.
    State state() const;
    /// The last error (NoError after a successful connect).
    ClientError error() const;
    /// The client identifier in use: the configured, generated or broker-assigned one.
    QString clientId() const;
    /// Protocol version of the current/last connection.
    ProtocolVersion protocolVersion() const;
    /// CONNACK "session present" of the current connection.
    bool sessionPresent() const;
    /// Keep-alive in effect (the broker's Server Keep Alive wins in 5.0), seconds.
    int keepAlive() const;
    /// The CONNACK of the current/last connection (its properties tell the broker's limits).
    ConnackPacket connack() const;

    /// Live subscriptions (not Unsubscribed), in creation order.
    QList<Subscription *> subscriptions() const;
    /// QoS 1/2 messages sent and not yet fully acknowledged.
    int inflightCount() const;
    /// Messages waiting for a connection or for the broker's receive maximum.
    int queuedCount() const;

public Q_SLOTS:
    /// Connects with options(). Does nothing unless Disconnected.
    void connectToBroker();
    /// Sends DISCONNECT (with reason and properties in 5.0) and closes. Pending publishes and
    /// requests are failed with Cancelled unless the session persists (cleanStart false or
    /// a session expiry), in which case QoS 1/2 in-flight state is kept for the next connect.
    void disconnectFromBroker(mqtt::ReasonCode reason = mqtt::ReasonCode::NormalDisconnection,
                              const mqtt::Properties &properties = {});
    /// Closes the network connection at once without DISCONNECT (the broker publishes the will).
    void abortConnection();
    /// Sends an AUTH packet (5.0 enhanced authentication), in answer to authChallenge().
    void sendAuth(mqtt::ReasonCode reason, const mqtt::Properties &properties);

public:
    /// Subscribes to a topic filter. The returned object (owned by the client) reports the
    /// SUBACK and delivers matching messages. Invalid filters give a Failed subscription.
    Subscription *subscribe(const QString &filter, const SubscriptionOptions &options = {},
                            const Properties &properties = {});
    /// Unsubscribes every live Subscription on `filter`.
    void unsubscribe(const QString &filter, const Properties &properties = {});

    /// Publishes a message as given (qos and retain as set in it).
    PublishHandle *publish(const Message &message);
    /// Publishes with QoS and retain from the per-topic defaults of the options.
    PublishHandle *publish(const QString &topic, const QByteArray &payload);
    /// Publishes like publish(), without a PublishHandle: no object and no queued call per
    /// message, for high rates. Returns the message's id (> 0), or 0 when it is refused at
    /// once (an invalid topic name, the offline queue full). A QoS 1/2 message reports its end
    /// with posted(id) or postFailed(id, error); a QoS 0 message only a failure.
    quint64 post(const Message &message);

    /// With ConnectOptions::manualAcknowledgement, acknowledges a received QoS 1/2 message
    /// (PUBACK, or PUBREC for QoS 2). Returns false when there is nothing to acknowledge: QoS 0,
    /// automatic acknowledgement, already acknowledged, or received on an earlier connection
    /// (the broker delivers that again).
    bool acknowledge(const Message &message);

    /// MQTT 5 request/response: publishes `request` with a response topic below
    /// "<responseTopicPrefix>/" (the broker's Response Information if it gave one, else
    /// "responses/<clientId>") and fresh correlation data, and waits up to timeoutMs.
    RequestReply *request(const Message &request, int timeoutMs = 10000);

Q_SIGNALS:
    /// The connection state changed.
    void stateChanged(mqtt::Client::State state);
    /// setOptions() changed the options.
    void optionsChanged();
    /// The client identifier changed (also when the broker assigns one).
    void clientIdChanged(const QString &clientId);
    /// CONNACK accepted (also after each automatic reconnect).
    void connected();
    /// The connection is gone (by request, by error, or before a reconnect attempt).
    void disconnected();
    /// A connection failed or was lost, or an operation failed: see ClientError.
    void errorOccurred(const mqtt::ClientError &error);
    /// A QoS 1/2 message of post() was acknowledged (PUBACK, or PUBCOMP for QoS 2).
    void posted(quint64 id);
    /// A message of post() failed: refused by the broker, too large, or cancelled.
    void postFailed(quint64 id, const mqtt::ClientError &error);
    /// Every application message received, whatever subscription it matches.
    void messageReceived(const mqtt::Message &message);
    /// Every packet in and out, decoded, with its bytes (for the inspector and -d).
    void packetTrace(mqtt::Client::Direction direction, const mqtt::Packet &packet,
                     const QByteArray &raw);
    /// The next automatic reconnect attempt (1-based) starts in delayMs.
    void reconnectScheduled(int attempt, int delayMs);
    /// An AUTH packet from the broker (5.0): answer with sendAuth().
    void authChallenge(mqtt::ReasonCode reason, const mqtt::Properties &properties);
    /// The broker sent DISCONNECT (5.0): reason and properties (reason string, server reference).
    void brokerDisconnected(mqtt::ReasonCode reason, const mqtt::Properties &properties);

private:
    friend class Subscription;
    std::unique_ptr<ClientPrivate> d_ptr;
    Q_DECLARE_PRIVATE(Client)
};

} // namespace mqtt
