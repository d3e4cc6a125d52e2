#include "fixedheader.h"
#include "packetcodec.h"

#include <mqttcore/codec.h>

namespace mqtt {

namespace {

// A default-constructed packet of the variant alternative `index`.
template <std::size_t I = 0> Packet makePacket(std::size_t index)
{
    if constexpr (I + 1 < std::variant_size_v<Packet>) {
        if (index != I)
            return makePacket<I + 1>(index);
    }
    return Packet(std::in_place_index<I>);
}

// Reserved flag bits of the fixed header (2.1.3, table 2.2).
quint8 requiredFlags(PacketType type)
{
    switch (type) {
    case PacketType::Pubrel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        return 0x02;
    default:
        return 0x00;
    }
}

} // namespace

Result<Packet> decodePacket(quint8 fixedHeader, QByteArrayView body, ProtocolVersion version)
{
    const auto type = PacketType(fixedHeader >> 4);
    if (type == PacketType::Reserved)
        return toDecodeError(CodecError::ReservedPacketType);
    if (type != PacketType::Publish && (fixedHeader & 0x0F) != requiredFlags(type))
        return toDecodeError(CodecError::InvalidFixedHeaderFlags); // [MQTT-2.1.3-1]
    Packet packet = makePacket(quint8(type) - 1);
    detail::ByteReader reader(body);
    const bool ok =
        std::visit([&reader, fixedHeader,
                    version](auto &p) { return detail::readBody(reader, fixedHeader, version, p); },
                   packet);
    if (!ok)
        return toDecodeError(reader.error());
    if (!reader.atEnd())
        return toDecodeError(CodecError::TrailingBytes);
    return packet;
}

Result<Packet> decode(QByteArrayView bytes, ProtocolVersion version, quint32 maximumPacketSize)
{
    detail::FixedHeader header;
    switch (header.parse(bytes)) {
    case detail::FixedHeader::Status::NeedMoreData:
        return toDecodeError(CodecError::Truncated);
    case detail::FixedHeader::Status::Error:
        return toDecodeError(header.error);
    case detail::FixedHeader::Status::Complete:
        break;
    }
    if (header.packetSize() > maximumPacketSize)
        return toDecodeError(CodecError::PacketTooLarge);
    if (bytes.size() < header.packetSize())
        return toDecodeError(CodecError::Truncated);
    if (bytes.size() > header.packetSize())
        return toDecodeError(CodecError::TrailingBytes);
    return decodePacket(header.byte, bytes.sliced(header.size), version);
}

} // namespace mqtt
