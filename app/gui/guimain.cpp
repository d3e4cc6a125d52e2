#include "guimain.h"

#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

int gui::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MQTT Workbench"));
    QApplication::setOrganizationName(QStringLiteral("mqtt-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MQTT_WORKBENCH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mqtt-workbench.svg")));
    MainWindow window;
    window.show();
    return app.exec();
}
