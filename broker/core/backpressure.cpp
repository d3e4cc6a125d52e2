// Back-pressure: publishers wait for slow subscribers instead of overflowing their queues.
// A QoS 1/2 publisher keeps at most its in-flight window unacknowledged, so holding its
// PUBACK / PUBREC slows it to the pace at which the congested queue drains.
#include "brokercore.h"
#include "logging.h"

namespace broker {

qsizetype BrokerCore::backPressureThreshold() const
{
    qsizetype threshold = m_limits.backPressureQueuedMessages;
    if (m_limits.maxQueuedMessages > 0 && threshold > 0)
        threshold = std::max<qsizetype>(1, std::min(threshold, m_limits.maxQueuedMessages / 2));
    return threshold;
}

bool BrokerCore::isCongested(const Session &session) const
{
    const qsizetype threshold = backPressureThreshold();
    return threshold > 0 && session.isOnline() && qsizetype(session.queue.size()) > threshold / 2;
}

void BrokerCore::acknowledge(ClientConnection &client, const mqtt::Packet &packet,
                             Session *congested)
{
    if (!congested && client.throttledAcks.empty()) {
        sendAcknowledgement(client, packet);
        return;
    }
    // Behind a held acknowledgement every later one waits too: they go out in order
    // [MQTT-4.6.0-2].
    QString waitFor;
    if (congested) {
        waitFor = congested->clientId;
        congested->throttledPublishers.insert(client.clientId);
        ++m_stats.acknowledgementsHeld;
    }
    client.throttledAcks.push_back({packet, waitFor});
}

void BrokerCore::releaseThrottledPublishers(Session &session)
{
    const QSet<QString> publishers = std::exchange(session.throttledPublishers, {});
    for (const QString &clientId : publishers) {
        if (ClientConnection *publisher = m_connectedById.value(clientId))
            releaseAcknowledgements(*publisher);
    }
}

void BrokerCore::releaseAcknowledgements(ClientConnection &client)
{
    while (!client.throttledAcks.empty()) {
        const ClientConnection::ThrottledAcknowledgement &front = client.throttledAcks.front();
        if (!front.waitFor.isEmpty()) {
            Session *waitedFor = m_sessions->find(front.waitFor);
            if (waitedFor && waitedFor != client.session && isCongested(*waitedFor)) {
                waitedFor->throttledPublishers.insert(client.clientId);
                return;
            }
        }
        sendAcknowledgement(client, front.packet);
        client.throttledAcks.pop_front();
    }
}

} // namespace broker
