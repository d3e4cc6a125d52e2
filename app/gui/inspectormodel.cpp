#include "inspectormodel.h"

#include "timetext.h"

#include <mqttcore/packetformat.h>

#include <QDateTime>
#include <QLocale>

#include <type_traits>

namespace gui {

namespace {

QString flagsText(const mqtt::Packet &packet)
{
    if (const auto *publish = std::get_if<mqtt::PublishPacket>(&packet))
        return QStringLiteral("d%1 q%2 r%3")
            .arg(int(publish->dup))
            .arg(int(publish->qos))
            .arg(int(publish->retain));
    if (const auto *connect = std::get_if<mqtt::ConnectPacket>(&packet))
        return QStringLiteral("v%1 c%2%3")
            .arg(QString::fromLatin1(mqtt::protocolVersionName(connect->protocolVersion)))
            .arg(int(connect->cleanStart))
            .arg(connect->will ? QStringLiteral(" w") : QString());
    if (const auto *connack = std::get_if<mqtt::ConnackPacket>(&packet))
        return QStringLiteral("sp%1 rc%2")
            .arg(int(connack->sessionPresent))
            .arg(int(connack->reasonCode));
    return {};
}

qsizetype payloadSize(const mqtt::Packet &packet)
{
    if (const auto *publish = std::get_if<mqtt::PublishPacket>(&packet))
        return publish->payload.size();
    return -1;
}

void addPropertyNames(QStringList &names, const mqtt::Properties &p)
{
    using mqtt::PropertyId;
    const auto add = [&](bool present, PropertyId id) {
        if (present)
            names << QString::fromLatin1(mqtt::propertyName(id));
    };
    add(p.payloadFormatIndicator.has_value(), PropertyId::PayloadFormatIndicator);
    add(p.messageExpiryInterval.has_value(), PropertyId::MessageExpiryInterval);
    add(p.contentType.has_value(), PropertyId::ContentType);
    add(p.responseTopic.has_value(), PropertyId::ResponseTopic);
    add(p.correlationData.has_value(), PropertyId::CorrelationData);
    add(!p.subscriptionIdentifiers.isEmpty(), PropertyId::SubscriptionIdentifier);
    add(p.sessionExpiryInterval.has_value(), PropertyId::SessionExpiryInterval);
    add(p.assignedClientIdentifier.has_value(), PropertyId::AssignedClientIdentifier);
    add(p.serverKeepAlive.has_value(), PropertyId::ServerKeepAlive);
    add(p.authenticationMethod.has_value(), PropertyId::AuthenticationMethod);
    add(p.authenticationData.has_value(), PropertyId::AuthenticationData);
    add(p.requestProblemInformation.has_value(), PropertyId::RequestProblemInformation);
    add(p.willDelayInterval.has_value(), PropertyId::WillDelayInterval);
    add(p.requestResponseInformation.has_value(), PropertyId::RequestResponseInformation);
    add(p.responseInformation.has_value(), PropertyId::ResponseInformation);
    add(p.serverReference.has_value(), PropertyId::ServerReference);
    add(p.reasonString.has_value(), PropertyId::ReasonString);
    add(p.receiveMaximum.has_value(), PropertyId::ReceiveMaximum);
    add(p.topicAliasMaximum.has_value(), PropertyId::TopicAliasMaximum);
    add(p.topicAlias.has_value(), PropertyId::TopicAlias);
    add(p.maximumQoS.has_value(), PropertyId::MaximumQoS);
    add(p.retainAvailable.has_value(), PropertyId::RetainAvailable);
    add(!p.userProperties.isEmpty(), PropertyId::UserProperty);
    add(p.maximumPacketSize.has_value(), PropertyId::MaximumPacketSize);
    add(p.wildcardSubscriptionAvailable.has_value(), PropertyId::WildcardSubscriptionAvailable);
    add(p.subscriptionIdentifierAvailable.has_value(), PropertyId::SubscriptionIdentifierAvailable);
    add(p.sharedSubscriptionAvailable.has_value(), PropertyId::SharedSubscriptionAvailable);
}

} // namespace

InspectorModel::InspectorModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &InspectorModel::flush);
}

InspectorModel::~InspectorModel() = default;

void InspectorModel::setClient(mqtt::Client *client)
{
    disconnect(m_traceConnection);
    m_client = client;
    if (client)
        m_traceConnection =
            connect(client, &mqtt::Client::packetTrace, this, &InspectorModel::append);
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InspectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectorRecord &r = record(index.row());
    const bool outgoing = r.direction == mqtt::Client::Direction::Outgoing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeOfDayText(QDateTime::fromMSecsSinceEpoch(r.timestampMs));
        case DirectionColumn:
            return outgoing ? tr("→ out") : tr("← in");
        case TypeColumn:
            return QString::fromLatin1(mqtt::packetTypeName(mqtt::packetType(r.packet)));
        case FlagsColumn:
            return flagsText(r.packet);
        case PacketIdColumn: {
            const quint16 id = packetId(r.packet);
            return id ? QVariant(id) : QVariant();
        }
        case PropertiesColumn:
            return propertyNames(r.packet).join(QStringLiteral(", "));
        case PayloadSizeColumn: {
            const qsizetype size = payloadSize(r.packet);
            return size >= 0 ? QVariant(qlonglong(size)) : QVariant();
        }
        case SummaryColumn:
            return mqtt::describePacket(r.packet);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return isoTimeText(QDateTime::fromMSecsSinceEpoch(r.timestampMs));
        if (index.column() == SummaryColumn || index.column() == PropertiesColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PacketIdColumn || index.column() == PayloadSizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PacketTypeRole:
        return int(mqtt::packetType(r.packet));
    case DirectionRole:
        return int(r.direction);
    }
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case TypeColumn:
        return tr("Type");
    case FlagsColumn:
        return tr("Flags");
    case PacketIdColumn:
        return tr("Packet ID");
    case PropertiesColumn:
        return tr("Properties");
    case PayloadSizeColumn:
        return tr("Payload bytes");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

void InspectorModel::append(mqtt::Client::Direction direction, const mqtt::Packet &packet,
                            const QByteArray &raw)
{
    m_pending.push_back({QDateTime::currentMSecsSinceEpoch(), direction, packet, raw});
    if (m_pending.size() > size_t(m_maxCount)) { // a flood between two flushes
        m_pending.pop_front();
        ++m_dropped;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void InspectorModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const size_t incoming = m_pending.size();
    const size_t overflow =
        m_records.size() + incoming > size_t(m_maxCount)
            ? std::min(m_records.size(), m_records.size() + incoming - size_t(m_maxCount))
            : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_records.erase(m_records.begin(), m_records.begin() + qsizetype(overflow));
        endRemoveRows();
        m_dropped += overflow;
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_records));
    m_pending.clear();
    endInsertRows();
    if (overflow > 0)
        emit droppedCountChanged(m_dropped);
}

void InspectorModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_records.clear();
    endResetModel();
    m_dropped = 0;
    emit droppedCountChanged(0);
}

void InspectorModel::setMaxCount(int maxCount)
{
    m_maxCount = std::max(1, maxCount);
}

QString InspectorModel::hexDump(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4 + bytes.size() / 16 * 10);
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        const QByteArray line = bytes.mid(offset, 16);
        out += QStringLiteral("%1  ").arg(offset, 4, 16, QLatin1Char('0'));
        for (int i = 0; i < 16; ++i) {
            out += i < line.size()
                       ? QStringLiteral("%1 ").arg(quint8(line[i]), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("   ");
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ');
        for (const char c : line)
            out += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('.');
        out += QLatin1Char('\n');
    }
    return out;
}

quint16 InspectorModel::packetId(const mqtt::Packet &packet)
{
    return std::visit(
        [](const auto &p) -> quint16 {
            if constexpr (requires { p.packetId; })
                return p.packetId;
            else
                return 0;
        },
        packet);
}

QStringList InspectorModel::propertyNames(const mqtt::Packet &packet)
{
    QStringList names;
    std::visit(
        [&](const auto &p) {
            if constexpr (requires { p.properties; })
                addPropertyNames(names, p.properties);
        },
        packet);
    if (const auto *connect = std::get_if<mqtt::ConnectPacket>(&packet); connect && connect->will)
        addPropertyNames(names, connect->will->properties);
    names.removeDuplicates();
    return names;
}

void InspectorModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.empty())
        emit dataChanged(index(0, DirectionColumn), index(rowCount() - 1, DirectionColumn));
}

} // namespace gui
