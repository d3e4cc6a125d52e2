#pragma once

#include <mqttcore/message.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace gui {

/// The recording file format, one JSON object per line (JSON Lines):
///   {"timestamp":"2026-11-22T05:10:00.123Z","topic":"a/b","qos":1,"retain":false,
///    "payload":"aGVsbG8=","properties":{"contentType":"text/plain",
///    "userProperties":[["k","v"]]}}
/// The payload is base64 so that every byte survives; "properties" appears only when the
/// message carried MQTT 5 properties. The timestamp is the message's receivedAt() (a message
/// without one is stamped with the time it is written); read back, it is receivedAt() again.
/// Also CSV export for spreadsheets.
namespace recording {

QByteArray toJsonLine(const mqtt::Message &message);
/// Parses one line; nullopt with a reason in *error for a malformed line.
std::optional<mqtt::Message> fromJsonLine(QByteArrayView line, QString *error = nullptr);

/// Reads a whole recording. Stops at the first malformed line, reporting its number in
/// *error; at most maxMessages are read (the rest is reported as an error too).
std::optional<QList<mqtt::Message>> readFile(const QString &path, QString *error = nullptr,
                                             qsizetype maxMessages = 5'000'000);

enum class ExportFormat
{
    JsonLines,
    Csv,
};
/// Writes messages to a file (JSON Lines as above, or CSV with a header row and the payload in
/// the payload codec named in the encoding column: "text" for printable UTF-8, else "base64";
/// schema/payloadcodecs.h turns it back into the bytes).
bool writeFile(const QString &path, const QList<mqtt::Message> &messages, ExportFormat format,
               QString *error = nullptr);

} // namespace recording
} // namespace gui
