#pragma once

#include "sessionstore.h"

#include <unordered_map>

#include <memory>

namespace broker {

/// Sessions in memory only: they last as long as the Broker object.
class MemorySessionStore final : public SessionStore
{
public:
    Session *find(const QString &clientId) const override;
    Session *create(const QString &clientId) override;
    void remove(Session *session) override;
    QList<Session *> all() const override;
    qsizetype count() const override { return qsizetype(m_sessions.size()); }

private:
    std::unordered_map<QString, std::unique_ptr<Session>> m_sessions;
};

} // namespace broker
