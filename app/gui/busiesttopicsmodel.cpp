#include "busiesttopicsmodel.h"

namespace gui {

BusiestTopicsModel::BusiestTopicsModel(TopicTreeModel *tree, QObject *parent)
    : QAbstractTableModel(parent), m_tree(tree)
{
    connect(tree, &TopicTreeModel::ratesUpdated, this, &BusiestTopicsModel::refresh);
    connect(tree, &TopicTreeModel::modelReset, this, &BusiestTopicsModel::refresh);
}

int BusiestTopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BusiestTopicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BusiestTopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicTreeModel::TopicStatistics &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != TopicColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TopicColumn:
        return row.topic;
    case RateColumn:
        return tr("%1/s").arg(row.rate, 0, 'f', row.rate < 10 ? 1 : 0);
    case ShareColumn:
        return m_totalRate > 0 ? tr("%1 %").arg(100.0 * row.rate / m_totalRate, 0, 'f', 1)
                               : QString();
    case MessagesColumn:
        return row.messages;
    }
    return {};
}

QVariant BusiestTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case RateColumn:
        return tr("Rate");
    case ShareColumn:
        return tr("Share");
    case MessagesColumn:
        return tr("Messages");
    }
    return {};
}

void BusiestTopicsModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    refresh();
}

void BusiestTopicsModel::refresh()
{
    const QList<TopicTreeModel::TopicStatistics> next =
        m_tree ? m_tree->busiestTopics(m_limit) : QList<TopicTreeModel::TopicStatistics>();
    m_totalRate = m_tree ? m_tree->totalRate() : 0;
    const int oldCount = int(m_rows.size());
    const int newCount = int(next.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(next.mid(oldCount));
        endInsertRows();
    }
    m_rows = next;
    if (newCount > 0)
        emit dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
}

QString BusiestTopicsModel::topicAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).topic : QString();
}

void BusiestTopicsModel::retranslate()
{
    // Cells are formatted when painted; the views repaint them. Headers are measured: tell them.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
