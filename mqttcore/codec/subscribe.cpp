#include "../topic/wildcardrules.h"
#include "packetcodec.h"
#include "propertycodec.h"
#include "utf8.h"
#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

// SUBSCRIBE (3.8) and SUBACK (3.9).
namespace mqtt::detail {

namespace {

// Subscription options byte (3.8.3.1); 3.x only has the QoS bits.
quint8 optionsByte(const SubscriptionOptions &options, ProtocolVersion version)
{
    quint8 byte = quint8(options.maximumQoS);
    if (version == ProtocolVersion::V5) {
        byte |= (options.noLocal ? 0x04 : 0) | (options.retainAsPublished ? 0x08 : 0) |
                quint8(quint8(options.retainHandling) << 4);
    }
    return byte;
}

bool readOptions(ByteReader &r, ProtocolVersion version, SubscriptionOptions &options)
{
    quint8 byte = 0;
    if (!r.readByte(byte))
        return false;
    const quint8 reservedBits = version == ProtocolVersion::V5 ? 0xC0 : 0xFC;
    // [MQTT-3.8.3-4] (3.1.1) [MQTT-3.8.3-5] (5.0): reserved bits set or QoS 3 is malformed.
    if ((byte & reservedBits) || (byte & 0x03) == 3)
        return r.fail(CodecError::SubscriptionOptionsReserved);
    const quint8 retainHandling = (byte >> 4) & 0x03;
    if (retainHandling == 3) // 3.8.3.1: "It is a Protocol Error to send ... a value of 3"
        return r.fail(CodecError::InvalidRetainHandling);
    options.maximumQoS = QoS(byte & 0x03);
    options.noLocal = byte & 0x04;
    options.retainAsPublished = byte & 0x08;
    options.retainHandling = RetainHandling(retainHandling);
    return true;
}

// A SUBACK code 3.x can carry: granted QoS 0-2 or failure 0x80 (3.9.3).
quint8 subackCodeV3(ReasonCode code)
{
    return isError(code) ? 0x80 : quint8(code);
}

} // namespace

bool readTopicFilter(ByteReader &r, QString &filter)
{
    QByteArrayView bytes;
    if (!r.readUtf8(bytes))
        return false;
    if (bytes.isEmpty())
        return r.fail(CodecError::EmptyTopicFilter); // [MQTT-4.7.3-1]
    if (!wildcardsWellPlaced(bytes))
        return r.fail(CodecError::InvalidTopicFilter); // [MQTT-4.7.1-2] [MQTT-4.7.1-3]
    filter = fromUtf8(bytes);
    return true;
}

template <typename Writer>
void serialize(Writer &w, const SubscribePacket &packet, ProtocolVersion version)
{
    w.uint16(packet.packetId);
    if (version == ProtocolVersion::V5)
        w.properties(packet.properties);
    for (const SubscribeTopic &topic : packet.topics) {
        w.string(topic.filter);
        w.byte(optionsByte(topic.options, version));
    }
}
MQTT_INSTANTIATE_SERIALIZE(SubscribePacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, SubscribePacket &packet)
{
    if (!readPacketId(r, packet.packetId))
        return false;
    if (version == ProtocolVersion::V5 &&
        !readProperties(r, contextOf(PacketType::Subscribe), packet.properties))
        return false;
    if (r.atEnd())
        return r.fail(CodecError::NoTopicFilters); // [MQTT-3.8.3-3]
    while (!r.atEnd()) {
        SubscribeTopic topic;
        if (!readTopicFilter(r, topic.filter) || !readOptions(r, version, topic.options))
            return false;
        packet.topics.append(std::move(topic));
    }
    return true;
}

template <typename Writer>
void serialize(Writer &w, const SubackPacket &packet, ProtocolVersion version)
{
    w.uint16(packet.packetId);
    const bool v5 = version == ProtocolVersion::V5;
    if (v5)
        w.properties(packet.properties);
    for (const ReasonCode code : packet.reasonCodes)
        w.byte(v5 ? quint8(code) : subackCodeV3(code));
}
MQTT_INSTANTIATE_SERIALIZE(SubackPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion version, SubackPacket &packet)
{
    if (!readPacketId(r, packet.packetId))
        return false;
    const bool v5 = version == ProtocolVersion::V5;
    if (v5 && !readProperties(r, contextOf(PacketType::Suback), packet.properties))
        return false;
    if (r.atEnd())
        return r.fail(CodecError::NoReasonCodes); // one per filter of the SUBSCRIBE
    while (!r.atEnd()) {
        quint8 code = 0;
        if (!r.readByte(code))
            return false;
        const bool allowed = v5 ? isReasonCodeAllowed(PacketType::Suback, ReasonCode(code))
                                : code <= 2 || code == 0x80; // 3.9.3 [MQTT-3.9.3-2]
        if (!allowed)
            return r.fail(CodecError::InvalidReasonCode);
        packet.reasonCodes.append(ReasonCode(code));
    }
    return true;
}

} // namespace mqtt::detail
