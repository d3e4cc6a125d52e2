#include "brokersessionmodel.h"

#include <algorithm>

namespace gui {

BrokerSessionModel::BrokerSessionModel(QObject *parent) : QAbstractTableModel(parent) {}

BrokerSessionModel::~BrokerSessionModel() = default;

int BrokerSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int BrokerSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const broker::SessionInfo &session = m_sessions.at(index.row());
    QStringList filters;
    for (const broker::SubscriptionInfo &s : session.subscriptions)
        filters << QStringLiteral("%1 (%2)").arg(s.filter).arg(int(s.qos));
    if (role == Qt::ToolTipRole && index.column() == SubscriptionsColumn)
        return filters.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClientIdColumn:
        return session.clientId;
    case StateColumn:
        return session.connected ? tr("connected") : tr("offline");
    case ProtocolColumn:
        return QString::fromLatin1(mqtt::protocolVersionName(session.protocol));
    case SubscriptionsColumn:
        return filters.join(QStringLiteral(", "));
    case QueuedColumn:
        return qlonglong(session.queuedMessages);
    case InflightColumn:
        return qlonglong(session.inflightMessages);
    case DroppedColumn:
        return qulonglong(session.messagesDropped);
    case ExpiryColumn:
        if (session.expiryInterval == 0xFFFFFFFF)
            return tr("never");
        return tr("%n s", nullptr, int(std::min<quint32>(session.expiryInterval, INT_MAX)));
    }
    return {};
}

QVariant BrokerSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientIdColumn:
        return tr("Client ID");
    case StateColumn:
        return tr("State");
    case ProtocolColumn:
        return tr("Protocol");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    case QueuedColumn:
        return tr("Queued");
    case InflightColumn:
        return tr("In flight");
    case DroppedColumn:
        return tr("Dropped");
    case ExpiryColumn:
        return tr("Expires after");
    }
    return {};
}

void BrokerSessionModel::setSessions(const QList<broker::SessionInfo> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const auto &a, const auto &b) { return a.clientId < b.clientId; });
    endResetModel();
}

void BrokerSessionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
