#include <broker/epolleventdispatcher.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <utility>

namespace broker {

namespace {

/// Ready descriptors taken from the kernel per turn; more stay ready for the next turn.
constexpr int MaxEventsPerTurn = 256;

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool activate(QSocketNotifier *notifier)
{
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
    return true;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent), m_epoll(epoll_create1(EPOLL_CLOEXEC)),
      m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptors: %s",
               std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadAcquire() &&
                         m_unpollable == 0;
    int timeout = 0;
    if (canWait) {
        timeout = (flags & QEventLoop::X11ExcludeTimers) ? -1 : timeoutUntilNextTimer();
        emit aboutToBlock();
    }

    epoll_event events[MaxEventsPerTurn];
    int ready = epoll_wait(m_epoll, events, MaxEventsPerTurn, timeout);
    if (ready < 0)
        ready = 0; // EINTR: a signal arrived; the turn goes on with timers and posted events

    int activated = 0;
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            drainWakeUps();
            continue;
        }
        if (!(flags & QEventLoop::ExcludeSocketNotifiers))
            activated += activateSocket(fd, events[i].events);
    }
    if (m_unpollable > 0 && !(flags & QEventLoop::ExcludeSocketNotifiers)) {
        // Regular files and the like: always ready, as poll(2) reports them.
        QList<int> unpollable;
        for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
            if (!it->pollable)
                unpollable.append(it.key());
        }
        for (int fd : std::as_const(unpollable))
            activated += activateSocket(fd, EPOLLIN | EPOLLOUT);
    }
    if (!(flags & QEventLoop::X11ExcludeTimers))
        activated += activateTimers();
    return activated > 0;
}

int EpollEventDispatcher::activateSocket(int fd, quint32 events)
{
    // Each notifier is looked up again before it is activated: the previous one's handler may
    // have disabled or deleted it.
    int activated = 0;
    const auto current = [this, fd]() -> const Watch * {
        const auto it = m_watches.constFind(fd);
        return it == m_watches.cend() ? nullptr : &*it;
    };
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)) {
        if (const Watch *watch = current(); watch && watch->read)
            activated += activate(watch->read);
    }
    if (events & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
        if (const Watch *watch = current(); watch && watch->write)
            activated += activate(watch->write);
    }
    if (events & (EPOLLPRI | EPOLLERR)) {
        if (const Watch *watch = current(); watch && watch->exception)
            activated += activate(watch->exception);
    }
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const bool added = !m_watches.contains(fd);
    Watch &watch = m_watches[fd];
    QSocketNotifier **slot = notifier->type() == QSocketNotifier::Read    ? &watch.read
                             : notifier->type() == QSocketNotifier::Write ? &watch.write
                                                                          : &watch.exception;
    if (*slot && *slot != notifier)
        qWarning("EpollEventDispatcher: a second socket notifier of one type for descriptor %d",
                 fd);
    *slot = notifier;
    updateInterest(fd, watch, added);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    Watch &watch = *it;
    for (QSocketNotifier **slot : {&watch.read, &watch.write, &watch.exception}) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    if (!watch.empty()) {
        updateInterest(fd, watch, false);
        return;
    }
    if (watch.pollable)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // fails harmlessly once fd is closed
    else
        --m_unpollable;
    m_watches.erase(it);
}

void EpollEventDispatcher::updateInterest(int fd, Watch &watch, bool added)
{
    if (!watch.pollable)
        return;
    epoll_event event{};
    event.events = (watch.read ? quint32(EPOLLIN | EPOLLRDHUP) : 0u) |
                   (watch.write ? quint32(EPOLLOUT) : 0u) |
                   (watch.exception ? quint32(EPOLLPRI) : 0u);
    event.data.fd = fd;
    if (epoll_ctl(m_epoll, added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event) == 0)
        return;
    if (errno == EPERM) {
        watch.pollable = false;
        ++m_unpollable;
        return;
    }
    qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    const auto deadline = m_deadlines.emplace(steadyNowNs() + interval * 1'000'000, timerId);
    const auto [it, inserted] =
        m_timers.insert_or_assign(timerId, Timer{interval, timerType, object, deadline});
    Q_UNUSED(it);
    Q_ASSERT(inserted);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase(it->second.deadline);
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object != object) {
            ++it;
            continue;
        }
        m_deadlines.erase(it->second.deadline);
        it = m_timers.erase(it);
        any = true;
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 remainingNs = it->second.deadline->first - steadyNowNs();
    return remainingNs <= 0 ? 0 : int((remainingNs + 999'999) / 1'000'000);
}

int EpollEventDispatcher::timeoutUntilNextTimer() const
{
    if (m_deadlines.empty())
        return -1;
    const qint64 remainingNs = m_deadlines.begin()->first - steadyNowNs();
    // Rounded up: waking a little late is a timer's nature, waking early would spin.
    return remainingNs <= 0 ? 0 : int(qMin<qint64>((remainingNs + 999'999) / 1'000'000, INT_MAX));
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = steadyNowNs();
    std::vector<int> due = std::exchange(m_dueTimers, {}); // its capacity, kept between turns
    due.clear();
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now; ++it)
        due.push_back(it->second);
    // A handler may stop, restart or add timers, or run a nested event loop: each timer is
    // looked up again and moved to its next deadline before its event is sent, and a timer
    // whose handler is running is not fired again by a nested loop (as with Qt's dispatcher).
    int fired = 0;
    for (int timerId : due) {
        const auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->second.firing || it->second.deadline->first > now)
            continue;
        Timer &timer = it->second;
        qint64 next = timer.deadline->first + timer.intervalMs * 1'000'000;
        if (next <= now)
            next = now + timer.intervalMs * 1'000'000; // fell behind: no burst to catch up
        m_deadlines.erase(timer.deadline);
        timer.deadline = m_deadlines.emplace(next, timerId);
        timer.firing = true;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer.object, &event);
        if (const auto after = m_timers.find(timerId); after != m_timers.end())
            after->second.firing = false; // (unless the handler stopped it)
        ++fired;
    }
    m_dueTimers = std::move(due);
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (!m_wakePending.testAndSetAcquire(0, 1))
        return; // a wake-up is already on its way
    const eventfd_t one = 1;
    while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelease(1);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    // Cleared before the counter is read: a wake-up after this point writes again, so none is
    // lost; one before it concerns events that the next turn's sendPostedEvents() sees.
    m_wakePending.storeRelease(0);
    eventfd_t count = 0;
    while (::read(m_wakeFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
}

} // namespace broker
