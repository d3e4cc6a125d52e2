#include "brokercore.h"

namespace broker {

void BrokerCore::handleAuth(ClientConnection &client, const mqtt::AuthPacket &)
{
    // No authentication method was accepted in CONNECT, so AUTH is a protocol error
    // [MQTT-4.12.0-1].
    protocolViolation(client, BrokerError::UnexpectedPacket);
}

} // namespace broker
