#pragma once

#include "topictreemodel.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace gui {

/// The topics with the highest message rate ("who floods the broker"), refreshed whenever the
/// tree recomputes its rates (once a second). Rows are ranks: row 0 is the busiest topic.
class BusiestTopicsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusiestTopicsModel)

public:
    enum Column
    {
        TopicColumn,
        RateColumn,
        ShareColumn,
        MessagesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int DefaultLimit = 50;

    explicit BusiestTopicsModel(TopicTreeModel *tree, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLimit(int limit);
    /// Re-reads the ranking from the tree (called on TopicTreeModel::ratesUpdated).
    void refresh();
    QString topicAt(int row) const;

    /// Tells the views that the (translated) column titles changed: a language switch.
    void retranslate();

private:
    QPointer<TopicTreeModel> m_tree;
    QList<TopicTreeModel::TopicStatistics> m_rows;
    double m_totalRate = 0;
    int m_limit = DefaultLimit;
};

} // namespace gui
