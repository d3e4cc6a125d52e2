#pragma once

#include <mqttcore/packets.h>
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>
#include <mqttcore/streamdecoder.h>

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>

#include <deque>
#include <optional>

namespace broker {

class Transport;
struct Session;

/// The broker's view of one network connection: protocol state, negotiated limits and topic
/// aliases. Lives from accept to close; the Session it serves outlives it.
class ClientConnection
{
public:
    enum class State
    {
        AwaitingConnect,
        Connected,
        Closed,
    };

    ClientConnection(Transport *transport, QString address, QString listener, qint64 nowMs,
                     quint32 maximumPacketSize);

    bool isV5() const { return version == mqtt::ProtocolVersion::V5; }

    Transport *transport;
    State state = State::AwaitingConnect;
    mqtt::StreamDecoder decoder;
    mqtt::ProtocolVersion version = mqtt::ProtocolVersion::V3_1_1;
    QString address; ///< "host:port" for logs and ClientInfo
    QHostAddress peer;
    QString listener;
    QString clientId;
    QString userName;
    std::optional<QString> authenticatedUser; ///< for ACL checks; nullopt = anonymous
    bool cleanStart = true;
    quint16 keepAlive = 0; ///< seconds, as granted; 0 = no keep-alive
    qint64 openedAtMs = 0;
    qint64 lastReceivedMs = 0;
    QDateTime connectedAt;
    Session *session = nullptr;
    /// The will is published when the connection ends, unless a DISCONNECT said otherwise.
    bool publishWillOnClose = true;
    /// MQTT 5 session expiry from CONNECT was 0 (DISCONNECT may not raise it).
    bool connectExpiryZero = true;
    /// Common Name of the client's TLS certificate, set by the transport when the listener
    /// verified it (require-certificate); handed to AuthManager with the CONNECT.
    std::optional<QString> certificateCommonName;
    /// A refused login waiting out its failed-login delay: the CONNACK with refuseReason goes
    /// out at refuseAtMs (core clock); input is ignored meanwhile. -1 = none.
    qint64 refuseAtMs = -1;
    mqtt::ReasonCode refuseReason = mqtt::ReasonCode::NotAuthorized;

    // Limits announced by an MQTT 5 client in CONNECT.
    quint16 receiveMaximum = 65535;
    quint32 maximumPacketSize = mqtt::MaximumPacketSizeLimit;
    quint16 topicAliasMaximum = 0;

    /// Acknowledgements to this client held back by back-pressure, in the order they must go
    /// out [MQTT-4.6.0-2]. Each waits for the queue of the session named in waitFor (empty:
    /// only for the ones before it).
    struct ThrottledAcknowledgement
    {
        mqtt::Packet packet;
        QString waitFor;
    };
    std::deque<ThrottledAcknowledgement> throttledAcks;

    QHash<quint16, QString> inboundAliases;
    QHash<QString, quint16> outboundAliases;
};

} // namespace broker
