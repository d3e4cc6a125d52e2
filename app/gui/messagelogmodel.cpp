#include "messagelogmodel.h"

#include "datasize.h"
#include "payloadpreview.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

#include <iterator>

namespace gui {

MessageLogModel::MessageLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

MessageLogModel::~MessageLogModel() = default;

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRecord &r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timestampMs)
                .time()
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case TopicColumn:
            return r.topic;
        case QosColumn:
            return r.qos;
        case RetainColumn:
            return r.retain ? tr("R", "retained flag") : QString();
        case SizeColumn:
            return formatDataSize(r.payload.size());
        case PayloadColumn:
            return payloadPreview(r.payload);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TopicColumn && qAlpha(r.colour) != 0)
            return QColor::fromRgba(r.colour);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RetainColumn && r.retain)
            return tr("Retained message");
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == QosColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TopicRole:
        return r.topic;
    case PayloadRole:
        return r.payload;
    case TimestampRole:
        return r.timestampMs;
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

void MessageLogModel::append(const MessageRecord &record)
{
    ++m_received;
    if (m_paused)
        ++m_newSincePause;
    m_pending.push_back(record);
    m_pendingBytes += record.memoryCost();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MessageLogModel::trimPending()
{
    size_t drop = 0;
    qint64 bytes = m_pendingBytes;
    const size_t count = m_pending.size();
    while (drop + 1 < count && (count - drop > size_t(m_maxCount) || bytes > m_maxBytes)) {
        bytes -= m_pending[drop].memoryCost();
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
            bytesAfter -= m_history[evict].memoryCost();
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

QList<MessageRecord> MessageLogModel::recordsForTopic(const QString &topic, int limit) const
{
    QList<MessageRecord> result;
    for (auto it = m_history.crbegin(); it != m_history.crend() && result.size() < limit; ++it) {
        if (it->topic == topic)
            result.append(*it);
    }
    return result;
}

void MessageLogModel::retranslate()
{
    // Cells are formatted when painted; the views repaint them. Headers are measured: tell them.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
