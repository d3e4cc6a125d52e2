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
    // built in them (rather than built in English and light, then switched). They are children
    // of the application, where the window's View menu finds them (extensions.cpp).
    new ThemeManager(&app);
    new LanguageManager(&app);
    MainWindow window(nullptr, nullptr, nullptr, options);
    window.show();
    return app.exec();
}
