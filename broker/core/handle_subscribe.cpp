#include "brokercore.h"
#include "logging.h"

#include <broker/authmanager.h>

#include <mqttcore/topic.h>

using mqtt::QoS;
using mqtt::ReasonCode;
using mqtt::RetainHandling;

namespace broker {

void BrokerCore::handleSubscribe(ClientConnection &client, const mqtt::SubscribePacket &packet)
{
    Session &session = *client.session;
    const quint32 identifier = packet.properties.subscriptionIdentifiers.value(0, 0);
    mqtt::SubackPacket suback;
    suback.packetId = packet.packetId; // [MQTT-3.8.4-2]
    struct RetainedRequest
    {
        QString filter;
        Subscription subscription;
    };
    QList<RetainedRequest> retainedRequests;

    for (const mqtt::SubscribeTopic &topic : packet.topics) {
        const bool shared = topic.filter.startsWith(QLatin1String("$share/"));
        if (!mqtt::isValidTopicFilter(topic.filter) ||
            (shared && !mqtt::parseSharedFilter(topic.filter))) {
            suback.reasonCodes.append(ReasonCode::TopicFilterInvalid); // 0x80 in 3.1.1
            continue;
        }
        if (m_auth && !m_auth->authorize({client.clientId, client.authenticatedUser,
                                          AclAction::Subscribe, topic.filter})) {
            suback.reasonCodes.append(ReasonCode::NotAuthorized); // 0x80 in 3.1.1
            continue;
        }
        if (shared && topic.options.noLocal && client.isV5()) {
            protocolViolation(client, BrokerError::SharedSubscriptionNoLocal); // [MQTT-3.8.3-4]
            return;
        }
        Subscription subscription{topic.options, identifier};
        const bool isNew = !session.subscriptions.contains(topic.filter);
        session.subscriptions.insert(topic.filter, subscription);
        m_subscriptions.add(&session, topic.filter, subscription);
        if (m_journal)
            m_journal->subscriptionSet(session, topic.filter, subscription);
        // Granted QoS: we support all three, so the requested one.
        suback.reasonCodes.append(static_cast<ReasonCode>(topic.options.maximumQoS));
        qCDebug(lcBroker) << client.clientId << "subscribed to" << topic.filter;
        emit subscribed(client.clientId, topic.filter, topic.options.maximumQoS);

        // Retained messages on subscribe per retain handling [MQTT-3.3.1-9] [MQTT-3.3.1-10]
        // [MQTT-3.3.1-11]; never for shared subscriptions.
        const RetainHandling handling = topic.options.retainHandling;
        if (!shared && (handling == RetainHandling::SendOnSubscribe ||
                        (handling == RetainHandling::SendOnNewSubscribe && isNew)))
            retainedRequests.append({topic.filter, subscription});
    }
    send(client, suback);
    for (const RetainedRequest &request : std::as_const(retainedRequests))
        deliverRetained(session, request.filter, request.subscription);
}

} // namespace broker
