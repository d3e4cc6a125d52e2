#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

/// The MQTT control packets as plain values (one struct per packet type). Payloads are
/// QByteArray so that one received payload is shared, not copied, on its way to many readers.
/// Fields that only exist in MQTT 5 (properties, most reason codes) are ignored when a packet
/// is encoded for 3.1 / 3.1.1.
namespace mqtt {

/// Options of one SUBSCRIBE filter.
struct MQTTPROTOCOL_EXPORT SubscriptionOptions
{
    QoS maximumQoS = QoS::AtMostOnce; ///< highest QoS the subscriber accepts
    bool noLocal = false;            ///< MQTT 5
    bool retainAsPublished = false;  ///< MQTT 5
    RetainHandling retainHandling = RetainHandling::SendOnSubscribe; ///< MQTT 5
    friend bool operator==(const SubscriptionOptions &, const SubscriptionOptions &) = default;
};

/// The last will of a CONNECT.
struct MQTTPROTOCOL_EXPORT Will
{
    QString topic;             ///< topic the will is published to
    QByteArray payload;        ///< the will's payload
    QoS qos = QoS::AtMostOnce; ///< QoS of the will
    bool retain = false;       ///< the will is published retained
    Properties properties; ///< MQTT 5 will properties (will delay, expiry, content type, ...)
    friend bool operator==(const Will &, const Will &) = default;
};

/// CONNECT.
struct MQTTPROTOCOL_EXPORT ConnectPacket
{
    ProtocolVersion protocolVersion = ProtocolVersion::V3_1_1; ///< the protocol level of the packet
    bool cleanStart = true; ///< "clean session" in 3.1 / 3.1.1
    quint16 keepAlive = 60; ///< seconds, 0 = off
    QString clientId; ///< client identifier; empty asks the broker for one (MQTT 5 / clean start)
    std::optional<Will> will;           ///< last will, if any
    std::optional<QString> userName;    ///< user name field, if present
    std::optional<QByteArray> password; ///< password field, if present
    Properties properties;              ///< MQTT 5 CONNECT properties
    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

/// CONNACK.
struct MQTTPROTOCOL_EXPORT ConnackPacket
{
    bool sessionPresent = false; ///< the broker kept a session for this client
    /// Reason code; on 3.x only Success, UnsupportedProtocolVersion, ClientIdentifierNotValid,
    /// ServerUnavailable, BadUserNameOrPassword and NotAuthorized exist (others map to 3).
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties; ///< MQTT 5 CONNACK properties
    friend bool operator==(const ConnackPacket &, const ConnackPacket &) = default;
};

/// PUBLISH.
struct MQTTPROTOCOL_EXPORT PublishPacket
{
    QString topic; ///< may be empty in MQTT 5 when properties.topicAlias is set
    QByteArray payload;        ///< application message bytes
    QoS qos = QoS::AtMostOnce; ///< quality of service
    bool retain = false;       ///< retain flag
    bool dup = false;          ///< duplicate delivery flag (QoS 1/2 resend)
    quint16 packetId = 0; ///< 0 for QoS 0, 1..65535 otherwise
    Properties properties; ///< MQTT 5 PUBLISH properties
    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

/// Common layout of PUBACK, PUBREC, PUBREL and PUBCOMP.
struct MQTTPROTOCOL_EXPORT AckFields
{
    quint16 packetId = 0;                        ///< packet identifier of the acknowledged PUBLISH
    ReasonCode reasonCode = ReasonCode::Success; ///< outcome (MQTT 5; 3.x has none on the wire)
    Properties properties; ///< MQTT 5 properties (reason string, user properties)
    friend bool operator==(const AckFields &, const AckFields &) = default;
};
/// PUBACK: QoS 1 acknowledgement.
struct MQTTPROTOCOL_EXPORT PubackPacket : AckFields
{
    friend bool operator==(const PubackPacket &, const PubackPacket &) = default;
};
/// PUBREC: first QoS 2 acknowledgement.
struct MQTTPROTOCOL_EXPORT PubrecPacket : AckFields
{
    friend bool operator==(const PubrecPacket &, const PubrecPacket &) = default;
};
/// PUBREL: QoS 2 release.
struct MQTTPROTOCOL_EXPORT PubrelPacket : AckFields
{
    friend bool operator==(const PubrelPacket &, const PubrelPacket &) = default;
};
/// PUBCOMP: QoS 2 completion.
struct MQTTPROTOCOL_EXPORT PubcompPacket : AckFields
{
    friend bool operator==(const PubcompPacket &, const PubcompPacket &) = default;
};

/// One filter of a SUBSCRIBE.
struct MQTTPROTOCOL_EXPORT SubscribeTopic
{
    QString filter;              ///< topic filter
    SubscriptionOptions options; ///< subscription options
    friend bool operator==(const SubscribeTopic &, const SubscribeTopic &) = default;
};

/// SUBSCRIBE.
struct MQTTPROTOCOL_EXPORT SubscribePacket
{
    quint16 packetId = 0;         ///< packet identifier
    QList<SubscribeTopic> topics; ///< the filters, at least one
    Properties properties; ///< subscription identifier, user properties
    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

/// SUBACK.
struct MQTTPROTOCOL_EXPORT SubackPacket
{
    quint16 packetId = 0; ///< packet identifier of the SUBSCRIBE
    /// One per requested filter: GrantedQoS0..2 or a failure code (3.1.1 failure is 0x80).
    QList<ReasonCode> reasonCodes;
    Properties properties; ///< MQTT 5 properties
    friend bool operator==(const SubackPacket &, const SubackPacket &) = default;
};

/// UNSUBSCRIBE.
struct MQTTPROTOCOL_EXPORT UnsubscribePacket
{
    quint16 packetId = 0;   ///< packet identifier
    QList<QString> filters; ///< the filters, at least one
    Properties properties;  ///< MQTT 5 properties
    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

/// UNSUBACK.
struct MQTTPROTOCOL_EXPORT UnsubackPacket
{
    quint16 packetId = 0;          ///< packet identifier of the UNSUBSCRIBE
    QList<ReasonCode> reasonCodes; ///< MQTT 5 only; empty for 3.x
    Properties properties;         ///< MQTT 5 properties
    friend bool operator==(const UnsubackPacket &, const UnsubackPacket &) = default;
};

struct MQTTPROTOCOL_EXPORT PingreqPacket
{
    friend bool operator==(const PingreqPacket &, const PingreqPacket &) = default;
};
struct MQTTPROTOCOL_EXPORT PingrespPacket
{
    friend bool operator==(const PingrespPacket &, const PingrespPacket &) = default;
};

/// DISCONNECT.
struct MQTTPROTOCOL_EXPORT DisconnectPacket
{
    ReasonCode reasonCode = ReasonCode::NormalDisconnection; ///< why (MQTT 5)
    Properties properties;                                   ///< MQTT 5 properties
    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

/// MQTT 5 only.
struct MQTTPROTOCOL_EXPORT AuthPacket
{
    /// Success, ContinueAuthentication or ReAuthenticate
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties; ///< authentication method and data
    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

/// Any control packet. The index of each alternative is its PacketType minus one.
using Packet = std::variant<ConnectPacket, ConnackPacket, PublishPacket, PubackPacket,
                            PubrecPacket, PubrelPacket, PubcompPacket, SubscribePacket,
                            SubackPacket, UnsubscribePacket, UnsubackPacket, PingreqPacket,
                            PingrespPacket, DisconnectPacket, AuthPacket>;

/// The PacketType of a packet.
inline PacketType packetType(const Packet &packet)
{
    return static_cast<PacketType>(packet.index() + 1);
}

} // namespace mqtt
