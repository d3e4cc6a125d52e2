#include "brokercore.h"

namespace broker {

void BrokerCore::dispatch(ClientConnection &client, mqtt::Packet &&packet)
{
    using mqtt::PacketType;
    const PacketType type = mqtt::packetType(packet);
    if (client.state == ClientConnection::State::AwaitingConnect && type != PacketType::Connect) {
        protocolViolation(client, BrokerError::FirstPacketNotConnect); // [MQTT-3.1.0-1]
        return;
    }
    switch (type) {
    case PacketType::Connect:
        handleConnect(client, std::get<mqtt::ConnectPacket>(std::move(packet)));
        return;
    case PacketType::Publish:
        handlePublish(client, std::get<mqtt::PublishPacket>(std::move(packet)));
        return;
    case PacketType::Puback:
        handlePuback(client, std::get<mqtt::PubackPacket>(packet));
        return;
    case PacketType::Pubrec:
        handlePubrec(client, std::get<mqtt::PubrecPacket>(packet));
        return;
    case PacketType::Pubrel:
        handlePubrel(client, std::get<mqtt::PubrelPacket>(packet));
        return;
    case PacketType::Pubcomp:
        handlePubcomp(client, std::get<mqtt::PubcompPacket>(packet));
        return;
    case PacketType::Subscribe:
        handleSubscribe(client, std::get<mqtt::SubscribePacket>(packet));
        return;
    case PacketType::Unsubscribe:
        handleUnsubscribe(client, std::get<mqtt::UnsubscribePacket>(packet));
        return;
    case PacketType::Pingreq:
        handlePingreq(client);
        return;
    case PacketType::Disconnect:
        handleDisconnect(client, std::get<mqtt::DisconnectPacket>(packet));
        return;
    case PacketType::Auth:
        handleAuth(client, std::get<mqtt::AuthPacket>(packet));
        return;
    case PacketType::Connack:
    case PacketType::Suback:
    case PacketType::Unsuback:
    case PacketType::Pingresp:
    case PacketType::Reserved:
        break;
    }
    protocolViolation(client, BrokerError::UnexpectedPacket);
}

} // namespace broker
