#include "memorysessionstore.h"

namespace broker {

Session *MemorySessionStore::find(const QString &clientId) const
{
    const auto it = m_sessions.find(clientId);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

Session *MemorySessionStore::create(const QString &clientId)
{
    auto &slot = m_sessions[clientId];
    slot = std::make_unique<Session>();
    slot->clientId = clientId;
    return slot.get();
}

void MemorySessionStore::remove(Session *session)
{
    m_sessions.erase(session->clientId);
}

QList<Session *> MemorySessionStore::all() const
{
    QList<Session *> list;
    list.reserve(qsizetype(m_sessions.size()));
    for (const auto &[id, session] : m_sessions)
        list.append(session.get());
    return list;
}

} // namespace broker
