#include <mqttcore/message.h>

namespace mqtt {

class MessageData : public QSharedData
{
public:
    QString topic;
    QByteArray payload;
    Properties properties;
    QDateTime receivedAt;
    quint16 packetId = 0;
    QoS qos = QoS::AtMostOnce;
    bool retain = false;
    bool dup = false;
};

Message::Message() : d(new MessageData) {}

Message::Message(const QString &topic, const QByteArray &payload, QoS qos, bool retain)
    : d(new MessageData)
{
    d->topic = topic;
    d->payload = payload;
    d->qos = qos;
    d->retain = retain;
}

Message::Message(const Message &other) = default;
Message::Message(Message &&other) noexcept = default;
Message &Message::operator=(const Message &other) = default;
Message &Message::operator=(Message &&other) noexcept = default;
Message::~Message() = default;

QString Message::topic() const
{
    return d->topic;
}
void Message::setTopic(const QString &topic)
{
    d->topic = topic;
}
QByteArray Message::payload() const
{
    return d->payload;
}
void Message::setPayload(const QByteArray &payload)
{
    d->payload = payload;
}
QoS Message::qos() const
{
    return d->qos;
}
void Message::setQos(QoS qos)
{
    d->qos = qos;
}
bool Message::retain() const
{
    return d->retain;
}
void Message::setRetain(bool retain)
{
    d->retain = retain;
}
bool Message::dup() const
{
    return d->dup;
}
void Message::setDup(bool dup)
{
    d->dup = dup;
}
quint16 Message::packetId() const
{
    return d->packetId;
}
void Message::setPacketId(quint16 id)
{
    d->packetId = id;
}
const Properties &Message::properties() const
{
    return d->properties;
}
Properties &Message::properties()
{
    return d->properties;
}
void Message::setProperties(const Properties &properties)
{
    d->properties = properties;
}
QDateTime Message::receivedAt() const
{
    return d->receivedAt;
}
void Message::setReceivedAt(const QDateTime &time)
{
    d->receivedAt = time;
}

bool Message::operator==(const Message &other) const
{
    return d == other.d || (d->topic == other.d->topic && d->payload == other.d->payload &&
                            d->qos == other.d->qos && d->retain == other.d->retain &&
                            d->dup == other.d->dup && d->properties == other.d->properties);
}

QDebug operator<<(QDebug debug, const Message &message)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "Message(" << message.topic() << ", q" << int(message.qos())
                              << ", r" << int(message.retain()) << ", " << message.payload().size()
                              << " bytes)";
    return debug;
}

} // namespace mqtt
