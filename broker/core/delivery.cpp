// Routing a message to the sessions that subscribed, and sending it within each client's
// limits: in-flight window, queue bounds, maximum packet size, topic aliases, message expiry.
#include "brokercore.h"
#include "logging.h"
#include "transport.h"

#include <broker/authmanager.h>

#include <algorithm>

using mqtt::QoS;

namespace broker {

MessagePtr BrokerCore::makeMessage(QString topic, QByteArray payload, QoS qos, bool retain,
                                   mqtt::Properties properties, const QString &publisherId)
{
    auto message = std::make_shared<Message>();
    message->topic = std::move(topic);
    message->payload = std::move(payload);
    message->qos = qos;
    message->retain = retain;
    if (properties.messageExpiryInterval) {
        message->expiresAtMs = nowMs() + qint64(*properties.messageExpiryInterval) * 1000;
        properties.messageExpiryInterval.reset();
    }
    message->properties = std::move(properties);
    message->publisherId = publisherId;
    return message;
}

bool BrokerCore::mayReceive(const Session &session, const QString &topic) const
{
    if (!m_auth || !m_auth->checksDelivery())
        return true;
    const std::optional<QString> user =
        session.client ? session.client->authenticatedUser : session.userName;
    return m_auth->authorize({session.clientId, user, AclAction::Receive, topic});
}

bool BrokerCore::expired(const Message &message) const
{
    return message.expiresAtMs != 0 && nowMs() >= message.expiresAtMs;
}

quint16 BrokerCore::inflightWindow(const Session &session) const
{
    const quint16 clientMaximum = session.client ? session.client->receiveMaximum : 65535;
    return std::min(m_limits.maxInflightMessages, clientMaximum); // [MQTT-3.3.4-7]
}

void BrokerCore::route(const MessagePtr &message)
{
    if (message->retain) {
        m_retained.store(message); // empty payload clears [MQTT-3.3.1-6] [MQTT-3.3.1-7]
        if (m_journal)
            m_journal->retainedChanged(message);
    }

    // Overlapping subscriptions of one session give one delivery with the highest QoS and
    // every matching subscription identifier [MQTT-3.3.4-2] [MQTT-3.3.4-3].
    const quint64 stamp = ++m_routeStamp;
    m_routeTargets.clear();
    m_subscriptions.match(message->topic, [&](Session *session, const Subscription &sub) {
        if (sub.options.noLocal && session->clientId == message->publisherId)
            return; // [MQTT-3.8.3-3]
        if (session->routeStamp != stamp) {
            session->routeStamp = stamp;
            session->routeQoS = sub.options.maximumQoS;
            session->routeRetainAsPublished = sub.options.retainAsPublished;
            session->routeSubscriptionIds.clear();
            m_routeTargets.push_back(session);
        } else {
            session->routeQoS = std::max(session->routeQoS, sub.options.maximumQoS);
            session->routeRetainAsPublished |= sub.options.retainAsPublished;
        }
        if (sub.identifier)
            session->routeSubscriptionIds.append(sub.identifier);
    });
    for (Session *session : m_routeTargets) {
        if (!mayReceive(*session, message->topic))
            continue;
        // RETAIN is cleared on normal delivery unless retain-as-published [MQTT-3.3.1-12]
        // [MQTT-3.3.1-13].
        const bool retainFlag = message->retain && session->routeRetainAsPublished &&
                                session->protocol == mqtt::ProtocolVersion::V5;
        deliver(*session, {message, std::min(message->qos, session->routeQoS), retainFlag,
                           session->routeSubscriptionIds}); // [MQTT-3.8.4-8]
    }
}

void BrokerCore::deliverRetained(Session &session, const QString &filter, const Subscription &sub)
{
    QList<quint32> ids;
    if (sub.identifier)
        ids.append(sub.identifier);
    m_retained.forEachMatching(filter, [&](const MessagePtr &message) {
        if (expired(*message) || !mayReceive(session, message->topic))
            return;
        // Sent because of a new subscription: RETAIN stays set [MQTT-3.3.1-8].
        deliver(session, {message, std::min(message->qos, sub.options.maximumQoS), true, ids});
    });
}

void BrokerCore::deliver(Session &session, Delivery &&delivery)
{
    if (expired(*delivery.message)) {
        ++m_stats.messagesDropped;
        return;
    }
    if (session.isOnline()) {
        ClientConnection &client = *session.client;
        if (delivery.qos == QoS::AtMostOnce) {
            // A client that does not read loses QoS 0 messages, nobody else is slowed down.
            if (client.transport->bufferedBytes() > m_limits.maxOutgoingBufferBytes) {
                ++m_stats.messagesDropped;
                return;
            }
            sendPublish(client, delivery, 0, false);
            return;
        }
        if (session.queue.empty() && session.inflight.size() < inflightWindow(session)) {
            startInflight(session, std::move(delivery));
            return;
        }
    } else if (delivery.qos == QoS::AtMostOnce && !m_limits.queueQoS0Offline) {
        return;
    }
    enqueue(session, std::move(delivery));
}

void BrokerCore::enqueue(Session &session, Delivery &&delivery)
{
    const qint64 size = delivery.message->payload.size();
    if ((m_limits.maxQueuedMessages > 0 &&
         qsizetype(session.queue.size()) >= m_limits.maxQueuedMessages) ||
        (m_limits.maxQueuedBytes > 0 && session.queuedBytes + size > m_limits.maxQueuedBytes)) {
        ++m_stats.messagesDropped;
        qCDebug(lcBroker) << "queue of" << session.clientId << "full: message dropped";
        return;
    }
    session.queuedBytes += size;
    session.queue.push_back(std::move(delivery));
    if (session.isOnline() && backPressureThreshold() > 0 &&
        qsizetype(session.queue.size()) >= backPressureThreshold())
        m_congestedSession = &session;
    if (m_journal)
        m_journal->queued(session, session.queue.back());
}

void BrokerCore::startInflight(Session &session, Delivery &&delivery)
{
    const quint16 packetId = session.allocatePacketId();
    if (!sendPublish(*session.client, delivery, packetId, false)) {
        if (m_journal && delivery.persistId)
            m_journal->deliveryRemoved(session, delivery);
        return;
    }
    InflightMessage &entry = session.inflight[packetId];
    entry.stage = delivery.qos == QoS::AtLeastOnce ? InflightMessage::Stage::AwaitingPuback
                                                   : InflightMessage::Stage::AwaitingPubrec;
    entry.sequence = session.nextSequence++;
    entry.delivery = std::move(delivery);
    if (m_journal)
        m_journal->inflightStarted(session, packetId, entry);
}

void BrokerCore::pumpQueue(Session &session)
{
    if (!session.isOnline())
        return;
    const quint16 window = inflightWindow(session);
    while (!session.queue.empty()) {
        if (session.queue.front().qos != QoS::AtMostOnce && session.inflight.size() >= window)
            break;
        Delivery delivery = std::move(session.queue.front());
        session.queue.pop_front();
        session.queuedBytes -= delivery.message->payload.size();
        if (expired(*delivery.message)) {
            ++m_stats.messagesDropped;
            if (m_journal && delivery.persistId)
                m_journal->deliveryRemoved(session, delivery);
            continue;
        }
        if (delivery.qos == QoS::AtMostOnce) {
            sendPublish(*session.client, delivery, 0, false);
            if (m_journal && delivery.persistId)
                m_journal->deliveryRemoved(session, delivery);
        } else {
            startInflight(session, std::move(delivery));
        }
    }
    if (!session.throttledPublishers.isEmpty() &&
        qsizetype(session.queue.size()) <= backPressureThreshold() / 2)
        releaseThrottledPublishers(session);
}

void BrokerCore::resendInflight(Session &session)
{
    // Unacknowledged PUBLISH (DUP set) and PUBREL again, in their original order
    // [MQTT-4.4.0-1] [MQTT-4.6.0-1].
    std::vector<std::pair<quint64, quint16>> order;
    order.reserve(session.inflight.size());
    for (const auto &[id, entry] : session.inflight)
        order.emplace_back(entry.sequence, id);
    std::sort(order.begin(), order.end());
    for (const auto &[sequence, id] : order) {
        auto it = session.inflight.find(id);
        if (it->second.stage == InflightMessage::Stage::AwaitingPubcomp) {
            mqtt::PubrelPacket pubrel;
            pubrel.packetId = id;
            send(*session.client, pubrel);
        } else if (!sendPublish(*session.client, it->second.delivery, id, true)) {
            if (m_journal && it->second.delivery.persistId)
                m_journal->deliveryRemoved(session, it->second.delivery);
            session.inflight.erase(it);
        }
    }
}

bool BrokerCore::sendPublish(ClientConnection &client, const Delivery &delivery, quint16 packetId,
                             bool dup)
{
    const Message &message = *delivery.message;
    mqtt::PublishPacket packet;
    packet.topic = message.topic;
    packet.payload = message.payload;
    packet.qos = delivery.qos;
    packet.retain = delivery.retain;
    packet.dup = dup;
    packet.packetId = packetId;
    quint16 newAlias = 0;
    if (client.isV5()) {
        packet.properties = message.properties;
        if (message.expiresAtMs != 0) {
            // Forward the remaining lifetime, not the original [MQTT-3.3.2-6].
            const qint64 remainingMs = message.expiresAtMs - nowMs();
            if (remainingMs <= 0) {
                ++m_stats.messagesDropped;
                return false;
            }
            packet.properties.messageExpiryInterval = quint32((remainingMs + 999) / 1000);
        }
        packet.properties.subscriptionIdentifiers = delivery.subscriptionIds;
        if (client.topicAliasMaximum > 0) {
            if (const auto it = client.outboundAliases.constFind(message.topic);
                it != client.outboundAliases.cend()) {
                packet.topic.clear();
                packet.properties.topicAlias = it.value();
            } else if (client.outboundAliases.size() < client.topicAliasMaximum) {
                newAlias = quint16(client.outboundAliases.size() + 1); // [MQTT-3.3.2-11]
                packet.properties.topicAlias = newAlias;
            }
        }
        if (client.maximumPacketSize < mqtt::MaximumPacketSizeLimit &&
            mqtt::encodedSize(packet, client.version) > client.maximumPacketSize) {
            // Too large for this client: discarded as if delivered [MQTT-3.1.2-25].
            ++m_stats.messagesDropped;
            return false;
        }
        if (newAlias)
            client.outboundAliases.insert(message.topic, newAlias);
    }
    ++m_stats.publishSent;
    send(client, packet);
    return true;
}

} // namespace broker
