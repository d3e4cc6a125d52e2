#include "subscriptiontable.h"

#include <mqttcore/topic.h>

namespace broker {

const SubscriptionTable::Subscriber &SubscriptionTable::SharedGroup::pick() const
{
    const qsizetype n = members.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Subscriber &candidate = members[(next + i) % n];
        if (candidate.session->isOnline()) {
            next = (next + i + 1) % n;
            return candidate;
        }
    }
    // Nobody connected: queue for the next in turn.
    const Subscriber &chosen = members[next % n];
    next = (next + 1) % n;
    return chosen;
}

bool SubscriptionTable::upsert(QList<Subscriber> &list, Session *session,
                               const Subscription &subscription)
{
    for (Subscriber &s : list) {
        if (s.session == session) {
            s.subscription = subscription;
            return false;
        }
    }
    list.append({session, subscription});
    return true;
}

bool SubscriptionTable::erase(QList<Subscriber> &list, Session *session)
{
    return list.removeIf([session](const Subscriber &s) { return s.session == session; }) > 0;
}

bool SubscriptionTable::add(Session *session, const QString &filter,
                            const Subscription &subscription)
{
    bool added = false;
    if (const auto shared = mqtt::parseSharedFilter(filter)) {
        QList<SharedGroup> &groups = m_shared.value(shared->filter);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const SharedGroup &g) { return g.name == shared->group; });
        if (it == groups.end())
            it = groups.insert(groups.end(), SharedGroup{shared->group, {}, 0});
        added = upsert(it->members, session, subscription);
    } else {
        added = upsert(m_plain.value(filter), session, subscription);
    }
    if (added)
        ++m_count;
    return added;
}

bool SubscriptionTable::remove(Session *session, const QString &filter)
{
    bool removed = false;
    if (const auto shared = mqtt::parseSharedFilter(filter)) {
        QList<SharedGroup> *groups = m_shared.find(shared->filter);
        if (!groups)
            return false;
        for (qsizetype i = 0; i < groups->size(); ++i) {
            SharedGroup &group = (*groups)[i];
            if (group.name != shared->group)
                continue;
            removed = erase(group.members, session);
            if (group.members.isEmpty())
                groups->removeAt(i);
            break;
        }
        if (groups->isEmpty())
            m_shared.remove(shared->filter);
    } else {
        QList<Subscriber> *subscribers = m_plain.find(filter);
        if (!subscribers)
            return false;
        removed = erase(*subscribers, session);
        if (subscribers->isEmpty())
            m_plain.remove(filter);
    }
    if (removed)
        --m_count;
    return removed;
}

} // namespace broker
