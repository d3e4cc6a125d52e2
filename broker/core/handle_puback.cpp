// The acknowledgement family: PUBACK, PUBREC, PUBREL, PUBCOMP.
#include "brokercore.h"
#include "logging.h"

using mqtt::ReasonCode;
using Stage = broker::InflightMessage::Stage;

namespace broker {

void BrokerCore::handlePuback(ClientConnection &client, const mqtt::PubackPacket &packet)
{
    Session &session = *client.session;
    const auto it = session.inflight.find(packet.packetId);
    if (it == session.inflight.end() || it->second.stage != Stage::AwaitingPuback) {
        qCDebug(lcProtocol) << client.clientId << "PUBACK for unknown id" << packet.packetId;
        return;
    }
    if (m_journal && it->second.delivery.persistId)
        m_journal->deliveryRemoved(session, it->second.delivery);
    session.inflight.erase(it);
    noteProgress(session);
    pumpQueue(session);
}

void BrokerCore::handlePubrec(ClientConnection &client, const mqtt::PubrecPacket &packet)
{
    Session &session = *client.session;
    const auto it = session.inflight.find(packet.packetId);
    mqtt::PubrelPacket pubrel;
    pubrel.packetId = packet.packetId;
    if (it == session.inflight.end() || it->second.stage == Stage::AwaitingPuback) {
        pubrel.reasonCode = ReasonCode::PacketIdentifierNotFound;
        send(client, pubrel);
        return;
    }
    if (isError(packet.reasonCode)) {
        // The receiver refused the message; the exchange ends here.
        if (m_journal && it->second.delivery.persistId)
            m_journal->deliveryRemoved(session, it->second.delivery);
        session.inflight.erase(it);
        pumpQueue(session);
        return;
    }
    it->second.stage = Stage::AwaitingPubcomp;
    if (m_journal && it->second.delivery.persistId)
        m_journal->inflightReleased(session, packet.packetId, it->second);
    it->second.delivery.message.reset(); // only the id matters from now on
    send(client, pubrel);
}

void BrokerCore::handlePubrel(ClientConnection &client, const mqtt::PubrelPacket &packet)
{
    mqtt::PubcompPacket pubcomp;
    pubcomp.packetId = packet.packetId;
    if (!client.session->awaitingPubrel.remove(packet.packetId))
        pubcomp.reasonCode = ReasonCode::PacketIdentifierNotFound;
    else if (m_journal)
        m_journal->inboundQoS2Changed(*client.session, packet.packetId, false);
    // Held in durable mode until the id's release is stored: a stored id still awaiting PUBREL
    // after a crash would make the client's next message with that id look like a duplicate.
    sendAcknowledgement(client, pubcomp);
}

void BrokerCore::handlePubcomp(ClientConnection &client, const mqtt::PubcompPacket &packet)
{
    Session &session = *client.session;
    const auto it = session.inflight.find(packet.packetId);
    if (it == session.inflight.end() || it->second.stage != Stage::AwaitingPubcomp) {
        qCDebug(lcProtocol) << client.clientId << "PUBCOMP for unknown id" << packet.packetId;
        return;
    }
    if (m_journal && it->second.delivery.persistId)
        m_journal->deliveryRemoved(session, it->second.delivery);
    session.inflight.erase(it);
    pumpQueue(session);
}

} // namespace broker
