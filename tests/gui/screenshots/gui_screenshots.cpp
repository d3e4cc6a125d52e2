// gui_screenshots OUTPUT_DIR [LANGUAGE]: builds the workbench window with demo traffic from an
// in-process broker, and saves each main view in the light and the dark theme at 1024x768, 1280x800
// and 1920x1080 (QWidget::grab, so it works offscreen). LANGUAGE ("de", "zh_CN", ...) is chosen
// before the window is built, as at start-up; its files get a "-LANGUAGE" suffix.
#include "bridgedialog.h"
#include "brokerbridgemodel.h"
#include "brokercontroller.h"
#include "brokerpanel.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "historysearchdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagearchive.h"
#include "messagedetailview.h"
#include "messagelogmodel.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "publishpanel.h"
#include "savedmessagestore.h"
#include "thememanager.h"
#include "topicfilterproxymodel.h"
#include "topictreemodel.h"

#include <broker/broker.h>
#include <mqttcore/client.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <cstdio>

using namespace gui;

namespace {

// Spins the event loop until `done` or the time is up (a tool, not a test: no assertions).
template <typename Done> void waitFor(Done done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void settle()
{
    waitFor([] { return false; }, 150);
}

void publishDemoTraffic(mqtt::Client &client)
{
    const QStringList rooms = {QStringLiteral("kitchen"), QStringLiteral("living-room"),
                               QStringLiteral("bedroom"), QStringLiteral("garage")};
    for (int round = 0; round < 12; ++round) {
        for (int r = 0; r < rooms.size(); ++r) {
            const double temp = 19.5 + r + std::sin(round / 2.0) * 1.5;
            client.publish(mqtt::Message(
                QStringLiteral("home/%1/climate").arg(rooms[r]),
                QStringLiteral("{\"temperature\": %1, \"humidity\": %2, \"battery\": %3}")
                    .arg(temp, 0, 'f', 1)
                    .arg(40 + (round * 3 + r) % 15)
                    .arg(98 - round)
                    .toUtf8(),
                mqtt::QoS::AtLeastOnce, round == 11));
            client.publish(mqtt::Message(QStringLiteral("home/%1/light").arg(rooms[r]),
                                         (round + r) % 2 ? "on" : "off", mqtt::QoS::AtMostOnce,
                                         true));
        }
        client.publish(mqtt::Message(QStringLiteral("factory/line1/press/pressure"),
                                     QByteArray::number(4.2 + round * 0.05, 'f', 2)));
        client.publish(mqtt::Message(QStringLiteral("factory/line1/press/cycles"),
                                     QByteArray::number(1200 + round * 7)));
        client.publish(
            mqtt::Message(QStringLiteral("factory/line2/robot/status"),
                          "{\"state\":\"running\",\"program\":\"weld-7\",\"speed\":0.8}"));
        waitFor([] { return false; }, 60); // spread the values over time for the chart
    }
    QByteArray binary;
    for (int i = 0; i < 96; ++i)
        binary.append(char(i * 37));
    client.publish(mqtt::Message(QStringLiteral("devices/gateway-7/firmware"), binary));
    client.publish(mqtt::Message(QStringLiteral("devices/gateway-7/log"),
                                 "boot ok\nwifi connected\nmqtt connected"));
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    settle();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
    else
        std::printf("%s\n", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-screenshots"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
    const QString outDir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    QDir().mkpath(outDir);
    // As the program does: theme and language first, then the window.
    ThemeManager themes;
    themes.setTheme(ThemeManager::Theme::Light);
    LanguageManager languages;
    languages.setLanguage(language);
    if (languages.effectiveLanguage() != language)
        std::fprintf(stderr, "no translation for %s\n", qPrintable(language));

    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners = {listener};
    broker::Broker broker(settings);
    if (!broker.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(broker.errorString()));
        return 1;
    }
    const quint16 port = broker.listeningPorts().value(0);

    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
    ConnectionProfile profile;
    profile.name = QStringLiteral("Local test broker");
    profile.options.host = QStringLiteral("127.0.0.1");
    profile.options.port = port;
    profile = profiles.save(profile);
    ConnectionProfile other;
    other.name = QStringLiteral("Production (TLS)");
    other.options.transport = mqtt::TransportKind::Tls;
    other.options.host = QStringLiteral("mqtt.example.com");
    other.options.userName = QStringLiteral("operator");
    profiles.save(other);
    SavedMessage saved;
    saved.group = QStringLiteral("Lights");
    saved.name = QStringLiteral("Kitchen on");
    saved.topic = QStringLiteral("home/kitchen/light/set");
    saved.payloadText = QStringLiteral("on");
    messages.save(saved);
    SavedMessage simulated;
    simulated.group = QStringLiteral("Simulated");
    simulated.name = QStringLiteral("Temperature");
    simulated.topic = QStringLiteral("sim/sensor1/temperature");
    simulated.codec = QStringLiteral("json");
    simulated.isTemplate = true;
    simulated.payloadText = QStringLiteral(
        "{\"seq\": {{counter}}, \"temp\": {{random:20.0:25.0}}, \"at\": \"{{time}}\"}");
    messages.save(simulated);

    MainWindow window(&profiles, &messages, nullptr, {}, {&themes, &languages});
    window.show();
    ConnectionTab *tab = window.openConnection(profile);
    waitFor([tab] { return tab->session()->client()->state() == mqtt::Client::State::Connected; });
    tab->publishPanel()->load(simulated); // a payload template in the publish panel

    mqtt::Client publisher;
    mqtt::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    publisher.setOptions(options);
    publisher.connectToBroker();
    waitFor([&] { return publisher.state() == mqtt::Client::State::Connected; });
    publishDemoTraffic(publisher);
    waitFor([tab] { return tab->session()->messageLog()->rowCount() >= 150; });
    // Steady traffic of different rates, for the rate column and the busiest topics.
    QTimer flood;
    int tick = 0;
    QObject::connect(&flood, &QTimer::timeout, &publisher, [&publisher, &tick] {
        ++tick;
        publisher.publish(mqtt::Message(QStringLiteral("factory/line1/press/pressure"),
                                        QByteArray::number(4.2 + (tick % 10) * 0.03, 'f', 2)));
        if (tick % 2 == 0)
            publisher.publish(mqtt::Message(QStringLiteral("factory/line1/press/cycles"),
                                            QByteArray::number(1300 + tick)));
        if (tick % 5 == 0)
            publisher.publish(mqtt::Message(QStringLiteral("home/garage/light"), "on"));
    });
    flood.start(20);
    waitFor([] { return false; }, 1200); // one rate update for the tree and busiest topics

    tab->topicView()->expandAll();
    const QModelIndex climate =
        tab->session()->topicTree()->indexForTopic(QStringLiteral("home/kitchen/climate"));
    QTreeView *tree = tab->topicView();
    tree->setCurrentIndex(tab->topicFilter()->mapFromSource(climate));
    auto *bottomTabs = tab->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    auto *detailTabs = tab->detailView()->findChild<QTabWidget *>();
    auto *topicTabs = tab->findChild<QTabWidget *>(QStringLiteral("topicTabs"));

    struct Size
    {
        int w;
        int h;
    };
    for (const Size size : {Size{1280, 800}, Size{1920, 1080}, Size{1024, 768}}) {
        for (const bool dark : {false, true}) {
            themes.setTheme(dark ? ThemeManager::Theme::Dark : ThemeManager::Theme::Light);
            window.resize(size.w, size.h);
            QString suffix = QStringLiteral("-%1x%2-%3")
                                 .arg(size.w)
                                 .arg(size.h)
                                 .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            if (language != QLatin1String("en"))
                suffix += u'-' + language;
            bottomTabs->setCurrentIndex(0);
            detailTabs->setCurrentIndex(0);
            save(&window, outDir, QStringLiteral("main") + suffix);
            detailTabs->setCurrentIndex(3);
            save(&window, outDir, QStringLiteral("chart") + suffix);
            detailTabs->setCurrentIndex(2);
            save(&window, outDir, QStringLiteral("history") + suffix);
            bottomTabs->setCurrentIndex(1);
            save(&window, outDir, QStringLiteral("publish") + suffix);
            bottomTabs->setCurrentIndex(0);
            topicTabs->setCurrentIndex(1);
            save(&window, outDir, QStringLiteral("busiest") + suffix);
            topicTabs->setCurrentIndex(0);
            if (size.w < 1920) {
                // Every panel open: Connections and Local broker side by side, the others
                // tabbed with the local broker; each one raised in turn.
                const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
                for (QDockWidget *dock : docks)
                    dock->show();
                for (QDockWidget *dock : docks) {
                    dock->raise();
                    save(&window, outDir, QStringLiteral("panels-") + dock->objectName() + suffix);
                }
                for (QDockWidget *dock : docks) {
                    if (dock->objectName() != QLatin1String("connectionsDock"))
                        dock->hide();
                }
                window.resize(size.w, size.h);
            }
            if (size.w == 1280) {
                // The View menu: its panel toggles are check boxes, checked and unchecked.
                QMenu *viewMenu = window.menu(MainWindow::Menu::View);
                viewMenu->popup(window.mapToGlobal(QPoint(120, 20)));
                save(viewMenu, outDir, QStringLiteral("menu-view") + suffix);
                viewMenu->hide();
                ProfileDialog dialog(other, true, &window);
                dialog.show();
                save(&dialog, outDir, QStringLiteral("profile-simple") + suffix);
                for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
                    if (box->text() == ProfileDialog::tr("Advanced settings"))
                        box->setChecked(true);
                }
                save(&dialog, outDir, QStringLiteral("profile-advanced") + suffix);
                dialog.hide();
                // Preferences runs modally: shot while it is open.
                QTimer::singleShot(0, &window, [&] {
                    if (auto *preferences = QApplication::activeModalWidget()) {
                        save(preferences, outDir, QStringLiteral("preferences") + suffix);
                        preferences->close();
                    }
                });
                window.showPreferences();
            }
        }
    }

    // The local broker with one bridge up (to the demo broker), and the bridge dialog.
    auto *controller = window.findChild<BrokerController *>(QStringLiteral("localBroker"));
    auto *brokerPanel = window.findChild<BrokerPanel *>(QStringLiteral("brokerPanel"));
    auto *brokerDock = window.findChild<QDockWidget *>(QStringLiteral("localBrokerDock"));
    if (controller && brokerPanel && brokerDock) {
        BrokerController::Options local = controller->options();
        local.port = 0;
        controller->setOptions(local);
        broker::BridgeSettings bridge;
        bridge.name = QStringLiteral("cloud");
        bridge.addresses = {QStringLiteral("mqtt://127.0.0.1:%1").arg(port),
                            QStringLiteral("mqtts://backup.example.com:8883")};
        bridge.userName = QStringLiteral("gateway-7");
        bridge.localUsername = QStringLiteral("bridge");
        broker::BridgeTopic out;
        out.pattern = QStringLiteral("sensors/#");
        out.qos = mqtt::QoS::AtLeastOnce;
        out.remotePrefix = QStringLiteral("site-7/");
        broker::BridgeTopic in;
        in.pattern = QStringLiteral("commands/#");
        in.direction = broker::BridgeTopic::Direction::In;
        in.localPrefix = QStringLiteral("remote/");
        bridge.topics = {out, in};
        controller->setBridges({bridge});
        controller->start();
        brokerDock->show();
        brokerDock->raise();
        brokerPanel->showBridges();
        waitFor([brokerPanel] {
            const auto info = brokerPanel->bridgeModel()->info(0);
            return info && info->state == broker::BridgeInfo::State::Up;
        });
        brokerPanel->bridgeView()->selectRow(0);
        for (const bool dark : {false, true}) {
            themes.setTheme(dark ? ThemeManager::Theme::Dark : ThemeManager::Theme::Light);
            window.resize(1280, 800);
            QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
            if (language != QLatin1String("en"))
                suffix += u'-' + language;
            save(&window, outDir, QStringLiteral("bridges") + suffix);
            save(brokerPanel, outDir, QStringLiteral("bridges-panel") + suffix);
            BridgeDialog dialog(bridge, {}, &window);
            dialog.show();
            save(&dialog, outDir, QStringLiteral("bridge-dialog") + suffix);
        }
        controller->stop();
    }

    // The message history kept between runs, searched by topic filter.
    QTemporaryDir historyDir;
    MessageArchive archive(historyDir.filePath(QStringLiteral("history.sqlite")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i) {
        const QString room = i % 3 == 0   ? QStringLiteral("kitchen")
                             : i % 3 == 1 ? QStringLiteral("garage")
                                          : QStringLiteral("office");
        mqtt::Message temperature(QStringLiteral("home/%1/temperature").arg(room),
                                  QStringLiteral(R"({"celsius": %1, "battery": %2})")
                                      .arg(19.0 + (i % 7) * 0.5)
                                      .arg(90 - i)
                                      .toUtf8());
        temperature.setReceivedAt(now.addSecs(-600 + i * 15));
        archive.append(i % 4 == 0 ? QStringLiteral("Lab broker") : QStringLiteral("Demo broker"),
                       temperature);
        mqtt::Message status(QStringLiteral("home/%1/status").arg(room), "online");
        status.setReceivedAt(now.addSecs(-600 + i * 15 + 3));
        archive.append(QStringLiteral("Demo broker"), status);
    }
    for (const bool dark : {false, true}) {
        themes.setTheme(dark ? ThemeManager::Theme::Dark : ThemeManager::Theme::Light);
        QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        if (language != QLatin1String("en"))
            suffix += u'-' + language;
        HistorySearchDialog dialog(&archive, &window);
        dialog.setTopicFilter(QStringLiteral("home/+/temperature"));
        dialog.search();
        dialog.resultTable()->setCurrentCell(0, 0);
        dialog.show();
        save(&dialog, outDir, QStringLiteral("history-search") + suffix);
        // A From/To range: the five minutes from ten to five minutes ago.
        dialog.setRange(now.addSecs(-600), now.addSecs(-300));
        dialog.search();
        dialog.resultTable()->setCurrentCell(0, 0);
        save(&dialog, outDir, QStringLiteral("history-search-range") + suffix);
    }
    return 0;
}
