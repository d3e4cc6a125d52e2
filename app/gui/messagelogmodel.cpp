#include "messagelogmodel.h"

#include "messagecost.h"

#include <QColor>
#include <QScopedValueRollback>

#include <iterator>

namespace gui {

MessageLogModel::MessageLogModel(QObject *parent) : MessageTableModel(TimeFormat::TimeOfDay, parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

MessageLogModel::~MessageLogModel() = default;

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TopicColumn &&
        checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const QRgb colour = m_history[size_t(index.row())].colour;
        return qAlpha(colour) != 0 ? QVariant(QColor::fromRgba(colour)) : QVariant();
    }
    return MessageTableModel::data(index, role);
}

void MessageLogModel::append(const mqtt::Message &message, QRgb colour)
{
    ++m_received;
    if (m_paused)
        ++m_newSincePause;
    m_pending.push_back({message, colour});
    m_pendingBytes += messageMemoryCost(message);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MessageLogModel::trimPending()
{
    size_t drop = 0;
    qint64 bytes = m_pendingBytes;
    const size_t count = m_pending.size();
    while (drop + 1 < count && (count - drop > size_t(m_maxCount) || bytes > m_maxBytes)) {
        bytes -= messageMemoryCost(m_pending[drop].message);
        ++drop;
    }
    if (drop == 0)
        return;
    m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(drop));
    m_pendingBytes = bytes;
    m_dropped += drop;
}

void MessageLogModel::flush()
{
    m_flushTimer.stop();
    trimPending();
    if (m_paused) {
        emit statisticsChanged();
        return;
    }

    {
        const QScopedValueRollback updating(m_updating, true);
        // Evict the oldest rows so that history + batch fit the limits (the batch alone already
        // does, after trimPending()); the newest message always stays.
        const size_t batch = m_pending.size();
        size_t evict = 0;
        qint64 bytesAfter = m_historyBytes + m_pendingBytes;
        auto overLimits = [&] {
            const size_t rows = m_history.size() - evict + batch;
            return rows > 1 && (rows > size_t(m_maxCount) || bytesAfter > m_maxBytes);
        };
        while (evict < m_history.size() && overLimits()) {
            bytesAfter -= messageMemoryCost(m_history[evict].message);
            ++evict;
        }
        if (evict > 0) {
            beginRemoveRows({}, 0, int(evict) - 1);
            m_history.erase(m_history.begin(), m_history.begin() + qsizetype(evict));
            m_historyBytes = bytesAfter - m_pendingBytes;
            m_dropped += evict;
            endRemoveRows();
        }

        if (batch > 0) {
            const int first = int(m_history.size());
            beginInsertRows({}, first, first + int(batch) - 1);
            std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_history));
            m_pending.clear();
            m_historyBytes += m_pendingBytes;
            m_pendingBytes = 0;
            endInsertRows();
        }
    }
    emit statisticsChanged();
}

void MessageLogModel::clear()
{
    {
        const QScopedValueRollback updating(m_updating, true);
        beginResetModel();
        m_history.clear();
        m_pending.clear();
        m_historyBytes = m_pendingBytes = 0;
        m_received = m_dropped = m_newSincePause = 0;
        endResetModel();
    }
    emit statisticsChanged();
}

void MessageLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_newSincePause = 0;
    if (!paused)
        flush();
    emit pausedChanged(paused);
    emit statisticsChanged();
}

void MessageLogModel::setLimits(int maxCount, qint64 maxBytes)
{
    m_maxCount = qMax(1, maxCount);
    m_maxBytes = qMax<qint64>(1, maxBytes);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

} // namespace gui
