#pragma once

#include <broker/bridgeinfo.h>
#include <broker/broker_global.h>

#include <broker/brokersettings.h>
#include <broker/brokerstats.h>
#include <broker/clientinfo.h>
#include <broker/retainedmessageinfo.h>
#include <broker/sessioninfo.h>

#include <mqttcore/reasoncode.h>

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace broker {

class AuthManager;
class BrokerPrivate;

/// The embeddable MQTT 3.1 / 3.1.1 / 5.0 broker.
///
/// A Broker lives in one thread (the one it was created in, or a BrokerThread's) and does all
/// its work there: listeners, sessions, routing, retained store. Other threads talk to it only
/// through queued calls (QMetaObject::invokeMethod) of its slots and through its signals, which
/// are emitted at a bounded rate (statsUpdated) or once per client event, never per message.
///
///   broker::Broker broker({.listeners = {{.port = 1883}}});
///   if (!broker.start())
///       qWarning() << broker.errorString();
class MQTTBROKER_EXPORT Broker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Broker)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    /// A broker with `settings`; it listens only after start().
    explicit Broker(const BrokerSettings &settings = {}, QObject *parent = nullptr);
    ~Broker() override;

    /// Settings used by the next start(); changing them while running has no effect.
    BrokerSettings settings() const;
    /// Replaces the settings; listeners change on the next start().
    void setSettings(const BrokerSettings &settings);

    /// isRunning(), errorString() and listeningPorts() may be called from any thread.
    bool isRunning() const;

    /// Authentication and ACLs from broker/security (configured from BrokerSettings). Set it
    /// before start(), in the broker's thread. Without one, BrokerLimits::allowAnonymous
    /// decides who may connect and every topic except $SYS is open.
    void setAuthManager(std::shared_ptr<AuthManager> auth);
    /// Why the last start() failed, in English ("listener default: address in use").
    QString errorString() const;
    /// The port of each listener, in the order of BrokerSettings::listeners (empty when stopped).
    /// Useful after listening on port 0.
    QList<quint16> listeningPorts() const;

    /// Snapshot of the current statistics (also emitted periodically by statsUpdated).
    /// Call from the broker's thread; other threads listen to statsUpdated.
    BrokerStats stats() const;
    /// Connected clients. Call from the broker's thread.
    QList<ClientInfo> clients() const;
    /// The bridges and their state. Call from the broker's thread.
    QList<BridgeInfo> bridges() const;
    /// English lines for what keeps these bridge settings from working (empty when fine).
    static QStringList validateBridges(const QList<BridgeSettings> &bridges);

public Q_SLOTS:
    /// Opens every listener; on any failure nothing stays open and false is returned.
    bool start();
    /// Disconnects every client (MQTT 5: Server shutting down), closes listeners. Sessions and
    /// retained messages are kept in memory until the Broker is destroyed.
    void stop();

    /// Queued-safe requests for the GUI; each answers with the matching signal.
    void requestSessions();
    /// Asks for the retained messages; the answer comes as retainedMessagesListed().
    void requestRetainedMessages();
    /// Removes one retained message (as if a client published an empty retained payload).
    void deleteRetainedMessage(const QString &topic);
    /// Disconnects a client (MQTT 5: Administrative action).
    void disconnectClient(const QString &clientId);
    /// Answered by bridgesListed() with every bridge's state and counters.
    void requestBridges();
    /// Replaces the bridges while running, without a restart: bridges whose settings are
    /// unchanged go on, changed ones reconnect, removed ones stop (their local session and
    /// queue stay until the broker stops), new ones start. Invalid settings change nothing
    /// and are reported by warning(); returns whether they were applied.
    bool setBridges(const QList<broker::BridgeSettings> &bridges);

Q_SIGNALS:
    /// The broker started (true) or stopped (false).
    void runningChanged(bool running);
    /// A client connected (after its CONNECT was accepted).
    void clientConnected(const broker::ClientInfo &client);
    /// reason: the DISCONNECT reason sent or received, or why the connection ended
    /// (KeepAliveTimeout, SessionTakenOver, MalformedPacket, UnspecifiedError for a lost socket).
    void clientDisconnected(const QString &clientId, mqtt::ReasonCode reason);
    /// A client subscribed to `filter`, granted `qos`.
    void subscribed(const QString &clientId, const QString &filter, mqtt::QoS qos);
    /// A client unsubscribed from `filter`.
    void unsubscribed(const QString &clientId, const QString &filter);
    /// Periodic statistics (also published under $SYS).
    void statsUpdated(const broker::BrokerStats &stats);
    /// Answer to requestSessions().
    void sessionsListed(const QList<broker::SessionInfo> &sessions);
    /// Answer to requestRetainedMessages().
    void retainedMessagesListed(const QList<broker::RetainedMessageInfo> &messages);
    /// Answer to requestBridges().
    void bridgesListed(const QList<broker::BridgeInfo> &bridges);
    /// A bridge connected, lost its upstream or could not reach it.
    void bridgeStateChanged(const broker::BridgeInfo &bridge);
    /// A problem worth showing to the user while running (a listener error, a TLS failure).
    void warning(const QString &message);

private:
    std::unique_ptr<BrokerPrivate> d_ptr;
    Q_DECLARE_PRIVATE(Broker)
};

} // namespace broker
