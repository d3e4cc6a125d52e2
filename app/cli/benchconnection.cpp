#include "benchconnection.h"

#include <mqttcore/codec.h>

#include <QTcpSocket>

#include <chrono>
#include <cstring>

namespace cli {

namespace {
// Bytes queued in the socket above which publishers pause until it drains.
constexpr qint64 HighWaterBytes = 512 * 1024;
} // namespace

BenchConnection::BenchConnection(const mqtt::ConnectOptions &options, const QString &clientId,
                                 QObject *parent)
    : QObject(parent), m_options(options), m_clientId(clientId), m_socket(new QTcpSocket(this)),
      m_decoder(options.protocolVersion)
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        mqtt::ConnectPacket packet;
        packet.protocolVersion = m_options.protocolVersion;
        packet.clientId = m_clientId;
        packet.keepAlive = 0; // idle subscribers must not be dropped during a long run
        packet.userName = m_options.userName;
        packet.password = m_options.password;
        send(packet);
        flush();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &BenchConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_closing)
            Q_EMIT failed(m_socket->errorString());
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() < HighWaterBytes / 2)
            Q_EMIT writable();
    });
}

qint64 BenchConnection::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void BenchConnection::open()
{
    m_socket->connectToHost(m_options.host, m_options.effectivePort());
}

void BenchConnection::close()
{
    m_closing = true;
    if (m_connected) {
        send(mqtt::DisconnectPacket{});
        flush();
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
}

qint64 BenchConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_out.size();
}

namespace {
template <typename Ack> Ack ackFor(quint16 packetId)
{
    Ack ack;
    ack.packetId = packetId;
    return ack;
}
} // namespace

void BenchConnection::send(const mqtt::Packet &packet)
{
    mqtt::encodeTo(m_out, packet, m_options.protocolVersion);
}

void BenchConnection::flush()
{
    if (m_out.isEmpty())
        return;
    m_socket->write(m_out);
    m_out.clear();
}

void BenchConnection::subscribe(const QString &filter, mqtt::QoS qos)
{
    mqtt::SubscribePacket packet;
    packet.packetId = 1;
    packet.topics.append({filter, mqtt::SubscriptionOptions{qos}});
    send(packet);
    flush();
}

void BenchConnection::preparePublish(const QString &topic, int size, mqtt::QoS qos)
{
    mqtt::PublishPacket packet;
    packet.topic = topic;
    packet.qos = qos;
    packet.packetId = qos == mqtt::QoS::AtMostOnce ? 0 : 1;
    packet.payload = QByteArray(qMax(size, int(sizeof(qint64))), 'x');
    m_template = mqtt::encode(packet, m_options.protocolVersion);
    // The payload ends the packet; the packet id follows the topic (3.3.2).
    m_stampOffset = m_template.size() - packet.payload.size();
    qsizetype headerSize = 2;
    while (headerSize < 5 && (quint8(m_template[headerSize - 1]) & 0x80))
        ++headerSize;
    m_packetIdOffset = qos == mqtt::QoS::AtMostOnce ? -1 : headerSize + 2 + topic.toUtf8().size();
    m_out.reserve(HighWaterBytes + m_template.size());
}

bool BenchConnection::publishNext(qint64 nowNs)
{
    if (!m_connected || bytesToWrite() >= HighWaterBytes)
        return false;
    const qsizetype at = m_out.size();
    if (m_packetIdOffset >= 0) {
        if (m_inflight >= m_window)
            return false;
        ++m_inflight;
    }
    m_out.append(m_template);
    char *packet = m_out.data() + at;
    std::memcpy(packet + m_stampOffset, &nowNs, sizeof nowNs);
    if (m_packetIdOffset >= 0) {
        const quint16 id = m_nextPacketId;
        m_nextPacketId = m_nextPacketId == 65535 ? 1 : m_nextPacketId + 1;
        packet[m_packetIdOffset] = char(id >> 8);
        packet[m_packetIdOffset + 1] = char(id & 0xFF);
        m_sentAt[id] = nowNs;
    }
    return true;
}

void BenchConnection::onReadyRead()
{
    m_decoder.feed(m_socket->readAll());
    mqtt::Packet packet;
    for (;;) {
        const auto status = m_decoder.next(packet);
        if (status == mqtt::StreamDecoder::Status::NeedMoreData)
            break;
        if (status == mqtt::StreamDecoder::Status::Error) {
            Q_EMIT failed(tr("malformed packet from the broker"));
            m_socket->abort();
            return;
        }
        handle(packet);
    }
    flush();
}

void BenchConnection::handle(const mqtt::Packet &packet)
{
    switch (mqtt::packetType(packet)) {
    case mqtt::PacketType::Connack: {
        const auto &connack = std::get<mqtt::ConnackPacket>(packet);
        if (mqtt::isError(connack.reasonCode)) {
            Q_EMIT failed(tr("connection refused: %1")
                              .arg(QString::fromLatin1(mqtt::reasonCodeName(connack.reasonCode))));
            return;
        }
        if (connack.properties.receiveMaximum)
            m_window = qMin<int>(m_window, *connack.properties.receiveMaximum);
        m_connected = true;
        Q_EMIT connected();
        break;
    }
    case mqtt::PacketType::Suback:
        Q_EMIT subscribed();
        break;
    case mqtt::PacketType::Publish: {
        const auto &publish = std::get<mqtt::PublishPacket>(packet);
        qint64 sentNs = 0;
        if (publish.payload.size() >= qsizetype(sizeof sentNs))
            std::memcpy(&sentNs, publish.payload.constData(), sizeof sentNs);
        if (publish.qos == mqtt::QoS::AtLeastOnce)
            send(ackFor<mqtt::PubackPacket>(publish.packetId));
        else if (publish.qos == mqtt::QoS::ExactlyOnce)
            send(ackFor<mqtt::PubrecPacket>(publish.packetId));
        Q_EMIT received(sentNs, publish.payload.size());
        break;
    }
    case mqtt::PacketType::Pubrel:
        send(ackFor<mqtt::PubcompPacket>(std::get<mqtt::PubrelPacket>(packet).packetId));
        break;
    case mqtt::PacketType::Pubrec:
        send(ackFor<mqtt::PubrelPacket>(std::get<mqtt::PubrecPacket>(packet).packetId));
        break;
    case mqtt::PacketType::Puback:
    case mqtt::PacketType::Pubcomp: {
        const quint16 id = packet.index() == size_t(mqtt::PacketType::Puback) - 1
                               ? std::get<mqtt::PubackPacket>(packet).packetId
                               : std::get<mqtt::PubcompPacket>(packet).packetId;
        --m_inflight;
        Q_EMIT acknowledged(m_sentAt[id]);
        Q_EMIT writable();
        break;
    }
    default:
        break;
    }
}

} // namespace cli
