#include "messagearchive.h"

#include <QStandardPaths>
#include <QThread>

namespace gui {

namespace {

std::atomic<int> connectionCounter{0};

} // namespace

MessageArchive::MessageArchive(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread(this)), m_writerContext(new QObject),
      m_writer(std::make_unique<ArchiveWriter>(
          path, QStringLiteral("gui-message-archive-%1").arg(++connectionCounter)))
{
    m_thread->setObjectName(QStringLiteral("message-archive-writer"));
    m_writerContext->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_thread->start();

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { handOver(false); });

    ArchiveWriter::Report opened;
    QMetaObject::invokeMethod(
        m_writerContext, [writer = m_writer.get()] { return writer->open(); },
        Qt::BlockingQueuedConnection, &opened);
    switch (opened.failure) {
    case ArchiveWriter::Failure::None:
        m_open = true;
        m_count = opened.count;
        m_bytes = opened.bytes;
        break;
    case ArchiveWriter::Failure::CreateFolder:
        m_error = tr("Cannot create the folder of the message history %1").arg(m_path);
        break;
    case ArchiveWriter::Failure::Open:
        m_error = tr("Cannot open the message history %1: %2").arg(m_path, opened.detail);
        break;
    case ArchiveWriter::Failure::Read:
    case ArchiveWriter::Failure::Write:
        m_error = tr("Cannot read the message history %1: %2").arg(m_path, opened.detail);
        break;
    }
}

MessageArchive::~MessageArchive()
{
    flush();
    QMetaObject::invokeMethod(
        m_writerContext, [writer = m_writer.get()] { writer->close(); },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString MessageArchive::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

void MessageArchive::fail(const QString &message)
{
    m_open = false;
    m_error = message;
    m_pending.clear();
    m_pendingBytes = 0;
    m_flushTimer.stop();
    emit errorOccurred(message);
}

void MessageArchive::setLimits(int maxCount, qint64 maxBytes)
{
    m_maxCount = std::max(1, maxCount);
    m_maxBytes = std::max<qint64>(1, maxBytes);
    if (m_open && (m_count > m_maxCount || m_bytes > m_maxBytes))
        m_flushTimer.start(); // trimmed at the next batch
}

void MessageArchive::append(const QString &connection, const mqtt::Message &message)
{
    if (!m_open)
        return;
    m_pending.append({connection, message});
    m_pendingBytes += message.payload().size();
    if (m_pendingBytes >= MaxPendingBytes) {
        // A burst: to the writer now. Should it still be busy with the last one, wait for it,
        // so that no more than about twice the bound is held in memory.
        handOver(m_unwrittenBytes.load() >= MaxPendingBytes);
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void MessageArchive::flush()
{
    handOver(true);
}

void MessageArchive::handOver(bool wait)
{
    m_flushTimer.stop();
    if (!m_open)
        return;
    const bool overBounds = m_count > m_maxCount || m_bytes > m_maxBytes;
    if (!m_pending.isEmpty() || overBounds) {
        QList<ArchiveWriter::Entry> batch = std::exchange(m_pending, {});
        const qint64 bytes = std::exchange(m_pendingBytes, 0);
        m_unwrittenBytes += bytes;
        auto write = [this, writer = m_writer.get(), batch = std::move(batch), bytes,
                      maxCount = m_maxCount, maxBytes = m_maxBytes] {
            const ArchiveWriter::Report report = writer->write(batch, maxCount, maxBytes);
            m_unwrittenBytes -= bytes;
            {
                const QMutexLocker lock(&m_reportsMutex);
                m_reports.append(report);
            }
            QMetaObject::invokeMethod(this, &MessageArchive::collectReports, Qt::QueuedConnection);
        };
        QMetaObject::invokeMethod(m_writerContext, std::move(write),
                                  wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
    } else if (wait) {
        // Nothing new here, but the writer may still be busy with what it was given before.
        QMetaObject::invokeMethod(
            m_writerContext, [] {}, Qt::BlockingQueuedConnection);
    }
    if (wait)
        collectReports();
}

void MessageArchive::collectReports()
{
    QList<ArchiveWriter::Report> reports;
    {
        const QMutexLocker lock(&m_reportsMutex);
        reports = std::exchange(m_reports, {});
    }
    for (const ArchiveWriter::Report &report : std::as_const(reports)) {
        if (!m_open)
            return;
        if (report.failure != ArchiveWriter::Failure::None) {
            fail(tr("Cannot write the message history %1: %2").arg(m_path, report.detail));
            return;
        }
        m_count = report.count;
        m_bytes = report.bytes;
        m_lastWriteThread = report.thread;
        if (report.transaction) {
            ++m_transactions;
            emit batchWritten(report.written, report.deleted);
        }
    }
}

QList<ArchivedMessage> MessageArchive::search(const ArchiveQuery &query)
{
    QList<ArchivedMessage> found;
    if (!m_open || query.limit <= 0)
        return found;
    flush(); // what was appended just now is found too
    if (!m_open)
        return found;
    QMetaObject::invokeMethod(
        m_writerContext, [writer = m_writer.get(), query] { return writer->search(query); },
        Qt::BlockingQueuedConnection, &found);
    return found;
}

QStringList MessageArchive::connections()
{
    QStringList names;
    if (!m_open)
        return names;
    flush();
    if (!m_open)
        return names;
    QMetaObject::invokeMethod(
        m_writerContext, [writer = m_writer.get()] { return writer->connections(); },
        Qt::BlockingQueuedConnection, &names);
    return names;
}

} // namespace gui
