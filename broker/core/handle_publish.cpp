#include "brokercore.h"
#include "logging.h"

#include <broker/authmanager.h>

using mqtt::QoS;
using mqtt::ReasonCode;

namespace broker {

void BrokerCore::handlePublish(ClientConnection &client, mqtt::PublishPacket &&packet)
{
    mqtt::Properties &props = packet.properties;
    if (client.isV5()) {
        using Resolution = mqtt::TopicAliases::Resolution;
        const Resolution resolution =
            client.topicAliases.resolve(packet, m_limits.topicAliasMaximum);
        if (resolution != Resolution::Resolved) {
            protocolViolation(client, resolution == Resolution::OutOfRange
                                          ? BrokerError::TopicAliasInvalid
                                          : BrokerError::TopicAliasUnknown);
            return;
        }
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
    // Receive Maximum: QoS 1/2 exchanges not yet ended by PUBACK / PUBCOMP [MQTT-3.3.4-9].
    if (packet.qos != QoS::AtMostOnce && !duplicateQoS2 && client.isV5() &&
        session.awaitingPubrel.size() + client.heldAcknowledgements >= m_limits.receiveMaximum) {
        protocolViolation(client, BrokerError::ReceiveMaximumExceeded);
        return;
    }
    ++m_stats.publishReceived;

    ReasonCode reason = ReasonCode::Success;
    if (!mayPublish(client.clientId, client.authenticatedUser, packet.topic)) {
        qCInfo(lcProtocol) << client.clientId << "may not publish to" << packet.topic;
        reason = ReasonCode::NotAuthorized;
    } else if (!duplicateQoS2) {
        // QoS 2 is routed on PUBLISH and its id kept until PUBREL, so that a re-sent PUBLISH
        // (DUP) is acknowledged again but never delivered twice. With durable persistence its
        // deliveries also wait for the commit that stores the id: a crash before it makes the
        // publisher send again, and nobody has seen the message yet.
        quint64 commitTicket = 0;
        if (packet.qos == QoS::ExactlyOnce) {
            session.awaitingPubrel.insert(packet.packetId);
            if (m_journal) {
                m_journal->inboundQoS2Changed(session, packet.packetId, true);
                commitTicket = m_journal->acknowledgementTicket();
            }
        }
        const RouteOutcome outcome =
            route(makeMessage(std::move(packet.topic), std::move(packet.payload), packet.qos,
                              packet.retain, std::move(props), client.clientId),
                  commitTicket);
        if (outcome.recipients == 0 && client.isV5())
            reason = ReasonCode::NoMatchingSubscribers; // still a success
        // Subscribers this message took past their high-water mark: read this publisher no
        // further until they drain (never for its own session, which it may not be reading
        // while it writes).
        for (Session *congested : outcome.congested) {
            if (congested != &session)
                holdPublisher(client, *congested);
        }
    }

    if (packet.qos == QoS::AtLeastOnce) {
        mqtt::PubackPacket ack;
        ack.packetId = packet.packetId;
        ack.reasonCode = reason;
        sendAcknowledgement(client, ack); // after the commit in durable mode
    } else if (packet.qos == QoS::ExactlyOnce) {
        mqtt::PubrecPacket ack;
        ack.packetId = packet.packetId;
        ack.reasonCode = reason;
        sendAcknowledgement(client, ack); // after the commit in durable mode
    }
}

bool BrokerCore::mayPublish(const QString &clientId, const std::optional<QString> &user,
                            const QString &topic) const
{
    if (topic.startsWith(QLatin1String("$SYS")))
        return false; // written by the broker only
    return !m_auth || m_auth->authorize({clientId, user, AclAction::Publish, topic});
}

} // namespace broker
