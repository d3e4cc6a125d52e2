#pragma once

namespace cli {

/// Makes every subcommand speak the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
/// as the window does by default: the QCoreApplication a subcommand creates installs the
/// program's translation for that locale. Call before the subcommand runs.
void translateSubcommands();

} // namespace cli
