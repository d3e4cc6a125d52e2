#include "packetcodec.h"
#include "sizecounter.h"

#include <mqttcore/codec.h>

namespace mqtt {

namespace {

// CONNECT is encoded in the version it announces; every other packet in the session's.
template <typename P> ProtocolVersion encodingVersion(const P &, ProtocolVersion sessionVersion)
{
    return sessionVersion;
}
ProtocolVersion encodingVersion(const ConnectPacket &packet, ProtocolVersion)
{
    return packet.protocolVersion;
}

quint8 fixedHeaderByte(const Packet &packet)
{
    const PacketType type = packetType(packet);
    quint8 flags = 0;
    if (type == PacketType::Publish)
        flags = detail::publishFlags(std::get<PublishPacket>(packet));
    else if (type == PacketType::Pubrel || type == PacketType::Subscribe ||
             type == PacketType::Unsubscribe)
        flags = 0x02; // [MQTT-3.6.1-1] [MQTT-3.8.1-1] [MQTT-3.10.1-1]
    return quint8(quint8(type) << 4 | flags);
}

template <typename P> quint32 bodySize(const P &packet, ProtocolVersion version)
{
    detail::SizeCounter counter;
    detail::serialize(counter, packet, encodingVersion(packet, version));
    return quint32(qMin<quint64>(counter.size(), MaximumRemainingLength));
}

} // namespace

void appendVariableByteInteger(QByteArray &out, quint32 value)
{
    Q_ASSERT(value <= MaximumRemainingLength);
    do {
        quint8 digit = value & 0x7F;
        value >>= 7;
        if (value > 0)
            digit |= 0x80;
        out.append(char(digit));
    } while (value > 0);
}

qsizetype encodeTo(QByteArray &out, const Packet &packet, ProtocolVersion version)
{
    return std::visit(
        [&out, &packet, version](const auto &p) -> qsizetype {
            const quint32 body = bodySize(p, version);
            const qsizetype start = out.size();
            const qsizetype needed = start + 1 + detail::variableIntegerSize(body) + body;
            if (out.capacity() < needed) // grow geometrically when appending many packets
                out.reserve(start == 0 ? needed : qMax(needed, 2 * out.capacity()));
            out.append(char(fixedHeaderByte(packet)));
            appendVariableByteInteger(out, body);
            detail::ByteWriter writer(out);
            detail::serialize(writer, p, encodingVersion(p, version));
            return out.size() - start;
        },
        packet);
}

QByteArray encode(const Packet &packet, ProtocolVersion version)
{
    QByteArray out;
    encodeTo(out, packet, version);
    return out;
}

qsizetype encodedSize(const Packet &packet, ProtocolVersion version)
{
    return std::visit(
        [version](const auto &p) -> qsizetype {
            const quint32 body = bodySize(p, version);
            return 1 + detail::variableIntegerSize(body) + body;
        },
        packet);
}

} // namespace mqtt
