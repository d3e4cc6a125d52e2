#include "brokerclientmodel.h"

namespace gui {

namespace {
constexpr int flushIntervalMs = 100;
/// Above this many queued events one reset is cheaper than row-by-row signals.
constexpr qsizetype resetThreshold = 32;

QString subscriptionText(const QString &filter, mqtt::QoS qos)
{
    return QStringLiteral("%1 (%2)").arg(filter).arg(int(qos));
}
} // namespace

BrokerClientModel::BrokerClientModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BrokerClientModel::flush);
}

BrokerClientModel::~BrokerClientModel() = default;

int BrokerClientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BrokerClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerClientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == SubscriptionsColumn)
        return row.subscriptions.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClientIdColumn:
        return row.info.clientId;
    case AddressColumn:
        return row.info.address;
    case ProtocolColumn:
        return QString::fromLatin1(mqtt::protocolVersionName(row.info.protocol));
    case KeepAliveColumn:
        return row.info.keepAlive == 0 ? tr("off") : tr("%n s", nullptr, row.info.keepAlive);
    case SubscriptionsColumn:
        return row.subscriptions.join(QStringLiteral(", "));
    case UserColumn:
        return row.info.userName;
    case ConnectedAtColumn:
        return row.info.connectedAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
    }
    return {};
}

QVariant BrokerClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientIdColumn:
        return tr("Client ID");
    case AddressColumn:
        return tr("Address");
    case ProtocolColumn:
        return tr("Protocol");
    case KeepAliveColumn:
        return tr("Keep-alive");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    case UserColumn:
        return tr("User");
    case ConnectedAtColumn:
        return tr("Connected at");
    }
    return {};
}

QString BrokerClientModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.clientId : QString();
}

void BrokerClientModel::addClient(const broker::ClientInfo &client)
{
    enqueue({Event::Kind::Connected, client, {}, {}});
}

void BrokerClientModel::removeClient(const QString &clientId)
{
    broker::ClientInfo info;
    info.clientId = clientId;
    enqueue({Event::Kind::Disconnected, info, {}, {}});
}

void BrokerClientModel::addSubscription(const QString &clientId, const QString &filter,
                                        mqtt::QoS qos)
{
    broker::ClientInfo info;
    info.clientId = clientId;
    enqueue({Event::Kind::Subscribed, info, filter, qos});
}

void BrokerClientModel::removeSubscription(const QString &clientId, const QString &filter)
{
    broker::ClientInfo info;
    info.clientId = clientId;
    enqueue({Event::Kind::Unsubscribed, info, filter, {}});
}

void BrokerClientModel::clear()
{
    m_pending.clear();
    m_flushTimer.stop();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void BrokerClientModel::enqueue(Event event)
{
    m_pending.append(std::move(event));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BrokerClientModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Event> events = std::exchange(m_pending, {});
    const bool reset = events.size() > resetThreshold;
    if (reset)
        beginResetModel();
    for (const Event &event : events)
        applyToRows(event, !reset);
    if (reset)
        endResetModel();
}

void BrokerClientModel::applyToRows(const Event &event, bool notify)
{
    const int row = rowOf(event.info.clientId);
    switch (event.kind) {
    case Event::Kind::Connected:
        if (row >= 0) { // a session taken over: the new connection replaces the old row
            m_rows[row] = {event.info, {}};
            if (notify)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        if (notify)
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append({event.info, {}});
        if (notify)
            endInsertRows();
        return;
    case Event::Kind::Disconnected:
        if (row < 0)
            return;
        if (notify)
            beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        if (notify)
            endRemoveRows();
        return;
    case Event::Kind::Subscribed:
    case Event::Kind::Unsubscribed: {
        if (row < 0)
            return;
        QStringList &subscriptions = m_rows[row].subscriptions;
        // A new subscription to the same filter replaces the old one ([MQTT-3.8.4-3]).
        subscriptions.removeIf(
            [&](const QString &s) { return s.startsWith(event.filter + QStringLiteral(" (")); });
        if (event.kind == Event::Kind::Subscribed)
            subscriptions.append(subscriptionText(event.filter, event.qos));
        if (notify)
            emit dataChanged(index(row, SubscriptionsColumn), index(row, SubscriptionsColumn));
        return;
    }
    }
}

int BrokerClientModel::rowOf(const QString &clientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.clientId == clientId)
            return i;
    }
    return -1;
}

void BrokerClientModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace gui
