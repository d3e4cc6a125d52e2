#include "brokercore.h"
#include "logging.h"

#include <broker/authmanager.h>

using mqtt::QoS;
using mqtt::ReasonCode;

namespace broker {

namespace {

/// $SYS is written by the broker only; clients may not publish there.
bool isReadOnlyTopic(const QString &topic)
{
    return topic.startsWith(QLatin1String("$SYS"));
}

} // namespace

void BrokerCore::handlePublish(ClientConnection &client, mqtt::PublishPacket &&packet)
{
    mqtt::Properties &props = packet.properties;
    if (client.isV5() && props.topicAlias) {
        const quint16 alias = *props.topicAlias;
        if (alias == 0 || alias > m_limits.topicAliasMaximum) {
            protocolViolation(client, BrokerError::TopicAliasInvalid);
            return;
        }
        if (packet.topic.isEmpty()) {
            const auto it = client.inboundAliases.constFind(alias);
            if (it == client.inboundAliases.cend()) {
                protocolViolation(client, BrokerError::TopicAliasUnknown);
                return;
            }
            packet.topic = it.value();
        } else {
            client.inboundAliases.insert(alias, packet.topic);
        }
        props.topicAlias.reset();
    }
    if (!props.subscriptionIdentifiers.isEmpty()) {
        protocolViolation(client, BrokerError::SubscriptionIdInPublish);
        return;
    }
    if (packet.retain && !m_limits.retainAvailable) {
        protocolViolation(client, BrokerError::RetainNotSupported);
        return;
    }
    Session &session = *client.session;
    const bool duplicateQoS2 =
        packet.qos == QoS::ExactlyOnce && session.awaitingPubrel.contains(packet.packetId);
    if (packet.qos == QoS::ExactlyOnce && !duplicateQoS2 && client.isV5() &&
        session.awaitingPubrel.size() >= m_limits.receiveMaximum) {
        protocolViolation(client, BrokerError::ReceiveMaximumExceeded);
        return;
    }
    ++m_stats.publishReceived;

    m_congestedSession = nullptr; // set by route() below
    ReasonCode reason = ReasonCode::Success;
    if (isReadOnlyTopic(packet.topic) ||
        (m_auth && !m_auth->authorize({client.clientId, client.authenticatedUser,
                                       AclAction::Publish, packet.topic}))) {
        qCInfo(lcProtocol) << client.clientId << "may not publish to" << packet.topic;
        reason = ReasonCode::NotAuthorized;
    } else if (!duplicateQoS2) {
        // QoS 2 is routed on PUBLISH and its id kept until PUBREL, so that a re-sent PUBLISH
        // (DUP) is acknowledged again but never delivered twice.
        route(makeMessage(std::move(packet.topic), std::move(packet.payload), packet.qos,
                          packet.retain, std::move(props), client.clientId));
    }
    // A subscriber's queue grew past the back-pressure mark: this publisher's acknowledgement
    // waits for it to drain (never for the publisher's own queue, which it may not be reading
    // while it waits).
    Session *congested = std::exchange(m_congestedSession, nullptr);
    if (congested == &session)
        congested = nullptr;

    if (packet.qos == QoS::AtLeastOnce) {
        mqtt::PubackPacket ack;
        ack.packetId = packet.packetId;
        ack.reasonCode = reason;
        acknowledge(client, ack, congested); // after the commit in durable mode
    } else if (packet.qos == QoS::ExactlyOnce) {
        mqtt::PubrecPacket ack;
        ack.packetId = packet.packetId;
        ack.reasonCode = reason;
        // An error PUBREC ends the exchange: no PUBREL follows.
        if (!isError(reason) && !duplicateQoS2) {
            session.awaitingPubrel.insert(packet.packetId);
            if (m_journal)
                m_journal->inboundQoS2Changed(session, packet.packetId, true);
        }
        acknowledge(client, ack, congested); // after the commit in durable mode
    }
}

} // namespace broker
