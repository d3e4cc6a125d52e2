#pragma once

#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace broker {

/// mqtt::Properties, held only when there are any: a Properties is over 400 bytes, and most
/// messages (every MQTT 3.1.1 one) carry none. Reads as a `const mqtt::Properties &`.
class StoredProperties
{
public:
    StoredProperties() = default;
    StoredProperties(mqtt::Properties properties) { *this = std::move(properties); }
    StoredProperties &operator=(mqtt::Properties properties)
    {
        m_properties = properties.isEmpty()
                           ? nullptr
                           : std::make_shared<const mqtt::Properties>(std::move(properties));
        return *this;
    }
    operator const mqtt::Properties &() const { return m_properties ? *m_properties : none(); }

private:
    static const mqtt::Properties &none()
    {
        static const mqtt::Properties empty;
        return empty;
    }
    std::shared_ptr<const mqtt::Properties> m_properties;
};

/// An application message as the broker stores it: once, shared by every queue, in-flight
/// entry and retained slot that refers to it (mosquitto's ref-counted msg_store).
struct Message
{
    QString topic;
    QByteArray payload;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retain = false;
    /// Properties forwarded to subscribers; topic alias, subscription identifiers and message
    /// expiry are per delivery and never stored here.
    StoredProperties properties;
    /// Client id of the publisher (empty for the broker's own $SYS messages), for no-local.
    QString publisherId;
    /// When the message expires on the core's monotonic clock, in ms; 0 = never.
    qint64 expiresAtMs = 0;
};

using MessagePtr = std::shared_ptr<const Message>;

/// One delivery of a message to one session: the QoS and RETAIN flag it is sent with and the
/// subscription identifiers of the subscriptions it matched.
struct Delivery
{
    MessagePtr message;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retain = false;
    QList<quint32> subscriptionIds;
    /// Row of this delivery in the persistent store (Journal), 0 when not stored.
    qint64 persistId = 0;
    /// Journal commit that must complete before this delivery may be sent (0 = none): a QoS 2
    /// message goes out only once its packet id is stored as received, so that a crash cannot
    /// make the publisher's retransmission look new and be delivered twice.
    quint64 commitTicket = 0;
};

} // namespace broker
