#pragma once

#include <mqttcore/properties.h>

#include <QByteArrayView>
#include <QStringView>

namespace mqtt::detail {

/// Bytes a ByteWriter would append for the same calls, computed without writing.
class SizeCounter final
{
public:
    quint64 size() const { return m_size; }

    void byte(quint8) { m_size += 1; }
    void uint16(quint16) { m_size += 2; }
    void uint32(quint32) { m_size += 4; }
    void varint(quint32 value);
    void string(QStringView value);
    void binary(QByteArrayView value) { m_size += 2 + quint64(value.size()); }
    void raw(QByteArrayView value) { m_size += quint64(value.size()); }
    void properties(const Properties &value);

private:
    quint64 m_size = 0;
};

/// Bytes of a variable byte integer (1..4).
int variableIntegerSize(quint32 value);

} // namespace mqtt::detail
