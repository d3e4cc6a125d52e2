#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/codecerror.h>
#include <mqttcore/packets.h>

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <variant>

/// Encoding and decoding of whole control packets. Pure functions: bytes in, values out.
namespace mqtt {

/// Either a value or the DecodeError that prevented it (an std::expected for C++20).
template <typename T>
class Result
{
public:
    /// A successful result.
    Result(T value) : m_data(std::move(value)) {}
    /// A failed result.
    Result(DecodeError error) : m_data(error) {}
    /// True if a value was decoded.
    bool ok() const { return m_data.index() == 0; }
    /// Same as ok().
    explicit operator bool() const { return ok(); }
    /// The decoded value (only when ok()).
    const T &value() const & { return std::get<0>(m_data); }
    /// The decoded value (only when ok()).
    T &value() & { return std::get<0>(m_data); }
    /// The decoded value, moved out (only when ok()).
    T &&value() && { return std::get<0>(std::move(m_data)); }
    /// Why decoding failed (only when !ok()).
    const DecodeError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, DecodeError> m_data;
};

/// Appends the encoding of a packet to out. For 3.1 / 3.1.1, MQTT 5 only fields are dropped;
/// CONNECT always uses its own protocolVersion. Returns the number of bytes appended.
/// The encoder does not validate: strings must fit 65,535 UTF-8 bytes and the packet
/// MaximumRemainingLength (check encodedSize() first when sizes come from users); an unpaired
/// UTF-16 surrogate is written as U+FFFD.
MQTTPROTOCOL_EXPORT qsizetype encodeTo(QByteArray &out, const Packet &packet,
                                       ProtocolVersion version);
/// Encoding of a packet as a new array.
MQTTPROTOCOL_EXPORT QByteArray encode(const Packet &packet, ProtocolVersion version);

/// Size of the encoding of a packet without building it (for maximum-packet-size checks).
MQTTPROTOCOL_EXPORT qsizetype encodedSize(const Packet &packet, ProtocolVersion version);

/// Decodes one complete packet: the first fixed-header byte and the bytes after the remaining
/// length. CONNECT is decoded whatever `version` says (it carries its own level).
MQTTPROTOCOL_EXPORT Result<Packet> decodePacket(quint8 fixedHeader, QByteArrayView body,
                                                ProtocolVersion version);

/// Decodes exactly one whole packet (fixed header included) from `bytes`;
/// bytes beyond the first packet are an error (TrailingBytes).
MQTTPROTOCOL_EXPORT Result<Packet> decode(QByteArrayView bytes, ProtocolVersion version,
                                          quint32 maximumPacketSize = MaximumPacketSizeLimit);

/// Appends a variable byte integer (1..4 bytes). value must be <= MaximumRemainingLength.
MQTTPROTOCOL_EXPORT void appendVariableByteInteger(QByteArray &out, quint32 value);

} // namespace mqtt
