#pragma once

#include <broker/broker_global.h>
#include <broker/brokersettings.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

/// The broker's configuration file in memory: the seeds' schema (MoaT-MQTT / hbmqtt broker
/// config) plus our own keys. Plain values, filled by ConfigLoader (YAML or JSON), copyable
/// across threads. Each default below is the one used when the key is absent; the key names in
/// the file are given in `backticks`.
namespace broker {

/// One entry of `listeners` (the `default` entry's keys are the base of every other entry).
struct MQTTBROKER_EXPORT ListenerConfig
{
    /// Transport of a listener.
    enum class Type
    {
        Tcp,       ///< `type: tcp` (default)
        WebSocket, ///< `type: ws` (sub-protocol "mqtt")
    };

    QString name;          ///< the key under `listeners` ("my-tcp-1", "default")
    Type type = Type::Tcp; ///< `type: tcp|ws`
    bool ssl = false;      ///< `ssl: on|off` (also true/false/yes/no)
    QString bindHost;      ///< host part of `bind: host:port`; empty = all addresses
    quint16 port = 0;      ///< port of `bind`; absent: 1883 tcp, 8883 tcp+ssl, 8080 ws, 8443 ws+ssl
    int maxConnections = 0; ///< `max-connections`; 0 = no limit
    QString caFile;         ///< `cafile`: PEM CA(s) used to verify client certificates
    QString caPath;         ///< `capath`: directory; every file in it with PEM certificates
    QString caData;         ///< `cadata`: PEM CA certificate(s) inline
    QString certFile;       ///< `certfile`: PEM server certificate (required with ssl)
    QString keyFile;        ///< `keyfile`: PEM private key (required with ssl)
    /// Our key `require-certificate` (default false): TLS clients must present a certificate
    /// signed by cafile/capath/cadata, or the handshake fails. Needs `ssl` and a CA.
    bool requireCertificate = false;
    /// Our key `use-identity-as-username` (default false): a verified client certificate's
    /// Common Name becomes the user name and no password is checked (mosquitto's option).
    /// Implies require-certificate.
    bool useIdentityAsUsername = false;
    /// Our key `websocket-allow-no-subprotocol` (default false): a WebSocket client that offers
    /// no sub-protocol at all is accepted too. Off, the handshake of a client that offers
    /// neither "mqtt" nor "mqttv3.1" is refused with HTTP 400 [MQTT-6.0.0-3].
    bool webSocketAllowNoSubprotocol = false;
};

/// `auth`: who may connect.
struct MQTTBROKER_EXPORT AuthConfig
{
    /// `plugins`: authentication plugins to activate, in order. Built-in: "auth.anonymous",
    /// "auth.file" (also spelled "auth_anonymous", "auth_file"); others are plugins loaded from
    /// `plugin-dir` by their AuthPlugin::name(). Absent = every built-in that applies
    /// ("auth.anonymous", plus "auth.file" when password-file is set) and every loaded plugin.
    QStringList plugins;
    bool pluginsSet = false; ///< whether `plugins` was given
    /// `allow-anonymous` (default true): clients without a user name may connect. Also the
    /// answer when no plugin decides.
    bool allowAnonymous = true;
    /// `password-file`: a mosquitto_passwd file (PBKDF2-SHA512 `$7$` or SHA512 `$6$` entries).
    QString passwordFile;
    /// Our keys: failed logins per peer address are slowed down. The first
    /// `failed-login-free-attempts` (default 3) failures are answered at once; the CONNACK of
    /// each further one waits, doubling from `failed-login-delay` ms (default 1000) up to
    /// `failed-login-max-delay` ms (default 30000). While that wait runs, logins with
    /// credentials from the address are refused unchecked when it ends. A success or 10 quiet
    /// minutes reset the count. 0 delay = off.
    int failedLoginFreeAttempts = 3;
    int failedLoginDelayMs = 1000;     ///< first delay after a failed login, doubled per failure
    int failedLoginMaxDelayMs = 30000; ///< longest delay after failed logins
};

/// `topic-check`: what an authenticated client may publish, subscribe to and receive.
struct MQTTBROKER_EXPORT TopicCheckConfig
{
    /// `enabled` (default false): without it every topic is allowed (except publishing to $SYS).
    bool enabled = false;
    /// `plugins`: ACL plugins in order. Built-in: "topic_acl" (the `acl` map below, also
    /// "topic.acl") and "acl_file" (mosquitto ACL file, also "acl.file"); others by name from
    /// `plugin-dir`. Absent = "topic_acl" when `acl` is set, "acl_file" when `acl-file` is set,
    /// and every loaded plugin.
    QStringList plugins;
    bool pluginsSet = false; ///< whether `plugins` was given
    /// `acl`: user name -> topic filters that user may publish to, subscribe to and receive.
    /// The entry `anonymous` applies to clients without a user name. A single string is read
    /// as a one-filter list. What no entry grants is denied (unless another ACL plugin allows).
    QHash<QString, QStringList> acl;
    bool aclSet = false; ///< whether `acl` was given
    /// Our key `acl-file`: a mosquitto-format ACL file (`user`, `topic [read|write|readwrite|
    /// deny] filter`, `pattern` with %c / %u; topics before the first `user` line apply to
    /// anonymous clients).
    QString aclFile;
};

/// Our key `limits`.
struct MQTTBROKER_EXPORT LimitsConfig
{
    int maxQueuedMessages = 1000; ///< `max-queued-messages` per session; 0 = unlimited
    /// `back-pressure-queued-messages` / `back-pressure-queued-bytes`: queue of a connected
    /// subscriber at which the publishers feeding it are read no further until it drains to
    /// half; 0 = off.
    int backPressureQueuedMessages = 500;
    /// a client with more bytes queued is not sent more until it drains
    qint64 backPressureQueuedBytes = 16 * 1024 * 1024;
    /// `slow-consumer-timeout` in seconds (default 10): a congested subscriber that takes
    /// nothing for this long stops holding publishers back; 0 = never.
    int slowConsumerTimeout = 10;
    /// `max-outgoing-buffer` bytes (default 1 MiB): a client's socket is filled up to this.
    qint64 maxOutgoingBuffer = 1024 * 1024;
    /// `refuse-takeover-by-other-user` (default false): a client id's session may only be
    /// taken over or resumed by the user that built it.
    bool refuseTakeoverByOtherUser = false;
    qint64 maxQueuedBytes = 0;  ///< `max-queued-bytes` per session; 0 = unlimited
    int maxInflight = 64;       ///< `max-inflight`: outgoing QoS 1/2 in flight per client
    int receiveMaximum = 65535; ///< `receive-maximum` announced to MQTT 5 clients
    /// `max-packet-size` in bytes accepted from clients (default 268435455, the protocol max).
    qint64 maxPacketSize = 268435455;
    int maxKeepAlive = 0; ///< `max-keepalive` seconds granted; 0 = what the client asks
};

/// Our key `persistence`.
struct MQTTBROKER_EXPORT PersistenceConfig
{
    /// When stored messages are committed (see PersistenceSettings::Mode).
    enum class Mode
    {
        Durable, ///< `mode: durable`: QoS 1/2 acknowledged only once stored (group commit)
        Relaxed, ///< `mode: relaxed`: stored in the background; a crash may lose the last batch
    };
    bool enabled = false; ///< `enabled`
    /// `file`: the SQLite database (relative: to the configuration file's directory).
    QString file = QStringLiteral("mqtt-workbench-broker.db");
    Mode mode = Mode::Durable; ///< Durable (sync before acknowledging) or Relaxed
};

/// A whole broker configuration file, as ConfigLoader reads it.
struct MQTTBROKER_EXPORT BrokerConfig
{
    /// Listeners in file order. Absent `listeners`: one TCP listener on all addresses, 1883.
    /// Entries without `bind` (like the sample's `default`) are templates, not listeners.
    QList<ListenerConfig> listeners;
    /// `timeout-disconnect-delay` in seconds (default 2): grace added to a client's keep-alive
    /// timeout (1.5 x keep-alive) before it is disconnected (BrokerLimits::keepAliveGraceMs).
    int timeoutDisconnectDelay = 2;
    AuthConfig auth;               ///< authentication and authorisation
    TopicCheckConfig topicCheck;   ///< topic checks
    LimitsConfig limits;           ///< resource limits
    PersistenceConfig persistence; ///< sessions and retained messages on disk
    int sysInterval = 10; ///< our key `sys-interval`: seconds between $SYS updates; 0 = off
    QString pluginDir;    ///< our key `plugin-dir`: directory of AuthPlugin Qt plugins
    /// Our key `plugin-options`: plugin name -> free-form map handed to that plugin.
    QVariantMap pluginOptions;
    /// Our key `bridges`: name -> `address` (URL or list of URLs, tried in order), `client-id`,
    /// `username`, `password`, `protocol-version` (5 | 3.1.1), `cafile`, `certfile`,
    /// `keyfile`, `insecure`, `clean-start`, `keepalive`, `local-username`, `reconnect-delay`
    /// and `reconnect-max-delay` (seconds), and `topics`: a list of
    /// `{pattern, direction: in|out|both, qos, local-prefix, remote-prefix}` or of
    /// mosquitto-style lines "pattern [direction [qos [local-prefix [remote-prefix]]]]".
    QList<BridgeSettings> bridges;

    /// Where the configuration came from ("" when built in code) and the line of each key
    /// ("listeners.my-tcp-ssl-1.certfile" -> 17), so that later checks can name the line.
    QString sourceFile;
    /// line of each key in the file, for messages ("listeners.x.port" -> 12)
    QHash<QString, int> keyLines;
};

} // namespace broker
