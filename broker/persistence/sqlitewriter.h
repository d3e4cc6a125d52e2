#pragma once

#include "journalbatch.h"
#include "sqlitedatabase.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace broker {

/// The SQLite file on a thread of its own: commits (SQL, encoding, fsync) run there while the
/// broker's thread goes on routing, so a batch is being gathered while the previous one is
/// being synced (pipelined group commit). One batch at a time; a failing one is retried until
/// it succeeds, nothing later overtakes it.
class SqliteWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteWriter)

public:
    SqliteWriter();
    ~SqliteWriter() override;

    /// Opens and loads the file on the writer's thread; blocks until done.
    bool open(const QString &path, bool durable, qint64 monotonicNowMs,
              SqliteDatabase::Loaded &loaded, QString *error);

    /// Hands a batch to the writer thread; committed(ticket) or failed(...) follows.
    void commit(quint64 ticket, JournalBatch &&batch, qint64 clockOffsetMs);
    /// Commits a batch and waits for it (and for any batch before it); the last commit at
    /// shutdown. Returns false with *error if it could not be written.
    bool commitAndWait(quint64 ticket, JournalBatch &&batch, qint64 clockOffsetMs, QString *error);

Q_SIGNALS:
    /// Emitted on the writer's thread; connect with a queued connection.
    void committed(quint64 ticket);
    void failed(quint64 ticket, const QString &error);

private:
    /// Runs on the writer's thread.
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace broker
