#include "bytereader.h"

#include "utf8.h"

namespace mqtt::detail {

bool ByteReader::fail(CodecError error)
{
    if (m_error == CodecError::None)
        m_error = error;
    return false;
}

bool ByteReader::readByte(quint8 &value)
{
    if (remaining() < 1)
        return fail(CodecError::Truncated);
    value = quint8(m_data[m_pos++]);
    return true;
}

bool ByteReader::readUint16(quint16 &value)
{
    if (remaining() < 2)
        return fail(CodecError::Truncated);
    value = quint16((quint8(m_data[m_pos]) << 8) | quint8(m_data[m_pos + 1]));
    m_pos += 2;
    return true;
}

bool ByteReader::readUint32(quint32 &value)
{
    if (remaining() < 4)
        return fail(CodecError::Truncated);
    value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(m_data[m_pos + i]);
    m_pos += 4;
    return true;
}

bool ByteReader::readVariableInteger(quint32 &value)
{
    value = 0;
    for (int i = 0; i < 4; ++i) {
        quint8 byte = 0;
        if (!readByte(byte))
            return false;
        value |= quint32(byte & 0x7F) << (7 * i);
        if (!(byte & 0x80))
            return true;
    }
    return fail(CodecError::VariableIntegerTooLong); // [MQTT-1.5.5-1]
}

bool ByteReader::readBytes(qsizetype size, QByteArrayView &bytes)
{
    if (remaining() < size)
        return fail(CodecError::Truncated);
    bytes = m_data.sliced(m_pos, size);
    m_pos += size;
    return true;
}

bool ByteReader::readUtf8(QByteArrayView &bytes)
{
    quint16 length = 0;
    if (!readUint16(length) || !readBytes(length, bytes))
        return false;
    const CodecError error = validateUtf8(bytes);
    return error == CodecError::None || fail(error);
}

bool ByteReader::readString(QString &value)
{
    QByteArrayView bytes;
    if (!readUtf8(bytes))
        return false;
    value = fromUtf8(bytes);
    return true;
}

bool ByteReader::readBinary(QByteArray &value)
{
    quint16 length = 0;
    QByteArrayView bytes;
    if (!readUint16(length) || !readBytes(length, bytes))
        return false;
    value = bytes.toByteArray();
    return true;
}

QByteArrayView ByteReader::readRest()
{
    const QByteArrayView rest = m_data.sliced(m_pos);
    m_pos = m_data.size();
    return rest;
}

} // namespace mqtt::detail
