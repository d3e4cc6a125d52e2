#pragma once

#include "core/message.h"
#include "core/session.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>
#include <unordered_map>

namespace broker {

/// One row of the `sessions` table: a session's own fields. Times are wall-clock ms.
struct StoredSession
{
    QString clientId;
    int protocol = 4;
    quint32 expiryInterval = 0;
    std::optional<QString> userName;
    std::optional<qint64> disconnectedAt; ///< nullopt while connected
    QByteArray will;                      ///< encoded will (a pending delayed will only)
    std::optional<qint64> willDueAt;
};

/// One row of the `deliveries` table: a queued (packetId 0) or in-flight delivery.
struct StoredDelivery
{
    QString clientId;
    qint64 messageId = 0; ///< 0 once PUBREL was sent (the message is no longer needed)
    int qos = 1;
    bool retain = false;
    QList<quint32> subscriptionIds;
    quint16 packetId = 0;
    int stage = 0; ///< InflightMessage::Stage
    quint64 sequence = 0;
};

/// The changes made since the last commit, coalesced per row (a row written and deleted before
/// the commit costs nothing). Applied in one transaction by SqliteDatabase::apply, in this
/// order: session deletes (with all their rows), message deletes and inserts, then upserts.
struct JournalBatch
{
    /// Sessions whose rows all go (the session ended, or lost its expiry).
    QSet<QString> sessionDeletes;
    QHash<QString, StoredSession> sessions;
    /// (client id, filter) -> the subscription, or nullopt to delete it.
    QHash<QPair<QString, QString>, std::optional<Subscription>> subscriptions;
    struct PendingDelivery
    {
        bool inDatabase = false;           ///< committed before: a delete must reach the database
        std::optional<StoredDelivery> row; ///< nullopt = delete
    };
    std::unordered_map<qint64, PendingDelivery> deliveries;
    QHash<qint64, MessagePtr> messageInserts;
    QSet<qint64> messageDeletes;
    /// (client id, packet id) -> awaiting PUBREL (insert) or released (delete).
    QHash<QPair<QString, quint16>, bool> inboundQoS2;
    /// topic -> retained message, or nullptr to delete it.
    QHash<QString, MessagePtr> retained;

    bool isEmpty() const
    {
        return sessionDeletes.isEmpty() && sessions.isEmpty() && subscriptions.isEmpty() &&
               deliveries.empty() && messageInserts.isEmpty() && messageDeletes.isEmpty() &&
               inboundQoS2.isEmpty() && retained.isEmpty();
    }
    void clear() { *this = JournalBatch(); }
};

} // namespace broker
