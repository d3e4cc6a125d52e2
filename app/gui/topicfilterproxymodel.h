#pragma once

#include "filterexpression.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace gui {

class TopicTreeModel;

/// Sorts a TopicTreeModel (by level name, naturally: "2" before "10") and filters it with a
/// FilterExpression. A topic that matches is shown with its ancestors; levels on which no
/// message arrived show only through their matching descendants.
///
/// The tree model does the matching (TopicTreeModel::setFilter: each topic once, O(nodes) per
/// filter change, then as topics arrive), so filterAcceptsRow() is a lookup and Qt's recursive
/// filtering, which searched each rejected row's whole subtree again at every level, stays off.
/// Another source model is sorted but not filtered.
class TopicFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicFilterProxyModel)

public:
    explicit TopicFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterExpression(const QString &expression);
    const FilterExpression &filterExpression() const { return m_expression; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FilterExpression m_expression;
    QPointer<TopicTreeModel> m_tree;
};

} // namespace gui
