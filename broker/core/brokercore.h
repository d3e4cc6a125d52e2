#pragma once

#include "brokererror.h"
#include "clientconnection.h"
#include "journal.h"
#include "message.h"
#include "retainedstore.h"
#include "session.h"
#include "sessionstore.h"
#include "subscriptiontable.h"

#include <broker/brokersettings.h>
#include <broker/brokerstats.h>
#include <broker/clientinfo.h>
#include <broker/retainedmessageinfo.h>
#include <broker/sessioninfo.h>

#include <mqttcore/codec.h>
#include <mqttcore/packets.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace broker {

class AuthManager;

/// The protocol engine: sessions, routing, retained store, wills, keep-alive, $SYS. It takes
/// bytes from Transports, decodes them with the shared codec, handles each packet in its
/// handle_<packet>.cpp behind dispatch(), and hands encoded packets back to Transports. It never
/// touches a socket, so it runs the same over TCP, TLS, WebSockets or memory.
class BrokerCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerCore)

public:
    explicit BrokerCore(const BrokerLimits &limits, QObject *parent = nullptr);
    ~BrokerCore() override;

    const BrokerLimits &limits() const { return m_limits; }
    /// Authentication and ACLs (broker/security); without one, BrokerLimits::allowAnonymous
    /// decides and every topic except $SYS is writable.
    void setAuthManager(std::shared_ptr<AuthManager> auth) { m_auth = std::move(auth); }
    /// Persistence (broker/persistence): the core reports every change of lasting state to the
    /// journal and, while it holds acknowledgements, sends PUBACK / PUBREC / PUBCOMP only after
    /// the commit. Set before start(), together with restore().
    void setJournal(std::unique_ptr<Journal> journal);
    /// Replaces the core's monotonic clock (ms), for tests of timeouts without waiting.
    void setClock(std::function<qint64()> clock) { m_clockOverride = std::move(clock); }
    /// Installs sessions and retained messages loaded from a persistent store (before start()).
    void restore(RestoredState &&state);
    /// The core's monotonic clock in ms (message expiry, session expiry, will delay).
    qint64 monotonicNowMs() const { return nowMs(); }

    // Interface for transports.
    ClientConnection *openConnection(Transport *transport, const QHostAddress &peer,
                                     quint16 peerPort, const QString &listener);
    void receive(ClientConnection *client, QByteArrayView bytes);
    /// The transport wrote bytes to the network: the connection may take more (pumpQueue) and
    /// counts as making progress.
    void writeProgress(ClientConnection *client);
    /// A connection made inside the broker process (a bridge's local side): no listener, no
    /// authentication, and `identity` (nullopt = anonymous) is the user whose ACL applies to it.
    /// Only such connections may use client ids starting with InternalClientIdPrefix.
    ClientConnection *openInternalConnection(Transport *transport, const QString &name,
                                             const std::optional<QString> &identity);
    static constexpr QLatin1StringView InternalClientIdPrefix{"$internal/"};
    /// The peer went away (not called after the core closed the transport).
    void connectionLost(ClientConnection *client);
    /// A listener refused a connection (max-connections).
    void countRefusedConnection() { ++m_stats.connectionsRefused; }

    /// Starts the keep-alive / expiry sweep and the $SYS timer.
    void start();
    /// Runs the periodic sweep (keep-alive, CONNECT timeout, stalled consumers, session expiry,
    /// delayed wills) now, on the injected clock: tests and fuzzers without an event loop.
    void sweepNow() { sweep(); }
    /// Disconnects every client with Server shutting down (MQTT 5) and stops the timers.
    /// Sessions and retained messages stay; start() resumes.
    void shutdown();
    void disconnectClient(const QString &clientId);
    void deleteRetained(const QString &topic);
    /// Publishes the $SYS/broker/... topics now (also done every BrokerLimits::sysInterval).
    void publishSysTopics();
    /// Publishes one retained $SYS/broker/<topic> value now (e.g. a bridge's state).
    void publishSysValue(const QString &topic, const QByteArray &value);
    /// Messages queued for the session of clientId (offline or beyond its window); 0 if none.
    qsizetype queuedMessages(const QString &clientId) const;

    BrokerStats stats() const;
    QList<ClientInfo> clients() const;
    QList<SessionInfo> sessions() const;
    QList<RetainedMessageInfo> retainedMessages() const;

Q_SIGNALS:
    void clientConnected(const broker::ClientInfo &client);
    void clientDisconnected(const QString &clientId, mqtt::ReasonCode reason);
    void subscribed(const QString &clientId, const QString &filter, mqtt::QoS qos);
    void unsubscribed(const QString &clientId, const QString &filter);

private:
    qint64 nowMs() const { return m_clockOverride ? m_clockOverride() : m_clock.elapsed(); }

    // dispatch.cpp
    void dispatch(ClientConnection &client, mqtt::Packet &&packet);
    // handle_<packet>.cpp
    void handleConnect(ClientConnection &client, mqtt::ConnectPacket &&packet);
    /// Has the credentials checked on a worker thread (AuthOutcome::pendingCheck); the CONNECT
    /// goes on in completeLogin.
    void checkLoginOffThread(ClientConnection &client, std::unique_ptr<PendingLogin> login);
    void completeLogin(ClientConnection *client, quint64 ticket, bool passed);
    /// Refuses the CONNECT (at once or after the failed-login delay) or accepts it.
    void concludeLogin(ClientConnection &client, mqtt::ConnectPacket &&packet,
                       const QString &clientId, bool assignedId, const AuthOutcome &outcome);
    /// Takes the session and answers CONNACK: the CONNECT passed every check.
    void acceptConnect(ClientConnection &client, mqtt::ConnectPacket &&packet,
                       const QString &clientId, bool assignedId,
                       const std::optional<QString> &userName);
    void handlePublish(ClientConnection &client, mqtt::PublishPacket &&packet);
    void handlePuback(ClientConnection &client, const mqtt::PubackPacket &packet);
    void handlePubrec(ClientConnection &client, const mqtt::PubrecPacket &packet);
    void handlePubrel(ClientConnection &client, const mqtt::PubrelPacket &packet);
    void handlePubcomp(ClientConnection &client, const mqtt::PubcompPacket &packet);
    void handleSubscribe(ClientConnection &client, const mqtt::SubscribePacket &packet);
    void handleUnsubscribe(ClientConnection &client, const mqtt::UnsubscribePacket &packet);
    void handlePingreq(ClientConnection &client);
    void handleDisconnect(ClientConnection &client, const mqtt::DisconnectPacket &packet);
    void handleAuth(ClientConnection &client, const mqtt::AuthPacket &packet);

    // connection end (brokercore.cpp): the single exits for errors and closes.
    void refuseConnect(ClientConnection &client, mqtt::ProtocolVersion version,
                       mqtt::ReasonCode reason, const char *why);
    /// refuseConnect after delayMs (failed-login delay), from a timer; input is ignored
    /// meanwhile and other clients are served as usual.
    void deferRefusal(ClientConnection &client, mqtt::ProtocolVersion version,
                      mqtt::ReasonCode reason, int delayMs);
    void protocolViolation(ClientConnection &client, BrokerError error);
    void decodeFailure(ClientConnection &client, const mqtt::DecodeError &error,
                       const mqtt::Frame *frame);
    void closeConnection(ClientConnection &client, mqtt::ReasonCode reason, bool sendDisconnect);
    void finishConnection(ClientConnection &client, mqtt::ReasonCode reason);

    // sessions (brokercore.cpp)
    Session *takeSession(ClientConnection &client, const mqtt::ConnectPacket &packet,
                         quint32 expiryInterval, bool &sessionPresent);
    void endSession(Session *session);
    void publishWill(Session &session);
    void sweep();
    /// Deletes the connections closed since the last call (kept until then so that pointers
    /// taken during a turn stay valid).
    void deleteClosedConnections();

    // delivery.cpp
    MessagePtr makeMessage(QString topic, QByteArray payload, mqtt::QoS qos, bool retain,
                           mqtt::Properties properties, const QString &publisherId);
    /// What route() did with one message.
    struct RouteOutcome
    {
        /// Sessions the message was handed to (0: nobody subscribed, or the ACLs let nobody
        /// read it — MQTT 5 "No matching subscribers").
        qsizetype recipients = 0;
        /// Connected subscribers whose queue this message took past the high-water mark: the
        /// publisher should be read no further until they drain (flowcontrol.cpp).
        std::vector<Session *> congested;
    };
    /// Stores a retained message and hands the message to every subscribed session.
    /// commitTicket: the journal commit its deliveries wait for (Delivery::commitTicket).
    RouteOutcome route(const MessagePtr &message, quint64 commitTicket = 0);
    void deliver(Session &session, Delivery &&delivery);
    /// Sends the retained messages matching a new subscription through the session's backlog.
    void deliverRetained(Session &session, const QString &filter, const Subscription &sub);
    void startInflight(Session &session, Delivery &&delivery);
    /// Fills the connection from the retained backlog and the queue while its socket is below
    /// the high-water mark and its in-flight window has room (delivery pulled by the socket).
    void pumpQueue(Session &session);
    void enqueue(Session &session, Delivery &&delivery);
    void resendInflight(Session &session);
    bool sendPublish(ClientConnection &client, const Delivery &delivery, quint16 packetId,
                     bool dup);
    /// The PUBLISH for one delivery to this client (properties, topic alias, remaining expiry);
    /// false when it must not be sent (expired, too large, not readable) — counted as dropped.
    bool preparePublish(ClientConnection &client, const Delivery &delivery, quint16 packetId,
                        bool dup, mqtt::PublishPacket &packet);
    quint16 inflightWindow(const Session &session) const;
    bool expired(const Message &message) const;
    /// The socket holds BrokerLimits::maxOutgoingBufferBytes or more not yet sent.
    bool socketFull(const ClientConnection &client) const;
    /// Counts a delivery the session will never get; logged once per client per interval.
    void countDrop(Session &session, const char *why);

    void send(ClientConnection &client, const mqtt::Packet &packet);
    /// PUBACK / PUBREC / PUBCOMP to a publisher: at once, or after the journal's next commit
    /// (durable persistence), in the order they were produced [MQTT-4.6.0-2] [MQTT-4.6.0-3].
    void sendAcknowledgement(ClientConnection &client, const mqtt::Packet &packet);
    /// The one place where packets wait: sent after the journal commit that holds what they
    /// announce (an acknowledgement, a QoS 2 PUBLISH), at once when nothing is pending. While
    /// a client has packets waiting, everything else to it waits behind them (order kept).
    /// countsAgainstWindow: a PUBACK or PUBCOMP (ClientConnection::heldAcknowledgements).
    void sendAfterCommit(ClientConnection &client, const mqtt::Packet &packet,
                         bool countsAgainstWindow);
    /// Writes bytes to the client's transport now (held packets released, or nothing held).
    void writeBytes(ClientConnection &client, const QByteArray &bytes);
    void journalCommitted(quint64 committed);
    void sendBytes(ClientConnection &client, const QByteArray &bytes);

    // flowcontrol.cpp
    /// Input from the transport: decodes and handles frames until the input runs out or the
    /// connection's reading is paused (the rest stays in its decoder).
    void processInput(ClientConnection &client);
    /// Queue length or bytes at which a connected subscriber holds its publishers back.
    bool isCongested(const Session &session) const;
    /// Below half of those marks: held publishers may go on.
    bool hasDrained(const Session &session) const;
    /// The publisher is read no further until `congested` drains or stalls.
    void holdPublisher(ClientConnection &publisher, Session &congested);
    /// The session no longer holds anybody back (drained, stalled, offline, ended).
    void releasePublishers(Session &session);
    /// The connection is no longer a publisher anybody holds (it closed).
    void forgetPublisher(ClientConnection &publisher);
    /// The session took a message or its socket took bytes: it is not stalled.
    void noteProgress(Session &session);
    /// Congested sessions without progress for slowConsumerTimeoutMs stop holding publishers.
    void detectStalledConsumers(qint64 now);
    /// Work left for the end of the current event-loop turn: resuming held-back publishers
    /// (never from inside another client's handling) and flushing what was written, so that
    /// writes leave in the turn that produced them.
    void endTurn();
    /// Fills the connections endTurn() found able to take more (next turn, for fairness).
    void pumpDeferred();
    struct TurnGuard
    {
        explicit TurnGuard(BrokerCore &core) : core(core) { ++core.m_turnDepth; }
        ~TurnGuard()
        {
            if (--core.m_turnDepth == 0)
                core.endTurn();
        }
        Q_DISABLE_COPY_MOVE(TurnGuard)
        BrokerCore &core;
    };

    // systopics.cpp
    void publishSys(const QString &topic, const QByteArray &value);
    void updateLoadAverages();

    /// True if the ACLs let this session receive a message on this topic.
    bool mayReceive(const Session &session, const QString &topic) const;
    /// True if the ACLs let this client publish to this topic (PUBLISH, will): never to $SYS.
    bool mayPublish(const QString &clientId, const std::optional<QString> &user,
                    const QString &topic) const;

    BrokerLimits m_limits;
    std::shared_ptr<AuthManager> m_auth;
    std::unique_ptr<Journal> m_journal;
    struct HeldPacket
    {
        ClientConnection *client; ///< nullptr once the connection ended
        QByteArray bytes;
        quint64 ticket;           ///< the journal commit it waits for
        bool countsAgainstWindow; ///< a PUBACK or PUBCOMP (ClientConnection::heldAcknowledgements)
    };
    std::vector<HeldPacket> m_heldPackets;
    quint64 m_committedTicket = 0; ///< the journal's last commit
    /// Sessions with a delivery waiting for a commit (by client id: a session may end).
    QSet<QString> m_waitingForCommit;
    int m_turnDepth = 0;
    /// Password checks run here, off the event loop; at most MaxPendingLoginChecks wait.
    QThreadPool m_loginChecks;
    int m_pendingLoginChecks = 0;
    QHash<QHostAddress, int> m_pendingLoginsByAddress;
    quint64 m_loginTicket = 0;
    std::vector<ClientConnection *> m_toFlush;  ///< wrote this turn (flushPending set)
    std::vector<ClientConnection *> m_toResume; ///< reading may go on at the end of this turn
    QSet<ClientConnection *> m_toPump;          ///< to fill on the next turn (pumpDeferred)
    bool m_pumpScheduled = false;
    QElapsedTimer m_clock;
    std::function<qint64()> m_clockOverride;
    QTimer m_sweepTimer;
    QTimer m_sysTimer;
    QSet<ClientConnection *> m_connections;
    std::vector<std::unique_ptr<ClientConnection>> m_closed; ///< deleted on the next sweep
    std::unique_ptr<SessionStore> m_sessions;
    QHash<QString, ClientConnection *> m_connectedById;
    SubscriptionTable m_subscriptions;
    RetainedStore m_retained;
    quint64 m_routeStamp = 0;
    std::vector<Session *> m_routeTargets;
    quint64 m_assignedIdCounter = 0;

    BrokerStats m_stats;
    QDateTime m_startedAt;
    // Load averages ($SYS/broker/load/...): exponentially weighted per-minute rates.
    struct LoadAverage
    {
        double oneMinute = 0, fiveMinutes = 0, fifteenMinutes = 0;
    };
    LoadAverage m_loadMessagesReceived, m_loadMessagesSent, m_loadPublishReceived,
        m_loadPublishSent, m_loadBytesReceived, m_loadBytesSent, m_loadConnections;
    qint64 m_loadLastMs = 0;
    BrokerStats m_loadLastStats;
    qint64 m_connectionsAccepted = 0;
    qint64 m_loadLastConnections = 0;
};

} // namespace broker
