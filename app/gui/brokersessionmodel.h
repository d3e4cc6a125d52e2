#pragma once

#include <broker/sessioninfo.h>

#include <QAbstractTableModel>
#include <QList>

namespace gui {

/// A snapshot of the local broker's sessions, connected or not (Broker::sessionsListed).
class BrokerSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerSessionModel)

public:
    enum Column
    {
        ClientIdColumn,
        StateColumn,
        ProtocolColumn,
        SubscriptionsColumn,
        QueuedColumn,
        InflightColumn,
        DroppedColumn,
        ExpiryColumn,
        ColumnCount
    };

    explicit BrokerSessionModel(QObject *parent = nullptr);
    ~BrokerSessionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void setSessions(const QList<broker::SessionInfo> &sessions);
    void retranslate();

private:
    QList<broker::SessionInfo> m_sessions;
};

} // namespace gui
