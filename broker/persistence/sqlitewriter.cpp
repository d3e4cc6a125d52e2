#include "sqlitewriter.h"

#include <deque>

namespace broker {

class SqliteWriter::Worker final : public QObject
{
public:
    struct Job
    {
        quint64 ticket = 0;
        JournalBatch batch;
        qint64 clockOffsetMs = 0;
    };

    explicit Worker(SqliteWriter *owner) : m_owner(owner)
    {
        m_retry.setParent(this); // moves to the writer thread with the worker
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { process(); });
    }

    SqliteDatabase database;

    void push(Job &&job) { m_jobs.push_back(std::move(job)); }
    void enqueue(Job &&job)
    {
        push(std::move(job));
        if (!m_retry.isActive())
            process();
    }

    /// Commits everything queued now; false (and *error) at the first job that fails.
    bool processNow(QString *error)
    {
        m_retry.stop();
        while (!m_jobs.empty()) {
            if (!runFront(error))
                return false;
        }
        return true;
    }

private:
    bool runFront(QString *error)
    {
        Job &job = m_jobs.front();
        if (!job.batch.isEmpty() && !database.apply(job.batch, job.clockOffsetMs, error)) {
            emit m_owner->failed(job.ticket, *error);
            return false;
        }
        const quint64 ticket = job.ticket;
        m_jobs.pop_front();
        emit m_owner->committed(ticket);
        return true;
    }

    void process()
    {
        QString error;
        if (!processNow(&error))
            m_retry.start(1000); // a full or failing disk: try the same batch again
    }

    SqliteWriter *m_owner;
    std::deque<Job> m_jobs;
    QTimer m_retry;
};

SqliteWriter::SqliteWriter()
{
    m_thread.setObjectName(QStringLiteral("mqtt-broker-persistence"));
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SqliteWriter::~SqliteWriter()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SqliteWriter::open(const QString &path, bool durable, qint64 monotonicNowMs,
                        SqliteDatabase::Loaded &loaded, QString *error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = m_worker->database.open(path, durable, error) &&
                 m_worker->database.load(loaded, monotonicNowMs, error);
            if (!ok)
                m_worker->database.close();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void SqliteWriter::commit(quint64 ticket, JournalBatch &&batch, qint64 clockOffsetMs)
{
    // Shared so that the (copyable) functor carries it; only the writer thread touches it.
    auto job = std::make_shared<Worker::Job>(Worker::Job{ticket, std::move(batch), clockOffsetMs});
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->enqueue(std::move(*job)); },
        Qt::QueuedConnection);
}

bool SqliteWriter::commitAndWait(quint64 ticket, JournalBatch &&batch, qint64 clockOffsetMs,
                                 QString *error)
{
    bool ok = false;
    auto job = std::make_shared<Worker::Job>(Worker::Job{ticket, std::move(batch), clockOffsetMs});
    QMetaObject::invokeMethod(
        m_worker,
        [&, job] {
            // Everything handed over before is queued already (same thread, in order) and is
            // committed first.
            m_worker->push(std::move(*job));
            ok = m_worker->processNow(error);
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace broker
