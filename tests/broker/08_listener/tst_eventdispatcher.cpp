// The broker's epoll event dispatcher (issue 11): timers, posted events from other threads,
// nested event loops, sockets, descriptors epoll cannot watch, and a QThread running on it.
// The rest of tests/broker runs the broker itself on this dispatcher (BROKER_TEST_MAIN).
#include "brokertestmain.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <thread>

class TestEventDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInstalled();
    void timersFireInDeadlineOrder();
    void repeatingTimerAndRemainingTime();
    void timerStoppedAndStartedInsideItsHandler();
    void nestedLoopDoesNotRefireTheRunningTimer();
    void postedEventsFromAnotherThreadWakeTheLoop();
    void socketsCarryManyMegabytesBothWays();
    void regularFileIsAlwaysReady();
    void threadRunsAndQuits();
};

void TestEventDispatcher::isInstalled()
{
    QVERIFY(qobject_cast<broker::EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEventDispatcher::timersFireInDeadlineOrder()
{
    QStringList fired;
    QTimer late, early;
    late.setSingleShot(true);
    early.setSingleShot(true);
    connect(&late, &QTimer::timeout, this, [&] { fired << QStringLiteral("late"); });
    connect(&early, &QTimer::timeout, this, [&] { fired << QStringLiteral("early"); });
    late.start(60);
    early.start(5);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, 5000);
    QCOMPARE(fired, (QStringList{QStringLiteral("early"), QStringLiteral("late")}));
    QVERIFY(!late.isActive());
}

void TestEventDispatcher::repeatingTimerAndRemainingTime()
{
    QTimer repeating;
    QSignalSpy ticks(&repeating, &QTimer::timeout);
    repeating.start(2);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 5, 5000);
    repeating.stop();
    const qsizetype stoppedAt = ticks.size();

    QTimer longTimer;
    longTimer.start(60'000);
    const int remaining = longTimer.remainingTime();
    QVERIFY2(remaining > 50'000 && remaining <= 60'000, QByteArray::number(remaining));
    QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&longTimer).size(), 1);
    longTimer.stop();
    QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&longTimer).size(), 0);

    QTimer probe; // a stopped timer never fires again
    probe.setSingleShot(true);
    QSignalSpy probed(&probe, &QTimer::timeout);
    probe.start(20);
    QVERIFY(probed.wait(5000));
    QCOMPARE(ticks.size(), stoppedAt);
}

void TestEventDispatcher::timerStoppedAndStartedInsideItsHandler()
{
    QTimer first, second;
    int firstRuns = 0;
    connect(&first, &QTimer::timeout, this, [&] {
        ++firstRuns;
        first.stop();
        second.start(1);
    });
    second.setSingleShot(true);
    QSignalSpy secondFired(&second, &QTimer::timeout);
    first.start(1);
    QVERIFY(secondFired.wait(5000));
    QCOMPARE(firstRuns, 1);
}

void TestEventDispatcher::nestedLoopDoesNotRefireTheRunningTimer()
{
    QTimer outer;
    int depth = 0, maxDepth = 0, runs = 0;
    connect(&outer, &QTimer::timeout, this, [&] {
        ++runs;
        maxDepth = std::max(maxDepth, ++depth);
        // A nested loop that lasts several of the outer timer's intervals.
        QEventLoop nested;
        QTimer::singleShot(30, &nested, &QEventLoop::quit);
        nested.exec();
        --depth;
        outer.stop();
    });
    outer.start(1);
    QTRY_VERIFY_WITH_TIMEOUT(!outer.isActive(), 5000);
    QCOMPARE(maxDepth, 1);
    QCOMPARE(runs, 1);
}

void TestEventDispatcher::postedEventsFromAnotherThreadWakeTheLoop()
{
    constexpr int Posts = 2000;
    int delivered = 0;
    QObject receiver;
    // Each queued call wakes this thread's loop, which waits in epoll_wait meanwhile.
    std::thread poster([&receiver, &delivered] {
        for (int i = 0; i < Posts; ++i)
            QMetaObject::invokeMethod(
                &receiver, [&delivered] { ++delivered; }, Qt::QueuedConnection);
    });
    QTRY_COMPARE_WITH_TIMEOUT(delivered, Posts, 10000);
    poster.join();
}

void TestEventDispatcher::socketsCarryManyMegabytesBothWays()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000) || client.state() == QAbstractSocket::ConnectedState);
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
    QTcpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    // The peer echoes everything: both directions fill their socket buffers, so write
    // notifiers and read notifiers both carry the transfer.
    connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
    QByteArray sent(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < sent.size(); ++i)
        sent[i] = char(i * 7 + i / 4099);
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 30000);
    QVERIFY(received == sent);

    QSignalSpy closed(&client, &QTcpSocket::disconnected);
    peer->disconnectFromHost();
    QVERIFY(closed.wait(5000));
}

void TestEventDispatcher::regularFileIsAlwaysReady()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("x");
    file.flush();
    QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
    QSignalSpy activated(&notifier, &QSocketNotifier::activated);
    QVERIFY(activated.wait(5000)); // epoll refuses regular files (EPERM); poll(2) says ready
    notifier.setEnabled(false);
    QTimer probe;
    probe.setSingleShot(true);
    QSignalSpy probed(&probe, &QTimer::timeout);
    const qsizetype before = activated.size();
    probe.start(10); // a disabled notifier is not activated, and timers still run
    QVERIFY(probed.wait(5000));
    QCOMPARE(activated.size(), before);
}

void TestEventDispatcher::threadRunsAndQuits()
{
    QThread thread;
    thread.setEventDispatcher(new broker::EpollEventDispatcher);
    thread.start();
    auto *worker = new QObject;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    bool ranOnThread = false;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            ranOnThread = QThread::currentThread() == &thread &&
                          qobject_cast<broker::EpollEventDispatcher *>(
                              QAbstractEventDispatcher::instance());
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(ranOnThread);
    thread.quit(); // interrupt() from this thread ends the loop waiting in epoll_wait
    QVERIFY(thread.wait(5000));
}

BROKER_TEST_MAIN(TestEventDispatcher)
#include "tst_eventdispatcher.moc"
