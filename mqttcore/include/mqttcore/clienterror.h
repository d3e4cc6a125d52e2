#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/codecerror.h>
#include <mqttcore/reasoncode.h>

#include <QDebug>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace mqtt {

/// Why a client operation or connection failed. Transport and state problems (`kind`) stay apart
/// from the wire vocabulary: `reasonCode` carries the broker's answer where there is one
/// (CONNACK, DISCONNECT, PUBACK/PUBREC, SUBACK), `codecError` the rule a broker broke.
/// `message` is one English line for logs; the app translates from `kind` and `reasonCode`.
struct MQTTCORE_EXPORT ClientError
{
    Q_GADGET

public:
    /// What went wrong.
    enum class Kind
    {
        NoError,
        InvalidOptions,       ///< the ConnectOptions cannot work (bad URL, missing host, ...)
        HostNotFound,         ///< DNS lookup failed
        SocketError,          ///< TCP connect refused, network unreachable, ...
        TlsError,             ///< handshake or certificate problem; message names it
        WebSocketError,       ///< WebSocket handshake refused (HTTP status, sub-protocol)
        ConnectTimeout,       ///< no CONNACK within ConnectOptions::connectTimeoutMs
        ConnectionRefused,    ///< CONNACK with a failure reasonCode
        ConnectionLost,       ///< the transport closed while connected
        KeepAliveTimeout,     ///< no PINGRESP within the keep-alive period
        DisconnectedByBroker, ///< DISCONNECT from the broker; reasonCode says why (MQTT 5)
        ProtocolViolation,    ///< the broker sent bytes or packets the spec forbids; see codecError
        PacketTooLarge,       ///< an outgoing packet exceeds the broker's maximum packet size
        Rejected,             ///< the broker refused a publish/subscribe/unsubscribe (reasonCode)
        QueueFull,            ///< published while offline and the offline queue was full
        NotConnected,         ///< an operation that needs a connection (and cannot be queued)
        Timeout,              ///< a request/response reply did not come in time
        Cancelled,            ///< dropped by disconnectFromBroker() or a clean-start session
        PersistenceError,     ///< the in-flight state file could not be read or written
    };
    Q_ENUM(Kind)

    Kind kind = Kind::NoError; ///< what went wrong; NoError for none
    /// the broker's reason (ConnectionRefused, DisconnectedByBroker, Rejected)
    ReasonCode reasonCode = ReasonCode::Success;
    /// what was wrong in the broker's bytes (ProtocolViolation)
    CodecError codecError = CodecError::None;
    QString message; ///< one English line with the details

    ClientError() = default;
    /// An error of `kind` with its details.
    ClientError(Kind kind, QString message, ReasonCode reasonCode = ReasonCode::Success,
                CodecError codecError = CodecError::None);

    /// True for anything but Kind::NoError.
    bool isError() const { return kind != Kind::NoError; }
    /// Same as isError().
    explicit operator bool() const { return isError(); }

    /// "ConnectionRefused: Not authorized (0x87): <message>"-style line for logs and stderr.
    QString toString() const;
    /// Name of a kind ("ConnectionRefused").
    static const char *kindName(Kind kind);

    friend bool operator==(const ClientError &, const ClientError &) = default;
};

/// Writes toString() to a debug stream.
MQTTCORE_EXPORT QDebug operator<<(QDebug debug, const ClientError &error);

} // namespace mqtt

Q_DECLARE_METATYPE(mqtt::ClientError)
