#pragma once

#include <broker/broker_global.h>

#include <broker/broker.h>

#include <QObject>
#include <QThread>

namespace broker {

/// Runs a Broker in its own thread (the GUI's local broker; mqttools' BrokerThread).
///
///   broker::BrokerThread thread(settings);
///   if (!thread.start()) qWarning() << thread.broker()->errorString();
///   connect(thread.broker(), &broker::Broker::statsUpdated, this, ...); // queued
///
/// broker() lives in the worker thread: connect to its signals (they arrive queued) and call
/// its slots with QMetaObject::invokeMethod. listeningPorts(), errorString() and isRunning() are
/// safe to read after start() returned.
class MQTTBROKER_EXPORT BrokerThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerThread)

public:
    /// A broker with `settings`, to run on its own thread once start() is called.
    explicit BrokerThread(const BrokerSettings &settings = {}, QObject *parent = nullptr);
    /// Stops and destroys the broker in its thread, then joins the thread.
    ~BrokerThread() override;

    /// The broker, living on the thread: call it through queued connections.
    Broker *broker() const { return m_broker; }

    /// Starts the thread and the broker in it; blocks until the listeners are open or failed.
    bool start();
    /// Stops the broker (blocking); start() may start it again. The thread ends with the
    /// BrokerThread.
    void stop();

private:
    QThread m_thread;
    Broker *m_broker;
};

} // namespace broker
