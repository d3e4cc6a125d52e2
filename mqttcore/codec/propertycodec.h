#pragma once

#include "bytereader.h"

#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>

/// Reading and writing MQTT 5 property blocks (2.2.2).
namespace mqtt::detail {

/// Where a property block sits: a packet type, or the will properties of CONNECT.
enum class PropertyContext : quint8
{
    Will = 0, // packet type 0 is reserved, so its number is free
};
constexpr PropertyContext contextOf(PacketType type)
{
    return PropertyContext(quint8(type));
}

/// Reads a property length and the properties after it, checking each against table 2.2.2.2
/// for `context`, duplicates of single-valued properties and values the spec forbids.
bool readProperties(ByteReader &reader, PropertyContext context, Properties &properties);

/// Writes the properties (without the length prefix) in identifier order.
template <typename Writer> void writePropertyList(Writer &w, const Properties &p)
{
    const auto id = [&w](PropertyId property) { w.byte(quint8(property)); };
    if (p.payloadFormatIndicator) {
        id(PropertyId::PayloadFormatIndicator);
        w.byte(*p.payloadFormatIndicator);
    }
    if (p.messageExpiryInterval) {
        id(PropertyId::MessageExpiryInterval);
        w.uint32(*p.messageExpiryInterval);
    }
    if (p.contentType) {
        id(PropertyId::ContentType);
        w.string(*p.contentType);
    }
    if (p.responseTopic) {
        id(PropertyId::ResponseTopic);
        w.string(*p.responseTopic);
    }
    if (p.correlationData) {
        id(PropertyId::CorrelationData);
        w.binary(*p.correlationData);
    }
    for (const quint32 identifier : p.subscriptionIdentifiers) {
        id(PropertyId::SubscriptionIdentifier);
        w.varint(identifier);
    }
    if (p.sessionExpiryInterval) {
        id(PropertyId::SessionExpiryInterval);
        w.uint32(*p.sessionExpiryInterval);
    }
    if (p.assignedClientIdentifier) {
        id(PropertyId::AssignedClientIdentifier);
        w.string(*p.assignedClientIdentifier);
    }
    if (p.serverKeepAlive) {
        id(PropertyId::ServerKeepAlive);
        w.uint16(*p.serverKeepAlive);
    }
    if (p.authenticationMethod) {
        id(PropertyId::AuthenticationMethod);
        w.string(*p.authenticationMethod);
    }
    if (p.authenticationData) {
        id(PropertyId::AuthenticationData);
        w.binary(*p.authenticationData);
    }
    if (p.requestProblemInformation) {
        id(PropertyId::RequestProblemInformation);
        w.byte(*p.requestProblemInformation);
    }
    if (p.willDelayInterval) {
        id(PropertyId::WillDelayInterval);
        w.uint32(*p.willDelayInterval);
    }
    if (p.requestResponseInformation) {
        id(PropertyId::RequestResponseInformation);
        w.byte(*p.requestResponseInformation);
    }
    if (p.responseInformation) {
        id(PropertyId::ResponseInformation);
        w.string(*p.responseInformation);
    }
    if (p.serverReference) {
        id(PropertyId::ServerReference);
        w.string(*p.serverReference);
    }
    if (p.reasonString) {
        id(PropertyId::ReasonString);
        w.string(*p.reasonString);
    }
    if (p.receiveMaximum) {
        id(PropertyId::ReceiveMaximum);
        w.uint16(*p.receiveMaximum);
    }
    if (p.topicAliasMaximum) {
        id(PropertyId::TopicAliasMaximum);
        w.uint16(*p.topicAliasMaximum);
    }
    if (p.topicAlias) {
        id(PropertyId::TopicAlias);
        w.uint16(*p.topicAlias);
    }
    if (p.maximumQoS) {
        id(PropertyId::MaximumQoS);
        w.byte(*p.maximumQoS);
    }
    if (p.retainAvailable) {
        id(PropertyId::RetainAvailable);
        w.byte(*p.retainAvailable);
    }
    for (const UserProperty &user : p.userProperties) {
        id(PropertyId::UserProperty);
        w.string(user.name);
        w.string(user.value);
    }
    if (p.maximumPacketSize) {
        id(PropertyId::MaximumPacketSize);
        w.uint32(*p.maximumPacketSize);
    }
    if (p.wildcardSubscriptionAvailable) {
        id(PropertyId::WildcardSubscriptionAvailable);
        w.byte(*p.wildcardSubscriptionAvailable);
    }
    if (p.subscriptionIdentifierAvailable) {
        id(PropertyId::SubscriptionIdentifierAvailable);
        w.byte(*p.subscriptionIdentifierAvailable);
    }
    if (p.sharedSubscriptionAvailable) {
        id(PropertyId::SharedSubscriptionAvailable);
        w.byte(*p.sharedSubscriptionAvailable);
    }
}

} // namespace mqtt::detail
