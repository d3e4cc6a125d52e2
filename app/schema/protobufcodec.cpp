#include "protobufcodec.h"

#include "protobufschema.h"
#include "schematext.h"

namespace schema {

ProtobufCodec::ProtobufCodec(std::shared_ptr<const ProtobufSchema> schema,
                             const QString &messageType)
    : m_schema(std::move(schema)), m_messageType(messageType)
{
}

QString ProtobufCodec::name() const
{
    return QStringLiteral("protobuf");
}

QString ProtobufCodec::title() const
{
    return SchemaText::tr("Protobuf (.proto)");
}

QString ProtobufCodec::unusable() const
{
    if (!ProtobufSchema::isAvailable())
        return SchemaText::tr("This build has no Protobuf support");
    if (!m_schema || m_messageType.isEmpty())
        return SchemaText::tr("Load a .proto file to decode Protobuf payloads.");
    return {};
}

std::optional<QJsonObject> ProtobufCodec::decode(const QByteArray &payload, QString *error) const
{
    if (const QString why = unusable(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return m_schema->decode(m_messageType, payload, error); // the reason names the type
}

std::optional<QByteArray> ProtobufCodec::encode(const QJsonObject &, const QByteArray &json,
                                                QString *error) const
{
    if (const QString why = unusable(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return m_schema->encode(m_messageType, json, error);
}

} // namespace schema
