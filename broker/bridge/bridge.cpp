#include "bridge.h"

#include "core/brokercore.h"
#include "core/logging.h"
#include "locallink.h"

#include <QDir>
#include <QHostInfo>

namespace broker {

namespace {

/// Publishes to the upstream not yet acknowledged at which the local link is held (the core
/// then queues and, beyond its own bounds, slows the local publishers), and at which it is
/// released again.
constexpr int HoldAt = 1000;
constexpr int ReleaseAt = HoldAt / 2;
// Inward, QoS 1/2 messages are acknowledged upstream only once this broker accepted them, and
// an MQTT 5 upstream sends at most this many unacknowledged: what waits is held upstream, not
// here. QoS 0 has no such brake; above this many bytes waiting for the core it is dropped.
constexpr quint16 InwardWindow = 256;
constexpr qint64 InwardQos0BacklogBytes = 4 * 1024 * 1024;

/// A received message as it is published on the other side: same payload, QoS, retain flag and
/// properties, except those that belong to the hop it came over.
mqtt::Message relayed(const mqtt::Message &received, const QString &topic)
{
    mqtt::Message out(topic, received.payload(), received.qos(), received.retain());
    mqtt::Properties properties = received.properties();
    properties.subscriptionIdentifiers.clear();
    properties.topicAlias.reset();
    out.setProperties(properties);
    return out;
}

QString localClientId(const QString &name)
{
    return BrokerCore::InternalClientIdPrefix + QStringLiteral("bridge/") + name;
}

} // namespace

Bridge::Bridge(const BridgeSettings &settings, BrokerCore *core, const QString &stateDir,
               QObject *parent)
    : QObject(parent), m_settings(settings), m_mapping(settings.topics), m_core(core),
      m_stateDir(stateDir)
{
    m_info.name = settings.name;
    m_clock.start();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Bridge::connectUpstream);

    connect(&m_upstream, &mqtt::Client::stateChanged, this, &Bridge::upstreamStateChanged);
    connect(&m_upstream, &mqtt::Client::errorOccurred, this,
            [this](const mqtt::ClientError &error) { m_info.lastError = error.toString(); });
    connect(&m_upstream, &mqtt::Client::messageReceived, this, &Bridge::forwardLocal);
    connect(&m_local, &mqtt::Client::messageReceived, this, &Bridge::forwardUpstream);
    connect(&m_upstream, &mqtt::Client::posted, this,
            [this](quint64 id) { upstreamSettled(id, {}); });
    connect(&m_upstream, &mqtt::Client::postFailed, this, &Bridge::upstreamSettled);
    connect(&m_local, &mqtt::Client::posted, this, [this](quint64 id) { localSettled(id, {}); });
    connect(&m_local, &mqtt::Client::postFailed, this, &Bridge::localSettled);
    connect(&m_local, &mqtt::Client::errorOccurred, this, [this](const mqtt::ClientError &error) {
        qCWarning(lcBridge).noquote()
            << QStringLiteral("bridge %1: local side: %2").arg(m_settings.name, error.toString());
    });

    // The local side: an MQTT 5 session that outlives its connection, so that what it has not
    // taken waits in the core while the upstream is away.
    mqtt::ConnectOptions local;
    local.clientId = localClientId(settings.name);
    local.protocolVersion = mqtt::ProtocolVersion::V5;
    local.cleanStart = false;
    local.sessionExpiry = 0xFFFFFFFF;
    local.keepAlive = 0;
    local.reconnect.enabled = false;
    local.receiveMaximum = 256; // the rest stays in the session's queue (and its persistence)
    local.offlineQueueLimit = 100000;
    m_local.setOptions(local);
    m_local.setTransportFactory([this]() -> std::unique_ptr<mqtt::Transport> {
        auto link = std::make_unique<LocalLink>(m_core, QStringLiteral("bridge:") + m_settings.name,
                                                m_settings.localUsername);
        link->setHeld(m_held);
        m_link = link.get();
        return link;
    });
    for (const auto &[filter, qos] : m_mapping.localFilters()) {
        mqtt::SubscriptionOptions options;
        options.maximumQoS = qos;
        options.noLocal = true; // what the bridge brought in never goes back out
        options.retainAsPublished = true;
        options.retainHandling = mqtt::RetainHandling::SendOnNewSubscribe;
        mqtt::Subscription *subscription = m_local.subscribe(filter, options);
        m_localSubscriptions.append(subscription);
        connect(subscription, &mqtt::Subscription::stateChanged, this,
                [this, subscription](mqtt::Subscription::State state) {
                    if (state == mqtt::Subscription::State::Failed)
                        qCWarning(lcBridge).noquote()
                            << QStringLiteral("bridge %1: may not subscribe to %2 locally")
                                   .arg(m_settings.name, subscription->filter());
                    parkLocalWhileUpstreamAway();
                });
    }
    connect(&m_local, &mqtt::Client::connected, this, &Bridge::parkLocalWhileUpstreamAway);
    const bool v5 = settings.protocolVersion == mqtt::ProtocolVersion::V5;
    for (const auto &[filter, qos] : m_mapping.remoteFilters()) {
        mqtt::SubscriptionOptions options;
        options.maximumQoS = qos;
        options.noLocal = v5;
        options.retainAsPublished = v5;
        options.retainHandling = settings.cleanStart ? mqtt::RetainHandling::SendOnSubscribe
                                                     : mqtt::RetainHandling::SendOnNewSubscribe;
        m_upstream.subscribe(filter, options);
    }
}

Bridge::~Bridge()
{
    stop();
}

BridgeInfo Bridge::info() const
{
    BridgeInfo info = m_info;
    info.queued = int(m_unsettled.size()) + m_upstream.queuedCount() +
                  (m_core ? m_core->queuedMessages(localClientId(m_settings.name)) : 0);
    return info;
}

std::optional<mqtt::ConnectOptions> Bridge::upstreamOptions(const QString &address,
                                                            QString *error) const
{
    std::optional<mqtt::ConnectOptions> parsed = mqtt::ConnectOptions::fromUrl(address, error);
    if (!parsed)
        return std::nullopt;
    mqtt::ConnectOptions &options = *parsed;
    options.clientId =
        m_settings.clientId.isEmpty()
            ? QStringLiteral("wb-bridge-%1-%2").arg(m_settings.name, QHostInfo::localHostName())
            : m_settings.clientId;
    if (m_settings.userName)
        options.userName = m_settings.userName;
    if (m_settings.password)
        options.password = m_settings.password;
    options.protocolVersion = m_settings.protocolVersion;
    options.tls.caFile = m_settings.caFile;
    options.tls.certFile = m_settings.certFile;
    options.tls.keyFile = m_settings.keyFile;
    options.tls.insecure = m_settings.insecure;
    options.cleanStart = m_settings.cleanStart;
    options.sessionExpiry = m_settings.cleanStart ? 0 : 0xFFFFFFFF;
    options.keepAlive = m_settings.keepAlive;
    options.reconnect.enabled = false; // the bridge reconnects itself, moving along the addresses
    options.offlineQueueLimit = 4 * HoldAt;
    options.manualAcknowledgement = true; // see InwardWindow
    options.receiveMaximum = InwardWindow;
    if (!m_stateDir.isEmpty())
        options.inflightStorePath =
            QDir(m_stateDir).filePath(QStringLiteral("bridge-%1.inflight").arg(m_settings.name));
    return parsed;
}

void Bridge::start()
{
    if (m_running || !m_core)
        return;
    m_running = true;
    m_failedAttempts = 0;
    m_addressIndex = 0;
    m_info.state = BridgeInfo::State::Connecting;
    publishState();
    // The local session and its subscriptions exist from the start, so that what is published
    // before the upstream was ever reached waits for it too.
    m_local.connectToBroker();
    connectUpstream();
}

void Bridge::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_reconnectTimer.stop();
    m_upstream.disconnectFromBroker();
    m_local.disconnectFromBroker();
    m_info.state = BridgeInfo::State::Down;
    publishState();
}

void Bridge::connectUpstream()
{
    if (!m_running)
        return;
    const QString address = m_settings.addresses.value(m_addressIndex);
    m_info.address = address;
    QString error;
    const std::optional<mqtt::ConnectOptions> options = upstreamOptions(address, &error);
    if (!options) { // validateBridgeSettings() lets no such address through; never guess one
        m_info.lastError = error;
        upstreamStateChanged(mqtt::Client::State::Disconnected);
        return;
    }
    m_upstream.setOptions(*options);
    qCDebug(lcBridge).noquote()
        << QStringLiteral("bridge %1: connecting to %2").arg(m_settings.name, address);
    m_upstream.connectToBroker();
}

void Bridge::upstreamStateChanged(mqtt::Client::State state)
{
    if (state == mqtt::Client::State::Connected) {
        m_failedAttempts = 0;
        m_info.lastError.clear();
        setState(BridgeInfo::State::Up);
        m_local.connectToBroker();
        return;
    }
    if (state != mqtt::Client::State::Disconnected || !m_running)
        return;
    // The local side stops taking messages: QoS 1/2 for the upstream wait in its session.
    parkLocalWhileUpstreamAway();
    if (m_info.state == BridgeInfo::State::Up) {
        m_addressIndex = 0; // after a lost connection, the first address first
    } else {
        m_addressIndex = (m_addressIndex + 1) % std::max<qsizetype>(1, m_settings.addresses.size());
        ++m_failedAttempts;
    }
    setState(BridgeInfo::State::Down);
    qint64 delay = m_settings.reconnectDelayMs;
    for (int i = 1; i < m_failedAttempts && delay < m_settings.reconnectMaxDelayMs; ++i)
        delay *= 2;
    m_reconnectTimer.start(int(std::min<qint64>(delay, m_settings.reconnectMaxDelayMs)));
}

void Bridge::parkLocalWhileUpstreamAway()
{
    if (m_upstream.state() == mqtt::Client::State::Connected ||
        m_local.state() != mqtt::Client::State::Connected)
        return;
    for (const QPointer<mqtt::Subscription> &subscription : std::as_const(m_localSubscriptions)) {
        if (subscription && subscription->state() == mqtt::Subscription::State::Pending)
            return; // the session is not complete yet
    }
    m_local.disconnectFromBroker();
}

void Bridge::setState(BridgeInfo::State state)
{
    if (m_info.state == state)
        return;
    m_info.state = state;
    QString line = QStringLiteral("bridge %1: %2 (%3)")
                       .arg(m_settings.name, bridgeStateName(state), m_info.address);
    if (state == BridgeInfo::State::Down && !m_info.lastError.isEmpty())
        line += QStringLiteral(": ") + m_info.lastError;
    qCInfo(lcBridge).noquote() << line;
    publishState();
    emit stateChanged(info());
}

void Bridge::publishState()
{
    // $SYS/broker/connection/<name>/state, 1 up and 0 otherwise, as mosquitto publishes it.
    if (m_core)
        m_core->publishSysValue(QStringLiteral("connection/%1/state").arg(m_settings.name),
                                m_info.state == BridgeInfo::State::Up ? "1" : "0");
}

void Bridge::forwardUpstream(const mqtt::Message &message)
{
    const std::optional<QString> remote = m_mapping.toRemote(message.topic());
    if (!remote)
        return; // a retained or queued message of a topic line removed since
    if (m_settings.protocolVersion != mqtt::ProtocolVersion::V5 && m_mapping.mayEcho(*remote))
        m_echo.sent(*remote, message.payload(), nowMs());
    publishUpstream(relayed(message, *remote));
}

void Bridge::publishUpstream(const mqtt::Message &message)
{
    // post(): no object per message; QoS 1/2 settle by id (upstreamSettled), QoS 0 is done.
    const quint64 id = m_upstream.post(message);
    if (id == 0) {
        dropped(QStringLiteral("upstream refused a message on %1").arg(message.topic()));
    } else if (message.qos() == mqtt::QoS::AtMostOnce) {
        ++m_info.messagesOut;
    } else {
        m_unsettled.insert(id);
        updateHold();
    }
}

void Bridge::upstreamSettled(quint64 id, const mqtt::ClientError &error)
{
    const bool wasUnsettled = m_unsettled.remove(id);
    if (error.isError()) {
        dropped(QStringLiteral("upstream refused a message: ") + error.toString());
    } else {
        ++m_info.messagesOut;
    }
    if (wasUnsettled)
        updateHold();
}

void Bridge::localSettled(quint64 id, const mqtt::ClientError &error)
{
    if (error.isError())
        dropped(QStringLiteral("not accepted locally: ") + error.toString());
    else
        ++m_info.messagesIn;
    // Refused here too: acknowledged upstream all the same, or it would come back for ever.
    // After an upstream reconnect this does nothing; the upstream sends the message again.
    if (const auto it = m_inward.constFind(id); it != m_inward.cend()) {
        m_upstream.acknowledge(*it);
        m_inward.erase(it);
    }
}

void Bridge::dropped(const QString &why)
{
    ++m_info.messagesDropped;
    qCWarning(lcBridge).noquote() << QStringLiteral("bridge %1: %2").arg(m_settings.name, why);
}

void Bridge::forwardLocal(const mqtt::Message &message)
{
    const quint64 id = passInward(message);
    if (id == 0)
        m_upstream.acknowledge(message); // nothing here waits for it any more
    else
        m_inward.insert(id, message);
}

quint64 Bridge::passInward(const mqtt::Message &message)
{
    if (m_settings.protocolVersion != mqtt::ProtocolVersion::V5 &&
        m_echo.isEcho(message.topic(), message.payload(), nowMs())) {
        ++m_info.echoesSuppressed;
        return 0;
    }
    const std::optional<QString> local = m_mapping.toLocal(message.topic());
    if (!local)
        return 0;
    const mqtt::Message inbound = relayed(message, *local);
    if (inbound.qos() == mqtt::QoS::AtMostOnce) {
        if (m_link && m_link->bytesToWrite() >= InwardQos0BacklogBytes) {
            if (!m_droppingQos0) // once per stretch of drops, never per message
                qCWarning(lcBridge).noquote()
                    << QStringLiteral("bridge %1: this broker takes QoS 0 messages slower than "
                                      "the upstream sends them; dropping them")
                           .arg(m_settings.name);
            m_droppingQos0 = true;
            ++m_info.messagesDropped;
            return 0;
        }
        m_droppingQos0 = false;
    }
    const quint64 id = m_local.post(inbound);
    if (id == 0) {
        dropped(QStringLiteral("not accepted locally on %1").arg(*local));
        return 0;
    }
    if (inbound.qos() == mqtt::QoS::AtMostOnce) {
        ++m_info.messagesIn; // QoS 1/2 count in localSettled()
        return 0;
    }
    return id;
}

void Bridge::updateHold()
{
    const bool held = m_held ? m_unsettled.size() > ReleaseAt : m_unsettled.size() >= HoldAt;
    if (held == m_held)
        return;
    m_held = held;
    if (m_link)
        m_link->setHeld(held);
}

} // namespace broker
