#pragma once

#include "core/journal.h"
#include "journalbatch.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace broker {

/// The broker's SQLite file through Qt SQL (QSQLITE): schema (versioned), loading at start and
/// applying a JournalBatch in one transaction. No bookkeeping of its own; SqliteJournal decides
/// what to write and when.
///
/// The file is opened in WAL mode with an exclusive lock (a second broker on the same file
/// fails to open it) and synchronous=FULL when durable (every commit is synced to disk) or
/// NORMAL when relaxed (a commit survives a crash of the process, not always a power loss).
class SqliteDatabase final
{
    Q_DISABLE_COPY_MOVE(SqliteDatabase)

public:
    /// The schema this build writes and reads (meta.schema_version).
    static constexpr int SchemaVersion = 1;

    SqliteDatabase();
    ~SqliteDatabase();

    /// Opens (or creates) the file and checks that it is a broker database of a known schema
    /// version that can be written. On failure returns false with one line in *error.
    bool open(const QString &path, bool durable, QString *error);
    void close();

    /// What load() found, with the ids the journal needs to keep counting.
    struct Loaded
    {
        RestoredState state;
        QHash<const Message *, qint64> messageIds; ///< every message a delivery refers to
        qint64 lastDeliveryId = 0;
        qint64 lastMessageId = 0;
        qsizetype expiredSessions = 0;
        qsizetype expiredMessages = 0;
    };
    /// Reads everything, dropping (also from the file) expired sessions, deliveries of expired
    /// messages and messages nothing refers to. monotonicNowMs is the core's clock, to which
    /// stored wall-clock times are converted.
    bool load(Loaded &out, qint64 monotonicNowMs, QString *error);

    /// Applies a batch in one transaction. clockOffsetMs turns the core's monotonic times into
    /// wall-clock ones (wall = monotonic + offset).
    bool apply(const JournalBatch &batch, qint64 clockOffsetMs, QString *error);

    /// Encoding of messages and wills in the `messages`, `retained` and `sessions` tables: an
    /// MQTT 5 PUBLISH packet (topic, payload, QoS, retain, properties), so that every property
    /// survives with the codec's own rules.
    static QByteArray encodeMessage(const Message &message);
    static QByteArray encodeWill(const mqtt::Will &will);
    static std::optional<mqtt::PublishPacket> decodePublish(const QByteArray &bytes);

private:
    bool openConnection(bool durable, QString *error);
    bool exec(const QString &sql, QString *error);
    bool createSchema(QString *error);
    bool prepareStatements(QString *error);

    QString m_connectionName;
    QString m_path;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace broker
