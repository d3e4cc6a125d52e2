#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QtGlobal>

namespace mqtt {

/// MQTT 5 reason codes (2.4). The codec also uses them for MQTT 3.x: CONNACK return codes and
/// SUBACK results are mapped to and from this single vocabulary on the wire (see connackCodeV3).
enum class ReasonCode : quint8
{
    Success = 0x00, ///< also Normal disconnection, Granted QoS 0
    NormalDisconnection = 0x00,
    GrantedQoS0 = 0x00,
    GrantedQoS1 = 0x01,
    GrantedQoS2 = 0x02,
    DisconnectWithWillMessage = 0x04,
    NoMatchingSubscribers = 0x10,
    NoSubscriptionExisted = 0x11,
    ContinueAuthentication = 0x18,
    ReAuthenticate = 0x19,
    UnspecifiedError = 0x80,
    MalformedPacket = 0x81,
    ProtocolError = 0x82,
    ImplementationSpecificError = 0x83,
    UnsupportedProtocolVersion = 0x84,
    ClientIdentifierNotValid = 0x85,
    BadUserNameOrPassword = 0x86,
    NotAuthorized = 0x87,
    ServerUnavailable = 0x88,
    ServerBusy = 0x89,
    Banned = 0x8A,
    ServerShuttingDown = 0x8B,
    BadAuthenticationMethod = 0x8C,
    KeepAliveTimeout = 0x8D,
    SessionTakenOver = 0x8E,
    TopicFilterInvalid = 0x8F,
    TopicNameInvalid = 0x90,
    PacketIdentifierInUse = 0x91,
    PacketIdentifierNotFound = 0x92,
    ReceiveMaximumExceeded = 0x93,
    TopicAliasInvalid = 0x94,
    PacketTooLarge = 0x95,
    MessageRateTooHigh = 0x96,
    QuotaExceeded = 0x97,
    AdministrativeAction = 0x98,
    PayloadFormatInvalid = 0x99,
    RetainNotSupported = 0x9A,
    QoSNotSupported = 0x9B,
    UseAnotherServer = 0x9C,
    ServerMoved = 0x9D,
    SharedSubscriptionsNotSupported = 0x9E,
    ConnectionRateExceeded = 0x9F,
    MaximumConnectTime = 0xA0,
    SubscriptionIdentifiersNotSupported = 0xA1,
    WildcardSubscriptionsNotSupported = 0xA2,
};

/// True for codes >= 0x80.
constexpr bool isError(ReasonCode code) { return static_cast<quint8>(code) >= 0x80; }

/// Name as written in the specification ("Not authorized"); "Unknown (0xNN)" style otherwise.
MQTTPROTOCOL_EXPORT const char *reasonCodeName(ReasonCode code);

enum class PacketType : quint8;

/// True if MQTT 5.0 lets a packet of `type` carry `reason` (the "MQTT Control Packets" column
/// of table 2.4): a broker's DISCONNECT may not carry a CONNACK-only code, for instance.
MQTTPROTOCOL_EXPORT bool isReasonCodeAllowed(PacketType type, ReasonCode reason);

/// MQTT 3.1/3.1.1 CONNACK return code (0..5) for a reason code, and back.
MQTTPROTOCOL_EXPORT quint8 connackCodeV3(ReasonCode code);
/// Reason code of a 3.1/3.1.1 CONNACK return code.
MQTTPROTOCOL_EXPORT ReasonCode reasonFromConnackV3(quint8 returnCode);

} // namespace mqtt
