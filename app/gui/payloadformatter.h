#pragma once

#include <schema/payloadcodec.h>

#include <QByteArray>
#include <QString>

namespace gui {

/// A payload rendered for reading in the message detail. The codecs are the registry's
/// (schema/payloadcodecs.h); this adds the window's laziness: a codec that can (text, hex,
/// base64, ...) renders only `maxBytes` of the payload at a time, so a payload of many
/// megabytes never stalls the window (`truncated` says there is more), and codecs that need the
/// whole payload (JSON, CBOR, MessagePack, schemas) decode only up to a size limit.
struct FormattedPayload
{
    QString codecName;       ///< the codec used (the automatic one resolved)
    QString codecTitle;      ///< its translated name
    bool structured = false; ///< JSON-like text (highlighting applies)
    QString text;
    QString error; ///< why the payload is not valid in the codec
    bool truncated = false;
};

/// The largest payload decoded by a codec that needs the whole payload.
inline constexpr qsizetype StructuredDecodeLimit = 8 * 1024 * 1024;

/// Renders up to `maxBytes` of the payload with `codec` (not the automatic one: resolve it).
FormattedPayload formatForReading(const schema::PayloadCodec &codec, const QByteArray &payload,
                                  qsizetype maxBytes);

} // namespace gui
