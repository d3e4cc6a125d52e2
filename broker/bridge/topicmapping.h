#pragma once

#include <broker/brokersettings.h>

#include <QList>
#include <QString>

#include <optional>

namespace broker {

/// The topic lines of one bridge, applied in both directions (Mosquitto's `topic` semantics):
/// a pattern is matched after removing the prefix on that side, and the prefix of the other
/// side takes its place.
class TopicMapping
{
public:
    explicit TopicMapping(QList<BridgeTopic> topics) : m_topics(std::move(topics)) {}

    /// The filters to subscribe to locally (out, both) and upstream (in, both), with the QoS.
    QList<QPair<QString, mqtt::QoS>> localFilters() const;
    QList<QPair<QString, mqtt::QoS>> remoteFilters() const;

    /// The upstream topic for a local one, by the first out/both line that matches; nullopt
    /// when none does (the message is not the bridge's).
    std::optional<QString> toRemote(const QString &localTopic) const;
    /// The local topic for an upstream one, by the first in/both line that matches.
    std::optional<QString> toLocal(const QString &remoteTopic) const;
    /// Whether `remoteTopic` could also go back out (it maps to a local topic that an out or
    /// both line sends upstream): only then can an upstream echo it.
    bool mayEcho(const QString &remoteTopic) const;

private:
    QList<BridgeTopic> m_topics;
};

} // namespace broker
