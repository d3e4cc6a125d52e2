#include "brokercore.h"

namespace broker {

void BrokerCore::handlePingreq(ClientConnection &client)
{
    send(client, mqtt::PingrespPacket{}); // [MQTT-3.12.4-1]
}

} // namespace broker
