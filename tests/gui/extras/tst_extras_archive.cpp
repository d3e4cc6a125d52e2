// The message history kept between runs (issue 13): a real SQLite file in a temporary folder,
// written in batches, bounded, searchable by connection, topic filter, payload text and time.
#include "brokercontroller.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "historysearchdialog.h"
#include "mainwindow.h"
#include "messagearchive.h"
#include "messagedetailview.h"
#include "messagelogmodel.h"
#include "profilestore.h"
#include "savedmessagestore.h"

#include <mqttcore/client.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace gui;

namespace {

const QDateTime Base = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

QString topicOf(int i)
{
    switch (i % 4) {
    case 0:
        return QStringLiteral("a/x%1/c").arg(i % 10);
    case 1:
        return QStringLiteral("a/b/c/d");
    case 2:
        return QStringLiteral("b/y/c");
    default:
        return QStringLiteral("a/c");
    }
}

// Binary payloads with 0x00 bytes; every 7th contains "needle".
QByteArray payloadOf(int i)
{
    QByteArray payload("\x00\x01", 2);
    payload += "msg-" + QByteArray::number(i);
    if (i % 7 == 0)
        payload += "needle";
    payload += '\0';
    if (i % 3 == 0)
        payload += QByteArray(i % 50, '\xff');
    return payload;
}

mqtt::Message messageOf(int i)
{
    mqtt::Message message(topicOf(i), payloadOf(i), mqtt::QoS(i % 3), i % 2 == 0);
    message.setReceivedAt(Base.addMSecs(qint64(i) * 1000));
    if (i % 5 == 0)
        message.properties().contentType = QStringLiteral("application/x-test");
    return message;
}

QString connectionOf(int i)
{
    return i % 2 == 0 ? QStringLiteral("even") : QStringLiteral("odd");
}

// The messages i (newest first) for which `keep` holds.
QList<int> expected(int count, const std::function<bool(int)> &keep)
{
    QList<int> result;
    for (int i = count - 1; i >= 0; --i) {
        if (keep(i))
            result.append(i);
    }
    return result;
}

void compareFound(const QList<ArchivedMessage> &found, const QList<int> &wanted)
{
    QCOMPARE(found.size(), wanted.size());
    for (qsizetype k = 0; k < found.size(); ++k) {
        const int i = wanted.at(k);
        const mqtt::Message &message = found.at(k).message;
        QCOMPARE(found.at(k).connection, connectionOf(i));
        QCOMPARE(message.topic(), topicOf(i));
        QCOMPARE(message.payload(), payloadOf(i)); // byte-exact
        QCOMPARE(message.qos(), mqtt::QoS(i % 3));
        QCOMPARE(message.retain(), i % 2 == 0);
        QCOMPARE(message.receivedAt(), Base.addMSecs(qint64(i) * 1000));
        QCOMPARE(std::as_const(message).properties().contentType.has_value(), i % 5 == 0);
    }
}

} // namespace

class TestExtrasArchive : public QObject
{
    Q_OBJECT

private slots:
    void storesInOneTransactionAndFindsAfterReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        constexpr int Count = 1000;
        {
            MessageArchive archive(path);
            QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
            QSignalSpy written(&archive, &MessageArchive::batchWritten);
            for (int i = 0; i < Count; ++i)
                archive.append(connectionOf(i), messageOf(i));
            QCOMPARE(archive.pendingCount(), Count);
            QVERIFY(written.wait(5000));
            // All of them in one batch: one transaction.
            QCOMPARE(written.size(), 1);
            QCOMPARE(written.at(0).at(0).toInt(), Count);
            QCOMPARE(archive.transactionCount(), 1);
            QCOMPARE(archive.pendingCount(), 0);
        }

        MessageArchive archive(path); // a new object on the same file
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        QCOMPARE(archive.messageCount(), qint64(Count));
        QCOMPARE(archive.connections(),
                 QStringList({QStringLiteral("even"), QStringLiteral("odd")}));

        ArchiveQuery query;
        query.limit = 5000;
        compareFound(archive.search(query), expected(Count, [](int) { return true; }));

        query.topicFilter = QStringLiteral("a/+/c");
        compareFound(archive.search(query), expected(Count, [](int i) { return i % 4 == 0; }));

        query.topicFilter = QStringLiteral("a/#");
        compareFound(archive.search(query), expected(Count, [](int i) { return i % 4 != 2; }));

        query.topicFilter.clear();
        query.text = QStringLiteral("needle");
        compareFound(archive.search(query), expected(Count, [](int i) { return i % 7 == 0; }));

        query.text.clear();
        query.from = Base.addSecs(100);
        query.to = Base.addSecs(199);
        compareFound(archive.search(query),
                     expected(Count, [](int i) { return i >= 100 && i <= 199; }));

        // All together, with a connection and a limit: the newest matching ones.
        query.connection = QStringLiteral("even");
        query.topicFilter = QStringLiteral("a/+/c");
        query.text = QStringLiteral("needle");
        query.from = {};
        query.to = {};
        query.limit = 3;
        const QList<int> all =
            expected(Count, [](int i) { return i % 2 == 0 && i % 4 == 0 && i % 7 == 0; });
        compareFound(archive.search(query), all.mid(0, 3));
    }

    void boundsDeleteTheOldest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        MessageArchive archive(path);
        QVERIFY(archive.isOpen());
        archive.setLimits(100, 1024 * 1024);
        for (int i = 0; i < 250; ++i)
            archive.append(connectionOf(i), messageOf(i));
        QSignalSpy written(&archive, &MessageArchive::batchWritten);
        archive.flush();
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(1).toInt(), 150);
        QCOMPARE(archive.messageCount(), qint64(100));
        ArchiveQuery all;
        all.limit = 1000;
        compareFound(archive.search(all), expected(250, [](int i) { return i >= 150; }));

        // The byte bound: the payloads of the newest messages that fit.
        qint64 budget = 0;
        int keep = 0;
        while (keep < 100 && budget + payloadOf(249 - keep).size() <= 500)
            budget += payloadOf(249 - keep++).size();
        archive.setLimits(1000, 500);
        archive.flush();
        QCOMPARE(archive.messageCount(), qint64(keep));
        QVERIFY(archive.payloadBytes() <= 500);
        compareFound(archive.search(all), expected(250, [keep](int i) { return i >= 250 - keep; }));

        // The totals are what the file holds.
        MessageArchive reopened(path);
        QCOMPARE(reopened.messageCount(), qint64(keep));
        QCOMPARE(reopened.payloadBytes(), budget);
    }

    // Queued payloads are bounded: a burst of large messages goes to the writer without the
    // timer (and is written in the writer's thread).
    void largeBurstIsWrittenAtOnce()
    {
        QTemporaryDir dir;
        MessageArchive archive(dir.filePath(QStringLiteral("history.sqlite")));
        const QByteArray big(MessageArchive::MaxPendingBytes / 2, 'x');
        archive.append(QStringLiteral("c"), mqtt::Message(QStringLiteral("t/1"), big));
        QCOMPARE(archive.transactionCount(), 0);
        QCOMPARE(archive.pendingCount(), 1);
        QSignalSpy written(&archive, &MessageArchive::batchWritten);
        archive.append(QStringLiteral("c"), mqtt::Message(QStringLiteral("t/2"), big));
        QCOMPARE(archive.pendingCount(), 0); // handed over, the timer is not waited for
        QTRY_COMPARE(archive.transactionCount(), 1);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toInt(), 2);
        QCOMPARE(archive.payloadBytes(), qint64(2 * big.size()));
    }

    // The file is written in the archive's own thread; the GUI thread only queues. Whatever is
    // queued or still being written when the archive goes is in the file afterwards.
    void writesOutsideTheGuiThreadAndLosesNothingWhenClosed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        constexpr int Count = 600;
        {
            MessageArchive archive(path);
            QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
            QVERIFY(archive.writerThread());
            QVERIFY(archive.writerThread() != QThread::currentThread());
            QVERIFY(archive.writerThread()->isRunning());
            QSignalSpy written(&archive, &MessageArchive::batchWritten);
            for (int i = 0; i < Count / 3; ++i)
                archive.append(connectionOf(i), messageOf(i));
            QVERIFY(written.wait(5000)); // the timer's batch
            QCOMPARE(archive.lastWriteThread(), archive.writerThread());
            // A batch of large payloads goes to the writer at once (it is busy with it while
            // the rest is queued), and the rest waits for the timer: the archive goes first.
            for (int i = Count / 3; i < 2 * Count / 3; ++i) {
                mqtt::Message message = messageOf(i);
                if (i == 2 * Count / 3 - 1)
                    message.setPayload(payloadOf(i) +
                                       QByteArray(MessageArchive::MaxPendingBytes, '\0'));
                archive.append(connectionOf(i), message);
            }
            QCOMPARE(archive.pendingCount(), 0);
            for (int i = 2 * Count / 3; i < Count; ++i)
                archive.append(connectionOf(i), messageOf(i));
            QCOMPARE(archive.pendingCount(), Count / 3);
        }
        MessageArchive archive(path);
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        QCOMPARE(archive.messageCount(), qint64(Count));
        ArchiveQuery query;
        query.limit = Count;
        query.to = Base.addMSecs(qint64(2 * Count / 3 - 2) * 1000); // not the big one
        compareFound(archive.search(query),
                     expected(Count, [](int i) { return i <= 2 * Count / 3 - 2; }));
        query.from = Base.addMSecs(qint64(2 * Count / 3) * 1000);
        query.to = {};
        compareFound(archive.search(query),
                     expected(Count, [](int i) { return i >= 2 * Count / 3; }));
    }

    // A search sees every message appended before it, without an explicit flush().
    void searchSeesWhatWasJustAppended()
    {
        QTemporaryDir dir;
        MessageArchive archive(dir.filePath(QStringLiteral("history.sqlite")));
        for (int i = 0; i < 10; ++i)
            archive.append(connectionOf(i), messageOf(i));
        QCOMPARE(archive.pendingCount(), 10);
        ArchiveQuery query;
        query.limit = 100;
        compareFound(archive.search(query), expected(10, [](int) { return true; }));
        archive.append(QStringLiteral("new"), messageOf(10));
        QCOMPARE(archive.connections(), QStringList({QStringLiteral("even"), QStringLiteral("new"),
                                                     QStringLiteral("odd")}));
    }

    void emptyPayloadStaysEmpty()
    {
        QTemporaryDir dir;
        MessageArchive archive(dir.filePath(QStringLiteral("history.sqlite")));
        archive.append(QStringLiteral("c"), mqtt::Message(QStringLiteral("t"), QByteArray()));
        archive.flush();
        const QList<ArchivedMessage> found = archive.search({});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().message.payload().size(), 0);
        QVERIFY(found.first().message.receivedAt().isValid());
    }

    void corruptFileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage += char((i * 37 + 11) % 256);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        MessageArchive archive(path);
        QVERIFY(!archive.isOpen());
        QVERIFY(archive.errorString().contains(path));
        archive.append(QStringLiteral("c"), messageOf(1)); // ignored
        archive.flush();
        QVERIFY(archive.search({}).isEmpty());
        QVERIFY(archive.connections().isEmpty());
        QCOMPARE(archive.pendingCount(), 0);
        // The file is left as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void windowKeepsReceivedMessagesForTheSearchAfterARestart()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-extras-archive"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
        QSettings().setValue(QStringLiteral("localBroker/port"), 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QSettings().setValue(QStringLiteral("archive/file"), path);
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        SavedMessageStore store(dir.filePath(QStringLiteral("messages.json")));

        {
            // Off by default: no archive, no file.
            MainWindow window(&profiles, &store);
            QVERIFY(!window.messageArchive());
            QVERIFY(!QFile::exists(path));
        }

        QSettings().setValue(QStringLiteral("archive/enabled"), true);
        const QByteArray binary = QByteArray::fromHex("0062696e00ff"); // "\0bin\0\xff"
        QString connection;
        {
            MainWindow window(&profiles, &store);
            QVERIFY(window.messageArchive() && window.messageArchive()->isOpen());
            auto *local = window.findChild<BrokerController *>(QStringLiteral("localBroker"));
            QVERIFY(local);
            QVERIFY(local->start());
            window.findChild<QAction *>(QStringLiteral("connectLocalBroker"))->trigger();
            ConnectionTab *tab = window.currentConnectionTab();
            QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(),
                                      mqtt::Client::State::Connected, 5000);
            mqtt::Subscription *sub = tab->session()->client()->subscribe(QStringLiteral("hist/#"));
            QTRY_COMPARE_WITH_TIMEOUT(sub->state(), mqtt::Subscription::State::Subscribed, 5000);
            tab->session()->client()->publish(mqtt::Message(QStringLiteral("hist/a/c"), "first"));
            tab->session()->client()->publish(mqtt::Message(QStringLiteral("hist/b/c"), binary));
            tab->session()->client()->publish(mqtt::Message(QStringLiteral("hist/b/d"), "other"));
            QTRY_COMPARE_WITH_TIMEOUT(tab->session()->messageLog()->receivedCount(), quint64(3),
                                      5000);
            connection = tab->session()->profile().displayName();
        } // the window writes what is queued when it closes

        MainWindow window(&profiles, &store);
        HistorySearchDialog *dialog = window.showHistorySearch();
        QVERIFY(dialog);
        auto *connections = dialog->findChild<QComboBox *>(QStringLiteral("historyConnection"));
        QVERIFY(connections->findData(connection) > 0);
        dialog->setConnection(connection);
        dialog->setTopicFilter(QStringLiteral("hist/+/c"));
        dialog->search();
        QCOMPARE(dialog->results().size(), 2);
        QCOMPARE(dialog->resultTable()->rowCount(), 2);
        QCOMPARE(dialog->results().at(0).connection, connection);
        QSet<QByteArray> payloads;
        for (const ArchivedMessage &found : dialog->results())
            payloads.insert(found.message.payload());
        QCOMPARE(payloads, QSet<QByteArray>({QByteArray("first"), binary}));
        dialog->resultTable()->setCurrentCell(1, 0);
        QVERIFY(dialog->detailView()->hasMessage());
        QCOMPARE(dialog->detailView()->message().payload(),
                 dialog->results().at(1).message.payload());

        dialog->setTopicFilter(QString());
        dialog->setText(QStringLiteral("bin"));
        dialog->search();
        QCOMPARE(dialog->results().size(), 1);
        QCOMPARE(dialog->results().at(0).message.payload(), binary);
        dialog->setMaxAge(3600); // received a moment ago
        dialog->search();
        QCOMPARE(dialog->results().size(), 1);
        QSettings().clear();
    }

    // From/To in the dialog: a range takes the messages inside it (both ends included, to the
    // second) and leaves out the ones before and after; a quick choice clears it again.
    void dialogSearchesAFreeDateRange()
    {
        QTemporaryDir dir;
        MessageArchive archive(dir.filePath(QStringLiteral("history.sqlite")));
        constexpr int Count = 100;
        for (int i = 0; i < Count; ++i)
            archive.append(connectionOf(i), messageOf(i)); // one a second from Base on
        HistorySearchDialog dialog(&archive);
        auto *fromOn = dialog.findChild<QCheckBox *>(QStringLiteral("historyFromOn"));
        auto *toOn = dialog.findChild<QCheckBox *>(QStringLiteral("historyToOn"));
        auto *from = dialog.findChild<QDateTimeEdit *>(QStringLiteral("historyFrom"));
        auto *to = dialog.findChild<QDateTimeEdit *>(QStringLiteral("historyTo"));
        QVERIFY(fromOn && toOn && from && to);

        dialog.setRange(Base.addSecs(10), Base.addSecs(19));
        dialog.search();
        compareFound(dialog.results(), expected(Count, [](int i) { return i >= 10 && i <= 19; }));
        QCOMPARE(dialog.resultTable()->rowCount(), 10);

        // Only a start, then only an end, through the fields as a user sets them.
        toOn->setChecked(false);
        from->setDateTime(Base.addSecs(90).toLocalTime());
        dialog.search();
        compareFound(dialog.results(), expected(Count, [](int i) { return i >= 90; }));
        fromOn->setChecked(false);
        toOn->setChecked(true);
        to->setDateTime(Base.addSecs(4).toLocalTime());
        dialog.search();
        compareFound(dialog.results(), expected(Count, [](int i) { return i <= 4; }));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("historyAge"))->currentData(),
                 QVariant(qint64(-1))); // "Custom range"

        // A range with the other filters: the even connection's a/+/c messages within it.
        dialog.setConnection(QStringLiteral("even"));
        dialog.setTopicFilter(QStringLiteral("a/+/c"));
        dialog.setRange(Base.addSecs(20), Base.addSecs(59));
        dialog.search();
        compareFound(dialog.results(),
                     expected(Count, [](int i) { return i >= 20 && i <= 59 && i % 4 == 0; }));

        // "Last hour": the messages of 2023 are out of it; "Any time" brings them back.
        dialog.setMaxAge(3600);
        QVERIFY(fromOn->isChecked() && !toOn->isChecked());
        dialog.search();
        QVERIFY(dialog.results().isEmpty());
        dialog.setMaxAge(0);
        QVERIFY(!fromOn->isChecked() && !toOn->isChecked());
        dialog.search();
        compareFound(dialog.results(), expected(Count, [](int i) { return i % 4 == 0; }));
    }

    void windowReportsAnUnreadableFileAndLeavesItAlone()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-extras-archive"));
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QByteArray garbage(4096, '\x5a');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        QSettings().setValue(QStringLiteral("archive/file"), path);
        QSettings().setValue(QStringLiteral("archive/enabled"), true);
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        SavedMessageStore store(dir.filePath(QStringLiteral("messages.json")));
        {
            MainWindow window(&profiles, &store);
            QVERIFY(window.messageArchive());
            QVERIFY(!window.messageArchive()->isOpen());
            QVERIFY(window.statusBar()->currentMessage().contains(path));
            HistorySearchDialog *dialog = window.showHistorySearch();
            QVERIFY(dialog);
            dialog->search();
            QVERIFY(dialog->results().isEmpty());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))
                        ->text()
                        .contains(path));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        QSettings().clear();
    }

    void unwritableFolderIsAnError()
    {
        MessageArchive archive(QStringLiteral("/proc/no-such-folder/history.sqlite"));
        QVERIFY(!archive.isOpen());
        QVERIFY(!archive.errorString().isEmpty());
    }
};

QTEST_MAIN(TestExtrasArchive)
#include "tst_extras_archive.moc"
