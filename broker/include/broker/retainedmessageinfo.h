#pragma once

#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace broker {

/// A retained message, as reported by Broker::retainedMessagesListed. The payload is shared
/// with the broker's store (no copy).
struct RetainedMessageInfo
{
    QString topic;
    QByteArray payload;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
};

} // namespace broker

Q_DECLARE_METATYPE(broker::RetainedMessageInfo)
