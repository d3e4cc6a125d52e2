#pragma once

#include "core/brokercore.h"
#include "net/listener.h"

#include <broker/broker.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QTimer>

#include <memory>
#include <vector>

namespace broker {

class BrokerPrivate
{
public:
    explicit BrokerPrivate(Broker *q, const BrokerSettings &settings);
    void emitStats();
    void closeListeners();

    Broker *q_ptr;
    BrokerSettings settings;
    std::unique_ptr<BrokerCore> core;
    std::shared_ptr<AuthManager> auth;
    std::vector<std::unique_ptr<Listener>> listeners;
    QTimer statsTimer;
    QElapsedTimer statsClock;
    BrokerStats lastStats;

    // Read from other threads (BrokerThread users): guarded by mutex.
    mutable QMutex mutex;
    bool running = false;
    QString error;
    QList<quint16> ports;

    Q_DECLARE_PUBLIC(Broker)
};

} // namespace broker
