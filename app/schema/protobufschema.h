#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace schema {

/// Decodes Protobuf payloads with a .proto file the user picks, parsed at run time
/// (google::protobuf::compiler::Importer + DynamicMessage; no generated code). Imports are
/// resolved relative to the file's folder. Built only when libprotobuf and libprotoc are found
/// (isAvailable() is false otherwise and load() reports that).
class ProtobufSchema
{
public:
    ProtobufSchema();
    ~ProtobufSchema();
    ProtobufSchema(const ProtobufSchema &) = delete;
    ProtobufSchema &operator=(const ProtobufSchema &) = delete;

    static bool isAvailable();

    /// Parses a .proto file (and its imports); false with a one-line reason in *error that names
    /// the file, and for a syntax error its line and column ("reading.proto:3:12: ...").
    bool load(const QString &protoFile, QString *error = nullptr);
    /// Fully qualified names of the message types the file defines ("pkg.Reading").
    QStringList messageTypes() const;
    /// True when `messageType` (fully qualified) is defined by the loaded file or its imports.
    bool hasMessageType(const QString &messageType) const;
    /// The payload decoded as `messageType`, in the canonical Protobuf JSON mapping.
    std::optional<QJsonObject> decode(const QString &messageType, const QByteArray &payload,
                                      QString *error = nullptr) const;
    /// The binary encoding of a `messageType` written in the canonical Protobuf JSON mapping
    /// (field names as in the .proto or in lowerCamelCase); nullopt with a one-line *error.
    std::optional<QByteArray> encode(const QString &messageType, const QByteArray &json,
                                     QString *error = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace schema
