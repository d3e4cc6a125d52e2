#pragma once

#include <mqttcore/codec.h>

#include <QByteArray>
#include <QByteArrayView>

namespace mqtt {

/// A frame cut out of a byte stream: the fixed header byte and the body (the bytes after the
/// remaining length). `raw` is the whole packet as received, for traces and hex views.
struct Frame
{
    quint8 fixedHeader = 0;
    QByteArray raw;
    qsizetype headerSize = 0; ///< 2..5 bytes of fixed header in raw
    PacketType type() const { return static_cast<PacketType>(fixedHeader >> 4); }
    QByteArrayView body() const { return QByteArrayView(raw).sliced(headerSize); }
};

/// Incremental decoder: feed it bytes as they arrive (any split, several packets per read) and
/// take packets out. The declared remaining length is checked against the maximum packet size
/// before any buffer for it is reserved, so a hostile length costs nothing.
class StreamDecoder
{
public:
    enum class Status
    {
        NeedMoreData, ///< no complete packet buffered
        PacketReady,  ///< packet() holds the next packet
        Error,        ///< error() says why; the stream is unusable afterwards
    };

    explicit StreamDecoder(ProtocolVersion version = ProtocolVersion::V3_1_1,
                           quint32 maximumPacketSize = MaximumPacketSizeLimit);

    /// Protocol used to decode packets after CONNECT (the broker learns it from CONNECT).
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    ProtocolVersion protocolVersion() const { return m_version; }
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }
    quint32 maximumPacketSize() const { return m_maximumPacketSize; }

    /// Appends received bytes.
    void feed(QByteArrayView bytes);

    /// Cuts the next whole frame without decoding its body (for relays and traces).
    Status nextFrame(Frame &frame);
    /// Cuts and decodes the next packet. On PacketReady, `frame` (if given) receives its bytes;
    /// also on an Error of a complete packet that does not decode (for traces of bad packets).
    Status next(Packet &packet, Frame *frame = nullptr);

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
