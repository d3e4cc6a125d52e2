#pragma once

#include <mqttcore/protocol.h>

#include <QSortFilterProxyModel>

#include <optional>

namespace gui {

/// Narrows the packet list by packet type, direction and a text found in the summary
/// (case-insensitive). Filter changes re-filter rows only (invalidateRowsFilter).
class InspectorFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorFilterModel)

public:
    explicit InspectorFilterModel(QObject *parent = nullptr);
    ~InspectorFilterModel() override;

    /// Only packets of this type; nullopt = every type.
    void setPacketType(std::optional<mqtt::PacketType> type);
    /// Only packets in this direction (an int of mqtt::Client::Direction); nullopt = both.
    void setDirection(std::optional<int> direction);
    void setText(const QString &text);
    /// Hides PINGREQ/PINGRESP, the keep-alive chatter.
    void setHidePings(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<mqtt::PacketType> m_type;
    std::optional<int> m_direction;
    QString m_text;
    bool m_hidePings = false;
};

} // namespace gui
