#pragma once

#include <mqttcore/payloadformat.h>

#include <QByteArray>
#include <QString>

namespace gui {

/// A payload rendered for reading in the message detail. Formats come from mqttcore's
/// payloadformat.h; this adds the GUI's laziness: only `maxBytes` of the payload are rendered
/// at a time, so a payload of many megabytes never stalls the window (`truncated` says there is
/// more), and structured formats (JSON, CBOR, MessagePack) are decoded only up to a size limit.
struct FormattedPayload
{
    mqtt::PayloadFormat format = mqtt::PayloadFormat::Text; ///< the format used (Auto resolved)
    QString text;
    QString error; ///< why the payload is not valid in the requested format
    bool truncated = false;
};

/// The largest payload decoded as JSON, CBOR or MessagePack (they need the whole payload).
inline constexpr qsizetype StructuredDecodeLimit = 8 * 1024 * 1024;

/// The format that suits a payload best (mqtt::detectPayloadFormat, bounded for huge payloads).
mqtt::PayloadFormat detectFormat(const QByteArray &payload, const QString &contentType = {});
/// Renders up to `maxBytes` of the payload in `format` (Auto: detected).
FormattedPayload formatForReading(const QByteArray &payload, mqtt::PayloadFormat format,
                                  qsizetype maxBytes, const QString &contentType = {});
/// The translated name of a format, for menus.
QString payloadFormatTitle(mqtt::PayloadFormat format);

} // namespace gui
