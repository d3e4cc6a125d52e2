#pragma once

#include "message.h"
#include "session.h"

#include <QString>

#include <functional>
#include <vector>

namespace broker {

/// What a persistent store hands back when the broker starts: the sessions that outlived their
/// connections (subscriptions, queue, in-flight both ways, pending will) and the retained
/// messages. Times are already on the core's monotonic clock; expired sessions and messages
/// are left out.
struct RestoredState
{
    std::vector<Session> sessions;
    std::vector<MessagePtr> retained;
};

/// The core's hooks for persistence. BrokerCore calls them after each change to the
/// state that must survive a restart; an implementation (broker/persistence) journals the
/// changes and commits them in batches (group commit). Only sessions that outlive their
/// connection (expiry interval > 0) are journaled; the implementation decides that from the
/// Session it is given. Without a journal the core calls nothing and pays nothing.
///
/// Deliveries carry Delivery::persistId: non-zero while the delivery is stored.
class Journal
{
public:
    virtual ~Journal() = default;

    /// The session's own fields changed (protocol, expiry, user, will), or it was created, or
    /// it became persistent (then everything it holds is written) or not (then it is erased).
    virtual void sessionChanged(Session &session) = 0;
    /// The session ends; everything stored for it goes.
    virtual void sessionRemoved(Session &session) = 0;
    virtual void subscriptionSet(const Session &session, const QString &filter,
                                 const Subscription &subscription) = 0;
    virtual void subscriptionRemoved(const Session &session, const QString &filter) = 0;
    /// A delivery was appended to the session's queue.
    virtual void queued(const Session &session, Delivery &delivery) = 0;
    /// A delivery (new, or taken from the queue) was sent and is now in flight under packetId.
    virtual void inflightStarted(const Session &session, quint16 packetId,
                                 InflightMessage &entry) = 0;
    /// PUBREC arrived and PUBREL was sent: only the packet id is kept from now on. Called
    /// before the entry drops its message.
    virtual void inflightReleased(const Session &session, quint16 packetId,
                                  InflightMessage &entry) = 0;
    /// A delivery left the queue or the in-flight window for good (acknowledged, expired,
    /// dropped).
    virtual void deliveryRemoved(const Session &session, Delivery &delivery) = 0;
    /// An inbound QoS 2 packet id awaiting PUBREL was added or released.
    virtual void inboundQoS2Changed(const Session &session, quint16 packetId, bool awaiting) = 0;
    /// A retained message was stored (an empty payload removes the topic's message).
    virtual void retainedChanged(const MessagePtr &message) = 0;
    virtual void retainedRemoved(const QString &topic) = 0;

    /// 0 when an acknowledgement to a publisher (PUBACK, PUBREC, PUBCOMP) may go out now;
    /// otherwise the number of the commit it must wait for (durable mode, with changes not yet
    /// committed). Commit numbers only grow.
    virtual quint64 acknowledgementTicket() const = 0;
    /// Called after each commit with its number, so that the core sends the acknowledgements
    /// it held up to that number.
    virtual void setCommittedCallback(std::function<void(quint64 committed)> callback) = 0;
    /// Commits everything pending now and waits for it (shutdown).
    virtual bool flush() = 0;
};

} // namespace broker
