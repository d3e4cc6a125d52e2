#pragma once

#include "bytereader.h"
#include "bytewriter.h"
#include "sizecounter.h"

#include <mqttcore/packets.h>

/// The per-packet halves of the codec, one source file per packet concern. The encoder and
/// decoder dispatchers (encoder.cpp, decoder.cpp) call them by overload.
///
/// serialize() writes the variable header and payload through a ByteWriter, or measures them
/// through a SizeCounter, so that size and bytes always agree. readBody() fills a packet from
/// its body, given the fixed header byte (its reserved flags are already checked, except for
/// PUBLISH whose flags carry data); on failure it returns false and reader.error() says why.
/// Trailing bytes after readBody() are reported by the dispatcher.
namespace mqtt::detail {

template <typename Writer>
void serialize(Writer &w, const ConnectPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const ConnackPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PublishPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PubackPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PubrecPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PubrelPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PubcompPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const SubscribePacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const SubackPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const UnsubscribePacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const UnsubackPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PingreqPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const PingrespPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const DisconnectPacket &packet, ProtocolVersion version);
template <typename Writer>
void serialize(Writer &w, const AuthPacket &packet, ProtocolVersion version);

/// Flag bits (low nibble) of the PUBLISH fixed header: DUP, QoS, RETAIN (3.3.1).
quint8 publishFlags(const PublishPacket &packet);

bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, ConnectPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, ConnackPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PublishPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PubackPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PubrecPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PubrelPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PubcompPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, SubscribePacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, SubackPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, UnsubscribePacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, UnsubackPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PingreqPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, PingrespPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, DisconnectPacket &packet);
bool readBody(ByteReader &r, quint8 header, ProtocolVersion version, AuthPacket &packet);

/// Reads a packet identifier that must not be 0 [MQTT-2.2.1-3].
bool readPacketId(ByteReader &r, quint16 &packetId);
/// Reads a topic filter: not empty [MQTT-4.7.3-1], wildcards in place [MQTT-4.7.1-2].
bool readTopicFilter(ByteReader &r, QString &filter);

} // namespace mqtt::detail

/// Instantiates serialize() for both writers in a packet's source file.
#define MQTT_INSTANTIATE_SERIALIZE(Packet)                                                         \
    template void serialize<ByteWriter>(ByteWriter &, const Packet &, ProtocolVersion);            \
    template void serialize<SizeCounter>(SizeCounter &, const Packet &, ProtocolVersion);
