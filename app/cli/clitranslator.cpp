#include "clitranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

/// Runs inside the QCoreApplication constructor (qAddPreRoutine): each subcommand creates its
/// own application object, and a translator can only be installed once one exists.
void installTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The .qm files are built into the executable under :/i18n (app/CMakeLists.txt); load()
    // tries "de_DE", then "de". Without a match the English source text is shown.
    if (translator->load(QLocale::system(), QStringLiteral("mqtt-workbench"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void cli::translateSubcommands()
{
    qAddPreRoutine(installTranslator);
}
