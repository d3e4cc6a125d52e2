#pragma once

#include "messageformatter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

/// The --format codecs of sub: how a payload is printed as text and how it appears in -j JSON
/// lines (structured formats as JSON values). They are mqttcore's payload formats, plus the
/// schema decoders: "sparkplug" (Sparkplug B, built in) and "protobuf" (a message type of a
/// .proto file parsed at run time, see protobuf()). A schema-decoded payload is printed as
/// one line of compact JSON; a payload that does not decode is printed escaped on one line
/// (printable ASCII as is, \n, \xNN, ...) with a warning on stderr.
class PayloadRenderers
{
public:
    /// The names --format accepts ("protobuf" only when the build has Protobuf support).
    static QStringList names();
    /// The renderer for a name, or nullopt when there is none. "protobuf" is not found here:
    /// it needs a schema (protobuf()).
    static std::optional<MessageFormatter::PayloadRenderer> find(const QString &name);
    /// True for the name of the Protobuf renderer ("protobuf", any case).
    static bool isProtobuf(const QString &name);
    /// The renderer decoding payloads as `messageType` of the .proto file `protoFile` (and its
    /// imports, found next to it). An empty `messageType` picks the file's only message type.
    /// nullopt with a one-line *error naming the file (and the line of a syntax error) or the
    /// unknown type.
    static std::optional<MessageFormatter::PayloadRenderer>
    protobuf(const QString &protoFile, const QString &messageType, QString *error);
};

} // namespace cli
