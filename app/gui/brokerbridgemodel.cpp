#include "brokerbridgemodel.h"

#include <QColor>

namespace gui {

BrokerBridgeModel::BrokerBridgeModel(QObject *parent) : QAbstractTableModel(parent) {}

BrokerBridgeModel::~BrokerBridgeModel() = default;

int BrokerBridgeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bridges.size());
}

int BrokerBridgeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrokerBridgeModel::name(int row) const
{
    return row >= 0 && row < m_bridges.size() ? m_bridges.at(row).name : QString();
}

std::optional<broker::BridgeInfo> BrokerBridgeModel::info(int row) const
{
    const auto it = m_infos.constFind(name(row));
    if (it == m_infos.constEnd())
        return std::nullopt;
    return *it;
}

QStringList BrokerBridgeModel::stateTexts() const
{
    return {tr("not running"), tr("up"), tr("down"), tr("connecting")};
}

QVariant BrokerBridgeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const broker::BridgeSettings &bridge = m_bridges.at(index.row());
    const std::optional<broker::BridgeInfo> state = info(index.row());
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        // A coloured square beside the text: the text keeps the palette's colour, so it reads
        // in the dark theme too.
        if (!state)
            return QColor(0x90, 0x90, 0x90);
        switch (state->state) {
        case broker::BridgeInfo::State::Up:
            return QColor(0x2E, 0xA0, 0x43);
        case broker::BridgeInfo::State::Down:
            return QColor(0xD0, 0x30, 0x30);
        case broker::BridgeInfo::State::Connecting:
            return QColor(0xE0, 0x9B, 0x1A);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= InColumn &&
        index.column() <= DroppedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == AddressColumn)
            return bridge.addresses.join(QLatin1Char('\n'));
        if (index.column() == LastErrorColumn && state)
            return state->lastError;
        if (index.column() == DroppedColumn && state)
            return tr("Echoes suppressed: %1").arg(state->echoesSuppressed);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return bridge.name;
    case StateColumn:
        if (!state)
            return tr("not running");
        switch (state->state) {
        case broker::BridgeInfo::State::Up:
            return tr("up");
        case broker::BridgeInfo::State::Down:
            return tr("down");
        case broker::BridgeInfo::State::Connecting:
            return tr("connecting");
        }
        return {};
    case AddressColumn:
        return state && !state->address.isEmpty() ? state->address : bridge.addresses.value(0);
    case InColumn:
        return state ? QVariant(qlonglong(state->messagesIn)) : QVariant();
    case OutColumn:
        return state ? QVariant(qlonglong(state->messagesOut)) : QVariant();
    case QueuedColumn:
        return state ? QVariant(qlonglong(state->queued)) : QVariant();
    case DroppedColumn:
        return state ? QVariant(qlonglong(state->messagesDropped)) : QVariant();
    case LastErrorColumn:
        return state ? state->lastError : QString();
    }
    return {};
}

QVariant BrokerBridgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case AddressColumn:
        return tr("Upstream address");
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case QueuedColumn:
        return tr("Queued");
    case DroppedColumn:
        return tr("Dropped");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

void BrokerBridgeModel::setBridges(const QList<broker::BridgeSettings> &bridges)
{
    beginResetModel();
    m_bridges = bridges;
    QHash<QString, broker::BridgeInfo> kept;
    for (const broker::BridgeSettings &bridge : bridges) {
        if (const auto it = m_infos.constFind(bridge.name); it != m_infos.constEnd())
            kept.insert(bridge.name, *it);
    }
    m_infos = kept;
    endResetModel();
}

void BrokerBridgeModel::setInfos(const QList<broker::BridgeInfo> &infos)
{
    m_infos.clear();
    for (const broker::BridgeInfo &info : infos)
        m_infos.insert(info.name, info);
    if (!m_bridges.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BrokerBridgeModel::updateInfo(const broker::BridgeInfo &info)
{
    m_infos.insert(info.name, info);
    for (int row = 0; row < m_bridges.size(); ++row) {
        if (m_bridges.at(row).name == info.name)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void BrokerBridgeModel::clearInfos()
{
    setInfos({});
}

void BrokerBridgeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_bridges.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace gui
