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

bool BrokerCore::socketFull(const ClientConnection &client) const
{
    return client.transport->bufferedBytes() >= m_limits.maxOutgoingBufferBytes;
}

void BrokerCore::countDrop(Session &session, const char *why)
{
    ++m_stats.messagesDropped;
    ++session.messagesDropped;
    ++session.droppedSinceLog;
    const qint64 now = nowMs();
    constexpr qint64 LogIntervalMs = 10000;
    if (session.lastDropLogMs >= 0 && now - session.lastDropLogMs < LogIntervalMs)
        return;
    qCWarning(lcBroker).nospace() << "client " << session.clientId << ": "
                                  << session.droppedSinceLog << " message(s) dropped (" << why
                                  << "), " << session.messagesDropped << " in all";
    session.lastDropLogMs = now;
    session.droppedSinceLog = 0;
}

BrokerCore::RouteOutcome BrokerCore::route(const MessagePtr &message, quint64 commitTicket)
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
    RouteOutcome outcome;
    for (Session *session : m_routeTargets) {
        if (!mayReceive(*session, message->topic))
            continue;
        ++outcome.recipients;
        // RETAIN is cleared on normal delivery unless retain-as-published [MQTT-3.3.1-12]
        // [MQTT-3.3.1-13].
        const bool retainFlag = message->retain && session->routeRetainAsPublished &&
                                session->protocol == mqtt::ProtocolVersion::V5;
        Delivery delivery{message, std::min(message->qos, session->routeQoS), retainFlag,
                          session->routeSubscriptionIds}; // [MQTT-3.8.4-8]
        delivery.commitTicket = commitTicket;
        deliver(*session, std::move(delivery));
        if (session->isOnline() && !session->stalled && isCongested(*session))
            outcome.congested.push_back(session);
    }
    return outcome;
}

void BrokerCore::deliverRetained(Session &session, const QString &filter, const Subscription &sub)
{
    std::vector<MessagePtr> messages = m_retained.matching(filter);
    if (messages.empty())
        return;
    RetainedBacklog backlog;
    backlog.messages = std::move(messages);
    backlog.maximumQoS = sub.options.maximumQoS;
    if (sub.identifier)
        backlog.subscriptionIds.append(sub.identifier);
    session.retainedBacklog.push_back(std::move(backlog));
    pumpQueue(session);
}

void BrokerCore::deliver(Session &session, Delivery &&delivery)
{
    if (expired(*delivery.message)) {
        countDrop(session, "expired");
        return;
    }
    if (session.isOnline()) {
        ClientConnection &client = *session.client;
        // Sent at once only when nothing waits ahead of it and the socket takes it.
        const bool mustWait = !session.queue.empty() || !session.retainedBacklog.empty() ||
                              delivery.commitTicket > m_committedTicket || socketFull(client);
        if (!mustWait) {
            if (delivery.qos == QoS::AtMostOnce) {
                sendPublish(client, delivery, 0, false);
                return;
            }
            if (session.inflight.size() < inflightWindow(session)) {
                startInflight(session, std::move(delivery));
                return;
            }
        } else if (delivery.qos == QoS::AtMostOnce && session.stalled) {
            countDrop(session, "QoS 0 to a client that takes nothing");
            return;
        }
        if (delivery.commitTicket > m_committedTicket)
            m_waitingForCommit.insert(session.clientId); // pumped by journalCommitted()
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
        countDrop(session, "queue full");
        return;
    }
    session.queuedBytes += size;
    session.queue.push_back(std::move(delivery));
    if (m_journal)
        m_journal->queued(session, session.queue.back());
}

void BrokerCore::startInflight(Session &session, Delivery &&delivery)
{
    ClientConnection &client = *session.client;
    const quint16 packetId = session.allocatePacketId();
    mqtt::PublishPacket packet;
    if (!preparePublish(client, delivery, packetId, false, packet)) {
        if (m_journal && delivery.persistId)
            m_journal->deliveryRemoved(session, delivery);
        return;
    }
    const bool exactlyOnce = delivery.qos == QoS::ExactlyOnce;
    InflightMessage &entry = session.inflight[packetId];
    entry.stage = exactlyOnce ? InflightMessage::Stage::AwaitingPubrec
                              : InflightMessage::Stage::AwaitingPuback;
    entry.sequence = session.nextSequence++;
    entry.delivery = std::move(delivery);
    if (m_journal) {
        m_journal->inflightStarted(session, packetId, entry);
        if (exactlyOnce) {
            // Sent once its packet id is stored: after a crash the message is sent again
            // under the same id (DUP), which the subscriber recognises, never as a new one.
            sendAfterCommit(client, packet, false);
            return;
        }
    }
    send(client, packet);
}

void BrokerCore::pumpQueue(Session &session)
{
    if (!session.isOnline())
        return;
    ClientConnection &client = *session.client;
    const quint16 window = inflightWindow(session);
    bool progressed = false;
    while (client.state == ClientConnection::State::Connected && !socketFull(client)) {
        if (!session.retainedBacklog.empty()) {
            RetainedBacklog &backlog = session.retainedBacklog.front();
            if (backlog.next == backlog.messages.size()) {
                session.retainedBacklog.pop_front();
                continue;
            }
            const MessagePtr &message = backlog.messages[backlog.next];
            const QoS qos = std::min(message->qos, backlog.maximumQoS);
            if (qos != QoS::AtMostOnce && session.inflight.size() >= window)
                break;
            Delivery delivery{message, qos, true, backlog.subscriptionIds};
            ++backlog.next;
            progressed = true;
            if (expired(*message) || !mayReceive(session, message->topic))
                continue; // expired or not readable (ACLs may have changed) since the snapshot
            // Sent because of a new subscription: RETAIN stays set [MQTT-3.3.1-8].
            if (qos == QoS::AtMostOnce)
                sendPublish(client, delivery, 0, false);
            else
                startInflight(session, std::move(delivery));
            continue;
        }
        if (session.queue.empty())
            break;
        const Delivery &front = session.queue.front();
        if (front.commitTicket > m_committedTicket) {
            m_waitingForCommit.insert(session.clientId);
            break;
        }
        if (front.qos != QoS::AtMostOnce && session.inflight.size() >= window)
            break;
        Delivery delivery = std::move(session.queue.front());
        session.queue.pop_front();
        session.queuedBytes -= delivery.message->payload.size();
        progressed = true;
        if (expired(*delivery.message)) {
            countDrop(session, "expired");
            if (m_journal && delivery.persistId)
                m_journal->deliveryRemoved(session, delivery);
            continue;
        }
        if (delivery.qos == QoS::AtMostOnce) {
            sendPublish(client, delivery, 0, false);
            if (m_journal && delivery.persistId)
                m_journal->deliveryRemoved(session, delivery);
        } else {
            startInflight(session, std::move(delivery));
        }
    }
    if (progressed)
        noteProgress(session);
    if (!session.heldPublishers.isEmpty() && hasDrained(session))
        releasePublishers(session);
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
    mqtt::PublishPacket packet;
    if (!preparePublish(client, delivery, packetId, dup, packet))
        return false;
    send(client, packet);
    return true;
}

bool BrokerCore::preparePublish(ClientConnection &client, const Delivery &delivery,
                                quint16 packetId, bool dup, mqtt::PublishPacket &packet)
{
    const Message &message = *delivery.message;
    if (client.recheckReads && client.session && !mayReceive(*client.session, message.topic)) {
        // Queued for the session's previous user: this connection's user may not read it.
        countDrop(*client.session, "not readable by the new user of the session");
        return false;
    }
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
            if (remainingMs <= 0 && !dup) {
                countDrop(*client.session, "expired");
                return false;
            }
            // A message once sent is sent again whatever its expiry: its exchange must complete
            // [MQTT-4.3.3-7] (QoS 2) [MQTT-4.4.0-1]; it goes with the shortest lifetime.
            packet.properties.messageExpiryInterval =
                quint32(std::max<qint64>(1, (remainingMs + 999) / 1000));
        }
        packet.properties.subscriptionIdentifiers = delivery.subscriptionIds;
        newAlias = client.topicAliases.substitute(packet, client.topicAliasMaximum);
        if (client.maximumPacketSize < mqtt::MaximumPacketSizeLimit &&
            mqtt::encodedSize(packet, client.version) > client.maximumPacketSize) {
            // Too large for this client: discarded as if delivered [MQTT-3.1.2-25].
            countDrop(*client.session, "larger than the client's maximum packet size");
            return false;
        }
        if (newAlias)
            client.topicAliases.remember(message.topic, newAlias);
    }
    ++m_stats.publishSent;
    return true;
}

} // namespace broker
