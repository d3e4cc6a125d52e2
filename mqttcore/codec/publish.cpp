#include "../topic/wildcardrules.h"
#include "packetcodec.h"
#include "propertycodec.h"
#include "utf8.h"

namespace mqtt::detail {

quint8 publishFlags(const PublishPacket &packet)
{
    return quint8((packet.dup ? 0x08 : 0) | (quint8(packet.qos) << 1) | (packet.retain ? 1 : 0));
}

template <typename Writer>
void serialize(Writer &w, const PublishPacket &packet, ProtocolVersion version)
{
    w.string(packet.topic);
    if (packet.qos != QoS::AtMostOnce)
        w.uint16(packet.packetId);
    if (version == ProtocolVersion::V5)
        w.properties(packet.properties);
    w.raw(packet.payload);
}
MQTT_INSTANTIATE_SERIALIZE(PublishPacket)

bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PublishPacket &packet)
{
    const quint8 qos = (header >> 1) & 0x03;
    if (qos == 3)
        return r.fail(CodecError::InvalidQoS); // [MQTT-3.3.1-4]
    packet.dup = header & 0x08;
    if (packet.dup && qos == 0)
        return r.fail(CodecError::DupWithQoS0); // [MQTT-3.3.1-2]
    packet.qos = QoS(qos);
    packet.retain = header & 0x01;

    QByteArrayView topic;
    if (!r.readUtf8(topic))
        return false;
    if (containsWildcard(topic))
        return r.fail(CodecError::WildcardInTopicName); // [MQTT-3.3.2-2]
    if (qos != 0 && !readPacketId(r, packet.packetId))
        return false;
    if (version == ProtocolVersion::V5 &&
        !readProperties(r, contextOf(PacketType::Publish), packet.properties))
        return false;
    // [MQTT-4.7.3-1]; 5.0 allows an empty name when a Topic Alias stands for it (3.3.2.1).
    if (topic.isEmpty() && !packet.properties.topicAlias)
        return r.fail(CodecError::EmptyTopicName);
    packet.topic = fromUtf8(topic);
    packet.payload = r.readRest().toByteArray();
    return true;
}

} // namespace mqtt::detail
