#include "payloadformatter.h"

#include <schema/formatcodec.h>

#include <QCoreApplication>

namespace gui {

namespace {

// lupdate files these strings under the namespace ("gui"): look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("gui", text);
}

} // namespace

FormattedPayload formatForReading(const schema::PayloadCodec &codec, const QByteArray &payload,
                                  qsizetype maxBytes)
{
    static const schema::FormatCodec text(mqtt::PayloadFormat::Text);
    const schema::PayloadCodec *used = &codec;
    FormattedPayload result;
    if (!codec.rendersPrefix()) {
        if (payload.size() <= StructuredDecodeLimit) {
            result.codecName = codec.name();
            result.codecTitle = codec.title();
            result.structured = codec.isStructured();
            result.text = codec.toText(payload, true, &result.error);
            return result;
        }
        result.error = tr("Too large to decode; shown as text.");
        used = &text;
    }
    // Prefix-rendering codecs show a part: that is what keeps megabytes responsive.
    const QByteArray head = payload.first(qMin(maxBytes, payload.size()));
    result.codecName = used->name();
    result.codecTitle = used->title();
    result.truncated = head.size() < payload.size();
    QString error;
    result.text = used->toText(head, true, &error);
    if (result.error.isEmpty())
        result.error = error;
    return result;
}

} // namespace gui
