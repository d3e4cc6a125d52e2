#pragma once

#include <mqttcore/client.h>
#include <mqttcore/packets.h>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace gui {

/// One traced packet: what the client sent or received, decoded, with its exact bytes.
struct InspectorRecord
{
    qint64 timestampMs = 0;
    mqtt::Client::Direction direction = mqtt::Client::Direction::Incoming;
    mqtt::Packet packet;
    QByteArray raw; ///< the whole packet as on the wire (fixed header included)
};

/// Every packet in and out of one connection (mqtt::Client::packetTrace), the Wireshark-style
/// packet list of the workbench. Like the message log it is bounded (oldest packets go first,
/// counted in droppedCount()) and batched: trace signals are queued and applied at most every
/// FlushIntervalMs in one remove and one insert. Cell text is built lazily in data().
class InspectorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorModel)

public:
    enum Column
    {
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        FlagsColumn,
        PacketIdColumn,
        PropertiesColumn,
        PayloadSizeColumn,
        SummaryColumn,
        ColumnCount
    };

    enum Role
    {
        PacketTypeRole = Qt::UserRole + 1, ///< int (mqtt::PacketType)
        DirectionRole,                     ///< int (mqtt::Client::Direction)
    };

    static constexpr int DefaultMaxCount = 20'000;
    static constexpr int FlushIntervalMs = 33;

    explicit InspectorModel(QObject *parent = nullptr);
    ~InspectorModel() override;

    /// Traces `client` from now on (one client at a time; nullptr detaches).
    void setClient(mqtt::Client *client);
    mqtt::Client *client() const { return m_client; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(mqtt::Client::Direction direction, const mqtt::Packet &packet,
                const QByteArray &raw);
    /// Applies the queue now (the timer calls this).
    void flush();
    void clear();

    void setMaxCount(int maxCount);
    int maxCount() const { return m_maxCount; }
    quint64 droppedCount() const { return m_dropped; }

    const InspectorRecord &record(int row) const { return m_records[size_t(row)]; }

    /// Classic 16-bytes-a-line hex dump with offsets and an ASCII column.
    static QString hexDump(const QByteArray &bytes);
    /// Packet identifier of a packet, 0 when it has none.
    static quint16 packetId(const mqtt::Packet &packet);
    /// Names of the MQTT 5 properties set on a packet (publish, will and other properties).
    static QStringList propertyNames(const mqtt::Packet &packet);

public slots:
    void retranslate();

signals:
    void droppedCountChanged(quint64 dropped);

private:
    std::deque<InspectorRecord> m_records;
    std::deque<InspectorRecord> m_pending;
    int m_maxCount = DefaultMaxCount;
    quint64 m_dropped = 0;
    QPointer<mqtt::Client> m_client;
    QMetaObject::Connection m_traceConnection;
    QTimer m_flushTimer;
};

} // namespace gui
