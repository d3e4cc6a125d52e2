// Switching the language at run time: every extras widget (and the window's menus built by the
// extensions) retranslates on QEvent::LanguageChange. Also renders the broker panel, the packet
// inspector and the main window in German and Chinese into PNG files for review
// (directory: $MQTT_WORKBENCH_SCREENSHOTS, default "extras-screenshots" in the working dir).
#include "brokerclientmodel.h"
#include "brokercontroller.h"
#include "brokerpanel.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "errortext.h"
#include "inspectormodel.h"
#include "inspectorpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagedetailview.h"
#include "messagelogmodel.h"
#include "profilestore.h"
#include "savedmessagestore.h"
#include "thememanager.h"
#include "topictreemodel.h"

#include <mqttcore/client.h>
#include <schema/payloadcodecs.h>

#include <functional>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
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

    // The main window and a connection tab follow a language switched while they are open:
    // menus, toolbar actions, panels, buttons, tabs and the column headers of the views.
    void mainWindowFollowsTheLanguage()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        gui::ThemeManager themes;
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &messages, nullptr, {}, {&themes, &languages});
        window.show();
        gui::ConnectionProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.options.host = QStringLiteral("127.0.0.1");
        profile.options.port = 1; // nothing listens: the tab stays disconnected
        gui::ConnectionTab *tab = window.openConnection(profile);

        QMenu *file = window.menu(gui::MainWindow::Menu::File);
        QMenu *view = window.menu(gui::MainWindow::Menu::View);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("connectionsDock"));
        auto *detailTabs = tab->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *topicTabs = tab->findChild<QTabWidget *>(QStringLiteral("topicTabs"));
        auto *subscribe = tab->findChild<QPushButton *>(QStringLiteral("subscribeButton"));
        auto *publish = tab->findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *pause = tab->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(dock && detailTabs && topicTabs && subscribe && publish && pause);
        const auto logHeader = [tab](int column) {
            return tab->messageView()->model()->headerData(column, Qt::Horizontal).toString();
        };
        const auto treeHeader = [tab](int column) {
            return tab->topicView()->model()->headerData(column, Qt::Horizontal).toString();
        };
        const QString englishPayloadTab = tab->detailView()->findChild<QTabWidget *>()->tabText(0);
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(view->title(), QStringLiteral("&View"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Connections"));
        QCOMPARE(detailTabs->tabText(1), QStringLiteral("Publish"));
        QCOMPARE(topicTabs->tabText(0), QStringLiteral("Topics"));
        QCOMPARE(subscribe->text(), QStringLiteral("Subscribe"));
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        QCOMPARE(logHeader(gui::MessageLogModel::TimeColumn), QStringLiteral("Time"));
        QCOMPARE(treeHeader(gui::TopicTreeModel::ValueColumn), QStringLiteral("Last value"));
        QCOMPARE(englishPayloadTab, QStringLiteral("Payload"));

        QSignalSpy headers(tab->messageView()->model(), &QAbstractItemModel::headerDataChanged);
        languages.setLanguage(QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(view->title(), QStringLiteral("&Ansicht"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Verbindungen"));
        QCOMPARE(detailTabs->tabText(0), QStringLiteral("Nachricht"));
        QCOMPARE(detailTabs->tabText(1), QStringLiteral("Veröffentlichen"));
        QCOMPARE(subscribe->text(), QStringLiteral("Abonnieren"));
        QCOMPARE(publish->text(), QStringLiteral("Veröffentlichen"));
        QCOMPARE(pause->text(), QStringLiteral("Anhalten"));
        QCOMPARE(logHeader(gui::MessageLogModel::TimeColumn), QStringLiteral("Zeit"));
        QCOMPARE(logHeader(gui::MessageLogModel::PayloadColumn), QStringLiteral("Nutzdaten"));
        QCOMPARE(treeHeader(gui::TopicTreeModel::ValueColumn), QStringLiteral("Letzter Wert"));
        QVERIFY(headers.count() >= 1); // the header views measure the new titles
        // Texts of the free functions (format names, reasons) are found in their context too.
        QCOMPARE(schema::PayloadCodecs().find(u"auto")->title(), QStringLiteral("Automatisch"));
        QCOMPARE(schema::PayloadCodecs().find(u"sparkplug")->title(),
                 QStringLiteral("Sparkplug B"));
        QCOMPARE(gui::describeReason(mqtt::ReasonCode::NotAuthorized),
                 QStringLiteral("nicht berechtigt"));
        QCOMPARE(
            tab->detailView()->findChild<QComboBox *>(QStringLiteral("payloadView"))->itemText(0),
            QStringLiteral("Automatisch"));
        QVERIFY(tab->detailView()->findChild<QTabWidget *>()->tabText(0) != englishPayloadTab);
        // Every action of the window's menus and toolbar has left English behind (those that
        // have a translation differing from the source; names of languages stay as they are).
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().isEmpty() || action->menu() || action->isSeparator())
                continue;
            QVERIFY2(action->text() != QStringLiteral("&Quit") &&
                         action->text() != QStringLiteral("&Preferences…") &&
                         action->text() != QStringLiteral("&Pause live view"),
                     qPrintable(action->text()));
        }

        languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(detailTabs->tabText(1), QStringLiteral("发布"));
        QCOMPARE(pause->text(), QStringLiteral("暂停"));
        QCOMPARE(logHeader(gui::MessageLogModel::TimeColumn), QStringLiteral("时间"));

        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(subscribe->text(), QStringLiteral("Subscribe"));
        QCOMPARE(logHeader(gui::MessageLogModel::TimeColumn), QStringLiteral("Time"));
    }

    // Tools ▸ Preferences lists the same languages as View ▸ Language; accepting the dialog with
    // German applies it through the LanguageManager (stored like the menu's choice) and the menu
    // shows it checked. The dialog in German is rendered to preferences-de.png.
    void preferencesChooseTheLanguage()
    {
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        LanguageManager languageManager;
        gui::ThemeManager themes;
        gui::MainWindow window(&profiles, &messages, nullptr, {}, {&themes, &languageManager});
        window.show();
        LanguageManager *languages = &languageManager; // the one the window offers
        languages->setLanguage(QStringLiteral("en"));
        QMenu *file = window.menu(gui::MainWindow::Menu::File);
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        auto *languageMenu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languageMenu);

        // Opens the dialog, lets `inDialog` act on it while it is shown, and waits until it closes.
        const auto withPreferences = [&window](const std::function<void(QDialog *)> &inDialog) {
            bool seen = false;
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog) {
                    QWARN("no modal Preferences dialog");
                    return;
                }
                seen = true;
                inDialog(dialog);
                if (dialog->isVisible()) // a failed check inside must not leave the dialog open
                    dialog->reject();
            });
            window.showPreferences();
            return seen;
        };

        QStringList listed;
        QVERIFY(withPreferences([&listed](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            if (combo)
                for (int i = 0; i < combo->count(); ++i)
                    listed << combo->itemText(i) + QLatin1Char('=') + combo->itemData(i).toString();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
        QStringList expected{QStringLiteral("System default=")};
        for (const QString &code : LanguageManager::selectableLanguages())
            expected << LanguageManager::nativeName(code) + QLatin1Char('=') + code;
        QCOMPARE(listed, expected);
        for (const char *name : {"English", "Deutsch", "Français", "Español", "简体中文", "日本語"})
            QVERIFY2(expected.join(QLatin1Char(' ')).contains(QString::fromUtf8(name)), name);
        QCOMPARE(languages->language(), QStringLiteral("en")); // unchanged by OK

        // Choosing German and cancelling changes nothing.
        QVERIFY(withPreferences([](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            dialog->reject();
        }));
        QCOMPARE(languages->language(), QStringLiteral("en"));

        QVERIFY(withPreferences([](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
        QCOMPARE(languages->language(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(window.menu(gui::MainWindow::Menu::View)->title(), QStringLiteral("&Ansicht"));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("connectionsDock"))->windowTitle(),
                 QStringLiteral("Verbindungen"));
        // The menu follows the dialog's choice.
        emit languageMenu->aboutToShow();
        for (QAction *action : languageMenu->actions())
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("de"));
        {
            // A restart applies the stored choice.
            LanguageManager restarted;
            QCOMPARE(restarted.language(), QStringLiteral("de"));
            QCOMPARE(restarted.effectiveLanguage(), QStringLiteral("de"));
        }

        // The dialog in German, with the current choice preselected.
        QVERIFY(withPreferences([this](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
            shoot(dialog, QStringLiteral("preferences-de"));
            dialog->reject();
        }));

        languages->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
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
        gui::ThemeManager themes;
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &messages, nullptr, {}, {&themes, &languages});
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
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(), mqtt::Client::State::Connected,
                                  5000);
        for (int i = 0; i < 12; ++i)
            tab->session()->client()->publish(
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
