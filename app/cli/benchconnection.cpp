#include "benchconnection.h"

#include <mqttcore/codec.h>

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace cli {

namespace {
// Bytes queued in the socket above which publishers pause until it drains.
constexpr qint64 HighWaterBytes = 512 * 1024;
// A throttled reader may catch up on at most this much of a second at once.
constexpr double ReadBurstSeconds = 0.05;
constexpr int ReadRetryMs = 5;

template <typename Ack> Ack ackFor(quint16 packetId)
{
    Ack ack;
    ack.packetId = packetId;
    return ack;
}

void appendRemainingLength(QByteArray &out, quint32 length)
{
    do {
        quint8 byte = length % 128;
        length /= 128;
        if (length > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (length > 0);
}

void appendUint16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xFF));
}
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
        packet.cleanStart = m_options.cleanStart;
        packet.keepAlive = 0; // idle subscribers must not be dropped during a long run
        packet.userName = m_options.userName;
        packet.password = m_options.password;
        if (!m_options.cleanStart && m_options.protocolVersion == mqtt::ProtocolVersion::V5)
            packet.properties.sessionExpiryInterval = 3600;
        send(packet);
        flush();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &BenchConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_connected = false;
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
    m_socket->abort();
    m_decoder.reset();
    m_out.clear();
    m_connected = false;
    m_closing = false;
    m_inflight = 0;
    m_socket->connectToHost(m_options.host, m_options.effectivePort());
}

void BenchConnection::close()
{
    m_closing = true;
    if (m_connected) {
        send(mqtt::DisconnectPacket{});
        flush();
        m_connected = false;
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
}

void BenchConnection::setReadRate(double bytesPerSecond)
{
    m_readRate = bytesPerSecond;
    if (bytesPerSecond <= 0)
        return;
    // Qt stops reading the socket when its buffer is full, so TCP pushes back on the broker.
    m_socket->setReadBufferSize(
        std::max<qint64>(64 * 1024, qint64(bytesPerSecond * ReadBurstSeconds)));
    if (!m_readTimer) {
        m_readTimer = new QTimer(this);
        m_readTimer->setSingleShot(true);
        m_readTimer->setTimerType(Qt::PreciseTimer);
        connect(m_readTimer, &QTimer::timeout, this, &BenchConnection::onReadyRead);
    }
}

qint64 BenchConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_out.size();
}

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

void BenchConnection::preparePublish(const QString &topic, int size, mqtt::QoS qos, bool retain,
                                     TopicFunction topicOf)
{
    m_topic = topic.toUtf8();
    m_topicOf = topicOf;
    m_payloadSize = size == 0 ? 0 : std::max(size, PayloadHeaderSize);
    m_qos = qos;
    m_retain = retain;
    if (qos != mqtt::QoS::AtMostOnce && m_sentAt.empty())
        m_sentAt.resize(65536);
    m_out.reserve(HighWaterBytes + m_payloadSize + 1024);
}

bool BenchConnection::publishNext(qint64 nowNs)
{
    if (!m_connected || bytesToWrite() >= HighWaterBytes)
        return false;
    const bool acknowledged = m_qos != mqtt::QoS::AtMostOnce;
    if (acknowledged && !m_ignoreWindow && m_inflight >= m_window)
        return false;
    if (m_topicOf)
        m_topicOf(m_sequence, m_topic);
    const bool v5 = m_options.protocolVersion == mqtt::ProtocolVersion::V5;
    const quint32 remaining =
        quint32(2 + m_topic.size() + (acknowledged ? 2 : 0) + (v5 ? 1 : 0) + m_payloadSize);
    m_out.append(char(0x30 | (int(m_qos) << 1) | (m_retain ? 1 : 0)));
    appendRemainingLength(m_out, remaining);
    appendUint16(m_out, quint16(m_topic.size()));
    m_out.append(m_topic);
    if (acknowledged) {
        const quint16 id = m_nextPacketId;
        m_nextPacketId = m_nextPacketId == 65535 ? 1 : m_nextPacketId + 1;
        appendUint16(m_out, id);
        m_sentAt[id] = nowNs;
        ++m_inflight;
    }
    if (v5)
        m_out.append('\0'); // no properties
    if (m_payloadSize > 0) {
        const qsizetype at = m_out.size();
        m_out.append(m_payloadSize, 'x');
        char *payload = m_out.data() + at;
        std::memcpy(payload, &nowNs, 8);
        std::memcpy(payload + 8, &m_publisherId, 4);
        std::memcpy(payload + 12, &m_sequence, 8);
    }
    ++m_sequence;
    return true;
}

void BenchConnection::onReadyRead()
{
    if (m_readRate > 0) {
        const qint64 now = nowNs();
        if (m_readTokensAtNs == 0)
            m_readTokensAtNs = now;
        m_readTokens = std::min(m_readTokens + m_readRate * double(now - m_readTokensAtNs) / 1e9,
                                m_readRate * ReadBurstSeconds);
        m_readTokensAtNs = now;
        const qint64 n = std::min(qint64(m_readTokens), m_socket->bytesAvailable());
        if (n > 0) {
            m_readBuffer.resize(n);
            const qint64 got = m_socket->read(m_readBuffer.data(), n);
            if (got > 0) {
                m_decoder.feed(QByteArrayView(m_readBuffer.constData(), got));
                m_readTokens -= double(got);
            }
        }
        if (m_socket->bytesAvailable() > 0 && !m_readTimer->isActive())
            m_readTimer->start(ReadRetryMs);
    } else {
        m_decoder.feed(m_socket->readAll());
    }
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
        BenchMessage message;
        message.payloadSize = publish.payload.size();
        message.dup = publish.dup;
        message.retain = publish.retain;
        message.stamped = message.payloadSize >= PayloadHeaderSize;
        if (message.stamped) {
            const char *payload = publish.payload.constData();
            std::memcpy(&message.sentNs, payload, 8);
            std::memcpy(&message.publisher, payload + 8, 4);
            std::memcpy(&message.sequence, payload + 12, 8);
        }
        if (m_acknowledging && publish.qos == mqtt::QoS::AtLeastOnce)
            send(ackFor<mqtt::PubackPacket>(publish.packetId));
        else if (m_acknowledging && publish.qos == mqtt::QoS::ExactlyOnce)
            send(ackFor<mqtt::PubrecPacket>(publish.packetId));
        Q_EMIT received(message);
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
        m_inflight = std::max(0, m_inflight - 1);
        Q_EMIT acknowledged(m_sentAt.empty() ? 0 : m_sentAt[id]);
        Q_EMIT writable();
        break;
    }
    default:
        break;
    }
}

} // namespace cli
