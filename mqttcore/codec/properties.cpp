#include "propertycodec.h"

#include <array>

namespace mqtt {

bool Properties::isEmpty() const
{
    return *this == Properties{};
}

const char *propertyName(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        return "Payload Format Indicator";
    case PropertyId::MessageExpiryInterval:
        return "Message Expiry Interval";
    case PropertyId::ContentType:
        return "Content Type";
    case PropertyId::ResponseTopic:
        return "Response Topic";
    case PropertyId::CorrelationData:
        return "Correlation Data";
    case PropertyId::SubscriptionIdentifier:
        return "Subscription Identifier";
    case PropertyId::SessionExpiryInterval:
        return "Session Expiry Interval";
    case PropertyId::AssignedClientIdentifier:
        return "Assigned Client Identifier";
    case PropertyId::ServerKeepAlive:
        return "Server Keep Alive";
    case PropertyId::AuthenticationMethod:
        return "Authentication Method";
    case PropertyId::AuthenticationData:
        return "Authentication Data";
    case PropertyId::RequestProblemInformation:
        return "Request Problem Information";
    case PropertyId::WillDelayInterval:
        return "Will Delay Interval";
    case PropertyId::RequestResponseInformation:
        return "Request Response Information";
    case PropertyId::ResponseInformation:
        return "Response Information";
    case PropertyId::ServerReference:
        return "Server Reference";
    case PropertyId::ReasonString:
        return "Reason String";
    case PropertyId::ReceiveMaximum:
        return "Receive Maximum";
    case PropertyId::TopicAliasMaximum:
        return "Topic Alias Maximum";
    case PropertyId::TopicAlias:
        return "Topic Alias";
    case PropertyId::MaximumQoS:
        return "Maximum QoS";
    case PropertyId::RetainAvailable:
        return "Retain Available";
    case PropertyId::UserProperty:
        return "User Property";
    case PropertyId::MaximumPacketSize:
        return "Maximum Packet Size";
    case PropertyId::WildcardSubscriptionAvailable:
        return "Wildcard Subscription Available";
    case PropertyId::SubscriptionIdentifierAvailable:
        return "Subscription Identifier Available";
    case PropertyId::SharedSubscriptionAvailable:
        return "Shared Subscription Available";
    }
    return "Unknown property";
}

} // namespace mqtt

namespace mqtt::detail {

namespace {

constexpr quint32 bit(PacketType type)
{
    return 1u << quint8(type);
}
constexpr quint32 WillBit = 1u << quint8(PropertyContext::Will);
constexpr quint32 PublishOrWill = bit(PacketType::Publish) | WillBit;
constexpr quint32 Acks = bit(PacketType::Puback) | bit(PacketType::Pubrec) |
                         bit(PacketType::Pubrel) | bit(PacketType::Pubcomp);
constexpr quint32 AnyContext = 0xFFFF;

// Table 2.2.2.2: for each identifier the contexts that may carry it; 0 = unknown identifier.
constexpr std::array<quint32, 0x2B> allowedContexts = [] {
    std::array<quint32, 0x2B> table{};
    const auto set = [&table](PropertyId id, quint32 contexts) { table[quint8(id)] = contexts; };
    set(PropertyId::PayloadFormatIndicator, PublishOrWill);
    set(PropertyId::MessageExpiryInterval, PublishOrWill);
    set(PropertyId::ContentType, PublishOrWill);
    set(PropertyId::ResponseTopic, PublishOrWill);
    set(PropertyId::CorrelationData, PublishOrWill);
    set(PropertyId::SubscriptionIdentifier, bit(PacketType::Publish) | bit(PacketType::Subscribe));
    set(PropertyId::SessionExpiryInterval,
        bit(PacketType::Connect) | bit(PacketType::Connack) | bit(PacketType::Disconnect));
    set(PropertyId::AssignedClientIdentifier, bit(PacketType::Connack));
    set(PropertyId::ServerKeepAlive, bit(PacketType::Connack));
    const quint32 authentication =
        bit(PacketType::Connect) | bit(PacketType::Connack) | bit(PacketType::Auth);
    set(PropertyId::AuthenticationMethod, authentication);
    set(PropertyId::AuthenticationData, authentication);
    set(PropertyId::RequestProblemInformation, bit(PacketType::Connect));
    set(PropertyId::WillDelayInterval, WillBit);
    set(PropertyId::RequestResponseInformation, bit(PacketType::Connect));
    set(PropertyId::ResponseInformation, bit(PacketType::Connack));
    set(PropertyId::ServerReference, bit(PacketType::Connack) | bit(PacketType::Disconnect));
    set(PropertyId::ReasonString, bit(PacketType::Connack) | Acks | bit(PacketType::Suback) |
                                      bit(PacketType::Unsuback) | bit(PacketType::Disconnect) |
                                      bit(PacketType::Auth));
    const quint32 connectOrConnack = bit(PacketType::Connect) | bit(PacketType::Connack);
    set(PropertyId::ReceiveMaximum, connectOrConnack);
    set(PropertyId::TopicAliasMaximum, connectOrConnack);
    set(PropertyId::TopicAlias, bit(PacketType::Publish));
    set(PropertyId::MaximumQoS, bit(PacketType::Connack));
    set(PropertyId::RetainAvailable, bit(PacketType::Connack));
    set(PropertyId::UserProperty,
        AnyContext & ~bit(PacketType::Pingreq) & ~bit(PacketType::Pingresp));
    set(PropertyId::MaximumPacketSize, connectOrConnack);
    set(PropertyId::WildcardSubscriptionAvailable, bit(PacketType::Connack));
    set(PropertyId::SubscriptionIdentifierAvailable, bit(PacketType::Connack));
    set(PropertyId::SharedSubscriptionAvailable, bit(PacketType::Connack));
    return table;
}();

// Reads one value into a single-valued property, rejecting a second occurrence
// (2.2.2.2: "It is a Protocol Error to include ... more than once").
template <typename T, typename Read>
bool readOnce(ByteReader &reader, std::optional<T> &field, Read read)
{
    if (field)
        return reader.fail(CodecError::DuplicateProperty);
    T value{};
    if (!read(value))
        return false;
    field = std::move(value);
    return true;
}

bool readByteProperty(ByteReader &reader, std::optional<quint8> &field, quint8 maximum)
{
    if (!readOnce(reader, field, [&reader](quint8 &v) { return reader.readByte(v); }))
        return false;
    return *field <= maximum || reader.fail(CodecError::InvalidPropertyValue);
}

template <typename T> bool readNonZero(ByteReader &reader, std::optional<T> &field)
{
    const bool ok = readOnce(reader, field, [&reader](T &v) {
        if constexpr (sizeof(T) == 2)
            return reader.readUint16(v);
        else
            return reader.readUint32(v);
    });
    return ok && (*field != 0 || reader.fail(CodecError::InvalidPropertyValue));
}

bool readUint32Property(ByteReader &reader, std::optional<quint32> &field)
{
    return readOnce(reader, field, [&reader](quint32 &v) { return reader.readUint32(v); });
}

bool readUint16Property(ByteReader &reader, std::optional<quint16> &field)
{
    return readOnce(reader, field, [&reader](quint16 &v) { return reader.readUint16(v); });
}

bool readStringProperty(ByteReader &reader, std::optional<QString> &field)
{
    return readOnce(reader, field, [&reader](QString &v) { return reader.readString(v); });
}

bool readBinaryProperty(ByteReader &reader, std::optional<QByteArray> &field)
{
    return readOnce(reader, field, [&reader](QByteArray &v) { return reader.readBinary(v); });
}

bool readProperty(ByteReader &reader, PropertyId id, PropertyContext context, Properties &p)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        return readByteProperty(reader, p.payloadFormatIndicator, 1);
    case PropertyId::MessageExpiryInterval:
        return readUint32Property(reader, p.messageExpiryInterval);
    case PropertyId::ContentType:
        return readStringProperty(reader, p.contentType);
    case PropertyId::ResponseTopic: // a topic name: no wildcards [MQTT-3.3.2-14]
        if (!readStringProperty(reader, p.responseTopic))
            return false;
        return !(p.responseTopic->contains(QLatin1Char('+')) ||
                 p.responseTopic->contains(QLatin1Char('#'))) ||
               reader.fail(CodecError::InvalidPropertyValue);
    case PropertyId::CorrelationData:
        return readBinaryProperty(reader, p.correlationData);
    case PropertyId::SubscriptionIdentifier: {
        // Several on PUBLISH (3.3.2.3.8), one on SUBSCRIBE (3.8.2.1.2).
        if (context == contextOf(PacketType::Subscribe) && !p.subscriptionIdentifiers.isEmpty())
            return reader.fail(CodecError::DuplicateProperty);
        quint32 value = 0;
        if (!reader.readVariableInteger(value))
            return false;
        if (value == 0) // "It is a Protocol Error if the Subscription Identifier has a value of 0"
            return reader.fail(CodecError::InvalidPropertyValue);
        p.subscriptionIdentifiers.append(value);
        return true;
    }
    case PropertyId::SessionExpiryInterval:
        return readUint32Property(reader, p.sessionExpiryInterval);
    case PropertyId::AssignedClientIdentifier:
        return readStringProperty(reader, p.assignedClientIdentifier);
    case PropertyId::ServerKeepAlive:
        return readUint16Property(reader, p.serverKeepAlive);
    case PropertyId::AuthenticationMethod:
        return readStringProperty(reader, p.authenticationMethod);
    case PropertyId::AuthenticationData:
        return readBinaryProperty(reader, p.authenticationData);
    case PropertyId::RequestProblemInformation:
        return readByteProperty(reader, p.requestProblemInformation, 1);
    case PropertyId::WillDelayInterval:
        return readUint32Property(reader, p.willDelayInterval);
    case PropertyId::RequestResponseInformation:
        return readByteProperty(reader, p.requestResponseInformation, 1);
    case PropertyId::ResponseInformation:
        return readStringProperty(reader, p.responseInformation);
    case PropertyId::ServerReference:
        return readStringProperty(reader, p.serverReference);
    case PropertyId::ReasonString:
        return readStringProperty(reader, p.reasonString);
    case PropertyId::ReceiveMaximum: // 0 is a Protocol Error (3.1.2.11.3, 3.2.2.3.3)
        return readNonZero(reader, p.receiveMaximum);
    case PropertyId::TopicAliasMaximum:
        return readUint16Property(reader, p.topicAliasMaximum);
    case PropertyId::TopicAlias: // 0 is a Protocol Error (3.3.2.3.4)
        return readNonZero(reader, p.topicAlias);
    case PropertyId::MaximumQoS:
        return readByteProperty(reader, p.maximumQoS, 1);
    case PropertyId::RetainAvailable:
        return readByteProperty(reader, p.retainAvailable, 1);
    case PropertyId::UserProperty: {
        UserProperty user;
        if (!reader.readString(user.name) || !reader.readString(user.value))
            return false;
        p.userProperties.append(std::move(user));
        return true;
    }
    case PropertyId::MaximumPacketSize: // 0 is a Protocol Error (3.1.2.11.4, 3.2.2.3.6)
        return readNonZero(reader, p.maximumPacketSize);
    case PropertyId::WildcardSubscriptionAvailable:
        return readByteProperty(reader, p.wildcardSubscriptionAvailable, 1);
    case PropertyId::SubscriptionIdentifierAvailable:
        return readByteProperty(reader, p.subscriptionIdentifierAvailable, 1);
    case PropertyId::SharedSubscriptionAvailable:
        return readByteProperty(reader, p.sharedSubscriptionAvailable, 1);
    }
    return reader.fail(CodecError::UnknownProperty);
}

} // namespace

bool readProperties(ByteReader &reader, PropertyContext context, Properties &properties)
{
    quint32 length = 0;
    QByteArrayView block;
    if (!reader.readVariableInteger(length) || !reader.readBytes(length, block))
        return false;
    ByteReader blockReader(block);
    while (!blockReader.atEnd()) {
        quint32 identifier = 0; // a variable byte integer (2.2.2.2)
        if (!blockReader.readVariableInteger(identifier))
            break;
        if (identifier >= allowedContexts.size() || allowedContexts[identifier] == 0) {
            blockReader.fail(CodecError::UnknownProperty);
            break;
        }
        if (!(allowedContexts[identifier] & (1u << quint8(context)))) {
            blockReader.fail(CodecError::PropertyNotAllowed);
            break;
        }
        if (!readProperty(blockReader, PropertyId(identifier), context, properties))
            break;
    }
    // "It is a Protocol Error to include Authentication Data if there is no Authentication
    // Method" (3.1.2.11.10, 3.2.2.3.18, 3.15.2.2.3).
    if (properties.authenticationData && !properties.authenticationMethod)
        blockReader.fail(CodecError::InvalidPropertyValue);
    return blockReader.error() == CodecError::None || reader.fail(blockReader.error());
}

} // namespace mqtt::detail
