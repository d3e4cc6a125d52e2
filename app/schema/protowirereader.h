#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace schema {

/// A minimal reader of the Protocol Buffers wire format (varints, fixed 32/64-bit and
/// length-delimited fields), enough to decode a known schema such as Sparkplug B without
/// libprotobuf. Every read is bounds-checked; malformed input stops the reader with an error
/// instead of reading past the end.
class ProtoWireReader
{
public:
    enum class WireType
    {
        Varint = 0,
        Fixed64 = 1,
        LengthDelimited = 2,
        Fixed32 = 5,
    };

    struct Field
    {
        quint32 number = 0;
        WireType wireType = WireType::Varint;
        quint64 integer = 0;  ///< varint, fixed32 or fixed64 value
        QByteArrayView bytes; ///< length-delimited contents (a view into the input)
    };

    explicit ProtoWireReader(QByteArrayView data) : m_data(data) {}

    /// The next field, or nullopt at the end of the input or on malformed input (see error()).
    std::optional<Field> next();
    bool atEnd() const { return m_position >= m_data.size(); }
    /// Empty unless the input was malformed.
    QString error() const { return m_error; }

    /// Decodes the packed elements of a repeated scalar field ("packed" encoding).
    static std::optional<QList<quint64>> packedVarints(QByteArrayView bytes);

private:
    std::optional<quint64> readVarint();
    std::optional<Field> fail(const QString &message);

    QByteArrayView m_data;
    qsizetype m_position = 0;
    QString m_error;
};

} // namespace schema
