#pragma once

#include <broker/clientinfo.h>

#include <mqttcore/protocol.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace gui {

/// The clients connected to the local broker, with their subscriptions. Broker events are
/// queued and applied in one batch per flush (at most 10 per second), so that a thousand
/// clients connecting at once cost one model reset, not a thousand row inserts.
class BrokerClientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerClientModel)

public:
    enum Column
    {
        ClientIdColumn,
        AddressColumn,
        ProtocolColumn,
        KeepAliveColumn,
        SubscriptionsColumn,
        UserColumn,
        ConnectedAtColumn,
        ColumnCount
    };

    explicit BrokerClientModel(QObject *parent = nullptr);
    ~BrokerClientModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The client id of a row.
    QString clientId(int row) const;

public slots:
    void addClient(const broker::ClientInfo &client);
    void removeClient(const QString &clientId);
    void addSubscription(const QString &clientId, const QString &filter, mqtt::QoS qos);
    void removeSubscription(const QString &clientId, const QString &filter);
    /// Drops every row at once (the broker stopped).
    void clear();
    /// Applies the queued events now (normally done by the timer).
    void flush();
    /// Header texts are translated when asked for; this tells views to ask again.
    void retranslate();

private:
    struct Row
    {
        broker::ClientInfo info;
        QStringList subscriptions; ///< "filter (QoS n)"
    };
    struct Event
    {
        enum class Kind
        {
            Connected,
            Disconnected,
            Subscribed,
            Unsubscribed
        } kind;
        broker::ClientInfo info; ///< clientId is set for every kind
        QString filter;
        mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    };
    void enqueue(Event event);
    void applyToRows(const Event &event, bool notify);
    int rowOf(const QString &clientId) const;

    QList<Row> m_rows;
    QList<Event> m_pending;
    QTimer m_flushTimer;
};

} // namespace gui
