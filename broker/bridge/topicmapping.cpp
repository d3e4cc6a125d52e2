#include "topicmapping.h"

#include <mqttcore/topic.h>

namespace broker {

namespace {

enum class Side
{
    Local,
    Remote,
};

Side other(Side side)
{
    return side == Side::Local ? Side::Remote : Side::Local;
}

const QString &prefixOn(const BridgeTopic &t, Side side)
{
    return side == Side::Local ? t.localPrefix : t.remotePrefix;
}

/// Whether the line carries messages away from `side` (out: from local, in: from remote).
bool carriesFrom(const BridgeTopic &t, Side side)
{
    const BridgeTopic::Direction away =
        side == Side::Local ? BridgeTopic::Direction::Out : BridgeTopic::Direction::In;
    return t.direction == away || t.direction == BridgeTopic::Direction::Both;
}

QList<QPair<QString, mqtt::QoS>> filtersOn(const QList<BridgeTopic> &topics, Side side)
{
    QList<QPair<QString, mqtt::QoS>> filters;
    for (const BridgeTopic &t : topics) {
        if (carriesFrom(t, side))
            filters.append({prefixOn(t, side) + t.pattern, t.qos});
    }
    return filters;
}

/// `topic` on side `from` as it is called on the other side, by the first line that carries
/// it: its prefix replaced, if it starts with the prefix and the rest matches the pattern.
std::optional<QString> mapFrom(const QList<BridgeTopic> &topics, Side from, const QString &topic)
{
    for (const BridgeTopic &t : topics) {
        const QString &prefix = prefixOn(t, from);
        if (!carriesFrom(t, from) || !topic.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(topic).mid(prefix.size());
        if (!rest.isEmpty() && mqtt::topicMatches(t.pattern, rest))
            return prefixOn(t, other(from)) + rest.toString();
    }
    return std::nullopt;
}

} // namespace

QList<QPair<QString, mqtt::QoS>> TopicMapping::localFilters() const
{
    return filtersOn(m_topics, Side::Local);
}

QList<QPair<QString, mqtt::QoS>> TopicMapping::remoteFilters() const
{
    return filtersOn(m_topics, Side::Remote);
}

std::optional<QString> TopicMapping::toRemote(const QString &localTopic) const
{
    return mapFrom(m_topics, Side::Local, localTopic);
}

std::optional<QString> TopicMapping::toLocal(const QString &remoteTopic) const
{
    return mapFrom(m_topics, Side::Remote, remoteTopic);
}

bool TopicMapping::mayEcho(const QString &remoteTopic) const
{
    const std::optional<QString> local = toLocal(remoteTopic);
    return local && toRemote(*local) == remoteTopic;
}

} // namespace broker
