#pragma once

#include <mqttcore/codecerror.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mqtt::detail {

/// A cursor over the body of one packet. Every read checks the bounds; the first failure is
/// kept in error() and the read returns false, so decoders can chain reads with early returns.
class ByteReader final
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }
    CodecError error() const { return m_error; }

    /// Records `error` (if none is recorded yet) and returns false.
    bool fail(CodecError error);

    bool readByte(quint8 &value);
    bool readUint16(quint16 &value);
    bool readUint32(quint32 &value);
    /// Variable byte integer of 1..4 bytes (1.5.5).
    bool readVariableInteger(quint32 &value);
    /// `size` raw bytes, viewed in place.
    bool readBytes(qsizetype size, QByteArrayView &bytes);
    /// A length-prefixed UTF-8 string, validated [MQTT-1.5.4-1] [MQTT-1.5.4-2], left as bytes.
    bool readUtf8(QByteArrayView &bytes);
    bool readString(QString &value);
    /// Length-prefixed binary data (1.5.6).
    bool readBinary(QByteArray &value);
    /// Everything not read yet (the PUBLISH payload).
    QByteArrayView readRest();

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    CodecError m_error = CodecError::None;
};

} // namespace mqtt::detail
