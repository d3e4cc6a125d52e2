#pragma once

#include <mqttcore/message.h>

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <set>
#include <utility>

namespace gui {

/// The recent messages of every topic of one connection, kept apart per topic so that a noisy
/// topic cannot push a quiet topic's history out.
///
/// Each topic keeps at most perTopicCount() messages and perTopicBytes() bytes (its oldest go
/// first; its newest message always stays). All topics together stay within totalBytes(): when
/// they would not, messages are evicted from the topic that holds the most bytes first, oldest
/// first, so the quiet topics keep theirs as long as any topic is noisier. Appending costs
/// O(log topics).
class TopicHistory final
{
    Q_DISABLE_COPY_MOVE(TopicHistory)

public:
    static constexpr int DefaultPerTopicCount = 500;
    static constexpr qint64 DefaultPerTopicBytes = 4LL * 1024 * 1024;
    static constexpr qint64 DefaultTotalBytes = 128LL * 1024 * 1024;

    TopicHistory();
    ~TopicHistory();

    void append(const mqtt::Message &message);
    void clear();

    /// Limits; applied at once (evicting what no longer fits). Each is at least 1.
    void setLimits(int perTopicCount, qint64 perTopicBytes, qint64 totalBytes);
    int perTopicCount() const { return m_perTopicCount; }
    qint64 perTopicBytes() const { return m_perTopicBytes; }
    qint64 totalBytes() const { return m_totalLimit; }

    /// The messages kept for `topic`, newest first, at most `limit` (negative: all).
    QList<mqtt::Message> messages(const QString &topic, int limit = -1) const;
    int count(const QString &topic) const;
    qint64 bytesHeld() const { return m_bytes; }
    int topicCount() const { return int(m_topics.size()); }
    /// Messages evicted by the global budget (not those beyond a topic's own limits).
    quint64 evictedByBudget() const { return m_evictedByBudget; }

private:
    struct Topic
    {
        std::deque<mqtt::Message> messages; // oldest first
        qint64 bytes = 0;
    };
    using Ranking = std::set<std::pair<qint64, Topic *>>; // by bytes held, largest last

    void dropOldest(Topic *topic);
    void trimTopic(Topic *topic);
    void trimTotal();

    QHash<QString, std::shared_ptr<Topic>> m_topics;
    Ranking m_ranking;
    qint64 m_bytes = 0;
    int m_perTopicCount = DefaultPerTopicCount;
    qint64 m_perTopicBytes = DefaultPerTopicBytes;
    qint64 m_totalLimit = DefaultTotalBytes;
    quint64 m_evictedByBudget = 0;
};

} // namespace gui
