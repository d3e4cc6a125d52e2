#pragma once

#include "schemacodec.h"

#include <memory>

namespace schema {

class ProtobufSchema;

/// One message type of a user's .proto file (protobufschema.h), shown and typed in the
/// canonical Protobuf JSON mapping. Without a schema (the registry's placeholder until the user
/// picks a file) every payload is reported as needing one.
class ProtobufCodec final : public SchemaCodec
{
public:
    /// `schema` loaded with a .proto file that defines `messageType` (fully qualified); a null
    /// schema makes the placeholder.
    explicit ProtobufCodec(std::shared_ptr<const ProtobufSchema> schema = {},
                           const QString &messageType = {});

    /// The message type payloads are decoded as (empty for the placeholder).
    QString messageType() const { return m_messageType; }

    QString name() const override;
    QString title() const override;

protected:
    std::optional<QJsonObject> decode(const QByteArray &payload, QString *error) const override;
    std::optional<QByteArray> encode(const QJsonObject &object, const QByteArray &json,
                                     QString *error) const override;

private:
    /// The reason no payload can be handled, or empty when a schema and type are set.
    QString unusable() const;

    std::shared_ptr<const ProtobufSchema> m_schema;
    QString m_messageType;
};

} // namespace schema
