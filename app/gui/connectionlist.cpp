#include "connectionlist.h"

#include "connectionprofile.h"
#include "connectionsession.h"

#include <algorithm>

namespace gui {

ConnectionList::ConnectionList(QObject *parent) : QObject(parent) {}

ConnectionList::~ConnectionList()
{
    clear();
}

ConnectionSession *ConnectionList::open(const ConnectionProfile &profile)
{
    auto *session = new ConnectionSession(profile, this);
    // Two connections of one name (the local broker, twice) are told apart by a number.
    int number = 1;
    for (const ConnectionSession *other : std::as_const(m_sessions)) {
        if (other->profile().displayName() == profile.displayName())
            number = std::max(number, other->instanceNumber() + 1);
    }
    session->setInstanceNumber(number);
    m_sessions.append(session);
    emit added(session);
    return session;
}

void ConnectionList::close(ConnectionSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    if (m_current == session)
        setCurrent(nullptr);
    emit removed(session);
    session->deleteLater();
}

void ConnectionList::clear()
{
    setCurrent(nullptr);
    const QList<ConnectionSession *> sessions = std::exchange(m_sessions, {});
    for (ConnectionSession *session : sessions) {
        emit removed(session);
        delete session;
    }
}

void ConnectionList::setCurrent(ConnectionSession *session)
{
    if (session && !m_sessions.contains(session))
        return;
    if (m_current == session)
        return;
    m_current = session;
    emit currentChanged(session);
}

} // namespace gui
