#pragma once

#include "session.h"

#include <mqttcore/topictrie.h>

#include <QList>
#include <QString>

namespace broker {

/// Who is subscribed to what: a topic trie of plain subscriptions and a second trie of shared
/// subscription groups keyed by their inner filter ($share/group/filter, delivered round robin
/// to one member of each group). Leading wildcards never match '$' topics;
/// the trie enforces that [MQTT-4.7.2-1].
class SubscriptionTable
{
public:
    /// Adds or replaces the subscription of a session to a filter (shared ones included).
    /// Returns true if it did not exist before.
    bool add(Session *session, const QString &filter, const Subscription &subscription);
    /// Returns false if the session had no such subscription.
    bool remove(Session *session, const QString &filter);
    /// Number of subscriptions (one per session and filter).
    qsizetype count() const { return m_count; }

    /// Calls fn(Session *, const Subscription &) for every plain subscription matching the topic
    /// and for one member of every matching shared group.
    template <typename Fn> void match(QStringView topic, Fn &&fn) const
    {
        m_plain.match(topic, [&fn](const QList<Subscriber> &subscribers) {
            for (const Subscriber &s : subscribers)
                fn(s.session, s.subscription);
        });
        m_shared.match(topic, [&fn](const QList<SharedGroup> &groups) {
            for (const SharedGroup &group : groups) {
                const Subscriber &s = group.pick();
                fn(s.session, s.subscription);
            }
        });
    }

private:
    struct Subscriber
    {
        Session *session;
        Subscription subscription;
    };
    struct SharedGroup
    {
        QString name;
        QList<Subscriber> members;
        mutable qsizetype next = 0;
        /// The next member in turn, preferring connected ones.
        const Subscriber &pick() const;
    };
    static bool upsert(QList<Subscriber> &list, Session *session, const Subscription &subscription);
    static bool erase(QList<Subscriber> &list, Session *session);

    mqtt::TopicTrie<QList<Subscriber>> m_plain;
    mqtt::TopicTrie<QList<SharedGroup>> m_shared;
    qsizetype m_count = 0;
};

} // namespace broker
