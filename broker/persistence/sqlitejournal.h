#pragma once

#include "core/journal.h"
#include "journalbatch.h"
#include "sqlitedatabase.h"
#include "sqlitewriter.h"

#include <broker/brokersettings.h>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace broker {

/// The Journal of the core kept in an SQLite file (DESIGN.md "Persistence").
///
/// Every hook records its change in a JournalBatch, coalesced per row; a commit hands the batch
/// to the SqliteWriter thread, which writes it in one transaction. Durable mode hands a batch
/// over on the next event-loop turn after the first change, or as soon as the previous commit
/// is done (everything that arrived meanwhile joins it: group commit), and the core holds
/// PUBACK / PUBREC / PUBCOMP until that commit. Relaxed mode acknowledges at once and commits
/// every PersistenceSettings::relaxedIntervalMs.
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
    quint64 acknowledgementTicket() const override;
    void setCommittedCallback(std::function<void(quint64)> callback) override;
    bool flush() override;

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
    void onCommitted(quint64 ticket);
    void onFailed(quint64 ticket, const QString &error);
    bool durable() const { return m_settings.mode == PersistenceSettings::Mode::Durable; }
    /// Acknowledgements wait for commits: durable mode, or relaxed mode while the writer is
    /// behind (a commit fell due before the previous one was done), so that relaxed mode
    /// never owes more than about one interval of messages, whatever the disk's speed.
    bool holdsAcknowledgements() const { return durable() || m_behind; }

    PersistenceSettings m_settings;
    SqliteWriter m_writer;
    qint64 m_clockOffsetMs = 0; ///< wall-clock ms = core monotonic ms + offset
    QTimer m_commitTimer;
    std::function<void(quint64)> m_committed;

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
    quint64 m_lastHandedOff = 0; ///< number of the last batch given to the writer
    quint64 m_lastCommitted = 0;
    bool m_failing = false; ///< the last commit failed (logged once)
    bool m_behind = false;  ///< relaxed mode: the writer did not keep up with the interval
};

} // namespace broker
