#pragma once

#include "pendinglogin.h"

#include <mqttcore/packets.h>
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>
#include <mqttcore/streamdecoder.h>
#include <mqttcore/topicaliases.h>

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>

#include <memory>
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
    /// Made by BrokerCore::openInternalConnection: trusted as `internalIdentity`, unchecked.
    bool internal = false;
    std::optional<QString> internalIdentity;
    /// A refused login waiting out its failed-login delay: the CONNACK with refuseReason goes
    /// out at refuseAtMs (core clock); input is ignored meanwhile. -1 = none.
    qint64 refuseAtMs = -1;
    mqtt::ReasonCode refuseReason = mqtt::ReasonCode::NotAuthorized;
    /// A CONNECT whose credentials a worker thread is checking: reading is paused and the
    /// input that came after it waits until the login is decided. Null otherwise.
    std::unique_ptr<PendingLogin> pendingLogin;

    // Limits announced by an MQTT 5 client in CONNECT.
    quint16 receiveMaximum = 65535;
    quint32 maximumPacketSize = mqtt::MaximumPacketSizeLimit;
    quint16 topicAliasMaximum = 0;

    // Flow control (flowcontrol.cpp).
    /// Subscriber sessions this publisher fed past their high-water mark: while any is listed,
    /// the connection's input is not read, so TCP slows the publisher down.
    QSet<Session *> heldBy;
    /// Reading is paused (heldBy not empty, or the inbound window is full): decoded frames wait
    /// in the decoder and the transport reads nothing more.
    bool readPaused = false;
    /// Sent bytes are waiting for the end of this event-loop turn to be flushed.
    bool flushPending = false;
    /// Packets to this client waiting for a journal commit (BrokerCore::sendAfterCommit), and
    /// how many of them are PUBACKs and PUBCOMPs.
    int heldPackets = 0;
    int heldAcknowledgements = 0;
    /// The session was resumed by a different user than the one it was built for: every
    /// message on its way out is checked against this connection's read access.
    bool recheckReads = false;

    mqtt::TopicAliases topicAliases;
};

} // namespace broker
