#pragma once

#include <broker/broker_global.h>

#include <mqttcore/protocol.h>

#include <QList>
#include <QMetaType>
#include <QString>

namespace broker {

/// One subscription of a session.
struct MQTTBROKER_EXPORT SubscriptionInfo
{
    QString filter;                        ///< as subscribed, "$share/group/..." included
    mqtt::QoS qos = mqtt::QoS::AtMostOnce; ///< granted QoS
};

/// A session (connected or not), as reported by Broker::sessionsListed.
struct MQTTBROKER_EXPORT SessionInfo
{
    QString clientId;       ///< the client identifier
    bool connected = false; ///< a client is connected to the session now
    /// MQTT version of the last CONNECT
    mqtt::ProtocolVersion protocol = mqtt::ProtocolVersion::V3_1_1;
    QList<SubscriptionInfo> subscriptions; ///< the session's subscriptions
    qsizetype queuedMessages = 0;          ///< waiting to be sent
    qsizetype inflightMessages = 0;        ///< sent, not yet acknowledged
    /// Messages the session will never get (queue bounds, QoS 0 while stalled, expiry).
    quint64 messagesDropped = 0;
    quint32 expiryInterval = 0; ///< seconds after disconnect (0xFFFFFFFF = never)
};

} // namespace broker

Q_DECLARE_METATYPE(broker::SubscriptionInfo)
Q_DECLARE_METATYPE(broker::SessionInfo)
