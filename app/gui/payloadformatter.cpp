#include "payloadformatter.h"

#include "payloadpreview.h"

#include <QCoreApplication>

namespace gui {

namespace {

// lupdate files these strings under the namespace ("gui"): look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("gui", text);
}

bool isStructured(mqtt::PayloadFormat format)
{
    return format == mqtt::PayloadFormat::Json || format == mqtt::PayloadFormat::Cbor ||
           format == mqtt::PayloadFormat::MessagePack;
}

} // namespace

QString payloadFormatTitle(mqtt::PayloadFormat format)
{
    using F = mqtt::PayloadFormat;
    switch (format) {
    case F::Auto:
        return tr("Automatic");
    case F::Text:
        return tr("Text");
    case F::Json:
        return tr("JSON");
    case F::Hex:
        return tr("Hex");
    case F::Base64:
        return tr("Base64");
    case F::Cbor:
        return tr("CBOR");
    case F::MessagePack:
        return tr("MessagePack");
    case F::Raw:
        return tr("Raw (escaped)");
    case F::Bool:
        return tr("On/off");
    }
    return {};
}

mqtt::PayloadFormat detectFormat(const QByteArray &payload, const QString &contentType)
{
    if (payload.size() > StructuredDecodeLimit)
        return looksLikeText(payload) ? mqtt::PayloadFormat::Text : mqtt::PayloadFormat::Hex;
    return mqtt::detectPayloadFormat(payload, contentType);
}

FormattedPayload formatForReading(const QByteArray &payload, mqtt::PayloadFormat format,
                                  qsizetype maxBytes, const QString &contentType)
{
    FormattedPayload result;
    result.format =
        format == mqtt::PayloadFormat::Auto ? detectFormat(payload, contentType) : format;
    if (isStructured(result.format)) {
        if (payload.size() <= StructuredDecodeLimit) {
            result.text = mqtt::formatPayload(payload, result.format, true, &result.error);
            return result;
        }
        result.error = tr("Too large to decode; shown as text.");
        result.format = mqtt::PayloadFormat::Text;
    }
    // Text-like formats render a prefix: that is what keeps megabytes responsive.
    const QByteArray head = payload.first(qMin(maxBytes, payload.size()));
    result.truncated = head.size() < payload.size();
    QString error;
    result.text = mqtt::formatPayload(head, result.format, true, &error);
    if (result.error.isEmpty())
        result.error = error;
    return result;
}

} // namespace gui
