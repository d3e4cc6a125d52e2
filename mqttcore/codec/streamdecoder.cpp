#include "fixedheader.h"

#include <mqttcore/streamdecoder.h>

namespace mqtt {

StreamDecoder::StreamDecoder(ProtocolVersion version, quint32 maximumPacketSize)
    : m_version(version), m_maximumPacketSize(maximumPacketSize)
{
}

void StreamDecoder::feed(QByteArrayView bytes)
{
    if (m_error.error != CodecError::None || bytes.isEmpty())
        return;
    // Drop the consumed prefix only once it is more than half of the buffer, so that the bytes
    // moved are fewer than the bytes consumed since the last move (amortised O(1) per byte).
    if (m_readPos > 0 && m_readPos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    m_buffer.append(bytes);
}

StreamDecoder::Status StreamDecoder::cut(quint8 &fixedHeader, qsizetype &headerSize,
                                         QByteArrayView &packetBytes)
{
    if (m_error.error != CodecError::None)
        return Status::Error;
    const QByteArrayView pending = QByteArrayView(m_buffer).sliced(m_readPos);
    detail::FixedHeader header;
    switch (header.parse(pending)) {
    case detail::FixedHeader::Status::NeedMoreData:
        return Status::NeedMoreData;
    case detail::FixedHeader::Status::Error:
        m_error = toDecodeError(header.error);
        return Status::Error;
    case detail::FixedHeader::Status::Complete:
        break;
    }
    // Checked before the body is waited for, so a hostile length never grows the buffer.
    if (header.packetSize() > m_maximumPacketSize) {
        m_error = toDecodeError(CodecError::PacketTooLarge);
        return Status::Error;
    }
    if (pending.size() < header.packetSize())
        return Status::NeedMoreData;
    fixedHeader = header.byte;
    headerSize = header.size;
    packetBytes = pending.first(header.packetSize());
    m_readPos += header.packetSize();
    return Status::PacketReady;
}

StreamDecoder::Status StreamDecoder::nextFrame(Frame &frame)
{
    QByteArrayView bytes;
    const Status status = cut(frame.fixedHeader, frame.headerSize, bytes);
    if (status == Status::PacketReady)
        frame.raw = bytes.toByteArray();
    return status;
}

StreamDecoder::Status StreamDecoder::next(Packet &packet, Frame *frame)
{
    quint8 fixedHeader = 0;
    qsizetype headerSize = 0;
    QByteArrayView bytes;
    const Status status = cut(fixedHeader, headerSize, bytes);
    if (status != Status::PacketReady)
        return status;
    if (frame) {
        frame->fixedHeader = fixedHeader;
        frame->headerSize = headerSize;
        frame->raw = bytes.toByteArray();
    }
    // Decoded straight from the buffer: the payload is copied once, into the packet.
    Result<Packet> result = decodePacket(fixedHeader, bytes.sliced(headerSize), m_version);
    if (!result) {
        m_error = result.error();
        return Status::Error;
    }
    packet = std::move(result).value();
    return Status::PacketReady;
}

void StreamDecoder::reset()
{
    m_buffer.clear();
    m_readPos = 0;
    m_error = DecodeError{};
}

} // namespace mqtt
