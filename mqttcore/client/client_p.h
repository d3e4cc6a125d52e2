#pragma once

//  W A R N I N G: internal to mqttcore; not part of the public API.

#include "inflightstore.h"
#include "transport.h"

#include <mqttcore/client.h>
#include <mqttcore/streamdecoder.h>
#include <mqttcore/topicaliases.h>
#include <mqttcore/topictrie.h>

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <map>

namespace mqtt {

/// `bytes` random bytes (a multiple of 4) as lower-case hex, for ids and correlation data.
QString randomHex(int bytes);

class SubscriptionPrivate
{
public:
    Client *client = nullptr; ///< cleared when the client goes away first
    QString filter;
    QString matchFilter; ///< filter without "$share/group/"
    SubscriptionOptions options;
    Properties properties;
    Subscription::State state = Subscription::State::Pending;
    ReasonCode reasonCode = ReasonCode::Success;
    QString reasonString;
    bool sent = false; ///< SUBSCRIBE sent on the current connection
};

class PublishHandlePrivate
{
public:
    Message message;
    PublishHandle::Status status = PublishHandle::Status::Queued;
    quint16 packetId = 0;
    ReasonCode reasonCode = ReasonCode::Success;
    Properties ackProperties;
    ClientError error;
};

class RequestReplyPrivate
{
public:
    Message request;
    Message response;
    QByteArray correlationData;
    QTimer timeout;
    bool finished = false;
};

/// A QoS 1/2 message between publish() and its final acknowledgement, or any message waiting
/// in the queue.
struct OutgoingMessage
{
    Message message;
    QPointer<PublishHandle> handle;
    quint64 sequence = 0;  ///< publish order, for resending in order; the id post() returns
    bool released = false; ///< QoS 2: PUBREC received, PUBREL sent
    bool posted = false;   ///< from post(): reported by posted()/postFailed(), not a handle
};

class ClientPrivate
{
    Q_DECLARE_PUBLIC(Client)

public:
    explicit ClientPrivate(Client *q);

    // Connection life cycle
    void setState(Client::State state);
    void startAttempt();
    void onTransportConnected();
    void onTransportReadyRead();
    void closeConnection(const ClientError &error, bool mayReconnect);
    void scheduleReconnect();
    void onKeepAliveTick();
    bool sessionPersists() const;

    // Packets
    /// Encodes a packet into outgoingBytes; they are written at the end of this event-loop turn.
    void send(const Packet &packet);
    /// Hands outgoingBytes to the transport.
    void flushOutgoing();
    void handlePacket(Packet &packet, const QByteArray &raw);
    void protocolViolation(const QString &why, ReasonCode reason,
                           CodecError codecError = CodecError::None);
    void handleConnack(const ConnackPacket &connack);
    void handlePublish(PublishPacket &publish);
    void handlePuback(const PubackPacket &ack);
    void handlePubrec(const PubrecPacket &ack);
    void handlePubcomp(const PubcompPacket &ack);
    void handlePubrel(const PubrelPacket &rel);
    /// Sends PUBACK / PUBREC now, or keeps it for Client::acknowledge() (manual mode).
    void acknowledgeOrHold(const Message &message);
    void sendAcknowledgement(quint16 packetId, QoS qos);
    void handleSuback(const SubackPacket &ack);
    void handleDisconnect(const DisconnectPacket &packet);

    // Outgoing messages
    enum class Refusal
    {
        None,
        InvalidTopic,
        QueueFull,
    };
    /// Sends or queues a message of publish() or post(); a refusal leaves it untouched.
    Refusal submit(OutgoingMessage &&message);
    ClientError refusalError(Refusal refusal, const Message &message) const;
    /// A message larger than the broker's Maximum Packet Size [MQTT-3.1.2-24].
    ClientError tooLargeForBroker() const;
    void enqueue(OutgoingMessage &&message);
    void pump();
    /// Sends a message now (allocating a packet id for QoS 1/2); false if flow control or
    /// packet-id exhaustion holds it back.
    bool trySend(OutgoingMessage &message);
    void sendPublish(const OutgoingMessage &message, quint16 packetId, bool dup);
    quint16 allocatePacketId();
    /// The message is done as its QoS promises: its handle finishes, or posted() is emitted.
    void complete(const OutgoingMessage &message, ReasonCode reason, const Properties &properties);
    /// The message failed: its handle fails, or postFailed() is emitted (queued).
    void fail(const OutgoingMessage &message, const ClientError &error);
    void completeHandle(const QPointer<PublishHandle> &handle, ReasonCode reason,
                        const Properties &properties);
    void failHandle(const QPointer<PublishHandle> &handle, const ClientError &error);
    /// Settles a handle once (Completed or Failed); its signals follow from the event loop.
    void finishHandle(const QPointer<PublishHandle> &handle, PublishHandle::Status status,
                      ReasonCode reason, const Properties &properties, const ClientError &failure);
    void setHandleInFlight(const QPointer<PublishHandle> &handle, quint16 packetId);
    void cancelSession(const QString &why);

    // Subscriptions and delivery
    void sendSubscribe(Subscription *subscription);
    void sendUnsubscribe(const QString &filter, const Properties &properties);
    void dropSubscription(Subscription *subscription, const Properties &properties);
    void deliver(const Message &message);
    QString responseTopicPrefix();

    // Persistence
    void loadStore();
    void scheduleSave();
    void save();

    Client *q_ptr;
    ConnectOptions options;            ///< as set by setOptions()
    ConnectOptions active;             ///< the options of the current connect/reconnect cycle
    TransportFactory transportFactory; ///< empty: the built-in transport of active.transport
    Client::State state = Client::State::Disconnected;
    ClientError error;
    QString clientId;
    ConnackPacket connack;
    int keepAliveSeconds = 0;

    std::unique_ptr<Transport> transport;
    StreamDecoder decoder;
    /// Above this many encoded bytes send() writes at once instead of at the end of the turn.
    static constexpr qsizetype OutgoingFlushBytes = 256 * 1024;
    QByteArray outgoingBytes; ///< encoded packets not yet handed to the transport
    bool flushScheduled = false;
    bool awaitingConnack = false;
    bool connectedOnce = false; ///< a CONNACK was accepted in this connect cycle
    int reconnectAttempt = 0;
    QTimer connectTimer;
    QTimer keepAliveTimer;
    QTimer reconnectTimer;
    QElapsedTimer lastSend;
    QElapsedTimer pingSentAt;
    bool pingOutstanding = false;

    // Session state
    std::map<quint16, OutgoingMessage> inflight;
    std::deque<OutgoingMessage> queue;
    quint64 nextSequence = 0; ///< the last sequence number given (ids start at 1)
    quint16 lastPacketId = 0;
    QHash<quint16, QPointer<Subscription>> pendingSubscribes;
    QSet<quint16> pendingUnsubscribes;
    /// QoS 2 received and waiting for PUBREL: packet id -> fingerprint of topic and payload.
    QHash<quint16, size_t> incomingQos2;
    /// QoS 2 flows completed (PUBCOMP sent), by packet id: the last fingerprint. Mosquitto 2.0
    /// can resend such a PUBLISH (DUP set) after its own restart; it must not be delivered again.
    QHash<quint16, size_t> completedQos2;
    /// A QoS 1/2 message delivered and not yet acknowledged by the application.
    struct HeldAcknowledgement
    {
        QoS qos;
        size_t fingerprint; ///< of topic and payload: a stale acknowledge() cannot hit a new id
    };
    /// Manual acknowledgement: held acknowledgements of this connection, by packet id.
    QHash<quint16, HeldAcknowledgement> unacknowledged;
    QList<QPointer<Subscription>> subscriptions;
    /// Where an incoming message goes: the live subscriptions by the filter they match with,
    /// each with its position in `subscriptions` (delivery keeps creation order). Rebuilt on
    /// the next delivery after subscriptions changed.
    TopicTrie<QList<std::pair<qsizetype, QPointer<Subscription>>>> routes;
    bool routesStale = true;

    // Limits announced by the broker in CONNACK
    quint16 serverReceiveMaximum = 65535;
    quint32 serverMaximumPacketSize = 0;
    quint16 serverTopicAliasMaximum = 0;
    TopicAliases topicAliases;

    // Request / response
    QHash<QByteArray, QPointer<RequestReply>> requests;
    QPointer<Subscription> responseSubscription;
    QString responsePrefix;

    // Persistence
    bool storeLoaded = false;
    bool saveScheduled = false;
};

} // namespace mqtt
