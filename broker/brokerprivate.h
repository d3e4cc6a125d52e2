#pragma once

#include "bridge/bridge.h"
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
    /// Starts, restarts or stops bridges so that they match `wanted`; unchanged ones go on.
    void applyBridges(const QList<BridgeSettings> &wanted);
    void stopBridges();

    Broker *q_ptr;
    BrokerSettings settings;
    std::unique_ptr<BrokerCore> core;
    std::shared_ptr<AuthManager> auth;
    std::vector<std::unique_ptr<Listener>> listeners;
    std::vector<std::unique_ptr<Bridge>> bridges;
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
