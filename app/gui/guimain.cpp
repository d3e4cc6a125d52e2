#include "guimain.h"

#include <QApplication>
#include <QMainWindow>

int gui::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MQTT Workbench"));
    QApplication::setOrganizationName(QStringLiteral("mqtt-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MQTT_WORKBENCH_VERSION));
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("MainWindow", "MQTT Workbench"));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
