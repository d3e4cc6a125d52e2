#include "packetcodec.h"
#include "propertycodec.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

// PUBACK, PUBREC, PUBREL and PUBCOMP share one layout (3.4 - 3.7).
namespace mqtt::detail {

namespace {

// 5.0 short forms (3.4.2.1): the reason code is omitted when it is Success and there are no
// properties, and the property length is omitted when there are no properties; mosquitto
// sends the same.
template <typename Writer>
void serializeAck(Writer &w, const AckFields &ack, ProtocolVersion version)
{
    w.uint16(ack.packetId);
    if (version != ProtocolVersion::V5)
        return;
    const bool hasProperties = !ack.properties.isEmpty();
    if (ack.reasonCode != ReasonCode::Success || hasProperties)
        w.byte(quint8(ack.reasonCode));
    if (hasProperties)
        w.properties(ack.properties);
}

bool readAck(ByteReader &r, PacketType type, ProtocolVersion version, AckFields &ack)
{
    if (!readPacketId(r, ack.packetId))
        return false;
    if (version != ProtocolVersion::V5 || r.atEnd())
        return true; // remaining length 2: Success, no properties
    quint8 code = 0;
    if (!r.readByte(code))
        return false;
    ack.reasonCode = ReasonCode(code);
    if (!isReasonCodeAllowed(type, ack.reasonCode))
        return r.fail(CodecError::InvalidReasonCode);
    if (r.atEnd())
        return true; // remaining length 3: no properties (3.4.2.2.1)
    return readProperties(r, contextOf(type), ack.properties);
}

} // namespace

bool readPacketId(ByteReader &r, quint16 &packetId)
{
    if (!r.readUint16(packetId))
        return false;
    return packetId != 0 || r.fail(CodecError::PacketIdentifierZero);
}

template <typename Writer>
void serialize(Writer &w, const PubackPacket &packet, ProtocolVersion version)
{
    serializeAck(w, packet, version);
}
template <typename Writer>
void serialize(Writer &w, const PubrecPacket &packet, ProtocolVersion version)
{
    serializeAck(w, packet, version);
}
template <typename Writer>
void serialize(Writer &w, const PubrelPacket &packet, ProtocolVersion version)
{
    serializeAck(w, packet, version);
}
template <typename Writer>
void serialize(Writer &w, const PubcompPacket &packet, ProtocolVersion version)
{
    serializeAck(w, packet, version);
}
MQTT_INSTANTIATE_SERIALIZE(PubackPacket)
MQTT_INSTANTIATE_SERIALIZE(PubrecPacket)
MQTT_INSTANTIATE_SERIALIZE(PubrelPacket)
MQTT_INSTANTIATE_SERIALIZE(PubcompPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, PubackPacket &packet)
{
    return readAck(r, PacketType::Puback, version, packet);
}
bool readBody(ByteReader &r, quint8, ProtocolVersion version, PubrecPacket &packet)
{
    return readAck(r, PacketType::Pubrec, version, packet);
}
bool readBody(ByteReader &r, quint8, ProtocolVersion version, PubrelPacket &packet)
{
    return readAck(r, PacketType::Pubrel, version, packet);
}
bool readBody(ByteReader &r, quint8, ProtocolVersion version, PubcompPacket &packet)
{
    return readAck(r, PacketType::Pubcomp, version, packet);
}

} // namespace mqtt::detail
