#include "brokercontroller.h"

#include "bridgesettingsjson.h"
#include "passwordvault.h"

#include <broker/authmanager.h>
#include <broker/broker.h>
#include <broker/brokerthread.h>

#include <QJsonDocument>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace gui {

namespace {
const QString BridgesKey = QStringLiteral("localBroker/bridges");

QString vaultKey(const QString &bridgeName)
{
    return QStringLiteral("localBroker/bridge/") + bridgeName;
}
} // namespace

BrokerController::BrokerController(QObject *parent)
    : QObject(parent), m_vault(new PasswordVault(this))
{
    qRegisterMetaType<broker::ClientInfo>();
    qRegisterMetaType<broker::BrokerStats>();
    qRegisterMetaType<broker::SessionInfo>();
    qRegisterMetaType<broker::RetainedMessageInfo>();
    qRegisterMetaType<QList<broker::SessionInfo>>();
    qRegisterMetaType<QList<broker::RetainedMessageInfo>>();
    qRegisterMetaType<broker::BridgeInfo>();
    qRegisterMetaType<QList<broker::BridgeInfo>>();
    qRegisterMetaType<mqtt::ReasonCode>();
    qRegisterMetaType<mqtt::QoS>();

    QSettings settings;
    settings.beginGroup(QStringLiteral("localBroker"));
    m_options.port = quint16(settings.value(QStringLiteral("port"), m_options.port).toUInt());
    m_options.webSocketEnabled =
        settings.value(QStringLiteral("webSocketEnabled"), m_options.webSocketEnabled).toBool();
    m_options.webSocketPort =
        quint16(settings.value(QStringLiteral("webSocketPort"), 8080).toUInt());
    m_options.loopbackOnly =
        settings.value(QStringLiteral("loopbackOnly"), m_options.loopbackOnly).toBool();
    m_options.allowAnonymous =
        settings.value(QStringLiteral("allowAnonymous"), m_options.allowAnonymous).toBool();
    m_options.passwordFile = settings.value(QStringLiteral("passwordFile")).toString();
    settings.endGroup();
    loadBridges();
}

BrokerController::~BrokerController() = default;

void BrokerController::setOptions(const Options &options)
{
    m_options = options;
    QSettings settings;
    settings.beginGroup(QStringLiteral("localBroker"));
    settings.setValue(QStringLiteral("port"), options.port);
    settings.setValue(QStringLiteral("webSocketEnabled"), options.webSocketEnabled);
    settings.setValue(QStringLiteral("webSocketPort"), options.webSocketPort);
    settings.setValue(QStringLiteral("loopbackOnly"), options.loopbackOnly);
    settings.setValue(QStringLiteral("allowAnonymous"), options.allowAnonymous);
    settings.setValue(QStringLiteral("passwordFile"), options.passwordFile);
}

void BrokerController::loadBridges()
{
    const QJsonArray array =
        QJsonDocument::fromJson(QSettings().value(BridgesKey).toString().toUtf8()).array();
    m_bridges = bridgesFromJson(array);
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        if (!bridgePasswordInKeychain(json))
            continue;
        // The keychain answers later: a broker started before that connects without the
        // password and reconnects with it once it is here.
        const QString name = bridgeFromJson(json).name;
        m_vault->read(vaultKey(name), [this, name](bool found, const QByteArray &password) {
            if (!found)
                return;
            for (broker::BridgeSettings &bridge : m_bridges) {
                if (bridge.name == name && !bridge.password) {
                    bridge.password = password;
                    applyBridges();
                    emit bridgesChanged();
                    break;
                }
            }
        });
    }
}

bool BrokerController::setBridges(const QList<broker::BridgeSettings> &bridges)
{
    if (const QStringList problems = broker::Broker::validateBridges(bridges);
        !problems.isEmpty()) {
        emit errorOccurred(problems.join(QLatin1Char('\n')));
        return false;
    }
    const QList<broker::BridgeSettings> previous = m_bridges;
    m_bridges = bridges;
    storeBridges(previous);
    applyBridges();
    emit bridgesChanged();
    return true;
}

void BrokerController::storeBridges(const QList<broker::BridgeSettings> &previous)
{
    const bool keychain = PasswordVault::isCompiledIn();
    QSettings().setValue(
        BridgesKey,
        QString::fromUtf8(
            QJsonDocument(bridgesToJson(m_bridges, !keychain)).toJson(QJsonDocument::Compact)));
    if (!keychain)
        return;
    QSet<QString> names;
    for (const broker::BridgeSettings &bridge : std::as_const(m_bridges)) {
        names.insert(bridge.name);
        const auto old = std::find_if(previous.begin(), previous.end(),
                                      [&](const auto &p) { return p.name == bridge.name; });
        if (!bridge.password) {
            if (old != previous.end() && old->password)
                m_vault->remove(vaultKey(bridge.name));
        } else if (old == previous.end() || old->password != bridge.password) {
            m_vault->store(
                vaultKey(bridge.name), *bridge.password, [this](bool ok, const QString &error) {
                    if (!ok)
                        emit errorOccurred(tr("The keychain is not available (%1); the bridge "
                                              "password is kept for this session only")
                                               .arg(error));
                });
        }
    }
    for (const broker::BridgeSettings &bridge : previous) {
        if (bridge.password && !names.contains(bridge.name))
            m_vault->remove(vaultKey(bridge.name));
    }
}

void BrokerController::applyBridges()
{
    if (!m_thread)
        return;
    broker::Broker *b = m_thread->broker();
    QMetaObject::invokeMethod(
        b,
        [b, bridges = m_bridges] {
            b->setBridges(bridges);
            b->requestBridges(); // the list without the removed ones, with the new ones
        },
        Qt::QueuedConnection);
}

void BrokerController::requestBridges()
{
    invoke("requestBridges");
}

bool BrokerController::isRunning() const
{
    return m_thread && m_thread->broker()->isRunning();
}

quint16 BrokerController::port() const
{
    const QList<quint16> ports =
        isRunning() ? m_thread->broker()->listeningPorts() : QList<quint16>{};
    return ports.value(0);
}

quint16 BrokerController::webSocketPort() const
{
    const QList<quint16> ports =
        isRunning() ? m_thread->broker()->listeningPorts() : QList<quint16>{};
    return ports.value(1);
}

broker::Broker *BrokerController::broker() const
{
    return m_thread ? m_thread->broker() : nullptr;
}

bool BrokerController::start()
{
    if (isRunning())
        return true;
    const QHostAddress bind = m_options.loopbackOnly ? QHostAddress(QHostAddress::LocalHost)
                                                     : QHostAddress(QHostAddress::Any);
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.name = QStringLiteral("tcp");
    tcp.bindAddress = bind;
    tcp.port = m_options.port;
    settings.listeners << tcp;
    if (m_options.webSocketEnabled) {
        broker::ListenerSettings ws;
        ws.name = QStringLiteral("ws");
        ws.type = broker::ListenerSettings::Type::WebSocket;
        ws.bindAddress = bind;
        ws.port = m_options.webSocketPort;
        settings.listeners << ws;
    }
    settings.limits.allowAnonymous = m_options.allowAnonymous;
    // The panel shows rates; twice a second is lively without costing the broker anything.
    settings.limits.statsInterval = 500;
    settings.bridges = m_bridges;
    // Users from a mosquitto_passwd file, checked by an AuthManager built from these settings.
    settings.auth.passwordFile = m_options.passwordFile;

    auto thread = std::make_unique<broker::BrokerThread>(settings);
    broker::Broker *b = thread->broker();
    if (!settings.auth.passwordFile.isEmpty()) {
        // The broker is not in its thread yet, so this is still "before start(), in the
        // broker's thread".
        auto auth = std::make_shared<broker::AuthManager>();
        QString error;
        if (!auth->configure(settings, &error)) {
            m_error = error;
            emit errorOccurred(m_error);
            return false;
        }
        b->setAuthManager(std::move(auth));
    }
    connect(b, &broker::Broker::clientConnected, this, &BrokerController::clientConnected);
    connect(b, &broker::Broker::clientDisconnected, this, &BrokerController::clientDisconnected);
    connect(b, &broker::Broker::subscribed, this, &BrokerController::subscribed);
    connect(b, &broker::Broker::unsubscribed, this, &BrokerController::unsubscribed);
    connect(b, &broker::Broker::statsUpdated, this, &BrokerController::statsUpdated);
    connect(b, &broker::Broker::sessionsListed, this, &BrokerController::sessionsListed);
    connect(b, &broker::Broker::retainedMessagesListed, this,
            &BrokerController::retainedMessagesListed);
    connect(b, &broker::Broker::bridgesListed, this, &BrokerController::bridgesListed);
    connect(b, &broker::Broker::bridgeStateChanged, this, &BrokerController::bridgeStateChanged);
    connect(b, &broker::Broker::warning, this, &BrokerController::errorOccurred);
    if (!thread->start()) {
        m_error = b->errorString();
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    m_thread = std::move(thread);
    emit runningChanged(true);
    return true;
}

void BrokerController::stop()
{
    if (!m_thread)
        return;
    m_thread.reset(); // stops the broker and joins its thread
    emit runningChanged(false);
}

void BrokerController::invoke(const char *slot)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_thread->broker(), slot, Qt::QueuedConnection);
}

void BrokerController::requestSessions()
{
    invoke("requestSessions");
}

void BrokerController::requestRetainedMessages()
{
    invoke("requestRetainedMessages");
}

void BrokerController::deleteRetainedMessage(const QString &topic)
{
    if (m_thread)
        QMetaObject::invokeMethod(
            m_thread->broker(),
            [b = m_thread->broker(), topic] { b->deleteRetainedMessage(topic); },
            Qt::QueuedConnection);
}

void BrokerController::disconnectClient(const QString &clientId)
{
    if (m_thread)
        QMetaObject::invokeMethod(
            m_thread->broker(),
            [b = m_thread->broker(), clientId] { b->disconnectClient(clientId); },
            Qt::QueuedConnection);
}

} // namespace gui
