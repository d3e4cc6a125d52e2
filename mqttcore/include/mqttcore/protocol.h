#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QtGlobal>

/// Basic protocol vocabulary shared by the codec, the client, the broker and the app.
namespace mqtt {

/// The protocol level byte of CONNECT.
enum class ProtocolVersion : quint8
{
    V3_1 = 3,   ///< MQTT 3.1, protocol name "MQIsdp"
    V3_1_1 = 4, ///< MQTT 3.1.1, protocol name "MQTT"
    V5 = 5,     ///< MQTT 5.0, protocol name "MQTT"
};

/// Control packet type (fixed header, high nibble).
enum class PacketType : quint8
{
    Reserved = 0,
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15,
};

/// Quality of service.
enum class QoS : quint8
{
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
};

/// Subscription option "Retain Handling" (MQTT 5, 3.8.3.1).
enum class RetainHandling : quint8
{
    SendOnSubscribe = 0,
    SendOnNewSubscribe = 1,
    DoNotSend = 2,
};

/// The largest packet the protocol can express: 1 byte header + 4 byte length + 268,435,455.
inline constexpr quint32 MaximumRemainingLength = 268'435'455;
/// MaximumRemainingLength plus the largest fixed header.
inline constexpr quint32 MaximumPacketSizeLimit = MaximumRemainingLength + 5;

/// Human-readable name of a packet type ("PUBLISH").
MQTTPROTOCOL_EXPORT const char *packetTypeName(PacketType type);
/// "3.1", "3.1.1" or "5.0".
MQTTPROTOCOL_EXPORT const char *protocolVersionName(ProtocolVersion version);

} // namespace mqtt
