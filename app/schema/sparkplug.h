#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace schema {

/// Decoding of Sparkplug B payloads with the classes protoc generates from Eclipse Tahu's
/// sparkplug_b.proto (beside this file), into the JSON form Tahu's tools print:
///   {"timestamp": 1700000000000, "seq": 3, "metrics": [{"name": "Temperature",
///    "alias": 5, "timestamp": ..., "dataType": "Double", "value": 21.5}, ...]}
/// Data sets, templates, property sets and metadata are decoded too; unknown fields skipped.
/// Nesting is bounded by libprotobuf's recursion limit (100 messages).
namespace sparkplug {

/// True for topics of the Sparkplug B namespace ("spBv1.0/...").
bool isSparkplugTopic(const QString &topic);

/// The payload as JSON, or nullopt with a reason in *error when it is not a valid
/// Sparkplug B payload.
std::optional<QJsonObject> decode(const QByteArray &payload, QString *error = nullptr);

/// A Sparkplug B payload from the JSON form decode() gives (what the window shows can be
/// published again): the payload's timestamp, seq, uuid, body and metrics; each metric's name,
/// alias, timestamp, flags, metadata, properties, dataType and value (null, a number, a string,
/// base64 for Bytes, File and the array types, an object for DataSet and Template). Numbers
/// beyond 2^53 may be written as decimal strings. A property set is a JSON object, so its keys
/// come out of decode() ordered by name and go back in that order. nullopt with a one-line *error naming the
/// JSON path of the first problem ("metrics[1].value: expected a number").
std::optional<QByteArray> encode(const QJsonObject &json, QString *error = nullptr);

/// A one-line preview of a Sparkplug B payload of at most `maxChars` characters, for the topic
/// tree: its metrics as "name=value, ..." ("seq 3" when it has none); nullopt when the payload
/// is not Sparkplug B or is too large to decode for a preview.
std::optional<QString> preview(const QByteArray &payload, int maxChars = 80);

/// The name of a Sparkplug data type number ("Int32"), or "Unknown(n)".
QString dataTypeName(quint32 type);

} // namespace sparkplug
} // namespace schema
