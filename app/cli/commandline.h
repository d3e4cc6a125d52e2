#pragma once

#include "argumentparser.h"

#include <QString>
#include <QStringList>

#include <optional>

/// The start every client subcommand shares: parse, answer --help, report usage errors.
namespace cli {

/// Prints "mqtt-workbench <command>: <line> (see --help)" and returns ExitUsage.
int usageError(const QString &command, const QString &line);

/// Parses the arguments after the subcommand name. Returns the exit code to end with when the
/// command is done already (help printed, or a usage error reported), nothing to go on.
std::optional<int> parseCommandLine(ArgumentParser &parser, const QStringList &arguments);

class ConnectionOptions;

/// parseCommandLine() for the commands that connect (pub, sub, monitor): also loads
/// *connection from the parsed options and prints its warnings on stderr.
std::optional<int> parseClientCommandLine(ArgumentParser &parser, const QStringList &arguments,
                                          ConnectionOptions *connection);

} // namespace cli
