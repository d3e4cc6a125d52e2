// Flow control: delivery is pulled by each subscriber's socket, and a publisher that feeds a
// connected subscriber faster than it takes messages is read no further until that subscriber
// has drained, so TCP slows the publisher instead of the broker dropping or buffering without
// bound. A subscriber that makes no progress at all for slowConsumerTimeoutMs stops holding
// anybody back ("stalled"): from then on its QoS 0 messages are dropped while it cannot take
// them and its QoS 1/2 messages queue up to the queue bounds.
//
//   publisher socket --read--> processInput --route--> subscriber queue --pumpQueue--> socket
//        ^ paused while any subscriber it fed is congested       (while below high water) |
//        +------------------ released when the queue has drained to half ----------------+
#include "brokercore.h"
#include "logging.h"
#include "transport.h"

namespace broker {

namespace {
/// Input kept in a paused connection's decoder before it is handled anyway: a transport
/// that cannot stop reading (WebSocket) cannot grow memory past this.
constexpr qsizetype PausedInputLimit = 1024 * 1024;
} // namespace

void BrokerCore::receive(ClientConnection *client, QByteArrayView bytes)
{
    if (client->state == ClientConnection::State::Closed)
        return;
    TurnGuard turn(*this);
    m_stats.bytesReceived += bytes.size();
    if (client->refuseAtMs >= 0)
        return; // a refused login waiting for its CONNACK: nothing else counts
    if (client->state == ClientConnection::State::AwaitingConnect &&
        client->decoder.bufferedBytes() == 0 && !bytes.isEmpty() && quint8(bytes[0]) != 0x10) {
        // Not even the first byte of a CONNECT: no need to wait for the rest [MQTT-3.1.0-1].
        protocolViolation(*client, BrokerError::FirstPacketNotConnect);
        return;
    }
    client->decoder.feed(bytes);
    if (client->pendingLogin && client->decoder.bufferedBytes() > PausedInputLimit) {
        protocolViolation(*client, BrokerError::InputDuringLoginCheck); // nothing to handle it
        return;
    }
    if (client->readPaused && client->decoder.bufferedBytes() > PausedInputLimit) {
        client->readPaused = false; // handled anyway; the queue bounds apply
        processInput(*client);
        client->readPaused = !client->heldBy.isEmpty();
        return;
    }
    processInput(*client);
}

void BrokerCore::processInput(ClientConnection &client)
{
    mqtt::Frame frame;
    while (client.state != ClientConnection::State::Closed && client.refuseAtMs < 0 &&
           !client.readPaused) {
        const auto status = client.decoder.nextFrame(frame);
        if (status == mqtt::StreamDecoder::Status::NeedMoreData)
            break;
        if (status == mqtt::StreamDecoder::Status::Error) {
            decodeFailure(client, client.decoder.error(), nullptr);
            break;
        }
        ++m_stats.messagesReceived;
        auto result = mqtt::decodePacket(frame.fixedHeader, frame.body(), client.version);
        if (!result) {
            decodeFailure(client, result.error(), &frame);
            break;
        }
        client.lastReceivedMs = nowMs();
        dispatch(client, std::move(result).value());
    }
}

void BrokerCore::writeProgress(ClientConnection *client)
{
    if (client->state != ClientConnection::State::Connected || !client->session)
        return;
    TurnGuard turn(*this);
    noteProgress(*client->session);
    pumpQueue(*client->session);
}

bool BrokerCore::isCongested(const Session &session) const
{
    const qsizetype messages = m_limits.backPressureQueuedMessages;
    const qint64 bytes = m_limits.backPressureQueuedBytes;
    return (messages > 0 && qsizetype(session.queue.size()) >= messages) ||
           (bytes > 0 && session.queuedBytes >= bytes);
}

bool BrokerCore::hasDrained(const Session &session) const
{
    return qsizetype(session.queue.size()) <= m_limits.backPressureQueuedMessages / 2 &&
           (m_limits.backPressureQueuedBytes <= 0 ||
            session.queuedBytes <= m_limits.backPressureQueuedBytes / 2);
}

void BrokerCore::holdPublisher(ClientConnection &publisher, Session &congested)
{
    if (congested.heldPublishers.isEmpty())
        congested.lastProgressMs = nowMs(); // the stall clock starts with the first hold
    congested.heldPublishers.insert(&publisher);
    publisher.heldBy.insert(&congested);
    if (!publisher.readPaused) {
        publisher.readPaused = true;
        publisher.transport->setReadingPaused(true);
        ++m_stats.publishersPaused;
    }
}

void BrokerCore::releasePublishers(Session &session)
{
    const QSet<ClientConnection *> publishers = std::exchange(session.heldPublishers, {});
    for (ClientConnection *publisher : publishers) {
        publisher->heldBy.remove(&session);
        if (publisher->heldBy.isEmpty())
            m_toResume.push_back(publisher);
    }
}

void BrokerCore::forgetPublisher(ClientConnection &publisher)
{
    for (Session *session : std::as_const(publisher.heldBy))
        session->heldPublishers.remove(&publisher);
    publisher.heldBy.clear();
    std::erase(m_toResume, &publisher);
}

void BrokerCore::noteProgress(Session &session)
{
    session.lastProgressMs = nowMs();
    if (session.stalled) {
        session.stalled = false;
        qCInfo(lcBroker) << "client" << session.clientId << "is taking messages again";
    }
}

void BrokerCore::detectStalledConsumers(qint64 now)
{
    if (m_limits.slowConsumerTimeoutMs <= 0)
        return;
    const auto sessions = m_sessions->all();
    for (Session *session : sessions) {
        if (session->heldPublishers.isEmpty() || session->stalled ||
            now - session->lastProgressMs < m_limits.slowConsumerTimeoutMs)
            continue;
        session->stalled = true;
        ++m_stats.consumersStalled;
        qCWarning(lcBroker).nospace()
            << "client " << session->clientId << " took nothing for "
            << m_limits.slowConsumerTimeoutMs << " ms: it no longer holds "
            << session->heldPublishers.size() << " publisher(s) back; its QoS 0 messages are "
            << "dropped and QoS 1/2 messages queued up to the queue bounds";
        releasePublishers(*session);
    }
}

void BrokerCore::endTurn()
{
    ++m_turnDepth; // what runs here may produce more work: it is done in this loop
    while (!m_toResume.empty()) {
        ClientConnection *client = m_toResume.back();
        m_toResume.pop_back();
        if (client->state == ClientConnection::State::Closed || !client->heldBy.isEmpty() ||
            !client->readPaused)
            continue;
        client->readPaused = false;
        processInput(*client); // frames that waited in the decoder, in order
        if (!client->readPaused && client->state != ClientConnection::State::Closed)
            client->transport->setReadingPaused(false);
    }
    for (std::size_t i = 0; i < m_toFlush.size(); ++i) {
        ClientConnection *client = m_toFlush[i];
        client->flushPending = false;
        if (client->state == ClientConnection::State::Closed)
            continue;
        client->transport->flush();
        // The network took what was flushed, maybe all of it: then no write notification may
        // follow (Qt does not report writes made while it reports one), so the connection is
        // filled again on the next turn rather than waiting for one.
        Session *session = client->session;
        if (session && (!session->queue.empty() || !session->retainedBacklog.empty()) &&
            !socketFull(*client))
            m_toPump.insert(client);
    }
    m_toFlush.clear();
    if (!m_toPump.isEmpty() && !m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &BrokerCore::pumpDeferred, Qt::QueuedConnection);
    }
    --m_turnDepth;
}

void BrokerCore::pumpDeferred()
{
    m_pumpScheduled = false;
    TurnGuard turn(*this);
    const QSet<ClientConnection *> clients = std::exchange(m_toPump, {});
    for (ClientConnection *client : clients) {
        if (m_connections.contains(client) && client->session)
            pumpQueue(*client->session);
    }
}

} // namespace broker
