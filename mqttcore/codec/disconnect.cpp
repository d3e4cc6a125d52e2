#include "packetcodec.h"
#include "propertycodec.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

// DISCONNECT (3.14). 3.x has no body; 5.0 omits reason and properties when it can.
namespace mqtt::detail {

template <typename Writer>
void serialize(Writer &w, const DisconnectPacket &packet, ProtocolVersion version)
{
    if (version != ProtocolVersion::V5)
        return;
    const bool hasProperties = !packet.properties.isEmpty();
    // 3.14.2.1: remaining length 0 means Normal disconnection; 3.14.2.2.1: a remaining length
    // below 2 means no properties.
    if (packet.reasonCode != ReasonCode::NormalDisconnection || hasProperties)
        w.byte(quint8(packet.reasonCode));
    if (hasProperties)
        w.properties(packet.properties);
}
MQTT_INSTANTIATE_SERIALIZE(DisconnectPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, DisconnectPacket &packet)
{
    if (version != ProtocolVersion::V5 || r.atEnd())
        return true;
    quint8 code = 0;
    if (!r.readByte(code))
        return false;
    packet.reasonCode = ReasonCode(code);
    if (!isReasonCodeAllowed(PacketType::Disconnect, packet.reasonCode))
        return r.fail(CodecError::InvalidReasonCode);
    return r.atEnd() || readProperties(r, contextOf(PacketType::Disconnect), packet.properties);
}

} // namespace mqtt::detail
