#include <broker/broker.h>

#include "brokerprivate.h"
#include "core/logging.h"
#include "persistence/sqlitejournal.h"

#include <QFileInfo>

namespace broker {

namespace {

/// Opens the persistent store and restores what it holds into a new core.
bool openPersistence(BrokerCore &core, const PersistenceSettings &settings, QString *error)
{
    auto journal = std::make_unique<SqliteJournal>(settings);
    RestoredState state;
    if (!journal->open(core.monotonicNowMs(), state, error)) {
        *error = QStringLiteral("persistence: ") + *error;
        return false;
    }
    core.restore(std::move(state));
    core.setJournal(std::move(journal));
    return true;
}

} // namespace

BrokerPrivate::BrokerPrivate(Broker *q, const BrokerSettings &settings)
    : q_ptr(q), settings(settings)
{
}

void BrokerPrivate::emitStats()
{
    Q_Q(Broker);
    BrokerStats stats = core->stats();
    const double seconds = std::max<qint64>(1, statsClock.restart()) / 1000.0;
    stats.publishReceivedPerSecond = (stats.publishReceived - lastStats.publishReceived) / seconds;
    stats.publishSentPerSecond = (stats.publishSent - lastStats.publishSent) / seconds;
    stats.bytesReceivedPerSecond = (stats.bytesReceived - lastStats.bytesReceived) / seconds;
    stats.bytesSentPerSecond = (stats.bytesSent - lastStats.bytesSent) / seconds;
    lastStats = stats;
    emit q->statsUpdated(stats);
}

void BrokerPrivate::applyBridges(const QList<BridgeSettings> &wanted)
{
    Q_Q(Broker);
    const QString stateDir = settings.persistence.enabled
                                 ? QFileInfo(settings.persistence.file).absolutePath()
                                 : QString();
    std::vector<std::unique_ptr<Bridge>> kept;
    for (const BridgeSettings &bridgeSettings : wanted) {
        auto same = std::find_if(bridges.begin(), bridges.end(), [&](const auto &bridge) {
            return bridge && bridge->settings() == bridgeSettings;
        });
        if (same != bridges.end()) {
            kept.push_back(std::move(*same));
            continue;
        }
        auto bridge = std::make_unique<Bridge>(bridgeSettings, core.get(), stateDir);
        QObject::connect(bridge.get(), &Bridge::stateChanged, q, &Broker::bridgeStateChanged);
        kept.push_back(std::move(bridge));
    }
    bridges.clear(); // stops what is not kept
    bridges = std::move(kept);
    for (const auto &bridge : bridges)
        bridge->start();
}

void BrokerPrivate::stopBridges()
{
    for (const auto &bridge : bridges)
        bridge->stop();
}

void BrokerPrivate::closeListeners()
{
    for (const auto &listener : listeners)
        listener->close();
}

Broker::Broker(const BrokerSettings &settings, QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<BrokerPrivate>(this, settings))
{
    Q_D(Broker);
    // A child, so that it follows the Broker into a BrokerThread.
    d->statsTimer.setParent(this);
    connect(&d->statsTimer, &QTimer::timeout, this, [d] { d->emitStats(); });
}

Broker::~Broker()
{
    stop();
    Q_D(Broker);
    d->bridges.clear();
    d->listeners.clear(); // transports go before the core they talk to
    d->core.reset();
}

BrokerSettings Broker::settings() const
{
    Q_D(const Broker);
    return d->settings;
}

void Broker::setSettings(const BrokerSettings &settings)
{
    Q_D(Broker);
    d->settings = settings;
}

bool Broker::isRunning() const
{
    Q_D(const Broker);
    QMutexLocker lock(&d->mutex);
    return d->running;
}

QString Broker::errorString() const
{
    Q_D(const Broker);
    QMutexLocker lock(&d->mutex);
    return d->error;
}

QList<quint16> Broker::listeningPorts() const
{
    Q_D(const Broker);
    QMutexLocker lock(&d->mutex);
    return d->ports;
}

BrokerStats Broker::stats() const
{
    Q_D(const Broker);
    return d->core ? d->core->stats() : BrokerStats{};
}

QList<ClientInfo> Broker::clients() const
{
    Q_D(const Broker);
    return d->core ? d->core->clients() : QList<ClientInfo>{};
}

QList<BridgeInfo> Broker::bridges() const
{
    Q_D(const Broker);
    QList<BridgeInfo> list;
    for (const auto &bridge : d->bridges)
        list.append(bridge->info());
    return list;
}

QStringList Broker::validateBridges(const QList<BridgeSettings> &bridges)
{
    QStringList problems;
    QSet<QString> names;
    for (const BridgeSettings &bridge : bridges) {
        for (const QString &problem : validateBridgeSettings(bridge))
            problems.append(QStringLiteral("bridge %1: %2").arg(bridge.name, problem));
        if (names.contains(bridge.name))
            problems.append(QStringLiteral("bridge %1: the name is used twice").arg(bridge.name));
        names.insert(bridge.name);
    }
    return problems;
}

void Broker::requestBridges()
{
    emit bridgesListed(bridges());
}

bool Broker::setBridges(const QList<BridgeSettings> &bridges)
{
    Q_D(Broker);
    if (const QStringList problems = validateBridges(bridges); !problems.isEmpty()) {
        for (const QString &problem : problems)
            emit warning(problem);
        return false;
    }
    d->settings.bridges = bridges;
    if (isRunning())
        d->applyBridges(bridges);
    return true;
}

void Broker::setAuthManager(std::shared_ptr<AuthManager> auth)
{
    Q_D(Broker);
    d->auth = std::move(auth);
    if (d->core)
        d->core->setAuthManager(d->auth);
}

bool Broker::start()
{
    Q_D(Broker);
    if (isRunning())
        return true;
    if (!d->core) {
        auto core = std::make_unique<BrokerCore>(d->settings.limits);
        if (d->settings.persistence.enabled) {
            QString error;
            if (!openPersistence(*core, d->settings.persistence, &error)) {
                QMutexLocker lock(&d->mutex); // reported by the caller, once
                d->error = error;
                return false;
            }
        }
        d->core = std::move(core);
        d->core->setAuthManager(d->auth);
        connect(d->core.get(), &BrokerCore::clientConnected, this, &Broker::clientConnected);
        connect(d->core.get(), &BrokerCore::clientDisconnected, this, &Broker::clientDisconnected);
        connect(d->core.get(), &BrokerCore::subscribed, this, &Broker::subscribed);
        connect(d->core.get(), &BrokerCore::unsubscribed, this, &Broker::unsubscribed);
    }
    d->listeners.clear();
    QList<quint16> ports;
    QString error;
    if (d->settings.listeners.isEmpty())
        error = QStringLiteral("no listener configured");
    if (const QStringList problems = validateBridges(d->settings.bridges); !problems.isEmpty())
        error = problems.first();
    for (const ListenerSettings &settings : std::as_const(d->settings.listeners)) {
        auto listener = std::make_unique<Listener>(settings, d->core.get());
        if (!listener->open()) {
            error = listener->errorString();
            break;
        }
        connect(listener.get(), &Listener::warning, this, &Broker::warning);
        ports.append(listener->port());
        d->listeners.push_back(std::move(listener));
    }
    if (!error.isEmpty()) {
        qCWarning(lcBroker) << "broker not started:" << error;
        d->closeListeners();
        d->listeners.clear();
        QMutexLocker lock(&d->mutex);
        d->error = error;
        return false;
    }
    d->core->start();
    d->applyBridges(d->settings.bridges);
    d->lastStats = d->core->stats();
    d->statsClock.start();
    d->statsTimer.start(std::max(50, d->settings.limits.statsInterval));
    {
        QMutexLocker lock(&d->mutex);
        d->running = true;
        d->error.clear();
        d->ports = ports;
    }
    qCInfo(lcBroker) << "broker started on ports" << ports;
    emit runningChanged(true);
    return true;
}

void Broker::stop()
{
    Q_D(Broker);
    if (!isRunning())
        return;
    d->statsTimer.stop();
    d->stopBridges();
    d->bridges.clear();
    d->closeListeners();
    d->core->shutdown();
    {
        QMutexLocker lock(&d->mutex);
        d->running = false;
        d->ports.clear();
    }
    qCInfo(lcBroker) << "broker stopped";
    emit runningChanged(false);
}

void Broker::requestSessions()
{
    Q_D(Broker);
    emit sessionsListed(d->core ? d->core->sessions() : QList<SessionInfo>{});
}

void Broker::requestRetainedMessages()
{
    Q_D(Broker);
    emit retainedMessagesListed(d->core ? d->core->retainedMessages()
                                        : QList<RetainedMessageInfo>{});
}

void Broker::deleteRetainedMessage(const QString &topic)
{
    Q_D(Broker);
    if (d->core)
        d->core->deleteRetained(topic);
}

void Broker::disconnectClient(const QString &clientId)
{
    Q_D(Broker);
    if (d->core)
        d->core->disconnectClient(clientId);
}

} // namespace broker
