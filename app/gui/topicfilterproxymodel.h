#pragma once

#include "filterexpression.h"

#include <QSortFilterProxyModel>

namespace gui {

/// Sorts a TopicTreeModel (by level name, naturally: "2" before "10") and filters it with a
/// FilterExpression. A topic that matches is shown with its ancestors; levels on which no
/// message arrived show only through their matching descendants.
class TopicFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicFilterProxyModel)

public:
    explicit TopicFilterProxyModel(QObject *parent = nullptr);

    void setFilterExpression(const QString &expression);
    const FilterExpression &filterExpression() const { return m_expression; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FilterExpression m_expression;
};

} // namespace gui
