#include "rawclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace mqtt;

RawClient::RawClient(ProtocolVersion version, QObject *parent)
    : QObject(parent), m_version(version), m_decoder(version)
{
    QObject::connect(&m_socket, &QSslSocket::readyRead, this, &RawClient::readAvailable);
    // Small packets back to back must not wait for delayed ACKs (Nagle).
    QObject::connect(&m_socket, &QSslSocket::connected, this,
                     [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    QObject::connect(&m_socket, &QSslSocket::stateChanged, this, &RawClient::progressed);
    QObject::connect(&m_socket, &QSslSocket::encrypted, this, &RawClient::progressed);
}

template <typename Pred> bool RawClient::waitFor(Pred pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(this, &RawClient::progressed, &loop, &QEventLoop::quit);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        timer.start(int(std::max<qint64>(1, deadline.remainingTime())));
        loop.exec();
    }
    return true;
}

bool RawClient::open(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                   timeoutMs);
}

bool RawClient::openTls(quint16 port, const QString &caFile, int timeoutMs)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caFile));
    m_socket.setSslConfiguration(configuration);
    m_socket.connectToHostEncrypted(QStringLiteral("localhost"), port);
    return waitFor([this] { return m_socket.isEncrypted(); }, timeoutMs);
}

void RawClient::sendPacket(const Packet &packet)
{
    m_socket.write(encode(packet, m_version));
}

void RawClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawClient::readAvailable()
{
    if (!m_reading)
        return;
    m_decoder.feed(m_socket.readAll());
    Packet packet;
    for (;;) {
        const auto status = m_decoder.next(packet);
        if (status == StreamDecoder::Status::PacketReady) {
            m_packets.push_back(std::move(packet));
            continue;
        }
        if (status == StreamDecoder::Status::Error)
            m_decodeError = true;
        break;
    }
    emit progressed();
}

std::optional<Packet> RawClient::receive(int timeoutMs)
{
    const bool arrived = waitFor(
        [this] {
            return !m_packets.empty() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!arrived || m_packets.empty())
        return std::nullopt;
    Packet packet = std::move(m_packets.front());
    m_packets.pop_front();
    return packet;
}

bool RawClient::expectNothingPending(int timeoutMs)
{
    sendPacket(PingreqPacket{});
    return expect<PingrespPacket>(timeoutMs).has_value();
}

bool RawClient::waitForClosed(int timeoutMs)
{
    return waitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                   timeoutMs);
}

void RawClient::stopReading()
{
    m_reading = false;
    m_socket.setReadBufferSize(1);
}

ConnectPacket RawClient::makeConnect(const QString &clientId, bool cleanStart,
                                     quint16 keepAlive) const
{
    ConnectPacket connect;
    connect.protocolVersion = m_version;
    connect.clientId = clientId;
    connect.cleanStart = cleanStart;
    connect.keepAlive = keepAlive;
    return connect;
}

std::optional<ConnackPacket> RawClient::connect(const ConnectPacket &packet)
{
    sendPacket(packet);
    if (packet.protocolVersion != m_version) {
        m_version = packet.protocolVersion;
    }
    m_decoder.setProtocolVersion(m_version);
    return expect<ConnackPacket>();
}

std::optional<ConnackPacket> RawClient::connect(const QString &clientId, bool cleanStart)
{
    return connect(makeConnect(clientId, cleanStart));
}

bool RawClient::subscribe(const QString &filter, QoS qos, quint16 packetId,
                          const Properties &properties)
{
    SubscribePacket subscribe;
    subscribe.packetId = packetId;
    SubscribeTopic topic;
    topic.filter = filter;
    topic.options.maximumQoS = qos;
    subscribe.topics.append(topic);
    subscribe.properties = properties;
    sendPacket(subscribe);
    const auto suback = expect<SubackPacket>();
    return suback && suback->packetId == packetId && suback->reasonCodes.size() == 1 &&
           suback->reasonCodes[0] == static_cast<ReasonCode>(qos);
}

bool RawClient::publish(const QString &topic, const QByteArray &payload, QoS qos, bool retain,
                        quint16 packetId, const Properties &properties)
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = payload;
    publish.qos = qos;
    publish.retain = retain;
    publish.packetId = qos == QoS::AtMostOnce ? 0 : packetId;
    publish.properties = properties;
    sendPacket(publish);
    if (qos == QoS::AtMostOnce)
        return true;
    if (qos == QoS::AtLeastOnce) {
        const auto ack = expect<PubackPacket>();
        return ack && ack->packetId == packetId;
    }
    const auto rec = expect<PubrecPacket>();
    if (!rec || rec->packetId != packetId)
        return false;
    PubrelPacket rel;
    rel.packetId = packetId;
    sendPacket(rel);
    const auto comp = expect<PubcompPacket>();
    return comp && comp->packetId == packetId;
}

std::optional<PublishPacket> RawClient::receivePublish(int timeoutMs)
{
    auto publish = expect<PublishPacket>(timeoutMs);
    if (!publish)
        return std::nullopt;
    if (publish->qos == QoS::AtLeastOnce) {
        PubackPacket ack;
        ack.packetId = publish->packetId;
        sendPacket(ack);
    } else if (publish->qos == QoS::ExactlyOnce) {
        PubrecPacket rec;
        rec.packetId = publish->packetId;
        sendPacket(rec);
        const auto rel = expect<PubrelPacket>(timeoutMs);
        if (!rel || rel->packetId != publish->packetId)
            return std::nullopt;
        PubcompPacket comp;
        comp.packetId = publish->packetId;
        sendPacket(comp);
    }
    return publish;
}

void RawClient::disconnect(ReasonCode reason)
{
    DisconnectPacket packet;
    packet.reasonCode = reason;
    sendPacket(packet);
    m_socket.disconnectFromHost();
}
