#include "session.h"

#include "clientconnection.h"

namespace broker {

bool Session::isOnline() const
{
    return client && client->state == ClientConnection::State::Connected;
}

quint16 Session::allocatePacketId()
{
    // The in-flight window is far below 65535, so a free id is always found quickly.
    do {
        lastPacketId = lastPacketId == 0xFFFF ? 1 : lastPacketId + 1;
    } while (inflight.count(lastPacketId));
    return lastPacketId;
}

} // namespace broker
