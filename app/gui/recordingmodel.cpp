#include "recordingmodel.h"

#include "datasize.h"
#include "payloadpreview.h"

#include <QDateTime>
#include <QLocale>

namespace gui {

RecordingModel::RecordingModel(QObject *parent) : QAbstractTableModel(parent) {}

RecordingModel::~RecordingModel() = default;

int RecordingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int RecordingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const RecordedMessage &r = m_messages.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.timestampMs)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TopicColumn:
        return r.message.topic();
    case QosColumn:
        return int(r.message.qos());
    case RetainColumn:
        return r.message.retain() ? tr("R", "retained flag") : QString();
    case SizeColumn:
        return formatDataSize(r.message.payload().size());
    case PayloadColumn:
        return payloadPreview(r.message.payload());
    }
    return {};
}

QVariant RecordingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
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

void RecordingModel::setMessages(const QList<RecordedMessage> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

void RecordingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
