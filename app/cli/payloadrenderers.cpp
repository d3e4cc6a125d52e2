#include "payloadrenderers.h"

#include <mqttcore/payloadformat.h>

#include <QCborValue>

namespace cli {

QStringList PayloadRenderers::names()
{
    return mqtt::payloadFormatNames();
}

std::optional<MessageFormatter::PayloadRenderer> PayloadRenderers::find(const QString &name)
{
    mqtt::PayloadFormat format = mqtt::PayloadFormat::Auto;
    if (!mqtt::payloadFormatFromString(name, &format))
        return std::nullopt;
    MessageFormatter::PayloadRenderer renderer;
    renderer.name = mqtt::payloadFormatName(format);
    renderer.toText = [format](const QByteArray &payload) {
        return mqtt::formatPayload(payload, format).toUtf8();
    };
    renderer.toJson = [format](const QByteArray &payload) -> QJsonValue {
        const bool structured =
            format == mqtt::PayloadFormat::Json || format == mqtt::PayloadFormat::Cbor ||
            format == mqtt::PayloadFormat::MessagePack || format == mqtt::PayloadFormat::Auto;
        if (structured) {
            QString error;
            if (const auto value = mqtt::decodeStructured(payload, format, &error))
                return value->toJsonValue();
        }
        return mqtt::formatPayload(payload, format);
    };
    return renderer;
}

} // namespace cli
