#pragma once

#include <broker/broker_global.h>

#include <mqttcore/protocol.h>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace broker {

/// A connected client as reported by Broker::clientConnected and Broker::clients().
struct MQTTBROKER_EXPORT ClientInfo
{
    QString clientId; ///< the client identifier
    QString address;  ///< "host:port" of the peer
    QString listener; ///< ListenerSettings::name of the listener it came through
    mqtt::ProtocolVersion protocol = mqtt::ProtocolVersion::V3_1_1; ///< MQTT version of the CONNECT
    quint16 keepAlive = 0;                                          ///< seconds, as granted
    bool cleanStart = true; ///< clean start / clean session flag of the CONNECT
    QString userName;       ///< empty when anonymous
    QDateTime connectedAt;  ///< when the CONNECT was accepted
    /// Messages its session will never get (queue bounds, QoS 0 while stalled, expiry).
    quint64 messagesDropped = 0;
};

} // namespace broker

Q_DECLARE_METATYPE(broker::ClientInfo)
