#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/codec.h>

#include <QByteArray>
#include <QByteArrayView>

namespace mqtt {

/// A frame cut out of a byte stream: the fixed header byte and the body (the bytes after the
/// remaining length). `raw` is the whole packet as received, for traces and hex views.
struct MQTTPROTOCOL_EXPORT Frame
{
    quint8 fixedHeader = 0;   ///< first byte of the fixed header
    QByteArray raw;           ///< the whole packet's bytes
    qsizetype headerSize = 0; ///< 2..5 bytes of fixed header in raw
    /// Packet type from the fixed header.
    PacketType type() const { return static_cast<PacketType>(fixedHeader >> 4); }
    /// Bytes after the fixed header.
    QByteArrayView body() const { return QByteArrayView(raw).sliced(headerSize); }
};

/// Incremental decoder: feed it bytes as they arrive (any split, several packets per read) and
/// take packets out. The declared remaining length is checked against the maximum packet size
/// before any buffer for it is reserved, so a hostile length costs nothing.
class MQTTPROTOCOL_EXPORT StreamDecoder
{
public:
    /// Result of next().
    enum class Status
    {
        NeedMoreData, ///< no complete packet buffered
        PacketReady,  ///< packet() holds the next packet
        Error,        ///< error() says why; the stream is unusable afterwards
    };

    /// A decoder for `version`, with the protocol's largest packet size.
    explicit StreamDecoder(ProtocolVersion version = ProtocolVersion::V3_1_1,
                           quint32 maximumPacketSize = MaximumPacketSizeLimit);

    /// Protocol used to decode packets after CONNECT (the broker learns it from CONNECT).
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    /// Protocol version packets are decoded for.
    ProtocolVersion protocolVersion() const { return m_version; }
    /// Packets above `bytes` are an error (PacketTooLarge).
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }
    /// Largest packet accepted.
    quint32 maximumPacketSize() const { return m_maximumPacketSize; }

    /// Appends received bytes.
    void feed(QByteArrayView bytes);

    /// Cuts the next whole frame without decoding its body (for relays and traces).
    Status nextFrame(Frame &frame);
    /// Cuts and decodes the next packet. On PacketReady, `frame` (if given) receives its bytes;
    /// also on an Error of a complete packet that does not decode (for traces of bad packets).
    Status next(Packet &packet, Frame *frame = nullptr);

    /// Why next() returned Error.
    DecodeError error() const { return m_error; }
    /// Bytes buffered and not yet consumed.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }
    /// Drops buffered bytes and clears the error state.
    void reset();

private:
    /// Cuts the next frame as a view into the buffer (valid until the next feed()).
    Status cut(quint8 &fixedHeader, qsizetype &headerSize, QByteArrayView &packetBytes);

    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    ProtocolVersion m_version;
    quint32 m_maximumPacketSize;
    DecodeError m_error;
};

} // namespace mqtt
