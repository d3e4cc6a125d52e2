#include <mqttcore/message.h>

#include <memory>

namespace mqtt {

namespace {
const Properties &noProperties()
{
    static const Properties none;
    return none;
}
} // namespace

// Models keep every received message alive, and most carry no MQTT 5 properties: those are
// allocated only when set, so that a message without them costs a small allocation.
class MessageData : public QSharedData
{
public:
    MessageData() = default;
    MessageData(const MessageData &other)
        : QSharedData(other), topic(other.topic), payload(other.payload),
          properties(other.properties ? std::make_unique<Properties>(*other.properties) : nullptr),
          receivedAt(other.receivedAt), packetId(other.packetId), qos(other.qos),
          retain(other.retain), dup(other.dup)
    {
    }
    MessageData &operator=(const MessageData &) = delete;
    ~MessageData() = default;

    QString topic;
    QByteArray payload;
    std::unique_ptr<Properties> properties; ///< null: none
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
    return d->properties ? *d->properties : noProperties();
}
Properties &Message::properties()
{
    if (!d->properties)
        d->properties = std::make_unique<Properties>();
    return *d->properties;
}
void Message::setProperties(const Properties &properties)
{
    if (properties.isEmpty())
        d->properties.reset();
    else if (d->properties)
        *d->properties = properties;
    else
        d->properties = std::make_unique<Properties>(properties);
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
                            d->dup == other.d->dup && properties() == other.properties());
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
