#include <mqttcore/codecerror.h>

namespace mqtt {

// The one mapping point from a broken rule to the reason code the specification prescribes.
ReasonCode reasonCodeFor(CodecError error)
{
    switch (error) {
    case CodecError::None:
        return ReasonCode::Success;
    case CodecError::PacketTooLarge:
        return ReasonCode::PacketTooLarge;
    case CodecError::InvalidProtocolName:
    case CodecError::UnsupportedProtocolVersion:
        return ReasonCode::UnsupportedProtocolVersion; // [MQTT-3.1.2-2]
    case CodecError::ClientIdentifierNotValid:
        return ReasonCode::ClientIdentifierNotValid;
    case CodecError::WildcardInTopicName:
        return ReasonCode::TopicNameInvalid;
    case CodecError::EmptyTopicFilter:
    case CodecError::InvalidTopicFilter:
        return ReasonCode::TopicFilterInvalid;
    // 5.0 calls these "a Protocol Error" rather than "a Malformed Packet".
    case CodecError::InvalidReasonCode:
    case CodecError::EmptyTopicName:
    case CodecError::PacketIdentifierZero:
    case CodecError::NoTopicFilters:
    case CodecError::NoReasonCodes:
    case CodecError::PropertyNotAllowed:
    case CodecError::DuplicateProperty:
    case CodecError::InvalidPropertyValue:
    case CodecError::InvalidRetainHandling:
        return ReasonCode::ProtocolError;
    case CodecError::ReservedPacketType:
    case CodecError::InvalidFixedHeaderFlags:
    case CodecError::RemainingLengthTooLong:
    case CodecError::RemainingLengthNotMinimal:
    case CodecError::Truncated:
    case CodecError::TrailingBytes:
    case CodecError::InvalidUtf8:
    case CodecError::NullCharacter:
    case CodecError::VariableIntegerTooLong:
    case CodecError::ConnectReservedFlag:
    case CodecError::WillFlagsWithoutWill:
    case CodecError::InvalidWillQoS:
    case CodecError::PasswordWithoutUserName:
    case CodecError::ConnackReservedFlags:
    case CodecError::InvalidQoS:
    case CodecError::DupWithQoS0:
    case CodecError::SubscriptionOptionsReserved:
    case CodecError::UnknownProperty:
    case CodecError::PropertiesInOldProtocol:
        return ReasonCode::MalformedPacket;
    }
    return ReasonCode::MalformedPacket;
}

const char *codecErrorText(CodecError error)
{
    switch (error) {
    case CodecError::None:
        return "No error";
    case CodecError::ReservedPacketType:
        return "Reserved packet type 0";
    case CodecError::InvalidFixedHeaderFlags:
        return "Reserved fixed header flags not as specified [MQTT-2.1.3-1]";
    case CodecError::RemainingLengthTooLong:
        return "Remaining length longer than 4 bytes [MQTT-1.5.5-1]";
    case CodecError::RemainingLengthNotMinimal:
        return "Remaining length not encoded in the minimum number of bytes [MQTT-1.5.5-1]";
    case CodecError::PacketTooLarge:
        return "Packet larger than the maximum packet size";
    case CodecError::Truncated:
        return "Field runs past the end of the packet";
    case CodecError::TrailingBytes:
        return "Unexpected bytes after the last field of the packet";
    case CodecError::InvalidUtf8:
        return "Ill-formed UTF-8 or a surrogate code point in a string [MQTT-1.5.4-1]";
    case CodecError::NullCharacter:
        return "U+0000 in a string [MQTT-1.5.4-2]";
    case CodecError::VariableIntegerTooLong:
        return "Variable byte integer longer than 4 bytes [MQTT-1.5.5-1]";
    case CodecError::InvalidProtocolName:
        return "Protocol name is neither \"MQTT\" nor \"MQIsdp\" [MQTT-3.1.2-1]";
    case CodecError::UnsupportedProtocolVersion:
        return "Unsupported protocol level [MQTT-3.1.2-2]";
    case CodecError::ConnectReservedFlag:
        return "Reserved CONNECT flag set [MQTT-3.1.2-3]";
    case CodecError::WillFlagsWithoutWill:
        return "Will QoS or Will Retain set without the Will Flag [MQTT-3.1.2-11] "
               "[MQTT-3.1.2-13]";
    case CodecError::InvalidWillQoS:
        return "Will QoS 3 [MQTT-3.1.2-14]";
    case CodecError::PasswordWithoutUserName:
        return "Password flag set without the User Name flag [MQTT-3.1.2-22]";
    case CodecError::ClientIdentifierNotValid:
        return "Empty client identifier with clean session 0 [MQTT-3.1.3-8]";
    case CodecError::ConnackReservedFlags:
        return "Reserved CONNACK acknowledge flags set [MQTT-3.2.2-1]";
    case CodecError::InvalidReasonCode:
        return "Reason code not allowed on this packet type";
    case CodecError::InvalidQoS:
        return "QoS 3 in PUBLISH [MQTT-3.3.1-4]";
    case CodecError::DupWithQoS0:
        return "DUP flag set on a QoS 0 PUBLISH [MQTT-3.3.1-2]";
    case CodecError::WildcardInTopicName:
        return "Wildcard character in a topic name [MQTT-3.3.2-2]";
    case CodecError::EmptyTopicName:
        return "Empty topic name without a topic alias [MQTT-4.7.3-1]";
    case CodecError::PacketIdentifierZero:
        return "Packet identifier 0 [MQTT-2.2.1-3]";
    case CodecError::NoTopicFilters:
        return "SUBSCRIBE or UNSUBSCRIBE without topic filters [MQTT-3.8.3-3] [MQTT-3.10.3-2]";
    case CodecError::EmptyTopicFilter:
        return "Empty topic filter [MQTT-4.7.3-1]";
    case CodecError::InvalidTopicFilter:
        return "Misplaced wildcard in a topic filter [MQTT-4.7.1-2] [MQTT-4.7.1-3]";
    case CodecError::SubscriptionOptionsReserved:
        return "Reserved subscription option bits set or maximum QoS 3 [MQTT-3.8.3-5]";
    case CodecError::NoReasonCodes:
        return "SUBACK or UNSUBACK without reason codes";
    case CodecError::UnknownProperty:
        return "Unknown property identifier";
    case CodecError::PropertyNotAllowed:
        return "Property not allowed on this packet type";
    case CodecError::DuplicateProperty:
        return "Property that may appear once appears twice";
    case CodecError::InvalidPropertyValue:
        return "Property value the specification forbids";
    case CodecError::PropertiesInOldProtocol:
        return "AUTH packet in MQTT 3.x";
    case CodecError::InvalidRetainHandling:
        return "Retain handling 3 in subscription options";
    }
    return "Unknown codec error";
}

} // namespace mqtt
