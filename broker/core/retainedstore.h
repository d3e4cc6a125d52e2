#pragma once

#include "message.h"

#include <mqttcore/topic.h>

#include <QHash>
#include <QList>
#include <QString>

namespace broker {

/// Retained messages by topic, each the shared Message that was published (stored once).
class RetainedStore
{
public:
    /// Stores a retained message, replacing the previous one of its topic; an empty payload
    /// removes it instead [MQTT-3.3.1-6] [MQTT-3.3.1-7].
    void store(const MessagePtr &message);
    bool remove(const QString &topic);
    qsizetype size() const { return m_messages.size(); }
    QList<MessagePtr> all() const { return m_messages.values(); }

    /// Calls fn(const MessagePtr &) for every retained message whose topic matches the filter
    /// (a plain filter, not $share/...).
    template <typename Fn> void forEachMatching(const QString &filter, Fn &&fn) const
    {
        if (!mqtt::hasWildcards(filter)) {
            if (const auto it = m_messages.constFind(filter); it != m_messages.cend())
                fn(it.value());
            return;
        }
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
            if (mqtt::topicMatches(filter, it.key()))
                fn(it.value());
        }
    }

private:
    QHash<QString, MessagePtr> m_messages;
};

} // namespace broker
