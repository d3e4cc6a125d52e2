#pragma once

#include "message.h"

#include <mqttcore/packets.h>

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace broker {

class ClientConnection;

/// A subscription held by a session.
struct Subscription
{
    mqtt::SubscriptionOptions options;
    quint32 identifier = 0; ///< MQTT 5 subscription identifier, 0 = none
};

/// An outgoing QoS 1/2 message between PUBLISH and its last acknowledgement.
struct InflightMessage
{
    enum class Stage
    {
        AwaitingPuback,
        AwaitingPubrec,
        AwaitingPubcomp, ///< PUBREL sent
    };
    Delivery delivery;
    Stage stage = Stage::AwaitingPuback;
    quint64 sequence = 0; ///< send order, for resending in the original order [MQTT-4.6.0-1]
};

/// The retained messages matching a new subscription [MQTT-3.3.1-9], taken as a snapshot of
/// shared pointers and sent one by one when the connection can take more, so that a million
/// retained messages reach a new `#` subscriber without a million queued deliveries.
struct RetainedBacklog
{
    std::vector<MessagePtr> messages;
    std::size_t next = 0;
    mqtt::QoS maximumQoS = mqtt::QoS::AtMostOnce;
    QList<quint32> subscriptionIds;
};

/// The state of one client id that outlives its network connections [MQTT-4.1.0-1]:
/// subscriptions, QoS 1/2 in flight both ways, the queue, the pending will.
struct Session
{
    QString clientId;
    ClientConnection *client = nullptr; ///< the live connection, or nullptr when offline
    mqtt::ProtocolVersion protocol = mqtt::ProtocolVersion::V3_1_1;
    quint32 expiryInterval = 0;      ///< seconds after disconnect; 0xFFFFFFFF = never
    std::optional<QString> userName; ///< of the last connection, for ACLs while offline
    qint64 disconnectedAtMs = 0;

    QHash<QString, Subscription> subscriptions; ///< by filter as subscribed

    std::map<quint16, InflightMessage> inflight; ///< outgoing, by packet id
    quint64 nextSequence = 0;
    quint16 lastPacketId = 0;
    QList<Delivery> queue; ///< waiting for the connection or for in-flight room
    qint64 queuedBytes = 0;

    QSet<quint16> awaitingPubrel; ///< inbound QoS 2 ids received, PUBREL not yet

    /// Retained messages owed to new subscriptions, sent ahead of the queue as the socket
    /// takes them (see RetainedBacklog).
    QList<RetainedBacklog> retainedBacklog;

    // Flow control (flowcontrol.cpp).
    /// Publishers whose reading is paused until this session's queue drains (each also lists
    /// this session in ClientConnection::heldBy).
    QSet<ClientConnection *> heldPublishers;
    /// Last time a message left the queue or the socket took bytes; a congested session that
    /// makes no progress for BrokerLimits::slowConsumerTimeoutMs becomes stalled.
    qint64 lastProgressMs = 0;
    /// Stalled: holds no publisher back; its QoS 0 messages are dropped while it cannot take
    /// them, QoS 1/2 messages queue up to the queue bounds. Cleared by the next progress.
    bool stalled = false;
    /// Deliveries dropped for this session (queue bounds, stalled QoS 0, expiry, size).
    quint64 messagesDropped = 0;
    quint64 droppedSinceLog = 0; ///< logged once per interval, never per message
    qint64 lastDropLogMs = -1;

    std::unique_ptr<mqtt::Will> will; ///< of the current or last connection
    qint64 willDueMs = -1;            ///< will delay running: publish at this time

    // Scratch used while routing one message (see BrokerCore::route).
    quint64 routeStamp = 0;
    mqtt::QoS routeQoS = mqtt::QoS::AtMostOnce;
    bool routeRetainAsPublished = false;
    QList<quint32> routeSubscriptionIds;

    bool isOnline() const;
    /// A packet id not in use by an outgoing in-flight message [MQTT-2.2.1-3].
    quint16 allocatePacketId();
};

} // namespace broker
