#include "retainedstore.h"

namespace broker {

void RetainedStore::store(const MessagePtr &message)
{
    if (message->payload.isEmpty())
        m_messages.remove(message->topic);
    else
        m_messages.value(message->topic) = message;
}

bool RetainedStore::remove(const QString &topic)
{
    return m_messages.remove(topic);
}

std::vector<MessagePtr> RetainedStore::all() const
{
    std::vector<MessagePtr> list;
    list.reserve(std::size_t(m_messages.size()));
    m_messages.forEach(
        [&list](const QString &, const MessagePtr &message) { list.push_back(message); });
    return list;
}

std::vector<MessagePtr> RetainedStore::matching(const QString &filter) const
{
    std::vector<MessagePtr> list;
    m_messages.matchFilter(
        filter, [&list](const QString &, const MessagePtr &message) { list.push_back(message); });
    return list;
}

} // namespace broker
