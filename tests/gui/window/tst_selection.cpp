// The message detail follows the user's choice, in the message list or the topic tree, and
// nothing else: not the list's current row moving when the model evicts or filters rows, and
// a quiet topic's history survives a flood on another topic (issue 13). Messages are fed
// through the client's messageReceived signal, as the network would.
#include "connectionsession.h"
#include "connectiontab.h"
#include "datasize.h"
#include "mainwindow.h"
#include "messagedetailview.h"
#include "messagelogmodel.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "savedmessagestore.h"
#include "subscriptionspanel.h"
#include "topicfilterproxymodel.h"
#include "topichistory.h"
#include "topictreemodel.h"

#include <broker/broker.h>
#include <mqttcore/client.h>
#include <mqttcore/message.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace gui;

namespace {

void receive(ConnectionTab &tab, const QString &topic, const QByteArray &payload)
{
    emit tab.session()->client()->messageReceived(mqtt::Message(topic, payload));
}

void flood(ConnectionTab &tab, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i)
        receive(tab, prefix + QString::number(i % 7), QByteArray::number(i));
    tab.session()->messageLog()->flush();
}

// Clicks the row of `index` (of `view`'s model) the way a user does.
void click(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

QModelIndex treeRow(ConnectionTab &tab, const QString &topic)
{
    tab.session()->topicTree()->flush();
    QTreeView *view = tab.topicView();
    view->expandAll();
    return tab.topicFilter()->mapFromSource(tab.session()->topicTree()->indexForTopic(topic));
}

QModelIndex logRow(ConnectionTab &tab, const QString &topic)
{
    const QAbstractItemModel *model = tab.messageView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MessageLogModel::TopicColumn);
        if (index.data().toString() == topic)
            return index;
    }
    return {};
}

int historyShown(const MessageDetailView *detail)
{
    // "History (N)"
    const auto *tabs = detail->findChild<QTabWidget *>();
    const QString text = tabs->tabText(2);
    const qsizetype open = text.indexOf(u'(');
    return open < 0 ? -1 : text.mid(open + 1, text.indexOf(u')') - open - 1).toInt();
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_messages =
            std::make_unique<SavedMessageStore>(m_dir->filePath(QStringLiteral("messages.json")));
        ConnectionProfile profile;
        profile.name = QStringLiteral("selection");
        profile.subscribeDefault = false;
        m_tab.reset(); // the view goes before its session
        m_session = std::make_unique<ConnectionSession>(profile);
        m_tab = std::make_unique<ConnectionTab>(m_session.get(), m_messages.get());
        m_tab->resize(1200, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        // Preferences ▸ Messages = 1000
        m_tab->session()->setHistoryLimits(1000, 256LL * 1024 * 1024);
    }

    void cleanup()
    {
        m_tab.reset();
        m_session.reset();
        m_messages.reset();
        m_dir.reset();
    }

    // Issue 13: a list row clicked earlier, then a tree topic; the list row is evicted under
    // traffic. The detail stays on the tree's topic.
    void detailStaysOnTreeTopicWhenOldListRowIsEvicted()
    {
        ConnectionTab &tab = *m_tab;
        receive(tab, QStringLiteral("a/first"), "first value");
        receive(tab, QStringLiteral("b/second"), "second value");
        tab.session()->messageLog()->flush();
        click(tab.messageView(), logRow(tab, QStringLiteral("b/second")));
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("b/second"));
        click(tab.topicView(), treeRow(tab, QStringLiteral("a/first")));
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
        // The list no longer highlights a row of its own: one selection at a time.
        QVERIFY(!tab.messageView()->selectionModel()->hasSelection());

        for (int round = 0; round < 5; ++round) {
            flood(tab, QStringLiteral("e/m"), 400);
            QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
            QCOMPARE(tab.detailView()->message().payload(), QByteArray("first value"));
        }
    }

    // The list row shown in the detail is evicted: the detail keeps that message (and says it
    // left the list) instead of jumping to whichever row took its place, and no other row is
    // highlighted in its stead.
    void detailKeepsEvictedListRow()
    {
        ConnectionTab &tab = *m_tab;
        receive(tab, QStringLiteral("a/first"), "first value");
        flood(tab, QStringLiteral("e/m"), 10);
        click(tab.messageView(), logRow(tab, QStringLiteral("a/first")));
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
        for (int round = 0; round < 5; ++round) {
            flood(tab, QStringLiteral("e/m"), 300);
            QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
            QCOMPARE(tab.detailView()->message().payload(), QByteArray("first value"));
        }
        QVERIFY(!logRow(tab, QStringLiteral("a/first")).isValid()); // it was evicted
        QVERIFY(!tab.messageView()->selectionModel()->hasSelection());
        QVERIFY(!tab.detailView()->note().isEmpty());
    }

    // A row that survives the evictions stays highlighted and shown, though its row number
    // changed; a list filter that hides it does not change the detail either.
    void surviving_row_stays_selected_through_evictions_and_filters()
    {
        ConnectionTab &tab = *m_tab;
        flood(tab, QStringLiteral("e/m"), 900);
        receive(tab, QStringLiteral("a/late"), "late value");
        tab.session()->messageLog()->flush();
        click(tab.messageView(), logRow(tab, QStringLiteral("a/late")));
        flood(tab, QStringLiteral("e/m"), 150); // 51 rows before it are evicted
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/late"));
        const QModelIndex current = tab.messageView()->currentIndex();
        QCOMPARE(current.siblingAtColumn(MessageLogModel::TopicColumn).data().toString(),
                 QStringLiteral("a/late"));

        auto *filter = tab.findChild<QLineEdit *>(QStringLiteral("logTopicFilter"));
        filter->setText(QStringLiteral("e/#"));
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/late"));
        QVERIFY(!tab.messageView()->selectionModel()->hasSelection());
        filter->clear();
        QCOMPARE(tab.messageView()
                     ->currentIndex()
                     .siblingAtColumn(MessageLogModel::TopicColumn)
                     .data()
                     .toString(),
                 QStringLiteral("a/late"));
    }

    // Clicking the highlighted tree row again brings its topic back into the detail.
    void clickingHighlightedTreeRowShowsItAgain()
    {
        ConnectionTab &tab = *m_tab;
        receive(tab, QStringLiteral("a/first"), "first value");
        receive(tab, QStringLiteral("b/second"), "second value");
        tab.session()->messageLog()->flush();
        const QModelIndex first = treeRow(tab, QStringLiteral("a/first"));
        click(tab.topicView(), first);
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
        click(tab.messageView(), logRow(tab, QStringLiteral("b/second")));
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("b/second"));
        click(tab.topicView(), first);
        QCOMPARE(tab.detailView()->message().topic(), QStringLiteral("a/first"));
    }

    // Issue 13: after a flood on other topics a quiet topic still shows its 31 messages.
    void quietTopicKeepsHistoryThroughFlood()
    {
        ConnectionTab &tab = *m_tab;
        tab.session()->setTopicHistoryLimits(500, 4 * 1024 * 1024, 2 * 1024 * 1024);
        const QString quiet = QStringLiteral("plant/line1/machine1/temp");
        for (int i = 0; i < 31; ++i)
            receive(tab, quiet, QByteArray::number(20 + i % 3));
        for (int round = 0; round < 10; ++round)
            flood(tab, QStringLiteral("flood/"), 2000);
        click(tab.topicView(), treeRow(tab, quiet));
        QCOMPARE(tab.detailView()->message().topic(), quiet);
        QCOMPARE(tab.session()->topicHistory().count(quiet), 31);
        QCOMPARE(historyShown(tab.detailView()), 30); // the others besides the one shown
        QCOMPARE(tab.detailView()->chartPointCount(), 31);
        QVERIFY(tab.session()->topicHistory().bytesHeld() <= 2 * 1024 * 1024);
    }

    // New connection ▸ Connect saves and opens the connection; "Save only" only saves. Two tabs
    // of one name are told apart; renaming a profile renames its open tab.
    void newConnectionConnectsAndTabsAreNamed()
    {
        ProfileStore profiles(m_dir->filePath(QStringLiteral("profiles.json")));
        MainWindow window(&profiles, m_messages.get());
        window.show();
        QTimer::singleShot(0, &window, [&window] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("saveOnlyButton")));
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Local broker"));
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->placeholderText().startsWith(QStringLiteral("mqtt://")))
                    edit->setText(QStringLiteral("mqtt://127.0.0.1:1"));
            }
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.newProfile();
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(window.connectionTabs().size(), 1);
        const ConnectionProfile saved = profiles.profiles().first();
        window.openConnection(saved);
        const QList<ConnectionTab *> tabs = window.connectionTabs();
        QCOMPARE(tabs.size(), 2);
        QVERIFY(tabs.at(0)->title() != tabs.at(1)->title());
        QVERIFY(tabs.at(1)->title().endsWith(QStringLiteral("(2)")));

        QTimer::singleShot(0, &window, [] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveOnlyButton")));
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Renamed"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.editProfile(saved.id);
        QVERIFY(tabs.at(0)->title().endsWith(QStringLiteral("Renamed")));
        auto *tabWidget = window.findChild<QTabWidget *>(QStringLiteral("connectionTabs"));
        QVERIFY(tabWidget->tabText(0).endsWith(QStringLiteral("Renamed")));

        QTimer::singleShot(0, &window, [] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Kept"));
            dialog->findChild<QPushButton *>(QStringLiteral("saveOnlyButton"))->click();
        });
        window.newProfile();
        QCOMPARE(profiles.profiles().size(), 2);
        QCOMPARE(window.connectionTabs().size(), 2); // saved, not opened
    }

    // While the connection is down (reconnecting) the subscription is not shown as in effect.
    void subscriptionNotSubscribedWhileReconnecting()
    {
        auto broker = std::make_unique<broker::Broker>([] {
            broker::BrokerSettings settings;
            broker::ListenerSettings listener;
            listener.bindAddress = QHostAddress::LocalHost;
            settings.listeners = {listener};
            return settings;
        }());
        QVERIFY2(broker->start(), qPrintable(broker->errorString()));
        ConnectionProfile profile;
        profile.name = QStringLiteral("reconnecting");
        profile.options.host = QStringLiteral("127.0.0.1");
        profile.options.port = broker->listeningPorts().value(0);
        profile.defaultFilter = QStringLiteral("a/#");
        ConnectionSession session(profile);
        ConnectionTab tab(&session, m_messages.get());
        tab.session()->connectToBroker();
        SubscriptionsPanel *panel = tab.subscriptionsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->stateText(QStringLiteral("a/#")).startsWith(QStringLiteral("Subscribed")),
            10000);
        broker.reset();
        QTRY_VERIFY_WITH_TIMEOUT(tab.session()->client()->state() != mqtt::Client::State::Connected,
                                 10000);
        const QString state = panel->stateText(QStringLiteral("a/#"));
        QVERIFY2(!state.startsWith(QStringLiteral("Subscribed")), qPrintable(state));
    }

    void sizesUseOneConvention()
    {
        QCOMPARE(formatDataSize(1), QStringLiteral("1 byte"));
        QCOMPARE(formatDataSize(512), QStringLiteral("512 bytes"));
        QCOMPARE(formatDataSize(1024 * 1024), QStringLiteral("1.0 MiB"));
        QCOMPARE(m_tab->session()->messageLog()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Time"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SavedMessageStore> m_messages;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<ConnectionTab> m_tab; // after m_session: destroyed before it
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
