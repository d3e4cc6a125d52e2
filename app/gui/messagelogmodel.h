#pragma once

#include "messagerecord.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

namespace gui {

/// The live message history of one connection: a bounded ring of MessageRecords (oldest first)
/// that stays smooth under floods.
///
/// append() only queues; a coalescing timer applies the queue at most every FlushIntervalMs
/// (<= 30 Hz) as one beginRemoveRows for evicted rows and one beginInsertRows for the batch.
/// The history is bounded by a message count and by bytes; the oldest messages go first and
/// every message that leaves the history unseen is counted in droppedCount(), so
/// receivedCount() == rowCount() + pendingCount() + droppedCount() at all times (until clear()).
/// While paused, new messages are buffered (bounded by the same limits) and counted, and the
/// rows do not change. Cell text is formatted lazily in data().
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogModel)

public:
    enum Column
    {
        TimeColumn,
        TopicColumn,
        QosColumn,
        RetainColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        TopicRole = Qt::UserRole + 1, ///< QString
        PayloadRole,                  ///< QByteArray, complete
        TimestampRole,                ///< qint64 ms since the epoch
    };

    static constexpr int DefaultMaxCount = 100'000;
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;
    static constexpr int FlushIntervalMs = 33;

    explicit MessageLogModel(QObject *parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Queues a message; it shows up at the next flush.
    void append(const MessageRecord &record);
    /// Applies the queue now (the timer calls this; tests and benchmarks may too).
    void flush();
    /// Empties history and queue and resets the counters.
    void clear();

    /// Tells the views that the (translated) column titles changed: a language switch.
    void retranslate();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// History limits; at least one message is always kept. Applied at the next flush.
    void setLimits(int maxCount, qint64 maxBytes);
    int maxCount() const { return m_maxCount; }
    qint64 maxBytes() const { return m_maxBytes; }

    const MessageRecord &record(int row) const { return m_history[size_t(row)]; }
    /// The most recent messages on `topic` still in the history, newest first, at most `limit`.
    QList<MessageRecord> recordsForTopic(const QString &topic, int limit) const;

    quint64 receivedCount() const { return m_received; }
    quint64 droppedCount() const { return m_dropped; }
    /// Messages waiting to be shown (while paused: the new ones not yet visible).
    int pendingCount() const { return int(m_pending.size()); }
    /// Messages that arrived since pause started (including any dropped meanwhile).
    quint64 newSincePause() const { return m_newSincePause; }
    qint64 historyBytes() const { return m_historyBytes; }
    /// True while flush() or clear() change the rows: a view's current row that moves
    /// meanwhile was moved by the model, not by the user.
    bool isUpdating() const { return m_updating; }

signals:
    /// Counters changed (after a flush, pause/resume, clear); for status displays.
    void statisticsChanged();
    void pausedChanged(bool paused);

private:
    void trimPending();

    std::deque<MessageRecord> m_history;
    std::deque<MessageRecord> m_pending;
    qint64 m_historyBytes = 0;
    qint64 m_pendingBytes = 0;
    int m_maxCount = DefaultMaxCount;
    qint64 m_maxBytes = DefaultMaxBytes;
    quint64 m_received = 0;
    quint64 m_dropped = 0;
    quint64 m_newSincePause = 0;
    bool m_paused = false;
    bool m_updating = false;
    QTimer m_flushTimer;
};

} // namespace gui
