#pragma once

#include <broker/bridgeinfo.h>
#include <broker/brokersettings.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace gui {

/// The local broker's bridges: one row per configured bridge (BrokerController::bridges), with
/// its state and counters while the broker runs (Broker::bridgesListed, bridgeStateChanged).
class BrokerBridgeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerBridgeModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        AddressColumn,
        InColumn,
        OutColumn,
        QueuedColumn,
        DroppedColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit BrokerBridgeModel(QObject *parent = nullptr);
    ~BrokerBridgeModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString name(int row) const;
    /// The bridge's state, if the broker reported one (it runs and knows the bridge).
    std::optional<broker::BridgeInfo> info(int row) const;
    /// Every text the state column can show (for sizing it in the current language).
    QStringList stateTexts() const;

public slots:
    /// The configured bridges (rows); state already known for bridges of the same name is kept.
    void setBridges(const QList<broker::BridgeSettings> &bridges);
    /// The state of every bridge at once (Broker::bridgesListed).
    void setInfos(const QList<broker::BridgeInfo> &infos);
    /// The state of one bridge (Broker::bridgeStateChanged).
    void updateInfo(const broker::BridgeInfo &info);
    /// The broker stopped: no state.
    void clearInfos();
    void retranslate();

private:
    QList<broker::BridgeSettings> m_bridges;
    QHash<QString, broker::BridgeInfo> m_infos;
};

} // namespace gui
