// Switching the language at run time: every extras widget (and the window's menus built by the
// extensions) retranslates on QEvent::LanguageChange. Also renders the broker panel, the packet
// inspector and the main window in German and Chinese into PNG files for review
// (directory: $MQTT_WORKBENCH_SCREENSHOTS, default "extras-screenshots" in the working dir).
#include "brokerclientmodel.h"
#include "brokercontroller.h"
#include "brokerpanel.h"
#include "connectiontab.h"
#include "inspectormodel.h"
#include "inspectorpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "savedmessagestore.h"

#include <mqttcore/client.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using gui::LanguageManager;

class TestExtrasLanguage : public QObject
{
    Q_OBJECT

private:
    QString m_shots;

    void shoot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-extras-language"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
        m_shots = qEnvironmentVariable("MQTT_WORKBENCH_SCREENSHOTS",
                                       QStringLiteral("extras-screenshots"));
        QDir().mkpath(m_shots);
    }

    void everyLanguageIsBuiltIn()
    {
        const QStringList languages = LanguageManager::availableLanguages();
        for (const char *code : {"de", "es", "fr", "ja", "zh_CN"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void switchAtRunTime()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        gui::BrokerController controller;
        gui::BrokerController::Options options;
        options.port = 0;
        controller.setOptions(options);
        gui::BrokerPanel panel(&controller);
        gui::InspectorPanel inspector;
        QCOMPARE(panel.startAction()->text(), QStringLiteral("Start local broker"));
        QCOMPARE(panel.clientModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Client ID"));

        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        languages.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(languages.effectiveLanguage(), QStringLiteral("de"));
        // LanguageChange is posted; the widgets retranslate when it is delivered.
        QTRY_COMPARE(panel.startAction()->text(), QStringLiteral("Lokalen Broker starten"));
        QCOMPARE(panel.clientModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Client-ID"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("de"));

        languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(panel.startAction()->text(), QStringLiteral("启动本地代理"));
        QCOMPARE(panel.clientModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("客户端 ID"));

        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(languages.effectiveLanguage(), QStringLiteral("en"));
        QTRY_COMPARE(panel.startAction()->text(), QStringLiteral("Start local broker"));

        // The choice survives a restart.
        languages.setLanguage(QStringLiteral("ja"));
        LanguageManager restarted;
        QCOMPARE(restarted.language(), QStringLiteral("ja"));
        QCOMPARE(restarted.effectiveLanguage(), QStringLiteral("ja"));
        languages.setLanguage(QStringLiteral("en"));
    }

    void screenshotsInGermanAndChinese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void screenshotsInGermanAndChinese()
    {
        QFETCH(QString, language);
        // As at start-up: the language is chosen before the window is built.
        LanguageManager languages;
        languages.setLanguage(language);
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &messages);
        window.resize(1600, 900);
        window.show();
        auto *controller = window.findChild<gui::BrokerController *>(QStringLiteral("localBroker"));
        auto *panel = window.findChild<gui::BrokerPanel *>(QStringLiteral("brokerPanel"));
        auto *inspector = window.findChild<gui::InspectorPanel *>(QStringLiteral("inspectorPanel"));
        QVERIFY(controller && panel && inspector);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("themeMenu"))->title() !=
                QStringLiteral("&Theme"));
        QVERIFY(!panel->connectAction()->text().contains(QStringLiteral("local broker")));
        gui::BrokerController::Options options;
        options.port = 0;
        controller->setOptions(options);
        QVERIFY(controller->start());
        window.findChild<QAction *>(QStringLiteral("connectLocalBroker"))->trigger();
        gui::ConnectionTab *tab = window.currentConnectionTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->client()->state(), mqtt::Client::State::Connected, 5000);
        for (int i = 0; i < 12; ++i)
            tab->client()->publish(
                mqtt::Message(QStringLiteral("home/sensor/%1/temperature").arg(i % 4),
                              QByteArray::number(20.5 + i), mqtt::QoS(i % 3), i % 4 == 0));
        QTRY_VERIFY_WITH_TIMEOUT(inspector->model() && inspector->model()->rowCount() > 20, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->clientModel()->rowCount(), 1, 5000);
        inspector->view()->selectRow(inspector->model()->rowCount() - 1);
        window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->show();
        QTest::qWait(700); // one statistics update of the broker panel
        shoot(&window, QStringLiteral("mainwindow-") + language);
        panel->resize(760, 560);
        shoot(panel, QStringLiteral("brokerpanel-") + language);
        inspector->resize(1100, 600);
        shoot(inspector, QStringLiteral("inspector-") + language);
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestExtrasLanguage)
#include "tst_extras_language.moc"
