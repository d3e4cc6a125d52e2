#pragma once

#include "session.h"

#include <QList>
#include <QString>

namespace broker {

/// Where the core keeps its sessions. The in-memory store is the default; a persistent store
/// (SQLite) implements the same interface and reloads its sessions when created, so the
/// core does not change when persistence is added.
class SessionStore
{
public:
    virtual ~SessionStore() = default;
    /// The session of a client id, or nullptr.
    virtual Session *find(const QString &clientId) const = 0;
    /// A new, empty session for a client id that has none.
    virtual Session *create(const QString &clientId) = 0;
    /// Removes and destroys a session.
    virtual void remove(Session *session) = 0;
    virtual QList<Session *> all() const = 0;
    virtual qsizetype count() const = 0;
};

} // namespace broker
