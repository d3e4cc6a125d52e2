#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QString>

#include <mqttcore/mqttcore_global.h>

#include <optional>

/// MessagePack (https://github.com/msgpack/msgpack/blob/master/spec.md) to and from QCborValue,
/// as described for decodeStructured() in payloadformat.h, with msgpack-cxx's parser and packer.
namespace mqtt::messagepack {

/// Decodes exactly one value that spans all of `data`; nothing is allocated for a declared
/// length before its bytes are there. On failure returns nullopt and sets *error, e.g.
/// "truncated array: the payload ends after 5 bytes".
MQTTPROTOCOL_AUTOTEST_EXPORT std::optional<QCborValue> decode(QByteArrayView data, QString *error);

/// Encodes a value with the smallest MessagePack representation of each item; doubles as
/// float64. Inverse of decode() for the tags it produces (1, 2 and MessagePackExtensionTag).
MQTTPROTOCOL_AUTOTEST_EXPORT QByteArray encode(const QCborValue &value);

} // namespace mqtt::messagepack
