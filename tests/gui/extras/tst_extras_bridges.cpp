// Bridges of the local broker from the GUI: added in the panel's Bridges tab through the bridge
// dialog, up against a second broker, removed again, all while the broker runs; stored for the
// next start when it does not; kept in the settings; invalid input refused by the dialog.
#include "bridgedialog.h"
#include "brokerbridgemodel.h"
#include "brokercontroller.h"
#include "brokerpanel.h"

#include <broker/broker.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using gui::BridgeDialog;
using gui::BrokerBridgeModel;
using gui::BrokerController;
using gui::BrokerPanel;

class TestExtrasBridges : public QObject
{
    Q_OBJECT

private:
    static BrokerController::Options anyPort()
    {
        BrokerController::Options options;
        options.port = 0; // a free port
        return options;
    }

    static std::unique_ptr<broker::Broker> startUpstream()
    {
        broker::ListenerSettings listener;
        listener.bindAddress = QHostAddress::LocalHost;
        broker::BrokerSettings settings;
        settings.listeners = {listener};
        auto upstream = std::make_unique<broker::Broker>(settings);
        if (!upstream->start())
            return nullptr;
        return upstream;
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    // Fills the open bridge dialog as a user would and presses OK.
    static bool addBridgeThroughTheDialog(BrokerPanel &panel, const QString &name,
                                          const QString &address)
    {
        panel.addBridgeAction()->trigger();
        auto *dialog = panel.findChild<BridgeDialog *>();
        if (!dialog || !dialog->isVisible())
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("bridgeName"))->setText(name);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bridgeAddresses"))
            ->setPlainText(address);
        auto *topics = dialog->findChild<QTableWidget *>(QStringLiteral("bridgeTopics"));
        if (topics->rowCount() != 1) // a new bridge starts with "#"
            return false;
        topics->item(0, 0)->setText(QStringLiteral("sensors/#"));
        qobject_cast<QComboBox *>(topics->cellWidget(0, 1))->setCurrentIndex(2); // both
        qobject_cast<QComboBox *>(topics->cellWidget(0, 2))->setCurrentIndex(1); // QoS 1
        if (!okButton(dialog)->isEnabled())
            return false;
        okButton(dialog)->click();
        return true;
    }

    static QString stateText(BrokerBridgeModel *model, int row)
    {
        return model->index(row, BrokerBridgeModel::StateColumn).data().toString();
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-extras-bridges"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
    }

    void init() { QSettings().remove(QStringLiteral("localBroker/bridges")); }

    void addedWhileRunningComesUpAndIsRemoved()
    {
        std::unique_ptr<broker::Broker> upstream = startUpstream();
        QVERIFY(upstream);
        const quint16 upstreamPort = upstream->listeningPorts().value(0);

        BrokerController controller;
        controller.setOptions(anyPort());
        BrokerPanel panel(&controller);
        BrokerBridgeModel *model = panel.bridgeModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.showBridges();
        QVERIFY2(controller.start(), qPrintable(controller.errorString()));
        QCOMPARE(model->rowCount(), 0);

        const QString address = QStringLiteral("mqtt://127.0.0.1:%1").arg(upstreamPort);
        QVERIFY(addBridgeThroughTheDialog(panel, QStringLiteral("upstream"), address));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->name(0), QStringLiteral("upstream"));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(model, 0), BrokerBridgeModel::tr("up"), 10000);
        QCOMPARE(model->info(0)->state, broker::BridgeInfo::State::Up);
        QCOMPARE(model->index(0, BrokerBridgeModel::AddressColumn).data().toString(), address);
        QVERIFY(controller.isRunning()); // applied without a restart

        // Kept in the settings, as the dialog made it.
        {
            BrokerController reloaded;
            QCOMPARE(reloaded.bridges().size(), 1);
            const broker::BridgeSettings stored = reloaded.bridges().first();
            QCOMPARE(stored, controller.bridges().first());
            QCOMPARE(stored.addresses, QStringList{address});
            QCOMPARE(stored.topics.size(), 1);
            QCOMPARE(stored.topics.first().pattern, QStringLiteral("sensors/#"));
            QCOMPARE(stored.topics.first().direction, broker::BridgeTopic::Direction::Both);
            QCOMPARE(stored.topics.first().qos, mqtt::QoS::AtLeastOnce);
        }

        // Remove asks first; Cancel keeps the bridge.
        panel.bridgeView()->selectRow(0);
        QVERIFY(panel.removeBridgeAction()->isEnabled());
        panel.removeBridgeAction()->trigger();
        auto *confirm = panel.findChild<QMessageBox *>(QStringLiteral("removeBridgeConfirm"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Cancel)->click();
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), 1);

        panel.removeBridgeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = panel.findChild<QMessageBox *>(QStringLiteral("removeBridgeConfirm"))) &&
                confirm->isVisible(),
            5000);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
        QVERIFY(controller.isRunning());
        // The upstream sees the bridge's connection go.
        QTRY_VERIFY_WITH_TIMEOUT(upstream->clients().isEmpty(), 10000);
        QVERIFY(BrokerController().bridges().isEmpty());
    }

    void addedWhileStoppedStartsWithTheBroker()
    {
        std::unique_ptr<broker::Broker> upstream = startUpstream();
        QVERIFY(upstream);
        BrokerController controller;
        controller.setOptions(anyPort());
        BrokerPanel panel(&controller);
        BrokerBridgeModel *model = panel.bridgeModel();
        panel.show();
        panel.showBridges();
        QVERIFY(addBridgeThroughTheDialog(
            panel, QStringLiteral("later"),
            QStringLiteral("mqtt://127.0.0.1:%1").arg(upstream->listeningPorts().value(0))));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(stateText(model, 0), BrokerBridgeModel::tr("not running"));

        QVERIFY2(controller.start(), qPrintable(controller.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(model, 0), BrokerBridgeModel::tr("up"), 10000);
        controller.stop();
        QCOMPARE(stateText(model, 0), BrokerBridgeModel::tr("not running"));
    }

    void invalidInputKeepsOkDisabled()
    {
        broker::BridgeSettings bridge;
        bridge.name = QStringLiteral("b");
        broker::BridgeTopic topic;
        topic.pattern = QStringLiteral("#");
        bridge.topics << topic;
        BridgeDialog dialog(bridge, {QStringLiteral("taken")});
        dialog.show();
        auto *addresses = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bridgeAddresses"));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("bridgeProblems"));
        QVERIFY(addresses && problems);

        addresses->setPlainText(QStringLiteral("http://x"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("address")),
                 qPrintable(problems->text()));

        addresses->setPlainText(QStringLiteral("mqtt://localhost:1883"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(!problems->isVisible());

        // A name another bridge has is refused too.
        dialog.findChild<QLineEdit *>(QStringLiteral("bridgeName"))
            ->setText(QStringLiteral("taken"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problems->text().contains(QStringLiteral("taken")));
        QVERIFY(!dialog.problems().isEmpty());

        // A wildcard in a prefix is a problem of the topic line.
        dialog.findChild<QLineEdit *>(QStringLiteral("bridgeName"))->setText(QStringLiteral("b"));
        auto *topics = dialog.findChild<QTableWidget *>(QStringLiteral("bridgeTopics"));
        topics->item(0, 3)->setText(QStringLiteral("a/+/"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        topics->item(0, 3)->setText(QStringLiteral("local/"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.bridge().topics.value(0).localPrefix, QStringLiteral("local/"));
    }
};

QTEST_MAIN(TestExtrasBridges)
#include "tst_extras_bridges.moc"
