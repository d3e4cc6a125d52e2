#pragma once

#include <broker/broker_global.h>

#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

/// Everything a Broker needs to start: its listeners, its limits, its authentication and
/// authorisation. Plain values, filled in code by a program that embeds the broker, or from a
/// configuration file by ConfigLoader, and copied across threads. The configuration file's key
/// of a member is named in its comment (`file:`); where the file's default differs from the
/// member's, ConfigLoader's documentation says so.
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
    bool tls = false; ///< TLS on this listener (certFile and keyFile needed); file: `ssl`
    /// address to listen on (default: every interface); file: host part of `bind`
    QHostAddress bindAddress = QHostAddress::Any;
    /// 0 picks a free port; read it back with Broker::listeningPorts(); file: port of `bind`
    quint16 port = 0;
    /// -1 = unlimited; further connections are closed at once; file: `max-connections`, where
    /// 0 means unlimited
    int maxConnections = -1;
    QString certFile; ///< PEM server certificate (TLS); file: `certfile`
    QString keyFile;  ///< PEM private key (TLS); file: `keyfile`
    /// CAs that verify client certificates (TLS), from any mix of: a PEM file, a directory
    /// of PEM files (every file in it that holds certificates), PEM text. With one of them
    /// set, clients may present a certificate; with requireClientCertificate they must.
    /// File: `cafile`.
    QString caFile;
    QString caPath;    ///< directory of PEM CA files (see caFile); file: `capath`
    QByteArray caData; ///< PEM CA text (see caFile); file: `cadata`
    /// Clients must present a certificate the CAs above verify, or the handshake fails; its
    /// Common Name is then handed to authentication. File: `require-certificate`.
    bool requireClientCertificate = false;
    /// A verified client certificate's Common Name becomes the user name and no password is
    /// checked (mosquitto's use_identity_as_username; applied by AuthManager). Implies
    /// requireClientCertificate: the listener verifies client certificates either way. File:
    /// `use-identity-as-username`.
    bool useIdentityAsUsername = false;
    /// WebSocket: the handshake answers the sub-protocol "mqtt" or "mqttv3.1" (older browser
    /// clients), whichever the client names first, and is refused with HTTP 400 when the
    /// client offers neither [MQTT-6.0.0-3]; with this set, a client that offers no
    /// sub-protocol at all is accepted too. File: `websocket-allow-no-subprotocol`.
    bool webSocketAllowNoSubprotocol = false;
};

/// Resource limits and protocol options. A value of 0 means "no limit" where noted. The file's
/// keys are under `limits` unless said otherwise.
struct MQTTBROKER_EXPORT BrokerLimits
{
    /// Per session: messages waiting to be sent (offline, or beyond the in-flight window).
    /// Messages beyond either bound are dropped and counted (BrokerStats::messagesDropped).
    qsizetype maxQueuedMessages = 1000; ///< 0 = unlimited; file: `max-queued-messages`
    qint64 maxQueuedBytes = 0;          ///< 0 = unlimited; file: `max-queued-bytes`
    /// Flow control instead of loss (README, "Flow control"): once a connected subscriber has
    /// this many messages or bytes queued (waiting for its socket or its in-flight window), the
    /// broker stops reading the publishers that feed it until the queue drains to half, so TCP
    /// slows them to the pace of the slowest subscriber. 0 = off (the queue bounds alone apply,
    /// as in mosquitto). File: `back-pressure-queued-messages`.
    qsizetype backPressureQueuedMessages = 500;
    /// as backPressureQueuedMessages, in bytes; file: `back-pressure-queued-bytes`
    qint64 backPressureQueuedBytes = 16 * 1024 * 1024;
    /// A congested subscriber that takes nothing (no message leaves its queue, its socket takes
    /// no byte) for this long stops holding publishers back: from then on its QoS 0 messages are
    /// dropped while it cannot take them and its QoS 1/2 messages queue up to the bounds above.
    /// 0 = never (a stalled subscriber holds its publishers for as long as it stays connected).
    /// File: `slow-consumer-timeout`, in seconds.
    int slowConsumerTimeoutMs = 10000;
    /// Queue QoS 0 messages for offline persistent sessions too (mosquitto's queue_qos0_messages).
    bool queueQoS0Offline = false;
    /// Outgoing QoS 1/2 messages in flight per client; the client's receive maximum lowers it.
    /// File: `max-inflight`.
    quint16 maxInflightMessages = 64;
    /// Receive maximum announced to MQTT 5 clients (inbound QoS 1/2 not yet acknowledged).
    /// File: `receive-maximum`.
    quint16 receiveMaximum = 65535;
    /// Largest packet accepted from clients, in bytes (announced to MQTT 5 clients). File:
    /// `max-packet-size`.
    quint32 maxPacketSize = mqtt::MaximumPacketSizeLimit;
    /// Largest keep-alive granted; a client asking for more (or for 0) gets this as the MQTT 5
    /// server keep-alive. 0 = whatever the client asks. File: `max-keepalive`, in seconds.
    quint16 maxKeepAlive = 0;
    /// Grace after a missed keep-alive: a client is disconnected once nothing arrived for
    /// 1.5 x its keep-alive plus this. File: top-level `timeout-disconnect-delay`, in seconds
    /// (2 when absent from the file).
    int keepAliveGraceMs = 0;
    /// A connection that sends no complete CONNECT within this time is closed.
    int connectTimeoutMs = 10000;
    /// Topic aliases the broker accepts from each MQTT 5 client (0 = none).
    quint16 topicAliasMaximum = 10;
    /// Largest session expiry granted, in seconds (0xFFFFFFFF = never expires).
    quint32 maxSessionExpiry = 0xFFFFFFFF;
    /// High-water mark of a client's socket: the broker writes more only while fewer bytes than
    /// this wait to be sent; the rest waits in the session's queue. A reader that keeps taking
    /// bytes, however slowly, is never disconnected for it. File: `max-outgoing-buffer`.
    qint64 maxOutgoingBufferBytes = 1024 * 1024;
    /// Seconds between $SYS/broker/... updates (0 = no $SYS topics). File: top-level
    /// `sys-interval`.
    int sysInterval = 10;
    /// Milliseconds between Broker::statsUpdated signals.
    int statsInterval = 1000;
    /// Connections without a user name are accepted. With an AuthManager (configured from the
    /// same settings), also its answer when no authentication plugin decides. File:
    /// `auth.allow-anonymous`.
    bool allowAnonymous = true;
    /// Refuse (Not authorized) a connection that would take over or resume the session of the
    /// same client id built by a different user. Off: the session is taken over, and what it
    /// has queued is checked against the new user's read access on the way out. File:
    /// `refuse-takeover-by-other-user`.
    bool refuseTakeoverByOtherUser = false;
    /// Retained messages are supported (announced to MQTT 5 clients).
    bool retainAvailable = true;
};

/// Sessions that outlive their connection (subscriptions, queued and in-flight QoS 1/2
/// messages both ways, pending wills) and retained messages, kept in an SQLite file and
/// restored by the next start (broker/persistence). Off by default; off costs nothing. File:
/// `persistence`.
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
    bool enabled = false; ///< persistence on (needs `file`); file: `enabled`
    /// the SQLite database, created when missing; file: `file` (relative: to the
    /// configuration file's directory; absent: mqtt-workbench-broker.db there)
    QString file;
    Mode mode = Mode::Durable;    ///< Durable or Relaxed; file: `mode: durable|relaxed`
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
    QString pattern;                       ///< a topic filter
    Direction direction = Direction::Out;  ///< which way messages cross
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
    QString
        clientId; ///< upstream client id; empty = "wb-bridge-NAME-HOST" (HOST: this host's name)
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

/// Who may connect (file: `auth`), read by AuthManager::configure(). Whether clients without a
/// user name may is BrokerLimits::allowAnonymous.
struct MQTTBROKER_EXPORT AuthSettings
{
    /// Authentication plugins to activate, in order, when pluginsSet. Built-in:
    /// "auth.anonymous", "auth.file" (also spelled "auth_anonymous", "auth_file"); others are
    /// plugins loaded from BrokerSettings::pluginDir, by their AuthPlugin::name(). Without
    /// pluginsSet: every built-in that applies ("auth.anonymous", plus "auth.file" when
    /// passwordFile is set) after every loaded plugin. File: `plugins`.
    QStringList plugins;
    bool pluginsSet = false; ///< whether `plugins` chooses the chain
    /// A mosquitto_passwd file (PBKDF2-SHA512 `$7$` or SHA512 `$6$` entries); empty = none.
    /// File: `password-file`.
    QString passwordFile;
    /// Failed logins per peer address are slowed down: the first failedLoginFreeAttempts
    /// failures are answered at once; the CONNACK of each further one waits, doubling from
    /// failedLoginDelayMs up to failedLoginMaxDelayMs. While that wait runs, logins with
    /// credentials from the address are refused unchecked when it ends. A success or 10 quiet
    /// minutes reset the count. File: `failed-login-free-attempts`.
    int failedLoginFreeAttempts = 3;
    /// first delay after a failed login, doubled per failure; 0 = off; file:
    /// `failed-login-delay` (milliseconds)
    int failedLoginDelayMs = 1000;
    /// longest delay after failed logins; file: `failed-login-max-delay` (milliseconds)
    int failedLoginMaxDelayMs = 30000;
};

/// What an authenticated client may publish, subscribe to and receive (file: `topic-check`),
/// read by AuthManager::configure().
struct MQTTBROKER_EXPORT TopicCheckSettings
{
    /// Off: every topic is allowed (except publishing to $SYS). File: `enabled`.
    bool enabled = false;
    /// ACL plugins in order, when pluginsSet. Built-in: "topic_acl" (the acl map below, also
    /// "topic.acl"), "acl_file" (aclFile, also "acl.file") and "topic_taboo" (hbmqtt's sample);
    /// others by name from BrokerSettings::pluginDir. Without pluginsSet: every loaded plugin,
    /// then "topic_acl" when aclSet and "acl_file" when aclFile is set. File: `plugins`.
    QStringList plugins;
    bool pluginsSet = false; ///< whether `plugins` chooses the chain
    /// User name to the topic filters that user may publish to, subscribe to and receive. The
    /// entry "anonymous" applies to clients without a user name. What no entry grants is
    /// denied (unless another ACL plugin allows). File: `acl`.
    QHash<QString, QStringList> acl;
    bool aclSet = false; ///< whether `acl` is in use (even empty)
    /// A mosquitto-format ACL file (`user`, `topic [read|write|readwrite|deny] filter`,
    /// `pattern` with %c / %u; topics before the first `user` line apply to anonymous
    /// clients); empty = none. File: `acl-file`.
    QString aclFile;
};

/// Everything a Broker needs to run: listeners, limits, persistence, bridges, and what an
/// AuthManager configured from them checks (auth, topicCheck, pluginDir, pluginOptions).
struct MQTTBROKER_EXPORT BrokerSettings
{
    /// Sockets to listen on; none: the broker runs without network access. File: `listeners`
    /// (absent: one TCP listener on all addresses, port 1883).
    QList<ListenerSettings> listeners;
    BrokerLimits limits;             ///< resource limits and protocol options
    PersistenceSettings persistence; ///< sessions and retained messages on disk
    /// Upstream brokers (README, "Bridges"). File: `bridges`, name to `address` (URL or list of
    /// URLs, tried in order), `client-id`, `username`, `password`, `protocol-version`
    /// (5 or 3.1.1), `cafile`, `certfile`, `keyfile`, `insecure`, `clean-start`, `keepalive`,
    /// `local-username`, `reconnect-delay` and `reconnect-max-delay` (seconds), and `topics`:
    /// a list of `{pattern, direction: in|out|both, qos, local-prefix, remote-prefix}` or of
    /// mosquitto-style lines "pattern [direction [qos [local-prefix [remote-prefix]]]]".
    QList<BridgeSettings> bridges;
    /// Authentication (AuthManager). The Broker applies it only through an AuthManager
    /// configured from these settings and handed to Broker::setAuthManager().
    AuthSettings auth;
    TopicCheckSettings topicCheck; ///< authorisation (AuthManager), as auth
    /// Directory of AuthPlugin Qt plugins, loaded by AuthManager; empty = none. File:
    /// `plugin-dir`.
    QString pluginDir;
    /// Plugin name to a free-form map handed to that plugin (AuthPlugin::configure() reads it
    /// from here). File: `plugin-options`.
    QVariantMap pluginOptions;
};

} // namespace broker
