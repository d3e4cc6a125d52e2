#include "bytewriter.h"

#include "propertycodec.h"
#include "sizecounter.h"
#include "utf8.h"

#include <mqttcore/codec.h>

namespace mqtt::detail {

void ByteWriter::uint16(quint16 value)
{
    const char bytes[2] = {char(value >> 8), char(value)};
    m_out.append(bytes, 2);
}

void ByteWriter::uint32(quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    m_out.append(bytes, 4);
}

void ByteWriter::varint(quint32 value)
{
    appendVariableByteInteger(m_out, value);
}

void ByteWriter::string(QStringView value)
{
    const qsizetype length = utf8Length(value);
    uint16(quint16(length));
    const qsizetype start = m_out.size();
    m_out.resize(start + length);
    writeUtf8(m_out.data() + start, value);
}

void ByteWriter::binary(QByteArrayView value)
{
    uint16(quint16(value.size()));
    m_out.append(value);
}

void ByteWriter::properties(const Properties &value)
{
    SizeCounter length;
    writePropertyList(length, value);
    varint(quint32(length.size()));
    writePropertyList(*this, value);
}

} // namespace mqtt::detail
