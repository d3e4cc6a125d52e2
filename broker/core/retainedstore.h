#pragma once

#include "message.h"

#include <mqttcore/topictrie.h>

#include <QString>

#include <vector>

namespace broker {

/// Retained messages by topic, each the shared Message that was published (stored once), in a
/// topic trie so that finding the messages a filter matches costs in proportion to the nodes
/// that can match, not to the number of retained messages (mosquitto's retain.c does the same).
class RetainedStore
{
public:
    /// Stores a retained message, replacing the previous one of its topic; an empty payload
    /// removes it instead [MQTT-3.3.1-6] [MQTT-3.3.1-7].
    void store(const MessagePtr &message);
    bool remove(const QString &topic);
    qsizetype size() const { return m_messages.size(); }
    std::vector<MessagePtr> all() const;

    /// The messages whose topic matches the filter (a plain filter, not $share/...), as shared
    /// pointers: a snapshot that later changes to the store do not disturb, costing one pointer
    /// per match whatever the payload sizes.
    std::vector<MessagePtr> matching(const QString &filter) const;

private:
    mqtt::TopicTrie<MessagePtr> m_messages;
};

} // namespace broker
