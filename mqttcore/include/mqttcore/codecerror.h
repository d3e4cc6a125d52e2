#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/reasoncode.h>

namespace mqtt {

/// Every distinct way a byte stream can break the protocol, in the order the decoder checks.
/// Each maps to exactly one reason code (reasonCodeFor) at one place, so that client and broker
/// answer a broken rule identically.
enum class CodecError : quint8
{
    None = 0,
    // Fixed header
    ReservedPacketType,        ///< type 0 [MQTT-2.1.3-1 in 5.0: reserved]
    InvalidFixedHeaderFlags,   ///< reserved flag bits not as specified [MQTT-2.2.2-2]
    RemainingLengthTooLong,    ///< variable byte integer over 4 bytes [MQTT-1.5.5-1]
    RemainingLengthNotMinimal, ///< variable byte integer encoded with a superfluous byte
    PacketTooLarge,            ///< over the configured maximum packet size [MQTT-3.2.2-15]
    // Structure
    Truncated,              ///< a field runs past the end of the packet
    TrailingBytes,          ///< bytes left after the last field
    InvalidUtf8,            ///< ill-formed UTF-8 or surrogate code points [MQTT-1.5.4-1]
    NullCharacter,          ///< U+0000 in a string [MQTT-1.5.4-2]
    VariableIntegerTooLong, ///< a property-length or varint property over 4 bytes
    // CONNECT
    InvalidProtocolName,        ///< not "MQTT" / "MQIsdp" [MQTT-3.1.2-1]
    UnsupportedProtocolVersion, ///< level other than 3, 4, 5 [MQTT-3.1.2-2]
    ConnectReservedFlag,        ///< reserved CONNECT flag set [MQTT-3.1.2-3]
    WillFlagsWithoutWill,       ///< will QoS/retain set with will flag 0 [MQTT-3.1.2-11/13/15]
    InvalidWillQoS,             ///< will QoS 3 [MQTT-3.1.2-14]
    PasswordWithoutUserName,    ///< password flag without user name flag in 3.1.1 [MQTT-3.1.2-22]
    ClientIdentifierNotValid,   ///< empty id with clean session 0 in 3.1.1 [MQTT-3.1.3-8]
    // CONNACK
    ConnackReservedFlags, ///< acknowledge flags bits 7-1 set [MQTT-3.2.2-1]
    InvalidReasonCode,    ///< a reason code that the packet may not carry
    // PUBLISH
    InvalidQoS,           ///< QoS 3 [MQTT-3.3.1-4]
    DupWithQoS0,          ///< DUP set on QoS 0 [MQTT-3.3.1-2]
    WildcardInTopicName,  ///< '+' or '#' in a topic name [MQTT-3.3.2-2]
    EmptyTopicName,       ///< zero-length topic without a topic alias [MQTT-4.7.3-1]
    PacketIdentifierZero, ///< packet id 0 where one is required [MQTT-2.2.1-3]
    // SUBSCRIBE / UNSUBSCRIBE
    NoTopicFilters,              ///< SUBSCRIBE/UNSUBSCRIBE without payload [MQTT-3.8.3-3]
    EmptyTopicFilter,            ///< zero-length filter [MQTT-4.7.3-1]
    InvalidTopicFilter,          ///< misplaced wildcard [MQTT-4.7.1-1/2]
    SubscriptionOptionsReserved, ///< reserved option bits or retain handling 3 [MQTT-3.8.3-5]
    NoReasonCodes,               ///< SUBACK/UNSUBACK (5.0) without reason codes
    // Properties
    UnknownProperty,         ///< identifier not defined by the specification
    PropertyNotAllowed,      ///< property not allowed on this packet type
    DuplicateProperty,       ///< a single-valued property appears twice
    InvalidPropertyValue,    ///< e.g. receive maximum 0, subscription identifier 0
    PropertiesInOldProtocol, ///< a packet only MQTT 5 defines (AUTH) in 3.x
    // Added after the first release of this list (kept last so that values stay stable)
    InvalidRetainHandling, ///< SUBSCRIBE retain handling 3 (5.0, 3.8.3.1: Protocol Error)
};

/// The reason code the specification prescribes for a broken rule (Malformed Packet,
/// Protocol Error, Packet Too Large, Topic Name Invalid, ...).
MQTTPROTOCOL_EXPORT ReasonCode reasonCodeFor(CodecError error);

/// One line describing the error, in English, for logs ("QoS 3 in PUBLISH [MQTT-3.3.1-4]").
MQTTPROTOCOL_EXPORT const char *codecErrorText(CodecError error);

/// Where a decode failed: the rule broken and the answer the spec prescribes.
struct MQTTPROTOCOL_EXPORT DecodeError
{
    CodecError error = CodecError::None; ///< the codec's own code for the failure
    /// the reason code to send for it (MQTT 5 DISCONNECT or CONNACK)
    ReasonCode reasonCode = ReasonCode::MalformedPacket;
};

/// The DecodeError for a broken rule, with the reason code reasonCodeFor prescribes.
inline DecodeError toDecodeError(CodecError error)
{
    return DecodeError{error, reasonCodeFor(error)};
}

} // namespace mqtt
