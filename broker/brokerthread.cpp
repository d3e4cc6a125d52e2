#include <broker/brokerthread.h>
#include <broker/epolleventdispatcher.h>

namespace broker {

BrokerThread::BrokerThread(const BrokerSettings &settings, QObject *parent)
    : QObject(parent), m_broker(new Broker(settings))
{
    m_thread.setObjectName(QStringLiteral("mqtt-broker"));
    m_thread.setEventDispatcher(new EpollEventDispatcher);
    m_broker->moveToThread(&m_thread);
}

BrokerThread::~BrokerThread()
{
    if (!m_thread.isRunning()) {
        delete m_broker; // never started: nothing lives in the thread yet
        return;
    }
    // The broker's sockets and timers belong to its thread: destroy it there.
    QMetaObject::invokeMethod(
        m_broker, [broker = m_broker] { delete broker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BrokerThread::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(m_broker, &Broker::start, Qt::BlockingQueuedConnection, &ok);
    return ok;
}

void BrokerThread::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_broker, &Broker::stop, Qt::BlockingQueuedConnection);
}

} // namespace broker
