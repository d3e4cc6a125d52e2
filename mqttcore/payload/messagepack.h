#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QString>

#include <mqttcore/mqttcore_global.h>

#include <optional>

/// A small MessagePack reader and writer (https://github.com/msgpack/msgpack/blob/master/spec.md)
/// mapping to and from QCborValue, as described for decodeStructured() in payloadformat.h.
namespace mqtt::messagepack {

/// Decodes exactly one value that spans all of `data`. Every length is checked against the
/// bytes left before anything is read or allocated. On failure returns nullopt and sets
/// *error, e.g. "truncated str32 at offset 3".
MQTTPROTOCOL_AUTOTEST_EXPORT std::optional<QCborValue> decode(QByteArrayView data, QString *error);

/// Encodes a value with the smallest MessagePack representation of each item; doubles as
/// float64. Inverse of decode() for the tags it produces (1, 2 and MessagePackExtensionTag).
MQTTPROTOCOL_AUTOTEST_EXPORT QByteArray encode(const QCborValue &value);

} // namespace mqtt::messagepack
