#include "protowirereader.h"

#include <QList>

namespace schema {

std::optional<quint64> ProtoWireReader::readVarint()
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_position >= m_data.size())
            return std::nullopt;
        const auto byte = quint8(m_data[m_position++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    return std::nullopt; // more than 10 bytes
}

std::optional<ProtoWireReader::Field> ProtoWireReader::fail(const QString &message)
{
    m_error = message;
    m_position = m_data.size();
    return std::nullopt;
}

std::optional<ProtoWireReader::Field> ProtoWireReader::next()
{
    if (atEnd())
        return std::nullopt;
    const qsizetype fieldStart = m_position;
    const std::optional<quint64> key = readVarint();
    if (!key)
        return fail(QStringLiteral("truncated field key at byte %1").arg(fieldStart));
    Field field;
    field.number = quint32(*key >> 3);
    if (field.number == 0 || *key >> 3 > 0x1FFFFFFF)
        return fail(QStringLiteral("invalid field number at byte %1").arg(fieldStart));
    switch (*key & 7) {
    case 0: {
        field.wireType = WireType::Varint;
        const std::optional<quint64> value = readVarint();
        if (!value)
            return fail(QStringLiteral("truncated varint in field %1").arg(field.number));
        field.integer = *value;
        return field;
    }
    case 1:
    case 5: {
        const int size = (*key & 7) == 1 ? 8 : 4;
        field.wireType = size == 8 ? WireType::Fixed64 : WireType::Fixed32;
        if (m_data.size() - m_position < size)
            return fail(QStringLiteral("truncated fixed-size field %1").arg(field.number));
        for (int i = size - 1; i >= 0; --i)
            field.integer = (field.integer << 8) | quint8(m_data[m_position + i]);
        m_position += size;
        return field;
    }
    case 2: {
        field.wireType = WireType::LengthDelimited;
        const std::optional<quint64> length = readVarint();
        if (!length || *length > quint64(m_data.size() - m_position))
            return fail(QStringLiteral("length of field %1 exceeds the data").arg(field.number));
        field.bytes = m_data.sliced(m_position, qsizetype(*length));
        m_position += qsizetype(*length);
        return field;
    }
    default:
        return fail(
            QStringLiteral("unsupported wire type %1 in field %2").arg(*key & 7).arg(field.number));
    }
}

std::optional<QList<quint64>> ProtoWireReader::packedVarints(QByteArrayView bytes)
{
    QList<quint64> values;
    ProtoWireReader reader(bytes);
    while (!reader.atEnd()) {
        const std::optional<quint64> value = reader.readVarint();
        if (!value)
            return std::nullopt;
        values << *value;
    }
    return values;
}

} // namespace schema
