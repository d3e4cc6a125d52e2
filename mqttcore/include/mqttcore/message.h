#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>

namespace mqtt {

class MessageData;

/// An application message: what publish() sends and what messageReceived() delivers.
/// An implicitly shared value: copies are cheap and the payload bytes are never copied on
/// their way to several subscriptions. MQTT 5 properties (user properties, content type,
/// response topic, correlation data, message expiry, payload format, subscription identifiers)
/// live in properties(); for 3.x they are ignored on send and empty on receipt.
class MQTTCORE_EXPORT Message
{
public:
    Message();
    /// A message to publish, or as received.
    Message(const QString &topic, const QByteArray &payload, QoS qos = QoS::AtMostOnce,
            bool retain = false);
    /// Copies share the data (implicit sharing).
    Message(const Message &other);
    /// Moves the data.
    Message(Message &&other) noexcept;
    /// Copies share the data (implicit sharing).
    Message &operator=(const Message &other);
    /// Moves the data.
    Message &operator=(Message &&other) noexcept;
    ~Message();

    /// Topic name.
    QString topic() const;
    /// Sets the topic name.
    void setTopic(const QString &topic);

    /// Payload bytes.
    QByteArray payload() const;
    /// Sets the payload bytes.
    void setPayload(const QByteArray &payload);

    /// Quality of service.
    QoS qos() const;
    /// Sets the quality of service.
    void setQos(QoS qos);

    /// Retain flag.
    bool retain() const;
    /// Sets the retain flag.
    void setRetain(bool retain);

    /// Set on receipt when the broker marked the PUBLISH as a re-delivery.
    bool dup() const;
    /// Sets the duplicate flag.
    void setDup(bool dup);

    /// Packet identifier of the received PUBLISH (0 for QoS 0); informational.
    quint16 packetId() const;
    /// Sets the packet identifier.
    void setPacketId(quint16 id);

    /// MQTT 5 properties (empty when the message carries none).
    const Properties &properties() const;
    /// MQTT 5 properties, to change them. Storage for them is made on first use: to only read
    /// them, call the const overload (std::as_const), which keeps a message without properties
    /// small and shared.
    Properties &properties();
    /// Sets the MQTT 5 properties.
    void setProperties(const Properties &properties);

    /// When the client received the message (UTC); invalid for messages built to send.
    QDateTime receivedAt() const;
    /// Sets the time of reception.
    void setReceivedAt(const QDateTime &time);

    bool operator==(const Message &other) const;

private:
    QSharedDataPointer<MessageData> d;
};

/// "Message(a/b, q1, r0, 5 bytes)" for logs.
MQTTCORE_EXPORT QDebug operator<<(QDebug debug, const Message &message);

} // namespace mqtt

Q_DECLARE_METATYPE(mqtt::Message)
