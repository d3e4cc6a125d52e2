#include "topicmapping.h"

#include <mqttcore/topic.h>

namespace broker {

namespace {

bool sendsOut(const BridgeTopic &t)
{
    return t.direction != BridgeTopic::Direction::In;
}

bool bringsIn(const BridgeTopic &t)
{
    return t.direction != BridgeTopic::Direction::Out;
}

/// `topic` with prefix `from` replaced by `to`, if it starts with `from` and the rest matches
/// the pattern.
std::optional<QString> mapTopic(const QString &topic, const QString &from, const QString &to,
                                const QString &pattern)
{
    if (!topic.startsWith(from))
        return std::nullopt;
    const QStringView rest = QStringView(topic).mid(from.size());
    if (rest.isEmpty() || !mqtt::topicMatches(pattern, rest))
        return std::nullopt;
    return to + rest.toString();
}

} // namespace

QList<QPair<QString, mqtt::QoS>> TopicMapping::localFilters() const
{
    QList<QPair<QString, mqtt::QoS>> filters;
    for (const BridgeTopic &t : m_topics) {
        if (sendsOut(t))
            filters.append({t.localPrefix + t.pattern, t.qos});
    }
    return filters;
}

QList<QPair<QString, mqtt::QoS>> TopicMapping::remoteFilters() const
{
    QList<QPair<QString, mqtt::QoS>> filters;
    for (const BridgeTopic &t : m_topics) {
        if (bringsIn(t))
            filters.append({t.remotePrefix + t.pattern, t.qos});
    }
    return filters;
}

std::optional<QString> TopicMapping::toRemote(const QString &localTopic) const
{
    for (const BridgeTopic &t : m_topics) {
        if (!sendsOut(t))
            continue;
        if (auto mapped = mapTopic(localTopic, t.localPrefix, t.remotePrefix, t.pattern))
            return mapped;
    }
    return std::nullopt;
}

std::optional<QString> TopicMapping::toLocal(const QString &remoteTopic) const
{
    for (const BridgeTopic &t : m_topics) {
        if (!bringsIn(t))
            continue;
        if (auto mapped = mapTopic(remoteTopic, t.remotePrefix, t.localPrefix, t.pattern))
            return mapped;
    }
    return std::nullopt;
}

bool TopicMapping::mayEcho(const QString &remoteTopic) const
{
    const std::optional<QString> local = toLocal(remoteTopic);
    return local && toRemote(*local) == remoteTopic;
}

} // namespace broker
