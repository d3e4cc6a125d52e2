#include "topichistory.h"

#include "messagecost.h"

#include <QtGlobal>

#include <algorithm>
#include <iterator>

namespace gui {

TopicHistory::TopicHistory() = default;
TopicHistory::~TopicHistory() = default;

void TopicHistory::append(const mqtt::Message &message)
{
    std::shared_ptr<Topic> &slot = m_topics[message.topic()];
    if (!slot)
        slot = std::make_shared<Topic>();
    Topic *topic = slot.get();
    m_ranking.erase({topic->bytes, topic});
    const qint64 cost = messageMemoryCost(message);
    topic->messages.push_back(message);
    topic->bytes += cost;
    m_bytes += cost;
    trimTopic(topic);
    m_ranking.insert({topic->bytes, topic});
    trimTotal();
}

void TopicHistory::dropOldest(Topic *topic)
{
    const qint64 cost = messageMemoryCost(topic->messages.front());
    topic->messages.pop_front();
    topic->bytes -= cost;
    m_bytes -= cost;
}

// The caller keeps `topic` out of m_ranking meanwhile.
void TopicHistory::trimTopic(Topic *topic)
{
    while (topic->messages.size() > 1 &&
           (topic->messages.size() > size_t(m_perTopicCount) || topic->bytes > m_perTopicBytes))
        dropOldest(topic);
}

void TopicHistory::trimTotal()
{
    // Take from the topic holding the most; each topic keeps its newest message.
    while (m_bytes > m_totalLimit && !m_ranking.empty()) {
        const auto largest = std::prev(m_ranking.end());
        Topic *topic = largest->second;
        if (topic->messages.size() <= 1)
            break; // every topic is down to its last message
        m_ranking.erase(largest);
        dropOldest(topic);
        ++m_evictedByBudget;
        m_ranking.insert({topic->bytes, topic});
    }
}

void TopicHistory::clear()
{
    m_topics.clear();
    m_ranking.clear();
    m_bytes = 0;
    m_evictedByBudget = 0;
}

void TopicHistory::setLimits(int perTopicCount, qint64 perTopicBytes, qint64 totalBytes)
{
    m_perTopicCount = qMax(1, perTopicCount);
    m_perTopicBytes = qMax<qint64>(1, perTopicBytes);
    m_totalLimit = qMax<qint64>(1, totalBytes);
    m_ranking.clear();
    for (const std::shared_ptr<Topic> &topic : std::as_const(m_topics)) {
        trimTopic(topic.get());
        m_ranking.insert({topic->bytes, topic.get()});
    }
    trimTotal();
}

QList<mqtt::Message> TopicHistory::messages(const QString &topic, int limit) const
{
    QList<mqtt::Message> result;
    const auto it = m_topics.constFind(topic);
    if (it == m_topics.cend())
        return result;
    const std::deque<mqtt::Message> &messages = it.value()->messages;
    const size_t n = limit < 0 ? messages.size() : std::min(messages.size(), size_t(limit));
    result.reserve(qsizetype(n));
    for (auto m = messages.crbegin(); m != messages.crend() && size_t(result.size()) < n; ++m)
        result.append(*m);
    return result;
}

int TopicHistory::count(const QString &topic) const
{
    const auto it = m_topics.constFind(topic);
    return it == m_topics.cend() ? 0 : int(it.value()->messages.size());
}

} // namespace gui
