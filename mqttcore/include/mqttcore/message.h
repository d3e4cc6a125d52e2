#pragma once

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
class Message
{
public:
    Message();
    Message(const QString &topic, const QByteArray &payload, QoS qos = QoS::AtMostOnce,
            bool retain = false);
    Message(const Message &other);
    Message(Message &&other) noexcept;
    Message &operator=(const Message &other);
    Message &operator=(Message &&other) noexcept;
    ~Message();

    QString topic() const;
    void setTopic(const QString &topic);

    QByteArray payload() const;
    void setPayload(const QByteArray &payload);

    QoS qos() const;
    void setQos(QoS qos);

    bool retain() const;
    void setRetain(bool retain);

    /// Set on receipt when the broker marked the PUBLISH as a re-delivery.
    bool dup() const;
    void setDup(bool dup);

    /// Packet identifier of the received PUBLISH (0 for QoS 0); informational.
    quint16 packetId() const;
    void setPacketId(quint16 id);

    const Properties &properties() const;
    Properties &properties();
    void setProperties(const Properties &properties);

    /// When the client received the message (UTC); invalid for messages built to send.
    QDateTime receivedAt() const;
    void setReceivedAt(const QDateTime &time);

    bool operator==(const Message &other) const;

private:
    QSharedDataPointer<MessageData> d;
};

/// "Message(a/b, q1, r0, 5 bytes)" for logs.
QDebug operator<<(QDebug debug, const Message &message);

} // namespace mqtt

Q_DECLARE_METATYPE(mqtt::Message)
