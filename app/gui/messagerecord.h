#pragma once

#include <mqttcore/properties.h>

#include <QByteArray>
#include <QRgb>
#include <QString>

#include <memory>

namespace gui {

/// One received message as the GUI keeps it. The payload is kept byte for byte and shared
/// (implicitly) with every model that holds it; MQTT 5 properties are shared too and are null
/// when the message carried none, so an MQTT 3 message costs no property storage.
struct MessageRecord
{
    QString topic;
    QByteArray payload;
    qint64 timestampMs = 0; ///< arrival time, milliseconds since the epoch
    quint8 qos = 0;
    bool retain = false;
    QRgb colour = 0; ///< colour of the subscription it came through; alpha 0 = none
    std::shared_ptr<const mqtt::Properties> properties;

    /// Approximate bytes of memory held by this record, for history limits.
    qint64 memoryCost() const
    {
        return qint64(sizeof(MessageRecord)) + payload.size() +
               topic.size() * qint64(sizeof(QChar));
    }
};

} // namespace gui
