#include "messagetablemodel.h"

#include "datasize.h"
#include "payloadpreview.h"
#include "timetext.h"

#include <QCoreApplication>

// The cell and column texts keep the translation context of the live list, where they were
// translated first: the existing translations serve both tables.

namespace gui {

MessageTableModel::MessageTableModel(TimeFormat timeFormat, QObject *parent)
    : QAbstractTableModel(parent), m_timeFormat(timeFormat)
{
}

MessageTableModel::~MessageTableModel() = default;

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : messageCount();
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mqtt::Message &m = message(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return m_timeFormat == TimeFormat::TimeOfDay ? timeOfDayText(m.receivedAt())
                                                         : dateTimeText(m.receivedAt());
        case TopicColumn:
            return m.topic();
        case QosColumn:
            return int(m.qos());
        case RetainColumn:
            return m.retain()
                       ? QCoreApplication::translate("gui::MessageLogModel", "R", "retained flag")
                       : QString();
        case SizeColumn:
            return formatDataSize(m.payload().size());
        case PayloadColumn:
            return payloadPreview(m.payload());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RetainColumn && m.retain())
            return QCoreApplication::translate("gui::MessageLogModel", "Retained message");
        if (index.column() == TimeColumn)
            return isoTimeText(m.receivedAt());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == QosColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TopicRole:
        return m.topic();
    case PayloadRole:
        return m.payload();
    case TimestampRole:
        return m.receivedAt().toMSecsSinceEpoch();
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "Time");
    case TopicColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "Topic");
    case QosColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "QoS");
    case RetainColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "Retain");
    case SizeColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "Size");
    case PayloadColumn:
        return QCoreApplication::translate("gui::MessageLogModel", "Payload");
    }
    return {};
}

void MessageTableModel::retranslate()
{
    // Cells are formatted when painted; the views repaint them. Headers are measured: tell them.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
