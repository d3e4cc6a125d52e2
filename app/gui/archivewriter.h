#pragma once

#include "archivequery.h"

#include <QList>
#include <QString>
#include <QStringList>

class QThread;

namespace gui {

/// The SQLite side of MessageArchive: opens the file, writes batches (one transaction each),
/// trims to the bounds and answers searches. It lives in the archive's writer thread and owns
/// the only database connection, which is used in that thread alone; MessageArchive calls it
/// through queued (or blocking queued) invocations, so the GUI thread never waits for a disk
/// write unless it asks to (flush, search, close). It returns what it did instead of emitting
/// signals, so the archive can apply the outcomes in order.
class ArchiveWriter final
{
    Q_DISABLE_COPY_MOVE(ArchiveWriter)

public:
    /// What went wrong, for MessageArchive to put into words.
    enum class Failure
    {
        None,
        CreateFolder, ///< the file's folder cannot be made
        Open,         ///< the file cannot be opened
        Read,         ///< the file is not a message history (or cannot be read)
        Write,        ///< a batch could not be written
    };

    /// The outcome of open() or write(): the totals afterwards, and the thread that did it.
    struct Report
    {
        Failure failure = Failure::None;
        QString detail; ///< the database's own words, when it failed
        int written = 0;
        int deleted = 0;
        qint64 count = 0; ///< messages in the file
        qint64 bytes = 0; ///< payload bytes in the file
        bool transaction = false;
        QThread *thread = nullptr;
    };

    struct Entry
    {
        QString connection;
        mqtt::Message message;
    };

    /// `connectionName` names this writer's QSqlDatabase connection (unique per archive).
    ArchiveWriter(const QString &path, const QString &connectionName);
    ~ArchiveWriter();

    Report open();
    /// Writes `batch` in one transaction, then deletes the oldest messages beyond the bounds.
    Report write(const QList<Entry> &batch, int maxCount, qint64 maxBytes);
    QList<ArchivedMessage> search(const ArchiveQuery &query) const;
    QStringList connections() const;
    /// Closes the connection; called in the writer thread before it ends.
    void close();

private:
    /// What the writer holds now (nothing once closed or failed), made on this thread.
    Report report() const;
    Report failed(Failure failure, const QString &detail);
    int trim(int maxCount, qint64 maxBytes);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    qint64 m_count = 0;
    qint64 m_bytes = 0;
};

} // namespace gui
