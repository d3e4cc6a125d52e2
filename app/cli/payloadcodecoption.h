#pragma once

#include <schema/payloadcodecs.h>

#include <QString>

#include <memory>
#include <optional>

namespace cli {

class ArgumentParser;

/// The --format CODEC, --proto FILE and --proto-type MESSAGE options of sub, pub and monitor.
/// The codecs are the registry's (schema/payloadcodecs.h), so every command and the window
/// offer the same ones; "protobuf" is made from the user's .proto file, parsed at start.
class PayloadCodecOption
{
public:
    /// Adds the three options; `formatHelp` is --format's help with %1 for the codec names.
    static void addTo(ArgumentParser &parser, const QString &formatHelp);

    /// Reads the options: the codec named by --format (--proto implies "protobuf"), or the one
    /// named `defaultName` when --format is absent (none for an empty name). On a misuse of the
    /// options, or a .proto file that does not load, prints one line for `command` and returns
    /// the exit code (ExitUsage); nullopt when all is well.
    std::optional<int> read(const ArgumentParser &parser, const QString &command,
                            const QString &defaultName = {});

    /// The registry, with the user's Protobuf codec when --proto was given.
    const schema::PayloadCodecs &codecs() const { return m_codecs; }
    /// The chosen codec; null when --format is absent and there is no default.
    std::shared_ptr<const schema::PayloadCodec> codec() const { return m_codec; }

private:
    bool readNamed(const ArgumentParser &parser, const QString &defaultName, QString *error,
                   bool *usage);
    bool readProtobuf(const ArgumentParser &parser, QString *error);

    schema::PayloadCodecs m_codecs;
    std::shared_ptr<const schema::PayloadCodec> m_codec;
};

} // namespace cli
