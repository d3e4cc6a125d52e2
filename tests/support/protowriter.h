#pragma once

#include <QByteArray>

#include <bit>

namespace testsupport {

/// Protobuf wire format written field by field, for building Sparkplug B and user-.proto test
/// payloads without the protobuf library: Proto().u(1, 42).s(2, "name").bytes
struct Proto
{
    QByteArray bytes;

    Proto &varint(quint64 v)
    {
        do {
            const quint8 b = v & 0x7f;
            v >>= 7;
            bytes += char(v ? (b | 0x80) : b);
        } while (v);
        return *this;
    }
    Proto &key(quint32 field, int wire) { return varint((quint64(field) << 3) | quint64(wire)); }
    /// Varint field (wire type 0).
    Proto &u(quint32 field, quint64 v) { return key(field, 0).varint(v); }
    /// Double field (wire type 1).
    Proto &d(quint32 field, double v)
    {
        key(field, 1);
        const auto bits = std::bit_cast<quint64>(v);
        for (int i = 0; i < 8; ++i)
            bytes += char(bits >> (8 * i));
        return *this;
    }
    /// Float field (wire type 5).
    Proto &f(quint32 field, float v)
    {
        key(field, 5);
        const auto bits = std::bit_cast<quint32>(v);
        for (int i = 0; i < 4; ++i)
            bytes += char(bits >> (8 * i));
        return *this;
    }
    /// Length-delimited field (wire type 2): bytes or a string.
    Proto &s(quint32 field, const QByteArray &v)
    {
        key(field, 2).varint(quint64(v.size()));
        bytes += v;
        return *this;
    }
    /// Embedded message.
    Proto &m(quint32 field, const Proto &message) { return s(field, message.bytes); }
};

} // namespace testsupport
