#pragma once

#include "core/journal.h"
#include "journalbatch.h"
#include "sqlitedatabase.h"

#include <broker/brokersettings.h>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace broker {

/// The Journal of the core kept in an SQLite file (issue 8, DESIGN.md "Persistence").
///
/// Every hook records its change in a JournalBatch, coalesced per row; a commit writes the
/// batch in one transaction. Durable mode commits on the next event-loop turn after the first
/// change (everything that arrived meanwhile joins the same transaction: group commit) and the
/// core holds PUBACK / PUBREC / PUBCOMP until then. Relaxed mode acknowledges at once and
/// commits every PersistenceSettings::relaxedIntervalMs.
///
/// Messages are stored once (table `messages`) and referred to by every delivery; the journal
/// counts the references in memory and deletes a message with its last delivery. Only sessions
/// with an expiry interval > 0 are stored.
class SqliteJournal final : public QObject, public Journal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteJournal)

public:
    explicit SqliteJournal(const PersistenceSettings &settings, QObject *parent = nullptr);
    ~SqliteJournal() override;

    /// Opens the file and reads what it holds (expired sessions and messages dropped).
    /// monotonicNowMs is the core's clock. On failure returns false with one line in *error.
    bool open(qint64 monotonicNowMs, RestoredState &state, QString *error);

    // Journal
    void sessionChanged(Session &session) override;
    void sessionRemoved(Session &session) override;
    void subscriptionSet(const Session &session, const QString &filter,
                         const Subscription &subscription) override;
    void subscriptionRemoved(const Session &session, const QString &filter) override;
    void queued(const Session &session, Delivery &delivery) override;
    void inflightStarted(const Session &session, quint16 packetId, InflightMessage &entry) override;
    void inflightReleased(const Session &session, quint16 packetId,
                          InflightMessage &entry) override;
    void deliveryRemoved(const Session &session, Delivery &delivery) override;
    void inboundQoS2Changed(const Session &session, quint16 packetId, bool awaiting) override;
    void retainedChanged(const MessagePtr &message) override;
    void retainedRemoved(const QString &topic) override;
    bool holdsAcknowledgements() const override;
    void setCommittedCallback(std::function<void()> callback) override;
    bool flush() override;

    /// Commits so far and their total time (for tests and measurements).
    qint64 commitCount() const { return m_commits; }

private:
    bool isStored(const Session &session) const { return m_stored.contains(session.clientId); }
    void writeSession(const Session &session);
    void writeWholeSession(Session &session);
    void writeDelivery(const Session &session, Delivery &delivery, quint16 packetId, int stage,
                       quint64 sequence);
    qint64 referenceMessage(const MessagePtr &message);
    void releaseMessage(const Message *message);
    void scheduleCommit();
    void commit();

    PersistenceSettings m_settings;
    SqliteDatabase m_database;
    qint64 m_clockOffsetMs = 0; ///< wall-clock ms = core monotonic ms + offset
    QTimer m_commitTimer;
    std::function<void()> m_committed;

    QSet<QString> m_stored; ///< client ids of the stored sessions
    struct MessageReference
    {
        qint64 id = 0;
        qsizetype count = 0;
        MessagePtr keep; ///< keeps the address (the key) valid while referenced
    };
    QHash<const Message *, MessageReference> m_messages;
    qint64 m_lastDeliveryId = 0;
    qint64 m_lastMessageId = 0;
    JournalBatch m_pending;
    qint64 m_commits = 0;
    bool m_failing = false; ///< the last commit failed (logged once)
};

} // namespace broker
