#include "packetcodec.h"

// PINGREQ (3.12) and PINGRESP (3.13): a fixed header and nothing else.
namespace mqtt::detail {

template <typename Writer> void serialize(Writer &, const PingreqPacket &, ProtocolVersion) {}
template <typename Writer> void serialize(Writer &, const PingrespPacket &, ProtocolVersion) {}
MQTT_INSTANTIATE_SERIALIZE(PingreqPacket)
MQTT_INSTANTIATE_SERIALIZE(PingrespPacket)

// Any body byte is reported as trailing by the dispatcher.
bool readBody(ByteReader &, quint8, ProtocolVersion, PingreqPacket &)
{
    return true;
}
bool readBody(ByteReader &, quint8, ProtocolVersion, PingrespPacket &)
{
    return true;
}

} // namespace mqtt::detail
