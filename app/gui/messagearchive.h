#pragma once

#include <mqttcore/message.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace gui {

/// What MessageArchive::search() looks for; empty fields match everything.
struct ArchiveQuery
{
    QString connection;  ///< the connection's name as archived; empty: all connections
    QString topicFilter; ///< an MQTT topic filter (`a/+/c`, `a/#`); empty: all topics
    QString text;        ///< bytes (UTF-8) the payload contains, case-sensitive; empty: any
    QDateTime from;      ///< received at or after; invalid: no lower bound
    QDateTime to;        ///< received at or before; invalid: no upper bound
    int limit = 1000;    ///< at most this many results (the newest)
};

/// One message found in the archive, with the connection it came through.
struct ArchivedMessage
{
    QString connection;
    mqtt::Message message;
};

/// The received messages kept between runs (opt-in, Preferences): an SQLite file of the
/// connection, topic, payload (byte-exact), QoS, retain flag, time of reception and MQTT 5
/// properties of each message.
///
/// append() only queues; a timer writes the queue every FlushIntervalMs in one transaction
/// (never one per message). After each batch the archive is trimmed to its bounds (message
/// count and payload bytes), the oldest messages first. A file that cannot be opened or read
/// (not a database, no permission) turns the archive off with an error; the file is left as
/// it is.
class MessageArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArchive)

public:
    static constexpr int FlushIntervalMs = 500;
    static constexpr int DefaultMaxCount = 100'000;
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    /// Opens (or creates) the archive at `path`; see isOpen() and errorString().
    explicit MessageArchive(const QString &path, QObject *parent = nullptr);
    /// Writes what is queued, then closes the file.
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

    /// Payload bytes queued at most: a burst of large messages is written at once instead of
    /// waiting in memory for the timer.
    static constexpr qint64 MaxPendingBytes = 8 * 1024 * 1024;

    /// Queues a received message of `connection`; it is written at the next timer tick, or at
    /// once when MaxPendingBytes are queued.
    void append(const QString &connection, const mqtt::Message &message);
    /// Writes the queue now, in one transaction (the timer calls this).
    void flush();
    int pendingCount() const { return int(m_pending.size()); }

    /// The newest messages matching `query`, newest first (empty when the archive is off).
    QList<ArchivedMessage> search(const ArchiveQuery &query) const;
    /// The connections that have messages in the archive, sorted.
    QStringList connections() const;
    /// Messages and payload bytes in the file.
    qint64 messageCount() const { return m_count; }
    qint64 payloadBytes() const { return m_bytes; }
    /// Write transactions committed since the archive was opened.
    int transactionCount() const { return m_transactions; }

signals:
    /// A batch of `messages` was written (one transaction); `deleted` old ones went for the bounds.
    void batchWritten(int messages, int deleted);
    /// The archive turned off: `message` says why.
    void errorOccurred(const QString &message);

private:
    struct Pending
    {
        QString connection;
        mqtt::Message message;
    };

    bool openDatabase();
    void fail(const QString &message);
    int trim();

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
    int m_maxCount = DefaultMaxCount;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_count = 0;
    qint64 m_bytes = 0;
    int m_transactions = 0;
    QList<Pending> m_pending;
    qint64 m_pendingBytes = 0;
    QTimer m_flushTimer;
};

} // namespace gui
