#include "guimain.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "thememanager.h"

#include <QApplication>
#include <QIcon>

int gui::run(int argc, char **argv, const StartOptions &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MQTT Workbench"));
    QApplication::setOrganizationName(QStringLiteral("mqtt-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MQTT_WORKBENCH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mqtt-workbench.svg")));
    // The stored theme and language apply before the first widget exists, so the window is
    // built in them (rather than built in English and light, then switched). The window offers
    // them in its View menu and Preferences.
    ThemeManager themes;
    LanguageManager languages;
    MainWindow window(nullptr, nullptr, nullptr, options, Appearance{&themes, &languages});
    window.show();
    return app.exec();
}
