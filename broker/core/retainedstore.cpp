#include "retainedstore.h"

namespace broker {

void RetainedStore::store(const MessagePtr &message)
{
    if (message->payload.isEmpty())
        m_messages.remove(message->topic);
    else
        m_messages.insert(message->topic, message);
}

bool RetainedStore::remove(const QString &topic)
{
    return m_messages.remove(topic);
}

} // namespace broker
