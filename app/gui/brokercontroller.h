#pragma once

#include <broker/bridgeinfo.h>
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
class BrokerThread;
class Broker;
} // namespace broker

namespace gui {

class PasswordVault;

/// The workbench's local broker: a broker::Broker in its own thread (broker::BrokerThread), so
/// that a flood of messages never blocks the window. Owns the thread, keeps its settings in
/// QSettings ("localBroker/...") and forwards the broker's queued signals to the GUI thread.
/// Its bridges are kept as JSON in "localBroker/bridges"; their passwords go to the system
/// keychain (PasswordVault) when the build has one, else into that JSON, as profile passwords.
class BrokerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerController)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    /// The user's choices for the local broker.
    struct Options
    {
        quint16 port = 1883;       ///< MQTT over TCP; 0 picks a free port
        quint16 webSocketPort = 0; ///< MQTT over WebSocket; 0 = no WebSocket listener
        bool webSocketEnabled = false;
        bool loopbackOnly = true; ///< listen on 127.0.0.1 only (not reachable from the network)
        bool allowAnonymous = true;
        /// A mosquitto_passwd file of users who may log in; empty = no password check.
        QString passwordFile;
    };

    explicit BrokerController(QObject *parent = nullptr);
    ~BrokerController() override;

    Options options() const { return m_options; }
    /// Stored in QSettings; used by the next start().
    void setOptions(const Options &options);

    /// The bridges to upstream brokers, started with the broker.
    QList<broker::BridgeSettings> bridges() const { return m_bridges; }
    /// Stores the bridges (QSettings, passwords in the keychain) and, while the broker runs,
    /// applies them at once without a restart. Invalid settings (broker::Broker::validateBridges)
    /// change nothing: errorOccurred reports them and false is returned.
    bool setBridges(const QList<broker::BridgeSettings> &bridges);

    bool isRunning() const;
    /// The TCP port in use while running (the chosen one, or the one picked for port 0).
    quint16 port() const;
    /// The WebSocket port in use while running, 0 when there is none.
    quint16 webSocketPort() const;
    /// Why the last start failed.
    QString errorString() const { return m_error; }

    /// The broker while running (it lives in another thread: connect queued, call slots with
    /// QMetaObject::invokeMethod); nullptr when stopped.
    broker::Broker *broker() const;

public slots:
    /// Starts the broker with options(); returns false (and emits errorOccurred) on failure.
    bool start();
    void stop();
    void requestSessions();
    void requestRetainedMessages();
    void deleteRetainedMessage(const QString &topic);
    void disconnectClient(const QString &clientId);
    /// Answered by bridgesListed (nothing while stopped).
    void requestBridges();

signals:
    void runningChanged(bool running);
    void errorOccurred(const QString &message);
    void clientConnected(const broker::ClientInfo &client);
    void clientDisconnected(const QString &clientId, mqtt::ReasonCode reason);
    void subscribed(const QString &clientId, const QString &filter, mqtt::QoS qos);
    void unsubscribed(const QString &clientId, const QString &filter);
    void statsUpdated(const broker::BrokerStats &stats);
    void sessionsListed(const QList<broker::SessionInfo> &sessions);
    void retainedMessagesListed(const QList<broker::RetainedMessageInfo> &messages);
    void bridgesListed(const QList<broker::BridgeInfo> &bridges);
    void bridgeStateChanged(const broker::BridgeInfo &bridge);
    /// bridges() changed (setBridges, or a password arrived from the keychain).
    void bridgesChanged();

private:
    void invoke(const char *slot);
    void loadBridges();
    void storeBridges(const QList<broker::BridgeSettings> &previous);
    void applyBridges();

    Options m_options;
    QList<broker::BridgeSettings> m_bridges;
    PasswordVault *m_vault;
    QString m_error;
    std::unique_ptr<broker::BrokerThread> m_thread;
};

} // namespace gui
