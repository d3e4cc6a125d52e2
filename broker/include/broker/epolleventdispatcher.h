#pragma once

#include <broker/broker_global.h>

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>

#include <map>
#include <unordered_map>
#include <vector>

namespace broker {

/// A Qt event dispatcher for Linux built on epoll(7), for threads that serve many sockets and
/// no windows: the broker's thread and the `bench` load generator.
///
/// Qt's default UNIX dispatcher hands every registered socket to poll(2) on each wake-up, so a
/// thread with 10,000 idle connections pays for all of them on every event, and connecting
/// gets slower the more connections there are. Here the kernel keeps the interest list and a
/// wake-up costs in proportion to the sockets that are ready.
///
/// Install it before the thread's event loop exists:
///
///   QCoreApplication::setEventDispatcher(new broker::EpollEventDispatcher); // before
///   QCoreApplication thread.setEventDispatcher(new broker::EpollEventDispatcher);           //
///   before QThread::start()
///
/// Everything built on QSocketNotifier and QTimer works as with Qt's own dispatcher (QTcpServer,
/// QTcpSocket, QSslSocket, QTimer, posted events, nested event loops). Timers are kept to the
/// millisecond whatever their Qt::TimerType. Descriptors epoll cannot watch (regular files)
/// are reported ready on every turn, as poll(2) does.
class MQTTBROKER_EXPORT EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    /// Creates the epoll instance and the wake-up eventfd (qFatal if the kernel refuses).
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    /// Closes the epoll instance and the wake-up eventfd.
    ~EpollEventDispatcher() override;

    /// One turn: posted events, then ready sockets (waiting for them and for the next timer if
    /// `flags` has WaitForMoreEvents), then due timers. True if anything was delivered.
    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    /// Watches the notifier's descriptor for its type (read, write or exception).
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    /// Stops watching; the descriptor leaves epoll with its last notifier.
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    /// Starts a timer for `object`, first due `interval` ms from now.
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    /// Stops one timer; false if it was not registered here.
    bool unregisterTimer(int timerId) override;
    /// Stops every timer of `object`; false if it had none.
    bool unregisterTimers(QObject *object) override;
    /// The timers of `object` (id, interval, type).
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    /// Milliseconds until the timer is next due (0 if overdue), -1 if not registered.
    int remainingTime(int timerId) override;

    /// Thread-safe: makes a waiting processEvents() return.
    void wakeUp() override;
    /// Thread-safe: makes the current processEvents() return as soon as it can.
    void interrupt() override;

private:
    /// The notifiers of one descriptor (at most one of each type, as with Qt's dispatcher).
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool pollable = true; ///< false: epoll refused it (a regular file), always ready
        bool empty() const { return !read && !write && !exception; }
    };
    using Deadlines = std::multimap<qint64, int>; ///< deadline (steady clock, ns) -> timer id
    struct Timer
    {
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        Deadlines::iterator deadline; ///< its entry in m_deadlines
        bool firing = false;          ///< its handler runs: a nested loop must not fire it again
    };

    void updateInterest(int fd, Watch &watch, bool added);
    /// Delivers epoll's report for fd to its notifiers; returns how many were activated.
    int activateSocket(int fd, quint32 events);
    /// Sends QTimerEvents for every timer due now; returns how many fired.
    int activateTimers();
    /// Milliseconds epoll_wait may block until the next timer is due (-1: no timer).
    int timeoutUntilNextTimer() const;
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakePending;
    QAtomicInt m_interrupted;
    QHash<int, Watch> m_watches;
    int m_unpollable = 0; ///< watches epoll refused: turns must not block
    std::unordered_map<int, Timer> m_timers;
    Deadlines m_deadlines;        ///< earliest first
    std::vector<int> m_dueTimers; ///< scratch for activateTimers()
};

} // namespace broker
