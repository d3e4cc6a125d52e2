#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/packets.h>
#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace mqtt {

/// How the client reaches the broker.
enum class TransportKind
{
    Tcp,             ///< mqtt://  (default port 1883)
    Tls,             ///< mqtts:// (default port 8883)
    WebSocket,       ///< ws://    (default port 80)
    SecureWebSocket, ///< wss://   (default port 443)
};

/// "mqtt", "mqtts", "ws" or "wss".
MQTTCORE_EXPORT const char *transportScheme(TransportKind kind);
/// The port a transport uses when none is given.
MQTTCORE_EXPORT quint16 defaultPort(TransportKind kind);
/// True for Tls and SecureWebSocket.
constexpr bool isSecure(TransportKind kind)
{
    return kind == TransportKind::Tls || kind == TransportKind::SecureWebSocket;
}

/// TLS settings for mqtts:// and wss://. Verification is on unless switched off explicitly.
struct MQTTCORE_EXPORT TlsOptions
{
    QString caFile;    ///< PEM file with trusted CA certificates (added to the system CAs)
    QString caPath;    ///< directory of PEM CA certificates
    QByteArray caData; ///< PEM CA certificates in memory
    QString certFile;  ///< client certificate (PEM) for mutual TLS
    QString keyFile;   ///< its private key (PEM, unencrypted)
    /// Verify the broker's certificate chain (and host name). Off = accept any certificate.
    bool verifyPeer = true;
    /// Keep the chain check but do not require the certificate to name the host
    /// (mosquitto_pub --insecure).
    bool insecure = false;
    /// Host name expected in the certificate; empty = the host connected to.
    QString peerName;
    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

/// Settings for ws:// and wss://. The sub-protocol "mqtt" is always offered [MQTT-6.0.0-3].
struct MQTTCORE_EXPORT WebSocketOptions
{
    QString path = QStringLiteral("/mqtt"); ///< HTTP path of the WebSocket endpoint
    /// Extra HTTP headers for the upgrade request (name, value), e.g. Authorization.
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    friend bool operator==(const WebSocketOptions &, const WebSocketOptions &) = default;
};

/// Automatic reconnection after a lost connection: delays grow from initialDelayMs, doubling
/// up to maxDelayMs, for at most maxRetries attempts in a row (-1 = without limit).
struct MQTTCORE_EXPORT ReconnectPolicy
{
    bool enabled = true;       ///< reconnect after a lost connection
    int initialDelayMs = 1000; ///< first wait before reconnecting, doubled per attempt
    int maxDelayMs = 30000;    ///< longest wait between attempts
    int maxRetries = -1;       ///< attempts in a row; -1 = without limit
    /// Also retry when the very first connect fails (otherwise that is reported at once).
    bool retryInitialConnect = false;
    friend bool operator==(const ReconnectPolicy &, const ReconnectPolicy &) = default;
};

/// Which outgoing topics get an MQTT 5 topic alias (3.3.2.3.4). Aliases are only used when the
/// broker's CONNACK allows them (Topic Alias Maximum > 0).
enum class TopicAliasPolicy
{
    Disabled,  ///< never send aliases
    Automatic, ///< give each new topic the next free alias until the broker's maximum is used
};

/// Per-topic publish defaults as in the seeds' client configuration ("topics": {...}).
struct MQTTCORE_EXPORT TopicDefaults
{
    QString filter;            ///< a topic name or filter ('+', '#'); exact names win over filters
    QoS qos = QoS::AtMostOnce; ///< QoS used when publish() is given none
    bool retain = false;       ///< retain flag used when publish() is given none
    friend bool operator==(const TopicDefaults &, const TopicDefaults &) = default;
};

/// Everything needed to connect: where, who, which protocol, and how the session behaves.
/// A plain value; fill it directly or start from fromUrl().
struct MQTTCORE_EXPORT ConnectOptions
{
    // Where
    TransportKind transport = TransportKind::Tcp; ///< TCP, TLS, WebSocket or secure WebSocket
    QString host = QStringLiteral("localhost");   ///< broker host name or address
    quint16 port = 0;                             ///< 0 = defaultPort(transport)
    TlsOptions tls;                               ///< TLS settings (TLS transports)
    WebSocketOptions webSocket;                   ///< WebSocket settings (WebSocket transports)
    int connectTimeoutMs = 10000;                 ///< socket + handshake + CONNACK

    // Who
    QString clientId; ///< empty = generated ("mqttwb-" + random) or, in 5.0, assigned by the broker
    std::optional<QString> userName;    ///< user name of the CONNECT; absent: none sent
    std::optional<QByteArray> password; ///< password of the CONNECT; absent: none sent

    // Protocol and session
    ProtocolVersion protocolVersion = ProtocolVersion::V5; ///< MQTT version to speak
    bool cleanStart = true;                                ///< "clean session" in 3.x
    quint32 sessionExpiry = 0;      ///< seconds (5.0); 0xFFFFFFFF = never expires
    quint16 keepAlive = 60;         ///< seconds; 0 = no keep-alive
    std::optional<Will> will;       ///< last will, sent by the broker when the connection is lost
    quint16 receiveMaximum = 65535; ///< QoS 1/2 messages the broker may have in flight to us
    quint32 maximumPacketSize = 0;  ///< largest packet we accept; 0 = protocol limit
    quint16 topicAliasMaximum = 0;  ///< aliases the broker may use towards us (5.0)
    /// whether outgoing PUBLISH packets use topic aliases (MQTT 5)
    TopicAliasPolicy topicAliasPolicy = TopicAliasPolicy::Disabled;
    bool requestResponseInformation = false; ///< ask the broker for response information (MQTT 5)
    /// Extra CONNECT properties (user properties, authentication method/data, ...).
    Properties connectProperties;

    // Behaviour of the client
    ReconnectPolicy reconnect;    ///< what to do after a lost connection
    int offlineQueueLimit = 1000; ///< messages kept while disconnected; 0 = fail at once
    /// File that keeps un-acknowledged QoS 1/2 state across restarts; empty = memory only.
    QString inflightStorePath;
    /// false: QoS 1/2 messages are acknowledged (PUBACK / PUBREC) as soon as they are delivered;
    /// true: only when the application calls Client::acknowledge(), so that the broker keeps
    /// (and re-delivers) what the application has not finished with.
    bool manualAcknowledgement = false;
    QoS defaultQoS = QoS::AtMostOnce;   ///< QoS of publish() calls that give none
    bool defaultRetain = false;         ///< retain flag of publish() calls that give none
    QList<TopicDefaults> topicDefaults; ///< per-topic QoS and retain defaults (first match wins)

    /// Parses "{mqtt,ws}[s]://[user][:password]@host[:port][/path]" (user and password may be
    /// percent-encoded; the path is the WebSocket path). Returns nullopt and sets *errorMessage
    /// to one English line when the URL is not usable.
    static std::optional<ConnectOptions> fromUrl(const QString &url,
                                                 QString *errorMessage = nullptr);
    /// Applies a URL to these options (transport, host, port, credentials, path) and keeps the
    /// rest.
    bool applyUrl(const QString &url, QString *errorMessage = nullptr);
    /// The broker URL of these options, without the password.
    QUrl url() const;

    /// port, or the transport's default port.
    quint16 effectivePort() const;
    /// QoS and retain a publish to `topic` uses when the caller does not say.
    TopicDefaults defaultsFor(const QString &topic) const;
    /// An English line describing why these options cannot work, or empty when they are fine.
    QString validate() const;

    friend bool operator==(const ConnectOptions &, const ConnectOptions &) = default;
};

} // namespace mqtt

Q_DECLARE_METATYPE(mqtt::ConnectOptions)
