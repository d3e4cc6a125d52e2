#pragma once

#include "echofilter.h"
#include "topicmapping.h"

#include <broker/bridgeinfo.h>
#include <broker/brokersettings.h>

#include <mqttcore/client.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace broker {

class BrokerCore;
class LocalLink;

/// One bridge: an mqtt::Client to the upstream broker and an mqtt::Client to this broker over
/// a LocalLink, with the topic lines between them (README, "Bridges").
///
/// The local side is an ordinary MQTT 5 session of the core (client id
/// "$internal/bridge/<name>", the local-username's ACLs), so what a bridge brings in passes
/// the same publish checks as any PUBLISH and what it takes out the same read checks, and its
/// queue has the same bounds and persistence. Loops: the local subscriptions are No Local, so
/// what the bridge publishes locally never returns to it; upstream, No Local (MQTT 5) or the
/// EchoFilter (3.1.1) does the same. While the upstream is unreachable the local side is
/// disconnected, so QoS 1/2 messages for the upstream wait in its session; while the upstream
/// takes messages slower than they come, the link is held, so the core's flow control holds
/// the publishers as for any slow subscriber.
class Bridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Bridge)

public:
    /// `stateDir`: where the upstream client keeps unacknowledged QoS 1/2 messages across
    /// restarts (the persistence file's directory); empty = memory only.
    Bridge(const BridgeSettings &settings, BrokerCore *core, const QString &stateDir,
           QObject *parent = nullptr);
    ~Bridge() override;

    const BridgeSettings &settings() const { return m_settings; }
    BridgeInfo info() const;

    void start();
    /// Disconnects both sides; the local session and what it queued stay for the next start.
    void stop();

Q_SIGNALS:
    void stateChanged(const broker::BridgeInfo &info);

private:
    void connectUpstream();
    void upstreamStateChanged(mqtt::Client::State state);
    void forwardUpstream(const mqtt::Message &message);
    void forwardLocal(const mqtt::Message &message);
    void publishUpstream(const mqtt::Message &message);
    /// A QoS 1/2 message to the upstream (or any that failed there) reached its end.
    void upstreamSettled(quint64 id, const mqtt::ClientError &error);
    /// A QoS 1/2 message into this broker (or any that failed) reached its end.
    void localSettled(quint64 id, const mqtt::ClientError &error);
    /// Publishes an upstream message here; the post() id of a QoS 1/2 message that waits for
    /// this broker, 0 when nothing waits (QoS 0, dropped, echo, unmapped).
    quint64 passInward(const mqtt::Message &message);
    /// Counts and logs a message the bridge could not pass on.
    void dropped(const QString &why);
    /// Disconnects the local side once its session is complete, unless the upstream is up.
    void parkLocalWhileUpstreamAway();
    void setState(BridgeInfo::State state);
    void publishState();
    void updateHold();
    std::optional<mqtt::ConnectOptions> upstreamOptions(const QString &address,
                                                        QString *error) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    BridgeSettings m_settings;
    TopicMapping m_mapping;
    QPointer<BrokerCore> m_core;
    mqtt::Client m_upstream;
    mqtt::Client m_local;
    QPointer<LocalLink> m_link;
    QList<QPointer<mqtt::Subscription>> m_localSubscriptions;
    QTimer m_reconnectTimer;
    EchoFilter m_echo;
    QElapsedTimer m_clock;
    BridgeInfo m_info;
    qsizetype m_addressIndex = 0;
    int m_failedAttempts = 0;
    /// Upstream QoS 1/2 messages by the post() id of their local copy: acknowledged upstream
    /// once this broker has settled that copy.
    QHash<quint64, mqtt::Message> m_inward;
    bool m_droppingQos0 = false; ///< QoS 0 from upstream is being dropped (logged once)
    QSet<quint64> m_unsettled;   ///< post() ids of QoS 1/2 publishes upstream not yet settled
    bool m_held = false;
    bool m_running = false;
    QString m_stateDir;
};

} // namespace broker
