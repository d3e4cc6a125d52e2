#include "brokercore.h"

using mqtt::ReasonCode;

namespace broker {

void BrokerCore::handleDisconnect(ClientConnection &client, const mqtt::DisconnectPacket &packet)
{
    if (client.isV5() && packet.properties.sessionExpiryInterval) {
        const quint32 expiry = *packet.properties.sessionExpiryInterval;
        if (client.connectExpiryZero && expiry != 0) {
            protocolViolation(client, BrokerError::SessionExpiryAfterZero);
            return;
        }
        client.session->expiryInterval = std::min(expiry, m_limits.maxSessionExpiry);
    }
    // A normal DISCONNECT discards the will [MQTT-3.14.4-3]; MQTT 5 can ask for it (0x04).
    client.publishWillOnClose =
        client.isV5() && packet.reasonCode == ReasonCode::DisconnectWithWillMessage;
    closeConnection(client, packet.reasonCode, false);
}

} // namespace broker
