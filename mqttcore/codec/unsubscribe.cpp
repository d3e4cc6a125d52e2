#include "packetcodec.h"
#include "propertycodec.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

// UNSUBSCRIBE (3.10) and UNSUBACK (3.11).
namespace mqtt::detail {

template <typename Writer>
void serialize(Writer &w, const UnsubscribePacket &packet, ProtocolVersion version)
{
    w.uint16(packet.packetId);
    if (version == ProtocolVersion::V5)
        w.properties(packet.properties);
    for (const QString &filter : packet.filters)
        w.string(filter);
}
MQTT_INSTANTIATE_SERIALIZE(UnsubscribePacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, UnsubscribePacket &packet)
{
    if (!readPacketId(r, packet.packetId))
        return false;
    if (version == ProtocolVersion::V5 &&
        !readProperties(r, contextOf(PacketType::Unsubscribe), packet.properties))
        return false;
    if (r.atEnd())
        return r.fail(CodecError::NoTopicFilters); // [MQTT-3.10.3-2]
    while (!r.atEnd()) {
        QString filter;
        if (!readTopicFilter(r, filter))
            return false;
        packet.filters.append(std::move(filter));
    }
    return true;
}

// 3.x UNSUBACK is just the packet identifier (3.11, remaining length 2).
template <typename Writer>
void serialize(Writer &w, const UnsubackPacket &packet, ProtocolVersion version)
{
    w.uint16(packet.packetId);
    if (version != ProtocolVersion::V5)
        return;
    w.properties(packet.properties);
    for (const ReasonCode code : packet.reasonCodes)
        w.byte(quint8(code));
}
MQTT_INSTANTIATE_SERIALIZE(UnsubackPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, UnsubackPacket &packet)
{
    if (!readPacketId(r, packet.packetId))
        return false;
    if (version != ProtocolVersion::V5)
        return true;
    if (!readProperties(r, contextOf(PacketType::Unsuback), packet.properties))
        return false;
    if (r.atEnd())
        return r.fail(CodecError::NoReasonCodes); // one per filter of the UNSUBSCRIBE
    while (!r.atEnd()) {
        quint8 code = 0;
        if (!r.readByte(code))
            return false;
        if (!isReasonCodeAllowed(PacketType::Unsuback, ReasonCode(code)))
            return r.fail(CodecError::InvalidReasonCode);
        packet.reasonCodes.append(ReasonCode(code));
    }
    return true;
}

} // namespace mqtt::detail
