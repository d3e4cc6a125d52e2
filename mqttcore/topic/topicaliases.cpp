#include "mqttcore/topicaliases.h"

namespace mqtt {

TopicAliases::Resolution TopicAliases::resolve(PublishPacket &packet, quint16 maximum)
{
    if (!packet.properties.topicAlias)
        return Resolution::Resolved;
    const quint16 alias = *packet.properties.topicAlias;
    if (alias == 0 || alias > maximum)
        return Resolution::OutOfRange;
    if (packet.topic.isEmpty()) {
        const auto it = m_received.constFind(alias);
        if (it == m_received.cend())
            return Resolution::Unknown;
        packet.topic = it.value();
    } else {
        m_received.insert(alias, packet.topic);
    }
    packet.properties.topicAlias.reset();
    return Resolution::Resolved;
}

quint16 TopicAliases::substitute(PublishPacket &packet, quint16 maximum) const
{
    packet.properties.topicAlias.reset();
    if (maximum == 0)
        return 0;
    if (const auto it = m_sent.constFind(packet.topic); it != m_sent.cend()) {
        packet.properties.topicAlias = it.value();
        packet.topic.clear();
        return 0;
    }
    if (m_sent.size() >= maximum)
        return 0;
    const quint16 alias = quint16(m_sent.size() + 1); // [MQTT-3.3.2-11] within the maximum
    packet.properties.topicAlias = alias;
    return alias;
}

void TopicAliases::remember(const QString &topic, quint16 alias)
{
    m_sent.insert(topic, alias);
}

void TopicAliases::clear()
{
    m_received.clear();
    m_sent.clear();
}

} // namespace mqtt
