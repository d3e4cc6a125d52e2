#pragma once

#include <mqttcore/protocol.h>

#include <QList>
#include <QMetaType>
#include <QString>

namespace broker {

/// One subscription of a session.
struct SubscriptionInfo
{
    QString filter; ///< as subscribed, "$share/group/..." included
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
};

/// A session (connected or not), as reported by Broker::sessionsListed.
struct SessionInfo
{
    QString clientId;
    bool connected = false;
    mqtt::ProtocolVersion protocol = mqtt::ProtocolVersion::V3_1_1;
    QList<SubscriptionInfo> subscriptions;
    qsizetype queuedMessages = 0;   ///< waiting to be sent
    qsizetype inflightMessages = 0; ///< sent, not yet acknowledged
    quint32 expiryInterval = 0;     ///< seconds after disconnect (0xFFFFFFFF = never)
};

} // namespace broker

Q_DECLARE_METATYPE(broker::SubscriptionInfo)
Q_DECLARE_METATYPE(broker::SessionInfo)
