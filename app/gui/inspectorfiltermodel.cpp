#include "inspectorfiltermodel.h"

#include "inspectormodel.h"

namespace gui {

InspectorFilterModel::InspectorFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

InspectorFilterModel::~InspectorFilterModel() = default;

void InspectorFilterModel::setPacketType(std::optional<mqtt::PacketType> type)
{
    m_type = type;
    invalidateRowsFilter();
}

void InspectorFilterModel::setDirection(std::optional<int> direction)
{
    m_direction = direction;
    invalidateRowsFilter();
}

void InspectorFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

void InspectorFilterModel::setHidePings(bool hide)
{
    m_hidePings = hide;
    invalidateRowsFilter();
}

bool InspectorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto type = mqtt::PacketType(index.data(InspectorModel::PacketTypeRole).toInt());
    if (m_type && type != *m_type)
        return false;
    if (m_hidePings && (type == mqtt::PacketType::Pingreq || type == mqtt::PacketType::Pingresp))
        return false;
    if (m_direction && index.data(InspectorModel::DirectionRole).toInt() != *m_direction)
        return false;
    if (!m_text.isEmpty()) {
        const QModelIndex summary =
            sourceModel()->index(sourceRow, InspectorModel::SummaryColumn, sourceParent);
        if (!summary.data().toString().contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace gui
