#include "brokercore.h"
#include "logging.h"

using mqtt::ReasonCode;

namespace broker {

void BrokerCore::handleUnsubscribe(ClientConnection &client, const mqtt::UnsubscribePacket &packet)
{
    Session &session = *client.session;
    mqtt::UnsubackPacket unsuback;
    unsuback.packetId = packet.packetId; // [MQTT-3.10.4-4]
    for (const QString &filter : packet.filters) {
        if (session.subscriptions.remove(filter)) {
            m_subscriptions.remove(&session, filter); // [MQTT-3.10.4-1]
            if (m_journal)
                m_journal->subscriptionRemoved(session, filter);
            unsuback.reasonCodes.append(ReasonCode::Success);
            qCDebug(lcBroker) << client.clientId << "unsubscribed from" << filter;
            emit unsubscribed(client.clientId, filter);
        } else {
            unsuback.reasonCodes.append(ReasonCode::NoSubscriptionExisted);
        }
    }
    send(client, unsuback); // [MQTT-3.10.4-4] [MQTT-3.10.4-5]
}

} // namespace broker
