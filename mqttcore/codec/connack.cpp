#include "packetcodec.h"
#include "propertycodec.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

namespace mqtt::detail {

template <typename Writer>
void serialize(Writer &w, const ConnackPacket &packet, ProtocolVersion version)
{
    w.byte(packet.sessionPresent ? 0x01 : 0x00);
    if (version == ProtocolVersion::V5) {
        w.byte(quint8(packet.reasonCode));
        w.properties(packet.properties);
    } else {
        w.byte(connackCodeV3(packet.reasonCode));
    }
}
MQTT_INSTANTIATE_SERIALIZE(ConnackPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, ConnackPacket &packet)
{
    quint8 flags = 0;
    quint8 code = 0;
    if (!r.readByte(flags) || !r.readByte(code))
        return false;
    if (flags & 0xFE)
        return r.fail(CodecError::ConnackReservedFlags); // [MQTT-3.2.2-1]
    packet.sessionPresent = flags & 0x01;
    if (version != ProtocolVersion::V5) {
        if (code > 5) // 3.1.1 table 3.1: 6-255 are reserved
            return r.fail(CodecError::InvalidReasonCode);
        packet.reasonCode = reasonFromConnackV3(code);
        return true;
    }
    packet.reasonCode = ReasonCode(code);
    if (!isReasonCodeAllowed(PacketType::Connack, packet.reasonCode))
        return r.fail(CodecError::InvalidReasonCode);
    return readProperties(r, contextOf(PacketType::Connack), packet.properties);
}

} // namespace mqtt::detail
