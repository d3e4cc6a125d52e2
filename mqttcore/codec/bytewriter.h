#pragma once

#include <mqttcore/properties.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace mqtt::detail {

/// Appends MQTT data representations (1.5) to a QByteArray whose capacity the encoder has
/// reserved already. Has the same interface as SizeCounter, so one template per packet both
/// measures and writes it.
class ByteWriter final
{
public:
    explicit ByteWriter(QByteArray &out) : m_out(out) {}

    void byte(quint8 value) { m_out.append(char(value)); }
    void uint16(quint16 value);
    void uint32(quint32 value);
    void varint(quint32 value);
    /// Length-prefixed UTF-8 string.
    void string(QStringView value);
    /// Length-prefixed binary data.
    void binary(QByteArrayView value);
    /// Bytes as they are (the PUBLISH payload).
    void raw(QByteArrayView value) { m_out.append(value); }
    /// Property length followed by the properties.
    void properties(const Properties &value);

private:
    QByteArray &m_out;
};

} // namespace mqtt::detail
