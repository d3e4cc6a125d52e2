#include "formatcodec.h"

#include "schematext.h"

#include <mqttcore/jsontext.h>

namespace schema {

namespace {

using F = mqtt::PayloadFormat;

} // namespace

FormatCodec::FormatCodec(mqtt::PayloadFormat format, const mqtt::PayloadFormatOptions &options)
    : m_format(format), m_options(options)
{
}

QString FormatCodec::name() const
{
    return mqtt::payloadFormatName(m_format);
}

QString FormatCodec::title() const
{
    switch (m_format) {
    case F::Auto:
        return SchemaText::tr("Automatic");
    case F::Text:
        return SchemaText::tr("Text");
    case F::Json:
        return SchemaText::tr("JSON");
    case F::Hex:
        return SchemaText::tr("Hex");
    case F::Base64:
        return SchemaText::tr("Base64");
    case F::Cbor:
        return SchemaText::tr("CBOR");
    case F::MessagePack:
        return SchemaText::tr("MessagePack");
    case F::Raw:
        return SchemaText::tr("Raw (escaped)");
    case F::Bool:
        return SchemaText::tr("On/off");
    }
    return {};
}

QString FormatCodec::toText(const QByteArray &payload, bool pretty, QString *error) const
{
    mqtt::PayloadFormatOptions options = m_options;
    options.pretty = pretty;
    return mqtt::formatPayload(payload, m_format, options, error);
}

std::optional<QByteArray> FormatCodec::toJson(const QByteArray &payload, QString *error) const
{
    QString why;
    if (m_format == F::Json) {
        // The payload's own text, never a reparsed copy.
        if (std::optional<QByteArray> json =
                mqtt::jsontext::reformat(payload, mqtt::jsontext::Layout::Compact)) {
            if (error)
                error->clear();
            return json;
        }
        mqtt::formatPayload(payload, m_format, false, &why);
    } else if (m_format == F::Cbor || m_format == F::MessagePack) {
        if (const std::optional<QCborValue> value =
                mqtt::decodeStructured(payload, m_format, &why)) {
            if (error)
                error->clear();
            return compactJson(value->toJsonValue());
        }
    } else {
        const QString text = toText(payload, false, &why);
        if (why.isEmpty()) {
            if (error)
                error->clear();
            return compactJson(text);
        }
    }
    if (error)
        *error = why;
    return std::nullopt;
}

std::optional<QByteArray> FormatCodec::fromText(QStringView text, QString *error) const
{
    return mqtt::encodePayload(text, m_format, m_options, error);
}

bool FormatCodec::rendersPrefix() const
{
    return !isStructured() && m_format != F::Bool;
}

bool FormatCodec::isStructured() const
{
    return m_format == F::Json || typedAsJson();
}

bool FormatCodec::typedAsJson() const
{
    return m_format == F::Cbor || m_format == F::MessagePack;
}

} // namespace schema
