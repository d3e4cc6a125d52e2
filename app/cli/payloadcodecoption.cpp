#include "payloadcodecoption.h"

#include "argumentparser.h"
#include "clitext.h"
#include "commandline.h"
#include "exitcodes.h"

#include <schema/protobufcodec.h>
#include <schema/protobufschema.h>

namespace cli {

namespace {

const QString FormatOption = QStringLiteral("format");
const QString ProtoOption = QStringLiteral("proto");
const QString ProtoTypeOption = QStringLiteral("proto-type");
const QString ProtobufName = QStringLiteral("protobuf");

bool isProtobuf(const QString &name)
{
    return name.compare(ProtobufName, Qt::CaseInsensitive) == 0;
}

/// `requested` as a message type of `schema`: as given, or without its package when only one
/// type fits ("Reading" for "plant.Reading"), or the file's only type when empty. Empty with
/// *error when there is no such type.
QString messageType(const schema::ProtobufSchema &schema, const QString &file,
                    const QString &requested, QString *error)
{
    const QStringList types = schema.messageTypes();
    if (requested.isEmpty()) {
        if (types.size() == 1)
            return types.first();
        *error = types.isEmpty() ? CliText::tr("%1 defines no message type").arg(file)
                                 : CliText::tr("%1 defines several message types (%2): choose one "
                                               "with --proto-type")
                                       .arg(file, types.join(QLatin1String(", ")));
        return {};
    }
    if (schema.hasMessageType(requested))
        return requested;
    QStringList matches;
    for (const QString &candidate : types) {
        if (candidate.endsWith(QLatin1Char('.') + requested))
            matches << candidate;
    }
    if (matches.size() == 1)
        return matches.first();
    *error = CliText::tr("unknown message type '%1' in %2 (it defines: %3)")
                 .arg(requested, file,
                      types.isEmpty() ? CliText::tr("no message type")
                                      : types.join(QLatin1String(", ")));
    return {};
}

} // namespace

void PayloadCodecOption::addTo(ArgumentParser &parser, const QString &formatHelp)
{
    parser.addOption({FormatOption}, QStringLiteral("CODEC"),
                     formatHelp.arg(schema::PayloadCodecs().names().join(QLatin1Char('|'))));
    parser.addOption({ProtoOption}, QStringLiteral("FILE"),
                     CliText::tr("the .proto file of --format protobuf, parsed at start (its "
                                 "imports are looked up next to it); implies --format protobuf"));
    parser.addOption({ProtoTypeOption}, QStringLiteral("MESSAGE"),
                     CliText::tr("the message type of --format protobuf, e.g. pkg.Reading "
                                 "(default: the only message type of the file)"));
}

std::optional<int> PayloadCodecOption::read(const ArgumentParser &parser, const QString &command,
                                            const QString &defaultName)
{
    QString error;
    bool usage = true;
    if (readNamed(parser, defaultName, &error, &usage))
        return std::nullopt;
    if (usage)
        return usageError(command, error);
    printError(command, error); // names the .proto file (and the line of a syntax error)
    return int(ExitUsage);
}

bool PayloadCodecOption::readNamed(const ArgumentParser &parser, const QString &defaultName,
                                   QString *error, bool *usage)
{
    *usage = true;
    const bool formatSet = parser.isSet(FormatOption);
    const QString name = formatSet ? parser.value(FormatOption) : defaultName;
    const bool protoSet = parser.isSet(ProtoOption) || parser.isSet(ProtoTypeOption);
    if (formatSet && !isProtobuf(name) && protoSet) {
        *error = CliText::tr("--proto and --proto-type go with --format protobuf");
        return false;
    }
    if (protoSet || (formatSet && isProtobuf(name))) {
        if (!schema::ProtobufSchema::isAvailable()) {
            *error = CliText::tr("--format protobuf: this build has no Protobuf support");
            return false;
        }
        if (!parser.isSet(ProtoOption)) {
            *error = CliText::tr("--format protobuf needs --proto FILE");
            return false;
        }
        *usage = false;
        return readProtobuf(parser, error);
    }
    if (name.isEmpty())
        return true;
    m_codec = m_codecs.find(name);
    if (!m_codec || isProtobuf(name)) {
        m_codec = nullptr;
        *error = CliText::tr("--format must be one of %1, not '%2'")
                     .arg(m_codecs.names().join(QLatin1String(", ")), name);
        return false;
    }
    return true;
}

bool PayloadCodecOption::readProtobuf(const ArgumentParser &parser, QString *error)
{
    const QString file = parser.value(ProtoOption);
    auto schema = std::make_shared<schema::ProtobufSchema>();
    if (!schema->load(file, error))
        return false; // names the file, and the line of a syntax error
    const QString type = messageType(*schema, file, parser.value(ProtoTypeOption), error);
    if (type.isEmpty())
        return false;
    m_codec = std::make_shared<schema::ProtobufCodec>(std::move(schema), type);
    m_codecs.add(m_codec);
    return true;
}

} // namespace cli
