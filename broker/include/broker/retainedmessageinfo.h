#pragma once

#include <broker/broker_global.h>

#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace broker {

/// A retained message, as reported by Broker::retainedMessagesListed. The payload is shared
/// with the broker's store (no copy).
struct MQTTBROKER_EXPORT RetainedMessageInfo
{
    QString topic;                         ///< the topic name
    QByteArray payload;                    ///< the message's payload
    mqtt::QoS qos = mqtt::QoS::AtMostOnce; ///< QoS it was published with
};

} // namespace broker

Q_DECLARE_METATYPE(broker::RetainedMessageInfo)
