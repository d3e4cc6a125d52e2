// The local broker from the GUI: start/stop, the live client list, retained messages, and
// "connect to local broker" opening a connected tab in the main window.
#include "brokerclientmodel.h"
#include "brokercontroller.h"
#include "brokerpanel.h"
#include "brokerretainedmodel.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "savedmessagestore.h"

#include <mqttcore/client.h>

#include <testsupport.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using gui::BrokerClientModel;
using gui::BrokerController;
using gui::BrokerPanel;

class TestExtrasBroker : public QObject
{
    Q_OBJECT

private:
    static BrokerController::Options anyPort()
    {
        BrokerController::Options options;
        options.port = 0; // a free port, read back with port()
        return options;
    }

    static std::unique_ptr<mqtt::Client> connectClient(quint16 port, const QString &id)
    {
        auto client = std::make_unique<mqtt::Client>();
        mqtt::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = port;
        options.clientId = id;
        options.protocolVersion = mqtt::ProtocolVersion::V5;
        client->setOptions(options);
        client->connectToBroker();
        return client;
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-extras-broker"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
    }

    void startAndStopFromThePanel()
    {
        BrokerController controller;
        controller.setOptions(anyPort());
        BrokerPanel panel(&controller);
        panel.show();
        QVERIFY(panel.startAction()->isEnabled());
        QVERIFY(!panel.connectAction()->isEnabled());

        QSignalSpy running(&controller, &BrokerController::runningChanged);
        panel.startAction()->trigger();
        QCOMPARE(running.count(), 1);
        QVERIFY(controller.isRunning());
        const quint16 port = controller.port();
        QVERIFY(port != 0);
        QVERIFY(testsupport::waitForPort(port, 5000));
        QVERIFY(!panel.startAction()->isEnabled());
        QVERIFY(panel.stopAction()->isEnabled());
        QVERIFY(panel.connectAction()->isEnabled());

        panel.stopAction()->trigger();
        QVERIFY(!controller.isRunning());
        QVERIFY(panel.startAction()->isEnabled());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000)); // the listener is closed
    }

    void startFailureIsReported()
    {
        BrokerController first;
        first.setOptions(anyPort());
        QVERIFY(first.start());
        BrokerController second;
        BrokerController::Options taken = anyPort();
        taken.port = first.port();
        second.setOptions(taken);
        QSignalSpy error(&second, &BrokerController::errorOccurred);
        QVERIFY(!second.start());
        QCOMPARE(error.count(), 1);
        QVERIFY(!second.errorString().isEmpty());
        QVERIFY(!second.isRunning());
    }

    void clientListFollowsClients()
    {
        BrokerController controller;
        controller.setOptions(anyPort());
        BrokerPanel panel(&controller);
        QAbstractItemModelTester tester(panel.clientModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.start());

        auto client = connectClient(controller.port(), QStringLiteral("panel-client-1"));
        BrokerClientModel *model = panel.clientModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->clientId(0), QStringLiteral("panel-client-1"));
        QCOMPARE(model->index(0, BrokerClientModel::ProtocolColumn).data().toString(),
                 QStringLiteral("5.0"));
        QVERIFY(model->index(0, BrokerClientModel::AddressColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("127.0.0.1")));

        client->subscribe(QStringLiteral("panel/#"), {mqtt::QoS::AtLeastOnce});
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0, BrokerClientModel::SubscriptionsColumn)
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("panel/# (1)")),
                                 5000);

        auto second = connectClient(controller.port(), QStringLiteral("panel-client-2"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);

        client->disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->clientId(0), QStringLiteral("panel-client-2"));

        controller.stop();
        QCOMPARE(model->rowCount(), 0);
    }

    void retainedMessagesAreListedAndDeleted()
    {
        BrokerController controller;
        controller.setOptions(anyPort());
        BrokerPanel panel(&controller);
        QVERIFY(controller.start());
        auto client = connectClient(controller.port(), QStringLiteral("retainer"));
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == mqtt::Client::State::Connected, 5000);
        mqtt::PublishHandle *handle = client->publish(
            mqtt::Message(QStringLiteral("panel/retained"), "kept", mqtt::QoS::AtLeastOnce, true));
        QSignalSpy done(handle, &mqtt::PublishHandle::finished);
        QVERIFY(done.wait(5000));

        QSignalSpy listed(&controller, &BrokerController::retainedMessagesListed);
        controller.requestRetainedMessages();
        QVERIFY(listed.wait(5000));
        gui::BrokerRetainedModel *retained = panel.retainedModel();
        // The broker's own $SYS topics are retained too; find ours among them.
        const auto rowOf = [retained](const QString &topic) {
            for (int row = 0; row < retained->rowCount(); ++row) {
                if (retained->topic(row) == topic)
                    return row;
            }
            return -1;
        };
        const int row = rowOf(QStringLiteral("panel/retained"));
        QVERIFY(row >= 0);
        QCOMPARE(retained->index(row, gui::BrokerRetainedModel::PayloadColumn).data().toString(),
                 QStringLiteral("kept"));

        controller.deleteRetainedMessage(QStringLiteral("panel/retained"));
        controller.requestRetainedMessages();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("panel/retained")) < 0, 5000);
    }

    void connectToLocalOpensAConnectedTab()
    {
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &messages);
        window.show();
        auto *controller = window.findChild<BrokerController *>(QStringLiteral("localBroker"));
        QVERIFY(controller);
        auto *panel = window.findChild<BrokerPanel *>(QStringLiteral("brokerPanel"));
        QVERIFY(panel);
        controller->setOptions(anyPort());
        // The toolbar/menu action is the same QAction as the panel's.
        auto *start = window.findChild<QAction *>(QStringLiteral("startLocalBroker"));
        QVERIFY(start);
        start->trigger();
        QVERIFY(controller->isRunning());

        const int tabsBefore = window.connectionTabs().size();
        window.findChild<QAction *>(QStringLiteral("connectLocalBroker"))->trigger();
        QCOMPARE(window.connectionTabs().size(), tabsBefore + 1);
        gui::ConnectionTab *tab = window.currentConnectionTab();
        QVERIFY(tab);
        QCOMPARE(tab->session()->client()->options().effectivePort(), controller->port());
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(), mqtt::Client::State::Connected,
                                  5000);
        // ...and the broker panel lists that very connection.
        QTRY_COMPARE_WITH_TIMEOUT(panel->clientModel()->rowCount(), 1, 5000);
        QCOMPARE(panel->clientModel()->clientId(0), tab->session()->client()->clientId());
        // The window is destroyed with the tab still connected, and the broker in it.
    }
    void firstRunOffersTheLocalBroker()
    {
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), false);
        QSettings().setValue(QStringLiteral("localBroker/port"), 0); // a free port
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &messages);
        window.show();
        QMessageBox *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (offer = window.findChild<QMessageBox *>(QStringLiteral("localBrokerOffer"))), 5000);
        QVERIFY(QSettings().value(QStringLiteral("localBroker/firstRunOffered")).toBool());
        offer->button(QMessageBox::Yes)->click();
        auto *controller = window.findChild<BrokerController *>(QStringLiteral("localBroker"));
        QVERIFY(controller->isRunning());
        gui::ConnectionTab *tab = window.currentConnectionTab();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(), mqtt::Client::State::Connected,
                                  5000);

        // Offered once only.
        gui::MainWindow second(&profiles, &messages);
        QCoreApplication::processEvents();
        QVERIFY(!second.findChild<QMessageBox *>(QStringLiteral("localBrokerOffer")));
    }
    void passwordFileControlsWhoConnects()
    {
        // A password file made by our own passwd tool (mosquitto_passwd format).
        QTemporaryDir dir;
        const QString passwd = dir.filePath(QStringLiteral("passwd"));
        QProcess tool;
        tool.start(qEnvironmentVariable("MQTT_WORKBENCH"),
                   {QStringLiteral("passwd"), QStringLiteral("-c"), QStringLiteral("-b"), passwd,
                    QStringLiteral("alice"), QStringLiteral("s3cret")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);

        BrokerController controller;
        BrokerController::Options options = anyPort();
        options.allowAnonymous = false;
        options.passwordFile = passwd;
        controller.setOptions(options);
        QVERIFY2(controller.start(), qPrintable(controller.errorString()));

        const auto attempt = [&](std::optional<QString> user, QByteArray password) {
            auto client = std::make_unique<mqtt::Client>();
            mqtt::ConnectOptions o;
            o.host = QStringLiteral("127.0.0.1");
            o.port = controller.port();
            o.protocolVersion = mqtt::ProtocolVersion::V5;
            o.userName = user;
            if (user)
                o.password = password;
            client->setOptions(o);
            QSignalSpy error(client.get(), &mqtt::Client::errorOccurred);
            client->connectToBroker();
            const bool connected = QTest::qWaitFor(
                [&] {
                    return client->state() == mqtt::Client::State::Connected || error.count() > 0;
                },
                5000);
            return connected && client->state() == mqtt::Client::State::Connected;
        };
        QVERIFY(attempt(QStringLiteral("alice"), "s3cret"));
        // [MQTT-3.1.4-2]-style refusals: CONNACK 0x86 Bad User Name or Password / 0x87.
        QVERIFY(!attempt(QStringLiteral("alice"), "wrong"));
        QVERIFY(!attempt(std::nullopt, {})); // anonymous not allowed

        BrokerController broken;
        BrokerController::Options missing = anyPort();
        missing.passwordFile = dir.filePath(QStringLiteral("does-not-exist"));
        broken.setOptions(missing);
        QVERIFY(!broken.start());
        QVERIFY(!broken.errorString().isEmpty());
        controller.setOptions(anyPort()); // later tests read these settings
    }
};

QTEST_MAIN(TestExtrasBroker)
#include "tst_extras_broker.moc"
