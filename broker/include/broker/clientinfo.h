#pragma once

#include <mqttcore/protocol.h>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace broker {

/// A connected client as reported by Broker::clientConnected and Broker::clients().
struct ClientInfo
{
    QString clientId;
    QString address;  ///< "host:port" of the peer
    QString listener; ///< ListenerSettings::name of the listener it came through
    mqtt::ProtocolVersion protocol = mqtt::ProtocolVersion::V3_1_1;
    quint16 keepAlive = 0; ///< seconds, as granted
    bool cleanStart = true;
    QString userName; ///< empty when anonymous
    QDateTime connectedAt;
    /// Messages its session will never get (queue bounds, QoS 0 while stalled, expiry).
    quint64 messagesDropped = 0;
};

} // namespace broker

Q_DECLARE_METATYPE(broker::ClientInfo)
