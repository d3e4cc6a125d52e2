#pragma once

#include <broker/retainedmessageinfo.h>

#include <QAbstractTableModel>
#include <QList>

namespace gui {

/// A snapshot of the local broker's retained messages (Broker::retainedMessagesListed).
/// Payloads stay shared with the broker's store; the preview is built lazily in data().
class BrokerRetainedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerRetainedModel)

public:
    enum Column
    {
        TopicColumn,
        QoSColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };

    explicit BrokerRetainedModel(QObject *parent = nullptr);
    ~BrokerRetainedModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString topic(int row) const;

public slots:
    void setMessages(const QList<broker::RetainedMessageInfo> &messages);
    void retranslate();

private:
    QList<broker::RetainedMessageInfo> m_messages;
};

} // namespace gui
