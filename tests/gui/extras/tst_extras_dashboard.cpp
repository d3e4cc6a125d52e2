// The $SYS dashboard against our broker (which publishes mosquitto's $SYS names), and the
// light/dark theme choice being applied and remembered.
#include "sysdashboard.h"
#include "thememanager.h"

#include <broker/broker.h>
#include <mqttcore/client.h>

#include <QApplication>
#include <QProxyStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

class TestExtrasDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            QStringLiteral("mqtt-workbench-tst-extras-dashboard"));
        QSettings().clear();
    }

    void showsTheBrokersSysTopics()
    {
        broker::BrokerSettings settings;
        broker::ListenerSettings listener;
        listener.bindAddress = QHostAddress::LocalHost;
        settings.listeners = {listener};
        settings.limits.sysInterval = 1;
        broker::Broker broker(settings);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        mqtt::Client user;
        mqtt::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = broker.listeningPorts().value(0);
        options.clientId = QStringLiteral("the-users-client");
        user.setOptions(options);
        QList<mqtt::Message> userMessages;
        connect(&user, &mqtt::Client::messageReceived, this,
                [&](const mqtt::Message &m) { userMessages << m; });
        user.connectToBroker();
        QTRY_VERIFY_WITH_TIMEOUT(user.state() == mqtt::Client::State::Connected, 5000);

        gui::SysDashboard dashboard;
        dashboard.setClient(&user);
        dashboard.setActive(true);
        dashboard.show();
        // Two clients: the user's and the dashboard's own connection.
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.value(QStringLiteral("$SYS/broker/clients/connected")),
                                  QStringLiteral("2"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.value(QStringLiteral("$SYS/broker/uptime")).isEmpty(),
                                 5000);
        // Grouped: a "Clients" group holding "connected".
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.tree()->topLevelItemCount() >= 2, 5000);
        const auto shown = [&dashboard]() -> QString {
            const QList<QTreeWidgetItem *> found = dashboard.tree()->findItems(
                QStringLiteral("connected"), Qt::MatchExactly | Qt::MatchRecursive);
            for (QTreeWidgetItem *item : found) {
                if (item->parent() && item->parent()->text(0) == QStringLiteral("Clients"))
                    return item->text(1);
            }
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("2"), 5000); // the tree shows it too
        // The dashboard's subscription never reaches the user's own message stream.
        QVERIFY(userMessages.isEmpty());
        QCOMPARE(user.clientId(), QStringLiteral("the-users-client")); // not taken over

        dashboard.setActive(false);
        QVERIFY(dashboard.value(QStringLiteral("$SYS/broker/uptime")).isEmpty());
    }

    void themeIsAppliedAndRemembered()
    {
        {
            gui::ThemeManager themes;
            themes.setTheme(gui::ThemeManager::Theme::Dark);
            QVERIFY(gui::ThemeManager::isDark());
            themes.setTheme(gui::ThemeManager::Theme::Light);
            QVERIFY(!gui::ThemeManager::isDark());
            themes.setTheme(gui::ThemeManager::Theme::Dark);
        }
        gui::ThemeManager restarted; // reads the stored choice
        QCOMPARE(restarted.theme(), gui::ThemeManager::Theme::Dark);
        QVERIFY(gui::ThemeManager::isDark());
        // Fusion, possibly under the workbench's proxy (visible unchecked menu checkboxes).
        QStyle *style = QApplication::style();
        if (const auto *proxy = qobject_cast<QProxyStyle *>(style))
            style = proxy->baseStyle();
        QCOMPARE(style->name().toLower(), QStringLiteral("fusion"));
    }
};

QTEST_MAIN(TestExtrasDashboard)
#include "tst_extras_dashboard.moc"
