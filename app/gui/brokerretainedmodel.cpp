#include "brokerretainedmodel.h"

#include "datasize.h"
#include "payloadpreview.h"

#include <QLocale>

#include <algorithm>

namespace gui {

BrokerRetainedModel::BrokerRetainedModel(QObject *parent) : QAbstractTableModel(parent) {}

BrokerRetainedModel::~BrokerRetainedModel() = default;

int BrokerRetainedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int BrokerRetainedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerRetainedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const broker::RetainedMessageInfo &message = m_messages.at(index.row());
    switch (index.column()) {
    case TopicColumn:
        return message.topic;
    case QoSColumn:
        return int(message.qos);
    case SizeColumn:
        return formatDataSize(message.payload.size());
    case PayloadColumn:
        return payloadPreview(message.payload);
    }
    return {};
}

QVariant BrokerRetainedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case QoSColumn:
        return tr("QoS");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

QString BrokerRetainedModel::topic(int row) const
{
    return row >= 0 && row < m_messages.size() ? m_messages.at(row).topic : QString();
}

void BrokerRetainedModel::setMessages(const QList<broker::RetainedMessageInfo> &messages)
{
    beginResetModel();
    m_messages = messages;
    std::sort(m_messages.begin(), m_messages.end(),
              [](const auto &a, const auto &b) { return a.topic < b.topic; });
    endResetModel();
}

void BrokerRetainedModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
