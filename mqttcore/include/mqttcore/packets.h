#pragma once

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

struct SubscriptionOptions
{
    QoS maximumQoS = QoS::AtMostOnce;
    bool noLocal = false;            ///< MQTT 5
    bool retainAsPublished = false;  ///< MQTT 5
    RetainHandling retainHandling = RetainHandling::SendOnSubscribe; ///< MQTT 5
    friend bool operator==(const SubscriptionOptions &, const SubscriptionOptions &) = default;
};

struct Will
{
    QString topic;
    QByteArray payload;
    QoS qos = QoS::AtMostOnce;
    bool retain = false;
    Properties properties; ///< MQTT 5 will properties (will delay, expiry, content type, ...)
    friend bool operator==(const Will &, const Will &) = default;
};

struct ConnectPacket
{
    ProtocolVersion protocolVersion = ProtocolVersion::V3_1_1;
    bool cleanStart = true; ///< "clean session" in 3.1 / 3.1.1
    quint16 keepAlive = 60; ///< seconds, 0 = off
    QString clientId;
    std::optional<Will> will;
    std::optional<QString> userName;
    std::optional<QByteArray> password;
    Properties properties;
    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

struct ConnackPacket
{
    bool sessionPresent = false;
    /// Reason code; on 3.x only Success, UnsupportedProtocolVersion, ClientIdentifierNotValid,
    /// ServerUnavailable, BadUserNameOrPassword and NotAuthorized exist (others map to 3).
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    friend bool operator==(const ConnackPacket &, const ConnackPacket &) = default;
};

struct PublishPacket
{
    QString topic; ///< may be empty in MQTT 5 when properties.topicAlias is set
    QByteArray payload;
    QoS qos = QoS::AtMostOnce;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; ///< 0 for QoS 0, 1..65535 otherwise
    Properties properties;
    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

/// Common layout of PUBACK, PUBREC, PUBREL and PUBCOMP.
struct AckFields
{
    quint16 packetId = 0;
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    friend bool operator==(const AckFields &, const AckFields &) = default;
};
struct PubackPacket : AckFields
{
    friend bool operator==(const PubackPacket &, const PubackPacket &) = default;
};
struct PubrecPacket : AckFields
{
    friend bool operator==(const PubrecPacket &, const PubrecPacket &) = default;
};
struct PubrelPacket : AckFields
{
    friend bool operator==(const PubrelPacket &, const PubrelPacket &) = default;
};
struct PubcompPacket : AckFields
{
    friend bool operator==(const PubcompPacket &, const PubcompPacket &) = default;
};

struct SubscribeTopic
{
    QString filter;
    SubscriptionOptions options;
    friend bool operator==(const SubscribeTopic &, const SubscribeTopic &) = default;
};

struct SubscribePacket
{
    quint16 packetId = 0;
    QList<SubscribeTopic> topics;
    Properties properties; ///< subscription identifier, user properties
    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

struct SubackPacket
{
    quint16 packetId = 0;
    /// One per requested filter: GrantedQoS0..2 or a failure code (3.1.1 failure is 0x80).
    QList<ReasonCode> reasonCodes;
    Properties properties;
    friend bool operator==(const SubackPacket &, const SubackPacket &) = default;
};

struct UnsubscribePacket
{
    quint16 packetId = 0;
    QList<QString> filters;
    Properties properties;
    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

struct UnsubackPacket
{
    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; ///< MQTT 5 only; empty for 3.x
    Properties properties;
    friend bool operator==(const UnsubackPacket &, const UnsubackPacket &) = default;
};

struct PingreqPacket
{
    friend bool operator==(const PingreqPacket &, const PingreqPacket &) = default;
};
struct PingrespPacket
{
    friend bool operator==(const PingrespPacket &, const PingrespPacket &) = default;
};

struct DisconnectPacket
{
    ReasonCode reasonCode = ReasonCode::NormalDisconnection;
    Properties properties;
    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

/// MQTT 5 only.
struct AuthPacket
{
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

/// Any control packet. The index of each alternative is its PacketType minus one.
using Packet = std::variant<ConnectPacket, ConnackPacket, PublishPacket, PubackPacket,
                            PubrecPacket, PubrelPacket, PubcompPacket, SubscribePacket,
                            SubackPacket, UnsubscribePacket, UnsubackPacket, PingreqPacket,
                            PingrespPacket, DisconnectPacket, AuthPacket>;

inline PacketType packetType(const Packet &packet)
{
    return static_cast<PacketType>(packet.index() + 1);
}

} // namespace mqtt
