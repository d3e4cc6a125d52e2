#include "payloadrenderers.h"

#include "clitext.h"

#include <schema/protobufschema.h>
#include <schema/sparkplug.h>

#include <mqttcore/jsontext.h>
#include <mqttcore/payloadformat.h>

#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace cli {

namespace {

const QString SparkplugName = QStringLiteral("sparkplug");
const QString ProtobufName = QStringLiteral("protobuf");

/// A renderer from a schema decoder: compact JSON text, or the JSON object for -j; a payload
/// the decoder rejects is printed escaped (nothing is hidden) and reported through *error.
using SchemaDecoder = std::function<std::optional<QJsonObject>(const QByteArray &, QString *)>;

MessageFormatter::PayloadRenderer schemaRenderer(const QString &name, SchemaDecoder decoder)
{
    MessageFormatter::PayloadRenderer renderer;
    renderer.name = name;
    renderer.toText = [decoder](const QByteArray &payload, QString *error) {
        if (const std::optional<QJsonObject> json = decoder(payload, error))
            return QJsonDocument(*json).toJson(QJsonDocument::Compact);
        // Escaped (printable ASCII as is, \n, \xNN, ...): still one line per message.
        return mqtt::formatPayload(payload, mqtt::PayloadFormat::Raw).toUtf8();
    };
    renderer.toJsonText = [decoder](const QByteArray &payload, QString *error) {
        if (const std::optional<QJsonObject> json = decoder(payload, error))
            return QJsonDocument(*json).toJson(QJsonDocument::Compact);
        return QByteArray();
    };
    return renderer;
}

/// The error line of a decoder: never empty when decoding failed.
void ensureReason(QString *error)
{
    if (error->isEmpty())
        *error = CliText::tr("malformed payload");
}

} // namespace

QStringList PayloadRenderers::names()
{
    QStringList names = mqtt::payloadFormatNames();
    names << SparkplugName;
    if (schema::ProtobufSchema::isAvailable())
        names << ProtobufName;
    return names;
}

bool PayloadRenderers::isProtobuf(const QString &name)
{
    return name.compare(ProtobufName, Qt::CaseInsensitive) == 0;
}

std::optional<MessageFormatter::PayloadRenderer> PayloadRenderers::find(const QString &name)
{
    if (name.compare(SparkplugName, Qt::CaseInsensitive) == 0) {
        return schemaRenderer(SparkplugName, [](const QByteArray &payload, QString *error) {
            std::optional<QJsonObject> json = schema::sparkplug::decode(payload, error);
            if (!json)
                ensureReason(error);
            return json;
        });
    }
    mqtt::PayloadFormat format = mqtt::PayloadFormat::Auto;
    if (!mqtt::payloadFormatFromString(name, &format))
        return std::nullopt;
    MessageFormatter::PayloadRenderer renderer;
    renderer.name = mqtt::payloadFormatName(format);
    renderer.toText = [format](const QByteArray &payload, QString *) {
        return mqtt::formatPayload(payload, format).toUtf8();
    };
    renderer.toJsonText = [format](const QByteArray &payload, QString *) {
        const mqtt::PayloadFormat resolved =
            format == mqtt::PayloadFormat::Auto ? mqtt::detectPayloadFormat(payload) : format;
        if (resolved == mqtt::PayloadFormat::Json) {
            // The payload's own text, never a reparsed copy.
            if (std::optional<QByteArray> json =
                    mqtt::jsontext::reformat(payload, mqtt::jsontext::Layout::Compact))
                return *json;
        } else if (resolved == mqtt::PayloadFormat::Cbor ||
                   resolved == mqtt::PayloadFormat::MessagePack) {
            if (const auto value = mqtt::decodeStructured(payload, resolved))
                return MessageFormatter::jsonText(value->toJsonValue());
        }
        return MessageFormatter::jsonText(mqtt::formatPayload(payload, format));
    };
    return renderer;
}

std::optional<MessageFormatter::PayloadRenderer>
PayloadRenderers::protobuf(const QString &protoFile, const QString &messageType, QString *error)
{
    auto schema = std::make_shared<schema::ProtobufSchema>();
    if (!schema->load(protoFile, error))
        return std::nullopt;
    QString type = messageType;
    if (type.isEmpty()) {
        const QStringList types = schema->messageTypes();
        if (types.size() != 1) {
            *error = types.isEmpty()
                         ? CliText::tr("%1 defines no message type").arg(protoFile)
                         : CliText::tr("%1 defines several message types (%2): choose one "
                                       "with --proto-type")
                               .arg(protoFile, types.join(QLatin1String(", ")));
            return std::nullopt;
        }
        type = types.first();
    } else if (!schema->hasMessageType(type)) {
        // "Reading" for "plant.Reading": a name without its package, when only one type fits.
        const QStringList types = schema->messageTypes();
        QStringList matches;
        for (const QString &candidate : types) {
            if (candidate.endsWith(QLatin1Char('.') + type))
                matches << candidate;
        }
        if (matches.size() == 1)
            type = matches.first();
    }
    if (!schema->hasMessageType(type)) {
        const QStringList types = schema->messageTypes();
        *error = CliText::tr("unknown message type '%1' in %2 (it defines: %3)")
                     .arg(type, protoFile,
                          types.isEmpty() ? CliText::tr("no message type")
                                          : types.join(QLatin1String(", ")));
        return std::nullopt;
    }
    // The schema is shared by the copies of the renderer (MessageFormatter is copied).
    std::shared_ptr<const schema::ProtobufSchema> shared = std::move(schema);
    return schemaRenderer(ProtobufName, [shared, type](const QByteArray &payload, QString *error) {
        std::optional<QJsonObject> json = shared->decode(type, payload, error);
        if (!json)
            ensureReason(error);
        return json;
    });
}

} // namespace cli
