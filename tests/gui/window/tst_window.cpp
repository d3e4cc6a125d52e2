// The workbench window driven offscreen against real brokers (Mosquitto and our own, both on
// loopback): connect, subscribe, receive, publish from the publish panel, pause, filter, message
// detail, clear retained.
#include "busiesttopicsmodel.h"
#include "connectionlist.h"
#include "connectionsession.h"
#include "connectionstatuswidget.h"
#include "connectiontab.h"
#include "inspectormodel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "messagedetailview.h"
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"
#include "profilestore.h"
#include "publishpanel.h"
#include "retainedcleaner.h"
#include "savedmessagestore.h"
#include "schemapanel.h"
#include "subscriptionspanel.h"
#include "topicfilterproxymodel.h"
#include "topictreemodel.h"

#include "testsupport.h"

#include <broker/broker.h>
#include <mqttcore/client.h>

#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace gui;

namespace {

constexpr int Timeout = 10000;

ConnectionProfile localProfile(quint16 port)
{
    ConnectionProfile p;
    p.name = QStringLiteral("test broker");
    p.options.host = QStringLiteral("127.0.0.1");
    p.options.port = port;
    return p;
}

// Our broker on a free loopback port, started; null (with a warning) when it cannot start.
std::unique_ptr<broker::Broker> loopbackBroker()
{
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners = {listener};
    auto broker = std::make_unique<broker::Broker>(settings);
    if (!broker->start()) {
        qWarning("broker: %s", qPrintable(broker->errorString()));
        return nullptr;
    }
    return broker;
}

// A plain client next to the window, to publish and to check what the broker holds.
std::unique_ptr<mqtt::Client> helperClient(quint16 port)
{
    auto client = std::make_unique<mqtt::Client>();
    mqtt::ConnectOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    client->setOptions(o);
    client->connectToBroker();
    return client;
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles =
            std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
        m_messages =
            std::make_unique<SavedMessageStore>(m_dir->filePath(QStringLiteral("messages.json")));
        m_window = std::make_unique<MainWindow>(m_profiles.get(), m_messages.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_messages.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void extensionContract()
    {
        for (MainWindow::Menu m :
             {MainWindow::Menu::File, MainWindow::Menu::Connection, MainWindow::Menu::View,
              MainWindow::Menu::Tools, MainWindow::Menu::Help})
            QVERIFY(m_window->menu(m));
        QVERIFY(m_window->mainToolBar());
        QCOMPARE(m_window->currentConnectionTab(), nullptr);
        auto *dock = new QDockWidget(QStringLiteral("Extra"), m_window.get());
        m_window->addDockPanel(dock);
        QVERIFY(
            m_window->menu(MainWindow::Menu::View)->actions().contains(dock->toggleViewAction()));

        QSignalSpy changed(m_window.get(), &MainWindow::currentConnectionChanged);
        ConnectionTab *tab = m_window->openConnection(localProfile(testsupport::freePort()));
        QCOMPARE(m_window->currentConnectionTab(), tab);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().at(0).value<ConnectionTab *>(), tab);
        QVERIFY(tab->session()->client() && tab->session()->messageLog() &&
                tab->session()->topicTree());
        // Nobody listens on that port: the failure is shown in words.
        QTRY_VERIFY_WITH_TIMEOUT(
            tab->statusWidget()->statusText().startsWith(QStringLiteral("Error")), Timeout);
    }

    // The open connections are a model of their own (ConnectionList, one ConnectionSession
    // each): it follows the tabs, numbers connections of one name, and the panels that work on
    // the current connection (here the packet inspector) follow it.
    void connectionListFollowsTheTabs()
    {
        ConnectionList *list = m_window->connections();
        QVERIFY(list);
        QVERIFY(list->sessions().isEmpty());
        QCOMPARE(list->current(), nullptr);
        auto *inspector = m_window->findChild<InspectorPanel *>(QStringLiteral("inspectorPanel"));
        QVERIFY(inspector);
        QCOMPARE(inspector->model(), nullptr);
        QSignalSpy added(list, &ConnectionList::added);
        QSignalSpy removed(list, &ConnectionList::removed);
        QSignalSpy current(list, &ConnectionList::currentChanged);

        const quint16 port = testsupport::freePort(); // nobody listens: both stay unconnected
        ConnectionTab *first = m_window->openConnection(localProfile(port));
        ConnectionTab *second = m_window->openConnection(localProfile(port));
        QCOMPARE(added.count(), 2);
        QCOMPARE(list->sessions(),
                 QList<ConnectionSession *>({first->session(), second->session()}));
        QCOMPARE(first->session()->instanceNumber(), 1);
        QCOMPARE(second->session()->instanceNumber(), 2);
        QVERIFY(second->title().endsWith(QStringLiteral(" (2)")));
        QCOMPARE(list->current(), second->session());
        QCOMPARE(current.last().at(0).value<ConnectionSession *>(), second->session());
        QCOMPARE(inspector->model(), second->session()->inspectorModel());

        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("connectionTabs"));
        tabs->setCurrentWidget(first);
        QCOMPARE(list->current(), first->session());
        QCOMPARE(inspector->model(), first->session()->inspectorModel());

        // Closing a tab takes its session out of the list; the other one becomes current.
        ConnectionSession *closed = first->session();
        QPointer<ConnectionSession> closedLater(closed);
        m_window->closeConnectionTab(tabs->indexOf(first));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.last().at(0).value<ConnectionSession *>(), closed);
        QCOMPARE(list->sessions(), QList<ConnectionSession *>({second->session()}));
        QCOMPARE(list->current(), second->session());
        QCOMPARE(inspector->model(), second->session()->inspectorModel());
        QTRY_VERIFY(closedLater.isNull()); // deleted once its view is gone

        m_window->closeConnectionTab(0);
        QVERIFY(list->sessions().isEmpty());
        QCOMPARE(list->current(), nullptr);
        QCOMPARE(inspector->model(), nullptr);
    }

    // The schema decoder shows the message chosen in the current connection (taken from its
    // session), from the list or from the topic tree.
    void schemaPanelFollowsTheChosenMessage()
    {
        auto *schema = m_window->findChild<SchemaPanel *>(QStringLiteral("schemaPanel"));
        QVERIFY(schema);
        ConnectionTab *tab = m_window->openConnection(localProfile(testsupport::freePort()));
        // Sparkplug B: one metric "Pressure" (Double) = 1.5.
        const QByteArray metric = QByteArray("\x0a\x08Pressure\x20\x0a\x69", 13) +
                                  QByteArray("\x00\x00\x00\x00\x00\x00\xf8\x3f", 8);
        const QByteArray payload = QByteArray("\x12", 1) + char(metric.size()) + metric;
        emit tab->session()->client()->messageReceived(
            mqtt::Message(QStringLiteral("spBv1.0/plant/DDATA/edge1/pump"), payload));
        emit tab->session()->client()->messageReceived(
            mqtt::Message(QStringLiteral("plain/topic"), "hello"));
        tab->session()->messageLog()->flush();
        QVERIFY(schema->decodedText().isEmpty());
        tab->messageView()->selectRow(0);
        QVERIFY2(schema->decodedText().contains(QStringLiteral("Pressure")),
                 qPrintable(schema->decodedText()));
        QVERIFY(tab->session()->hasSelectedMessage());
        QCOMPARE(tab->session()->selectedMessage().payload(), payload);
        tab->messageView()->selectRow(1);
        QVERIFY(schema->decodedText().isEmpty()); // no schema for that topic
    }

    void mosquittoSession()
    {
        REQUIRE_MOSQUITTO();
        testsupport::Mosquitto mosquitto;
        const quint16 port = mosquitto.addTcpListener();
        QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
        runSession(port);
    }

    void reconnectCountdownIsShown()
    {
        REQUIRE_MOSQUITTO();
        testsupport::Mosquitto mosquitto;
        const quint16 port = mosquitto.addTcpListener();
        QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
        ConnectionProfile profile = localProfile(port);
        profile.options.reconnect.initialDelayMs = 5000;
        ConnectionTab *tab = m_window->openConnection(profile);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(), mqtt::Client::State::Connected,
                                  Timeout);
        mosquitto.kill();
        // The lost connection shows as a countdown to the next attempt, with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(
            tab->statusWidget()->statusText().startsWith(QStringLiteral("Reconnecting in")),
            Timeout);
        QVERIFY(tab->statusWidget()->statusText().contains(QStringLiteral("(attempt 1)")));
    }

    void ownBrokerSession()
    {
        const auto broker = loopbackBroker();
        QVERIFY(broker);
        runSession(broker->listeningPorts().value(0));
    }

    // A payload template (the "Template" option) is filled in anew at each publish and each
    // repeat: the counter counts the messages and starts again when the text changes; the
    // option is kept with the message.
    void publishTemplate()
    {
        const auto broker = loopbackBroker();
        QVERIFY(broker);
        ConnectionTab *tab =
            m_window->openConnection(localProfile(broker->listeningPorts().value(0)));
        QTRY_COMPARE_WITH_TIMEOUT(tab->subscriptionsPanel()->stateText(QStringLiteral("#")),
                                  QStringLiteral("Subscribed (QoS 0)"), Timeout);
        auto *topic = tab->findChild<QLineEdit *>(QStringLiteral("publishTopic"));
        auto *payload = tab->findChild<QPlainTextEdit *>(QStringLiteral("publishPayload"));
        auto *templateBox = tab->findChild<QCheckBox *>(QStringLiteral("publishTemplate"));
        auto *publishButton = tab->findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *repeatButton = tab->findChild<QPushButton *>(QStringLiteral("publishRepeatButton"));
        auto *interval = tab->findChild<QSpinBox *>(QStringLiteral("publishRepeatInterval"));
        QVERIFY(topic && payload && templateBox && publishButton && repeatButton && interval);
        QTest::keyClicks(topic, QStringLiteral("sim/counter"));

        // A bad template is shown under the editor and cannot be published.
        payload->setPlainText(QStringLiteral("n={{count}}"));
        QVERIFY(publishButton->isEnabled()); // plain text until the option is on
        templateBox->setChecked(true);
        QVERIFY(!publishButton->isEnabled());
        QString error;
        QVERIFY(!tab->publishPanel()->buildMessage(&error));
        QVERIFY2(error.contains(QStringLiteral("column 3: unknown placeholder {{count}}")),
                 qPrintable(error));

        payload->setPlainText(QStringLiteral("n={{counter}}"));
        QVERIFY(publishButton->isEnabled());
        MessageLogModel *log = tab->session()->messageLog();
        for (int i = 1; i <= 3; ++i) {
            QTest::mouseClick(publishButton, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), i, Timeout);
        }
        QCOMPARE(log->message(0).payload(), QByteArray("n=1"));
        QCOMPARE(log->message(1).payload(), QByteArray("n=2"));
        QCOMPARE(log->message(2).payload(), QByteArray("n=3"));
        // The recent message keeps the template, not one of its expansions.
        QCOMPARE(m_messages->recent().value(0).payloadText, QStringLiteral("n={{counter}}"));
        QVERIFY(m_messages->recent().value(0).isTemplate);

        // Each repeat is filled in anew; the changed text counts from its own START again.
        payload->setPlainText(QStringLiteral("{\"seq\": {{counter:10:10}}}"));
        interval->setValue(10);
        QTest::mouseClick(repeatButton, Qt::LeftButton);
        QVERIFY(tab->publishPanel()->isRepeating());
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= 6, Timeout);
        QTest::mouseClick(repeatButton, Qt::LeftButton);
        QVERIFY(!tab->publishPanel()->isRepeating());
        QCOMPARE(log->message(3).payload(), QByteArray("{\"seq\": 10}"));
        QCOMPARE(log->message(4).payload(), QByteArray("{\"seq\": 20}"));
        QCOMPARE(log->message(5).payload(), QByteArray("{\"seq\": 30}"));

        // Saved and loaded again, the message is still a template; a plain one turns it off.
        SavedMessage saved = tab->publishPanel()->composed();
        QVERIFY(saved.isTemplate);
        SavedMessageStore reread(m_dir->filePath(QStringLiteral("messages.json")));
        m_messages->save(saved);
        reread.load();
        QCOMPARE(reread.saved().value(0), saved);
        SavedMessage plain = saved;
        plain.isTemplate = false;
        tab->publishPanel()->load(plain);
        QVERIFY(!templateBox->isChecked());
        tab->publishPanel()->load(saved);
        QVERIFY(templateBox->isChecked());
    }

    // A window closed and destroyed while a tab is still connected (the usual way to quit): the
    // tab leaves the broker politely while the window is still whole, nothing reaches a
    // half-destroyed window, and the broker sees a normal DISCONNECT, so the will is not
    // published [MQTT-3.14.4-3].
    void closeWithConnectedTab()
    {
        const auto started = loopbackBroker();
        QVERIFY(started);
        broker::Broker &broker = *started;
        const quint16 port = broker.listeningPorts().value(0);

        std::unique_ptr<mqtt::Client> watcher = helperClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(watcher->state(), mqtt::Client::State::Connected, Timeout);
        mqtt::Subscription *wills = watcher->subscribe(QStringLiteral("shutdown/#"));
        QList<QString> seen;
        connect(wills, &mqtt::Subscription::messageReceived, this,
                [&seen](const mqtt::Message &m) { seen.append(m.topic()); });
        QTRY_COMPARE_WITH_TIMEOUT(wills->state(), mqtt::Subscription::State::Subscribed, Timeout);

        ConnectionProfile profile = localProfile(port);
        mqtt::Will will;
        will.topic = QStringLiteral("shutdown/will");
        will.payload = "gone";
        profile.options.will = will;
        ConnectionTab *first = m_window->openConnection(profile);
        ConnectionTab *second = m_window->openConnection(localProfile(port));
        QTRY_COMPARE_WITH_TIMEOUT(first->session()->client()->state(),
                                  mqtt::Client::State::Connected, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->client()->state(),
                                  mqtt::Client::State::Connected, Timeout);
        // Something selected and shown everywhere, as after real use.
        watcher->publish(mqtt::Message(QStringLiteral("shutdown/value"), "1"));
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->messageLog()->rowCount(), 1, Timeout);
        second->messageView()->selectRow(0);
        QCOMPARE(m_window->currentConnectionTab(), second);

        QSignalSpy current(m_window.get(), &MainWindow::currentConnectionChanged);
        QVERIFY(m_window->close());
        m_window.reset();
        QCOMPARE(current.count(), 1); // the extensions were told: no connection any more
        QCOMPARE(current.at(0).at(0).value<ConnectionTab *>(), nullptr);

        // Both sessions end at the broker; a sentinel sent afterwards arrives, the will never.
        QTRY_COMPARE_WITH_TIMEOUT(int(broker.clients().size()), 1, Timeout);
        watcher->publish(mqtt::Message(QStringLiteral("shutdown/sentinel"), "x"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("shutdown/sentinel")), Timeout);
        QVERIFY(!seen.contains(QStringLiteral("shutdown/will")));
    }

private:
    void runSession(quint16 port)
    {
        ConnectionTab *tab = m_window->openConnection(localProfile(port));
        tab->setConfirmationsEnabled(false);
        mqtt::Client *client = tab->session()->client();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), mqtt::Client::State::Connected, Timeout);
        QVERIFY(tab->statusWidget()->statusText().startsWith(QStringLiteral("Connected")));
        // The default subscription '#' is made on connect.
        QTRY_COMPARE_WITH_TIMEOUT(tab->subscriptionsPanel()->stateText(QStringLiteral("#")),
                                  QStringLiteral("Subscribed (QoS 0)"), Timeout);

        // Publish from the publish panel, typed like a user would.
        auto *topic = tab->findChild<QLineEdit *>(QStringLiteral("publishTopic"));
        auto *payload = tab->findChild<QPlainTextEdit *>(QStringLiteral("publishPayload"));
        auto *publishButton = tab->findChild<QPushButton *>(QStringLiteral("publishButton"));
        QVERIFY(topic && payload && publishButton);
        QTest::keyClicks(topic, QStringLiteral("plant/line1/state"));
        payload->setPlainText(QStringLiteral("{\"temp\": 21.5, \"ok\": true}"));
        QVERIFY(publishButton->isEnabled());
        QTest::mouseClick(publishButton, Qt::LeftButton);
        MessageLogModel *log = tab->session()->messageLog();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, Timeout);
        QCOMPARE(log->message(0).topic(), QStringLiteral("plant/line1/state"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->session()
                                     ->topicTree()
                                     ->indexForTopic(QStringLiteral("plant/line1/state"))
                                     .isValid(),
                                 Timeout);
        QCOMPARE(m_messages->recent().size(), 1);

        // Selecting the row shows the message, detected as JSON and pretty-printed.
        tab->messageView()->selectRow(0);
        QCOMPARE(tab->detailView()->message().topic(), QStringLiteral("plant/line1/state"));
        QCOMPARE(tab->detailView()->effectiveCodec(), QStringLiteral("json"));
        QVERIFY(tab->detailView()->payloadText().contains(QStringLiteral("\"temp\": 21.5")));

        // A binary payload arrives byte for byte.
        std::unique_ptr<mqtt::Client> other = helperClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(other->state(), mqtt::Client::State::Connected, Timeout);
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        other->publish(mqtt::Message(QStringLiteral("bin/blob"), binary, mqtt::QoS::AtLeastOnce));
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, Timeout);
        QCOMPARE(log->message(1).payload(), binary);

        // Pause: messages keep arriving and are counted, the rows stay.
        auto *pauseButton = tab->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QVERIFY(tab->session()->isPaused());
        for (int i = 0; i < 5; ++i)
            other->publish(mqtt::Message(QStringLiteral("sensors/s%1/temp").arg(i),
                                         QByteArray::number(20 + i), mqtt::QoS::AtLeastOnce));
        QTRY_COMPARE_WITH_TIMEOUT(log->newSincePause(), 5u, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(pauseButton->text(), QStringLiteral("Resume (5 new)"), Timeout);
        QCOMPARE(log->rowCount(), 2);
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QVERIFY(!tab->session()->isPaused());
        QCOMPARE(log->rowCount(), 7);

        // Filter the log by topic (wildcards) and by payload text.
        auto *topicFilter = tab->findChild<QLineEdit *>(QStringLiteral("logTopicFilter"));
        QTest::keyClicks(topicFilter, QStringLiteral("sensors/+/temp"));
        QCOMPARE(tab->session()->messageFilter()->rowCount(), 5);
        auto *textFilter = tab->findChild<QLineEdit *>(QStringLiteral("logTextFilter"));
        QTest::keyClicks(textFilter, QStringLiteral("22"));
        QCOMPARE(tab->session()->messageFilter()->rowCount(), 1);
        topicFilter->clear();
        textFilter->clear();
        QCOMPARE(tab->session()->messageFilter()->rowCount(), 7);

        // Filter the topic tree.
        auto *treeFilter = tab->findChild<QLineEdit *>(QStringLiteral("treeFilter"));
        QTest::keyClicks(treeFilter, QStringLiteral("plant"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->topicFilter()->rowCount(), 1, Timeout);
        treeFilter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(tab->topicFilter()->rowCount(), 3, Timeout);

        // Clear retained values of a subtree: the broker forgets them [MQTT-3.3.1-6].
        for (const char *t : {"keep/a", "keep/b", "keep/c/d"})
            other->publish(
                mqtt::Message(QString::fromLatin1(t), "on", mqtt::QoS::AtLeastOnce, true));
        TopicTreeModel *tree = tab->session()->topicTree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexForTopic(QStringLiteral("keep/c/d")).isValid(),
                                 Timeout);
        // Live messages carry retain 0 to existing subscribers, so subscribe again to see the
        // retained flags [MQTT-3.3.1-9]; the second subscription gets them with retain 1.
        SavedSubscription again;
        again.filter = QStringLiteral("keep/#");
        tab->subscriptionsPanel()->addSubscription(again);
        const QModelIndex keep = tree->indexForTopic(QStringLiteral("keep/a")).parent();
        QTRY_COMPARE_WITH_TIMEOUT(tree->retainedTopics(keep).size(), 3, Timeout);
        RetainedCleaner *cleaner = tab->clearRetained(keep, true);
        QVERIFY(cleaner);
        QSignalSpy finished(cleaner, &RetainedCleaner::finished);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(tree->retainedTopics(keep).isEmpty(), Timeout);
        // A new subscriber gets no retained message below keep/ any more: only the sentinel
        // published after its SUBACK arrives.
        std::unique_ptr<mqtt::Client> checker = helperClient(port);
        mqtt::Subscription *check = checker->subscribe(QStringLiteral("keep/#"));
        QList<QString> seen;
        connect(check, &mqtt::Subscription::messageReceived, this,
                [&seen](const mqtt::Message &m) { seen.append(m.topic()); });
        QTRY_COMPARE_WITH_TIMEOUT(check->state(), mqtt::Subscription::State::Subscribed, Timeout);
        other->publish(mqtt::Message(QStringLiteral("keep/sentinel"), "x", mqtt::QoS::AtLeastOnce));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("keep/sentinel")), Timeout);
        QCOMPARE(seen, QList<QString>{QStringLiteral("keep/sentinel")});

        // Disconnect from the button; the state says so.
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), mqtt::Client::State::Disconnected, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tab->statusWidget()->statusText(), QStringLiteral("Disconnected"),
                                  Timeout);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SavedMessageStore> m_messages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
