#pragma once

#include "filterexpression.h"

#include <QSortFilterProxyModel>

namespace gui {

class MessageLogModel;

/// Filters a MessageLogModel by topic (a FilterExpression) and by text in the payload.
/// Rows keep the source order (no sorting: the log is in arrival order).
class MessageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFilterProxyModel)

public:
    explicit MessageFilterProxyModel(QObject *parent = nullptr);

    void setLogModel(MessageLogModel *model);

    void setTopicFilter(const QString &expression);
    const FilterExpression &topicFilter() const { return m_topicFilter; }
    /// Case-insensitive (for ASCII letters) text searched in the raw payload bytes as UTF-8.
    void setPayloadFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageLogModel *m_log = nullptr;
    FilterExpression m_topicFilter;
    QByteArray m_payloadNeedle;
};

} // namespace gui
