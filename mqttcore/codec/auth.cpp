#include "packetcodec.h"
#include "propertycodec.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

// AUTH (3.15), MQTT 5 only.
namespace mqtt::detail {

// Remaining length 0 stands for Success without properties (3.15.2.1); otherwise the reason
// code and the property length are both present, as mosquitto sends them.
template <typename Writer> void serialize(Writer &w, const AuthPacket &packet, ProtocolVersion)
{
    if (packet.reasonCode == ReasonCode::Success && packet.properties.isEmpty())
        return;
    w.byte(quint8(packet.reasonCode));
    w.properties(packet.properties);
}
MQTT_INSTANTIATE_SERIALIZE(AuthPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, AuthPacket &packet)
{
    if (version != ProtocolVersion::V5)
        return r.fail(CodecError::PropertiesInOldProtocol); // type 15 is reserved in 3.1.1
    if (r.atEnd())
        return true;
    quint8 code = 0;
    if (!r.readByte(code))
        return false;
    packet.reasonCode = ReasonCode(code);
    if (!isReasonCodeAllowed(PacketType::Auth, packet.reasonCode))
        return r.fail(CodecError::InvalidReasonCode);
    // Tolerate a lone reason code like DISCONNECT does (3.14.2.2.1).
    return r.atEnd() || readProperties(r, contextOf(PacketType::Auth), packet.properties);
}

} // namespace mqtt::detail
