#include "benchconnection.h"

#include "benchtransport.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace cli {

BenchConnection::BenchConnection(const mqtt::ConnectOptions &options, const QString &clientId,
                                 QObject *parent)
    : QObject(parent), m_options(options), m_client(new mqtt::Client(this))
{
    m_options.clientId = clientId;
    m_options.keepAlive = 0;             // idle subscribers must not be dropped during a long run
    m_options.reconnect.enabled = false; // a scenario decides when to come back (open())
    if (!m_options.cleanStart && m_options.protocolVersion == mqtt::ProtocolVersion::V5)
        m_options.sessionExpiry = 3600;
    m_client->setTransportFactory([this] {
        auto transport = std::make_unique<BenchTransport>(m_readRate);
        m_transport = transport.get();
        connect(m_transport, &BenchTransport::writable, this, &BenchConnection::writable);
        connect(m_transport, &QObject::destroyed, this, [this, gone = m_transport] {
            if (m_transport == gone)
                m_transport = nullptr;
        });
        return transport;
    });
    connect(m_client, &mqtt::Client::connected, this, [this] {
        const auto &receiveMaximum = m_client->connack().properties.receiveMaximum;
        if (receiveMaximum)
            m_window = std::min<int>(m_window, *receiveMaximum);
        emit connected();
    });
    connect(m_client, &mqtt::Client::errorOccurred, this, [this](const mqtt::ClientError &error) {
        if (!m_closing)
            emit failed(error.message);
    });
    connect(m_client, &mqtt::Client::messageReceived, this, &BenchConnection::onMessage);
    connect(m_client, &mqtt::Client::posted, this, [this](quint64 id) {
        emit acknowledged(m_sentAt.empty() ? 0 : m_sentAt[id & 0xFFFF]);
        emit writable();
    });
    connect(m_client, &mqtt::Client::postFailed, this,
            [this](quint64, const mqtt::ClientError &error) {
                if (!m_closing && error.kind != mqtt::ClientError::Kind::Cancelled)
                    emit failed(error.message);
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
    m_closing = false;
    m_client->abortConnection();
    m_client->setOptions(m_options);
    m_client->connectToBroker();
}

void BenchConnection::close()
{
    m_closing = true;
    m_client->disconnectFromBroker();
}

void BenchConnection::subscribe(const QString &filter, mqtt::QoS qos)
{
    mqtt::Subscription *subscription = m_client->subscribe(filter, mqtt::SubscriptionOptions{qos});
    connect(subscription, &mqtt::Subscription::stateChanged, this,
            [this, subscription](mqtt::Subscription::State state) {
                if (state == mqtt::Subscription::State::Subscribed)
                    emit subscribed();
                else if (state == mqtt::Subscription::State::Failed)
                    emit failed(tr("subscription to %1 refused: %2")
                                    .arg(subscription->filter(),
                                         QString::fromLatin1(
                                             mqtt::reasonCodeName(subscription->reasonCode()))));
            });
}

void BenchConnection::preparePublish(const QString &topic, int size, mqtt::QoS qos, bool retain,
                                     TopicFunction topicOf)
{
    m_topic = topic;
    m_topicOf = topicOf;
    m_payloadSize = size == 0 ? 0 : std::max(size, PayloadHeaderSize);
    m_qos = qos;
    m_retain = retain;
    if (qos != mqtt::QoS::AtMostOnce && m_sentAt.empty())
        m_sentAt.resize(65536);
}

bool BenchConnection::isConnected() const
{
    return m_client->state() == mqtt::Client::State::Connected;
}

int BenchConnection::inflight() const
{
    return m_client->inflightCount();
}

qint64 BenchConnection::bytesToWrite() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

bool BenchConnection::publishNext(qint64 nowNs)
{
    if (!isConnected() || bytesToWrite() >= BenchTransport::HighWaterBytes)
        return false;
    if (m_qos != mqtt::QoS::AtMostOnce &&
        (m_ignoreWindow ? m_client->queuedCount() > 0 : m_client->inflightCount() >= m_window))
        return false;
    if (m_topicOf) {
        m_topicOf(m_sequence, m_topicBytes);
        m_topic = QString::fromUtf8(m_topicBytes);
    }
    QByteArray payload(m_payloadSize, 'x');
    if (m_payloadSize > 0) {
        std::memcpy(payload.data(), &nowNs, 8);
        std::memcpy(payload.data() + 8, &m_publisherId, 4);
        std::memcpy(payload.data() + 12, &m_sequence, 8);
    }
    const quint64 id = m_client->post(mqtt::Message(m_topic, payload, m_qos, m_retain));
    if (id == 0)
        return false;
    if (m_qos != mqtt::QoS::AtMostOnce)
        m_sentAt[id & 0xFFFF] = nowNs;
    ++m_sequence;
    return true;
}

void BenchConnection::onMessage(const mqtt::Message &message)
{
    const QByteArray payload = message.payload();
    BenchMessage received;
    received.payloadSize = payload.size();
    received.dup = message.dup();
    received.retain = message.retain();
    received.stamped = received.payloadSize >= PayloadHeaderSize;
    if (received.stamped) {
        std::memcpy(&received.sentNs, payload.constData(), 8);
        std::memcpy(&received.publisher, payload.constData() + 8, 4);
        std::memcpy(&received.sequence, payload.constData() + 12, 8);
    }
    emit this->received(received);
}

} // namespace cli
