#pragma once

#include <QCoreApplication>

namespace cli {

/// Translation context for the free functions of the command-line tools: CliText::tr("...")
/// is seen by lupdate like any class's tr().
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli::CliText)
};

} // namespace cli
