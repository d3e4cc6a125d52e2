#pragma once

#include <broker/broker_global.h>

#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Everything a Broker needs to start: its listeners and its limits. Plain values, so that a
/// configuration loader (broker/config) or the GUI can build them and copy them across threads.
namespace broker {

/// One listening socket.
struct MQTTBROKER_EXPORT ListenerSettings
{
    /// Transport of a listener.
    enum class Type
    {
        Tcp,       ///< MQTT over TCP (TLS when `tls` is set)
        WebSocket, ///< MQTT over WebSocket, sub-protocol "mqtt" (WSS when `tls` is set); each
                   ///< message is bounded by BrokerLimits::maxPacketSize (+ 1 KiB)
    };

    QString name = QStringLiteral("default"); ///< shown in logs and in ClientInfo::listener
    Type type = Type::Tcp;                    ///< TCP or WebSocket
    bool tls = false; ///< TLS on this listener (certFile and keyFile needed)
    /// address to listen on (default: every interface)
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = 0;        ///< 0 picks a free port; read it back with Broker::listeningPorts()
    int maxConnections = -1; ///< -1 = unlimited; further connections are closed at once
    QString certFile;        ///< PEM server certificate (TLS)
    QString keyFile;         ///< PEM private key (TLS)
    /// CAs that verify client certificates (TLS), from any mix of: a PEM file, a directory
    /// of PEM files (every file in it that holds certificates), PEM text. With one of them
    /// set, clients may present a certificate; with requireClientCertificate they must.
    QString caFile;
    QString caPath;    ///< directory of PEM CA files (see caFile)
    QByteArray caData; ///< PEM CA text (see caFile)
    /// Clients must present a certificate the CAs above verify; its Common Name is then handed
    /// to authentication (use-identity-as-username).
    bool requireClientCertificate = false;
    /// WebSocket: the handshake answers the sub-protocol "mqtt" or "mqttv3.1" (older browser
    /// clients), whichever the client names first, and is refused with HTTP 400 when the
    /// client offers neither [MQTT-6.0.0-3]; with this set, a client that offers no
    /// sub-protocol at all is accepted too.
    bool webSocketAllowNoSubprotocol = false;
};

/// Resource limits and protocol options. A value of 0 means "no limit" where noted.
struct MQTTBROKER_EXPORT BrokerLimits
{
    /// Per session: messages waiting to be sent (offline, or beyond the in-flight window).
    /// Messages beyond either bound are dropped and counted (BrokerStats::messagesDropped).
    qsizetype maxQueuedMessages = 1000; ///< 0 = unlimited
    qint64 maxQueuedBytes = 0;          ///< 0 = unlimited
    /// Flow control instead of loss (README, "Flow control"): once a connected subscriber has
    /// this many messages or bytes queued (waiting for its socket or its in-flight window), the
    /// broker stops reading the publishers that feed it until the queue drains to half, so TCP
    /// slows them to the pace of the slowest subscriber. 0 = off (the queue bounds alone apply,
    /// as in mosquitto).
    qsizetype backPressureQueuedMessages = 500;
    /// a client with more bytes queued is not sent more until it drains
    qint64 backPressureQueuedBytes = 16 * 1024 * 1024;
    /// A congested subscriber that takes nothing (no message leaves its queue, its socket takes
    /// no byte) for this long stops holding publishers back: from then on its QoS 0 messages are
    /// dropped while it cannot take them and its QoS 1/2 messages queue up to the bounds above.
    /// 0 = never (a stalled subscriber holds its publishers for as long as it stays connected).
    int slowConsumerTimeoutMs = 10000;
    /// Queue QoS 0 messages for offline persistent sessions too (mosquitto's queue_qos0_messages).
    bool queueQoS0Offline = false;
    /// Outgoing QoS 1/2 messages in flight per client; the client's receive maximum lowers it.
    quint16 maxInflightMessages = 64;
    /// Receive maximum announced to MQTT 5 clients (inbound QoS 1/2 not yet acknowledged).
    quint16 receiveMaximum = 65535;
    /// Largest packet accepted from clients, in bytes (announced to MQTT 5 clients).
    quint32 maxPacketSize = mqtt::MaximumPacketSizeLimit;
    /// Largest keep-alive granted; a client asking for more (or for 0) gets this as the MQTT 5
    /// server keep-alive. 0 = whatever the client asks.
    quint16 maxKeepAlive = 0;
    /// Grace after a missed keep-alive: a client is disconnected once nothing arrived for
    /// 1.5 x its keep-alive plus this (the configuration's timeout-disconnect-delay).
    int keepAliveGraceMs = 0;
    /// A connection that sends no complete CONNECT within this time is closed.
    int connectTimeoutMs = 10000;
    /// Topic aliases the broker accepts from each MQTT 5 client (0 = none).
    quint16 topicAliasMaximum = 10;
    /// Largest session expiry granted, in seconds (0xFFFFFFFF = never expires).
    quint32 maxSessionExpiry = 0xFFFFFFFF;
    /// High-water mark of a client's socket: the broker writes more only while fewer bytes than
    /// this wait to be sent; the rest waits in the session's queue. A reader that keeps taking
    /// bytes, however slowly, is never disconnected for it.
    qint64 maxOutgoingBufferBytes = 1024 * 1024;
    /// Seconds between $SYS/broker/... updates (0 = no $SYS topics).
    int sysInterval = 10;
    /// Milliseconds between Broker::statsUpdated signals.
    int statsInterval = 1000;
    /// Connections without a user name are accepted.
    bool allowAnonymous = true;
    /// Refuse (Not authorized) a connection that would take over or resume the session of the
    /// same client id built by a different user. Off: the session is taken over, and what it
    /// has queued is checked against the new user's read access on the way out.
    bool refuseTakeoverByOtherUser = false;
    /// Retained messages are supported (announced to MQTT 5 clients).
    bool retainAvailable = true;
};

/// Sessions that outlive their connection (subscriptions, queued and in-flight QoS 1/2
/// messages both ways, pending wills) and retained messages, kept in an SQLite file and
/// restored by the next start (broker/persistence). Off by default; off costs nothing.
struct MQTTBROKER_EXPORT PersistenceSettings
{
    /// When stored changes are committed.
    enum class Mode
    {
        /// A QoS 1/2 message is acknowledged (PUBACK / PUBREC) only once the transaction that
        /// stores it has committed and been synced; changes are committed in batches, one per
        /// event-loop turn (group commit). A crash loses no acknowledged message.
        Durable,
        /// Messages are acknowledged at once and committed every relaxedIntervalMs; a crash
        /// loses at most the changes of the last two intervals (the batch being gathered and
        /// the one being written). When the disk falls behind, acknowledgements wait for the
        /// commits as in Durable mode, so the bound holds at any load.
        Relaxed,
    };
    bool enabled = false; ///< persistence on (needs `file`)
    QString file; ///< the SQLite database, created when missing
    Mode mode = Mode::Durable;    ///< Durable or Relaxed
    int relaxedIntervalMs = 1000; ///< commit interval in Relaxed mode
};

/// One topic line of a bridge, as Mosquitto's `topic pattern direction qos local remote`.
/// `pattern` is matched after removing the prefix on that side: with local prefix "local/"
/// and remote prefix "remote/", the local topic "local/x/1" is "remote/x/1" upstream.
struct MQTTBROKER_EXPORT BridgeTopic
{
    /// Which way a topic line carries messages.
    enum class Direction
    {
        In,   ///< upstream -> local
        Out,  ///< local -> upstream
        Both, ///< both ways (never echoed back: see BridgeSettings)
    };
    QString pattern; ///< a topic filter
    Direction direction = Direction::Out; ///< which way messages cross
    mqtt::QoS qos = mqtt::QoS::AtMostOnce; ///< highest QoS the messages cross with
    QString localPrefix;                   ///< no wildcards
    QString remotePrefix;                  ///< no wildcards
    friend bool operator==(const BridgeTopic &, const BridgeTopic &) = default;
};

/// A connection from this broker to an upstream broker (README, "Bridges"). Messages that
/// came in over a bridge never go back out over it; QoS 1/2 messages for the upstream wait in
/// the bridge's local session while it is unreachable (bounded by BrokerLimits' queue bounds,
/// persisted with the broker's persistence), and are sent when it is back.
struct MQTTBROKER_EXPORT BridgeSettings
{
    QString name; ///< shown in logs, in $SYS/broker/connection/NAME/state and the GUI
    /// mqtt://, mqtts://, ws:// or wss:// URLs, tried in order: a failed attempt moves on to the
    /// next; after a lost connection the first is tried again.
    QStringList addresses;
    QString clientId; ///< upstream client id; empty = "wb-bridge-NAME-HOST" (HOST: this host's name)
    std::optional<QString> userName;    ///< upstream login; unset = none
    std::optional<QByteArray> password; ///< upstream password; unset = none
    mqtt::ProtocolVersion protocolVersion = mqtt::ProtocolVersion::V5; ///< 5 or 3.1.1
    /// TLS for mqtts:// and wss://, as the command line client's --cafile, --cert, --key and
    /// --insecure (certificate chain checked, host name not).
    QString caFile;        ///< PEM CAs that verify the upstream (beside the system's)
    QString certFile;      ///< client certificate (PEM) for mutual TLS
    QString keyFile;       ///< its private key (PEM)
    bool insecure = false; ///< do not check the host name in the certificate
    /// Start a new upstream session on every connect (false keeps it across reconnects).
    bool cleanStart = false;
    quint16 keepAlive = 60; ///< seconds
    /// Back-off between connection attempts: from the first delay, doubling up to the maximum.
    int reconnectDelayMs = 1000;     ///< first delay
    int reconnectMaxDelayMs = 30000; ///< largest delay
    /// The local user whose ACLs apply to the bridge: what it brings in passes that user's
    /// publish checks and what it takes out that user's read checks. Unset = anonymous rules.
    std::optional<QString> localUsername;
    QList<BridgeTopic> topics; ///< what crosses, in which direction, with which QoS
    friend bool operator==(const BridgeSettings &, const BridgeSettings &) = default;
};

/// English lines for what keeps a bridge from working (an address that is not an mqtt://,
/// mqtts://, ws:// or wss:// URL with a host, a topic line that is not a filter, a wildcard in
/// a prefix, ...); empty when it is usable.
MQTTBROKER_EXPORT QStringList validateBridgeSettings(const BridgeSettings &bridge);
/// The problem with one topic line, or empty.
MQTTBROKER_EXPORT QString validateBridgeTopic(const BridgeTopic &topic);

/// Everything a Broker needs to run: listeners, limits, persistence, bridges.
struct MQTTBROKER_EXPORT BrokerSettings
{
    /// sockets to listen on; none: the broker runs without network access
    QList<ListenerSettings> listeners;
    BrokerLimits limits;             ///< resource limits and protocol options
    PersistenceSettings persistence; ///< sessions and retained messages on disk
    QList<BridgeSettings> bridges;   ///< upstream brokers (README, "Bridges")
};

} // namespace broker
