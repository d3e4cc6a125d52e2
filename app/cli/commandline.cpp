#include "commandline.h"

#include "clitext.h"
#include "connectionoptions.h"
#include "exitcodes.h"

#include <cstdio>

namespace cli {

int usageError(const QString &command, const QString &line)
{
    printError(command, line + CliText::tr(" (see --help)"));
    return ExitUsage;
}

std::optional<int> parseCommandLine(ArgumentParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usageError(parser.command(), parser.errorText());
    if (parser.helpRequested()) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return ExitSuccess;
    }
    return std::nullopt;
}

std::optional<int> parseClientCommandLine(ArgumentParser &parser, const QStringList &arguments,
                                          ConnectionOptions *connection)
{
    if (const auto done = parseCommandLine(parser, arguments))
        return done;
    QString error;
    if (!connection->load(parser, &error))
        return usageError(parser.command(), error);
    for (const QString &warning : std::as_const(connection->warnings))
        printError(parser.command(), warning);
    return std::nullopt;
}

} // namespace cli
