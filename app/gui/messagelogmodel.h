#pragma once

#include "messagetablemodel.h"

#include <QRgb>
#include <QTimer>

#include <deque>

namespace gui {

/// The live message history of one connection: a bounded ring of messages (oldest first) that
/// stays smooth under floods. Each message is kept with the colour of the subscription it came
/// through (shown beside its topic).
///
/// append() only queues; a coalescing timer applies the queue at most every FlushIntervalMs
/// (<= 30 Hz) as one beginRemoveRows for evicted rows and one beginInsertRows for the batch.
/// The history is bounded by a message count and by bytes; the oldest messages go first and
/// every message that leaves the history unseen is counted in droppedCount(), so
/// receivedCount() == rowCount() + pendingCount() + droppedCount() at all times (until clear()).
/// While paused, new messages are buffered (bounded by the same limits) and counted, and the
/// rows do not change.
class MessageLogModel final : public MessageTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogModel)

public:
    static constexpr int DefaultMaxCount = 100'000;
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;
    static constexpr int FlushIntervalMs = 33;

    explicit MessageLogModel(QObject *parent = nullptr);
    ~MessageLogModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const mqtt::Message &message(int row) const override { return m_history[size_t(row)].message; }
    int messageCount() const override { return int(m_history.size()); }

    /// Queues a message that came through a subscription of `colour` (alpha 0: none); it shows
    /// up at the next flush.
    void append(const mqtt::Message &message, QRgb colour = 0);
    /// Applies the queue now (the timer calls this; tests and benchmarks may too).
    void flush();
    /// Empties history and queue and resets the counters.
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// History limits; at least one message is always kept. Applied at the next flush.
    void setLimits(int maxCount, qint64 maxBytes);
    int maxCount() const { return m_maxCount; }
    qint64 maxBytes() const { return m_maxBytes; }

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
    struct Entry
    {
        mqtt::Message message;
        QRgb colour; ///< presentation: the subscription's colour when it arrived
    };

    void trimPending();

    std::deque<Entry> m_history;
    std::deque<Entry> m_pending;
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
