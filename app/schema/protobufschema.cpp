#include "protobufschema.h"

#include <QFileInfo>
#include <QJsonDocument>

#ifdef MQTT_WORKBENCH_HAVE_PROTOBUF
#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/json_util.h>
#endif

namespace schema {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

#ifdef MQTT_WORKBENCH_HAVE_PROTOBUF

namespace pb = google::protobuf;

namespace {
/// Collects the parser's messages instead of printing them: the first one that has a line (a
/// missing import is reported on the file itself, then on the import statement: the latter says
/// where), else the first one.
class ErrorCollector final : public pb::compiler::MultiFileErrorCollector
{
public:
    void AddError(const std::string &file, int line, int column,
                  const std::string &message) override
    {
        if (line < 0) { // about a whole file
            if (m_fileError.isEmpty())
                m_fileError = QStringLiteral("%1: %2").arg(QString::fromStdString(file),
                                                           QString::fromStdString(message));
            return;
        }
        if (m_lineError.isEmpty())
            m_lineError = QStringLiteral("%1:%2:%3: %4")
                              .arg(QString::fromStdString(file))
                              .arg(line + 1)
                              .arg(column + 1)
                              .arg(QString::fromStdString(message));
    }
    QString text() const { return m_lineError.isEmpty() ? m_fileError : m_lineError; }

private:
    QString m_lineError;
    QString m_fileError;
};
} // namespace

struct ProtobufSchema::Private
{
    pb::compiler::DiskSourceTree sourceTree;
    ErrorCollector errors;
    std::unique_ptr<pb::compiler::Importer> importer;
    const pb::FileDescriptor *file = nullptr;
    std::unique_ptr<pb::DynamicMessageFactory> factory;

    /// An empty message of a type of the loaded file; null with *error.
    std::unique_ptr<pb::Message> newMessage(const QString &messageType, QString *error) const
    {
        if (!importer) {
            fail(error, QStringLiteral("no .proto file loaded"));
            return nullptr;
        }
        const pb::Descriptor *type =
            importer->pool()->FindMessageTypeByName(messageType.toStdString());
        if (!type) {
            fail(error, QStringLiteral("unknown message type %1").arg(messageType));
            return nullptr;
        }
        return std::unique_ptr<pb::Message>(factory->GetPrototype(type)->New());
    }
};

ProtobufSchema::ProtobufSchema() : d(std::make_unique<Private>()) {}

ProtobufSchema::~ProtobufSchema() = default;

bool ProtobufSchema::isAvailable()
{
    return true;
}

bool ProtobufSchema::load(const QString &protoFile, QString *error)
{
    const QFileInfo info(protoFile);
    if (!info.isFile())
        return fail(error, QStringLiteral("%1: no such file").arg(protoFile));
    if (!info.isReadable())
        return fail(error, QStringLiteral("%1: cannot read the file").arg(protoFile));
    d = std::make_unique<Private>();
    d->sourceTree.MapPath("", info.absolutePath().toStdString());
    d->importer = std::make_unique<pb::compiler::Importer>(&d->sourceTree, &d->errors);
    d->file = d->importer->Import(info.fileName().toStdString());
    if (!d->file)
        return fail(error, d->errors.text().isEmpty()
                               ? QStringLiteral("%1: cannot parse").arg(protoFile)
                               : d->errors.text());
    d->factory = std::make_unique<pb::DynamicMessageFactory>(d->importer->pool());
    return true;
}

QStringList ProtobufSchema::messageTypes() const
{
    QStringList names;
    if (!d->file)
        return names;
    const std::function<void(const pb::Descriptor *)> add = [&](const pb::Descriptor *type) {
        names << QString::fromStdString(type->full_name());
        for (int i = 0; i < type->nested_type_count(); ++i)
            add(type->nested_type(i));
    };
    for (int i = 0; i < d->file->message_type_count(); ++i)
        add(d->file->message_type(i));
    return names;
}

bool ProtobufSchema::hasMessageType(const QString &messageType) const
{
    return d->importer &&
           d->importer->pool()->FindMessageTypeByName(messageType.toStdString()) != nullptr;
}

std::optional<QJsonObject> ProtobufSchema::decode(const QString &messageType,
                                                  const QByteArray &payload, QString *error) const
{
    const std::unique_ptr<pb::Message> message = d->newMessage(messageType, error);
    if (!message)
        return std::nullopt;
    if (!message->ParseFromArray(payload.constData(), int(payload.size()))) {
        fail(error, QStringLiteral("the payload is not a valid %1").arg(messageType));
        return std::nullopt;
    }
    std::string json;
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    if (!pb::util::MessageToJsonString(*message, &json, options).ok()) {
        fail(error, QStringLiteral("cannot convert %1 to JSON").arg(messageType));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

std::optional<QByteArray> ProtobufSchema::encode(const QString &messageType, const QByteArray &json,
                                                 QString *error) const
{
    const std::unique_ptr<pb::Message> message = d->newMessage(messageType, error);
    if (!message)
        return std::nullopt;
    const auto status = pb::util::JsonStringToMessage(json.toStdString(), message.get());
    if (!status.ok()) {
        fail(error, QStringLiteral("not a valid %1: %2")
                        .arg(messageType, QString::fromUtf8(status.message().data(),
                                                            qsizetype(status.message().size()))));
        return std::nullopt;
    }
    return QByteArray::fromStdString(message->SerializeAsString());
}

#else // without libprotobuf

struct ProtobufSchema::Private
{
};

ProtobufSchema::ProtobufSchema() : d(std::make_unique<Private>()) {}

ProtobufSchema::~ProtobufSchema() = default;

bool ProtobufSchema::isAvailable()
{
    return false;
}

bool ProtobufSchema::load(const QString &, QString *error)
{
    return fail(error, QStringLiteral("this build has no Protobuf support (libprotobuf-dev)"));
}

QStringList ProtobufSchema::messageTypes() const
{
    return {};
}

bool ProtobufSchema::hasMessageType(const QString &) const
{
    return false;
}

std::optional<QJsonObject> ProtobufSchema::decode(const QString &, const QByteArray &,
                                                  QString *error) const
{
    fail(error, QStringLiteral("this build has no Protobuf support (libprotobuf-dev)"));
    return std::nullopt;
}

std::optional<QByteArray> ProtobufSchema::encode(const QString &, const QByteArray &,
                                                 QString *error) const
{
    fail(error, QStringLiteral("this build has no Protobuf support (libprotobuf-dev)"));
    return std::nullopt;
}

#endif

} // namespace schema
