#pragma once

#include "archivewriter.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace gui {

/// The received messages kept between runs (opt-in, Preferences): an SQLite file of the
/// connection, topic, payload (byte-exact), QoS, retain flag, time of reception and MQTT 5
/// properties of each message.
///
/// The file is written in a thread of its own (ArchiveWriter, with its own database
/// connection), so a slow disk never holds up the window. append() only queues, in the GUI
/// thread; a timer hands the queue to the writer every FlushIntervalMs, which writes it in one
/// transaction (never one per message), then trims the file to its bounds (message count and
/// payload bytes), the oldest messages first. search() and connections() see everything
/// appended before them: they hand over the queue first and are answered by the writer after
/// it. A file that cannot be opened or read (not a database, no permission) turns the archive
/// off with an error; the file is left as it is.
class MessageArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArchive)

public:
    static constexpr int FlushIntervalMs = 500;
    static constexpr int DefaultMaxCount = 100'000;
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    /// Opens (or creates) the archive at `path` in the writer thread; see isOpen() and
    /// errorString().
    explicit MessageArchive(const QString &path, QObject *parent = nullptr);
    /// Writes what is queued, closes the file and ends the writer thread.
    ~MessageArchive() override;

    /// history.sqlite in the application's data directory.
    static QString defaultFilePath();

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    /// Why the archive is off (empty while it works).
    QString errorString() const { return m_error; }

    /// Bounds: the oldest messages are deleted once either is passed (checked after each batch).
    void setLimits(int maxCount, qint64 maxBytes);
    int maxCount() const { return m_maxCount; }
    qint64 maxBytes() const { return m_maxBytes; }

    /// Payload bytes queued at most: a burst of large messages goes to the writer at once
    /// instead of waiting in memory for the timer. When the writer still has that much to
    /// write, append() waits for it, so memory stays bounded whatever the disk's speed.
    static constexpr qint64 MaxPendingBytes = 8 * 1024 * 1024;

    /// Queues a received message of `connection`; it goes to the writer at the next timer tick,
    /// or at once when MaxPendingBytes are queued.
    void append(const QString &connection, const mqtt::Message &message);
    /// Writes the queue now, in one transaction, and returns when it is written (batchWritten
    /// has been emitted).
    void flush();
    /// Messages queued here and not yet handed to the writer.
    int pendingCount() const { return int(m_pending.size()); }

    /// The newest messages matching `query`, newest first (empty when the archive is off).
    QList<ArchivedMessage> search(const ArchiveQuery &query);
    /// The connections that have messages in the archive, sorted.
    QStringList connections();
    /// Messages and payload bytes in the file (as of the last batch written).
    qint64 messageCount() const { return m_count; }
    qint64 payloadBytes() const { return m_bytes; }
    /// Write transactions committed since the archive was opened.
    int transactionCount() const { return m_transactions; }
    /// The thread that writes the file (not the GUI thread), and the thread that wrote the last
    /// batch (nullptr before the first one): how tests see where the writing happens.
    QThread *writerThread() const { return m_thread; }
    QThread *lastWriteThread() const { return m_lastWriteThread; }

signals:
    /// A batch of `messages` was written (one transaction); `deleted` old ones went for the bounds.
    void batchWritten(int messages, int deleted);
    /// The archive turned off: `message` says why.
    void errorOccurred(const QString &message);

private:
    /// Gives the queue to the writer; `wait`: returns once it (and all before it) is written.
    void handOver(bool wait);
    /// Applies the writer's reports, in the order it wrote (GUI thread).
    void collectReports();
    void fail(const QString &message);

    QString m_path;
    QString m_error;
    bool m_open = false;
    int m_maxCount = DefaultMaxCount;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_count = 0;
    qint64 m_bytes = 0;
    int m_transactions = 0;
    QList<ArchiveWriter::Entry> m_pending;
    qint64 m_pendingBytes = 0;
    QTimer m_flushTimer;
    QThread *m_thread;
    QObject *m_writerContext; ///< lives in m_thread: queued calls to the writer run there
    std::unique_ptr<ArchiveWriter> m_writer;
    QThread *m_lastWriteThread = nullptr;
    std::atomic<qint64> m_unwrittenBytes{0}; ///< handed to the writer, not yet written
    QMutex m_reportsMutex;
    QList<ArchiveWriter::Report> m_reports; ///< written by the writer thread, read here
};

} // namespace gui
