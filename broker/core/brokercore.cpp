#include "brokercore.h"

#include "logging.h"
#include "memorysessionstore.h"
#include "transport.h"

#include <QThread>

#include <algorithm>

using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

namespace broker {

namespace {

constexpr int SweepIntervalMs = 250;
constexpr quint32 NeverExpires = 0xFFFFFFFF;

/// The protocol level byte of a CONNECT body that failed to decode, if it can be found.
int peekProtocolLevel(QByteArrayView body)
{
    if (body.size() < 2)
        return -1;
    const int nameLength = (quint8(body[0]) << 8) | quint8(body[1]);
    if ((nameLength != 4 && nameLength != 6) || body.size() <= 2 + nameLength)
        return -1;
    return quint8(body[2 + nameLength]);
}

} // namespace

BrokerCore::BrokerCore(const BrokerLimits &limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_sessions(std::make_unique<MemorySessionStore>()),
      m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_clock.start();
    // Hashing is all CPU: leave a core to the event loop.
    m_loginChecks.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_sweepTimer.setInterval(SweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &BrokerCore::sweep);
    m_sysTimer.setInterval(std::max(1, m_limits.sysInterval) * 1000);
    connect(&m_sysTimer, &QTimer::timeout, this, &BrokerCore::publishSysTopics);
}

void BrokerCore::setJournal(std::unique_ptr<Journal> journal)
{
    m_journal = std::move(journal);
    if (m_journal)
        m_journal->setCommittedCallback([this](quint64 committed) { journalCommitted(committed); });
}

void BrokerCore::restore(RestoredState &&state)
{
    for (Session &restored : state.sessions) {
        Session *session = m_sessions->create(restored.clientId);
        *session = std::move(restored);
        session->client = nullptr;
        for (auto it = session->subscriptions.cbegin(); it != session->subscriptions.cend(); ++it)
            m_subscriptions.add(session, it.key(), it.value());
    }
    for (const MessagePtr &message : state.retained)
        m_retained.store(message);
    qCInfo(lcBroker) << "restored" << state.sessions.size() << "sessions and"
                     << state.retained.size() << "retained messages";
}

void BrokerCore::start()
{
    m_sweepTimer.start();
    if (m_limits.sysInterval > 0) {
        publishSysTopics();
        m_sysTimer.start();
    }
}

BrokerCore::~BrokerCore()
{
    // A check still running would post its answer to a core being destroyed.
    m_loginChecks.clear();
    m_loginChecks.waitForDone();
    shutdown();
    for (ClientConnection *client : std::as_const(m_connections))
        delete client;
    m_journal.reset(); // its last commit, while the core is whole
}

ClientConnection *BrokerCore::openConnection(Transport *transport, const QHostAddress &peer,
                                             quint16 peerPort, const QString &listener)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // show ::ffff:1.2.3.4 as 1.2.3.4
    const QHostAddress shown = isV4 ? QHostAddress(v4) : peer;
    const QString address = QStringLiteral("%1:%2").arg(shown.toString()).arg(peerPort);
    auto *client =
        new ClientConnection(transport, address, listener, nowMs(), m_limits.maxPacketSize);
    client->peer = shown;
    m_connections.insert(client);
    ++m_connectionsAccepted;
    qCDebug(lcConnection) << "new connection from" << address << "on" << listener;
    return client;
}

ClientConnection *BrokerCore::openInternalConnection(Transport *transport, const QString &name,
                                                     const std::optional<QString> &identity)
{
    auto *client = new ClientConnection(transport, name, name, nowMs(), m_limits.maxPacketSize);
    client->peer = QHostAddress(QHostAddress::LocalHost);
    client->internal = true;
    client->internalIdentity = identity;
    m_connections.insert(client);
    qCDebug(lcConnection) << "internal connection" << name;
    return client;
}

qsizetype BrokerCore::queuedMessages(const QString &clientId) const
{
    const Session *session = m_sessions->find(clientId);
    return session ? qsizetype(session->queue.size()) : 0;
}

void BrokerCore::connectionLost(ClientConnection *client)
{
    if (client->state == ClientConnection::State::Closed)
        return;
    qCDebug(lcConnection) << "connection lost:" << client->clientId << client->address;
    TurnGuard turn(*this);
    finishConnection(*client, ReasonCode::UnspecifiedError);
}

void BrokerCore::shutdown()
{
    m_sweepTimer.stop();
    m_sysTimer.stop();
    const auto connections = m_connections.values();
    for (ClientConnection *client : connections)
        closeConnection(*client, reasonCodeFor(BrokerError::ServerShuttingDown), true);
    deleteClosedConnections();
    if (m_journal)
        m_journal->flush();
}

void BrokerCore::disconnectClient(const QString &clientId)
{
    if (ClientConnection *client = m_connectedById.value(clientId)) {
        qCInfo(lcConnection) << clientId << brokerErrorText(BrokerError::AdministrativeAction);
        closeConnection(*client, reasonCodeFor(BrokerError::AdministrativeAction), true);
    }
}

void BrokerCore::deleteRetained(const QString &topic)
{
    if (m_retained.remove(topic) && m_journal)
        m_journal->retainedRemoved(topic);
}

// ---- the exits: every refused CONNECT and every ended connection goes through these ----

void BrokerCore::refuseConnect(ClientConnection &client, ProtocolVersion version, ReasonCode reason,
                               const char *why)
{
    qCInfo(lcProtocol).nospace() << "refusing CONNECT from " << client.address << ": " << why
                                 << " (" << mqtt::reasonCodeName(reason) << ")";
    ++m_stats.connectionsRefused;
    mqtt::ConnackPacket connack;
    connack.reasonCode = reason;
    client.version = version;
    send(client, connack);
    closeConnection(client, reason, false);
}

void BrokerCore::deferRefusal(ClientConnection &client, ProtocolVersion version, ReasonCode reason,
                              int delayMs)
{
    qCInfo(lcProtocol).nospace() << "refusing CONNECT from " << client.address << " in " << delayMs
                                 << " ms (failed-login delay)";
    client.version = version;
    client.refuseReason = reason;
    client.refuseAtMs = nowMs() + delayMs;
    const qint64 due = client.refuseAtMs;
    ClientConnection *target = &client;
    // The connection may be gone (and its memory reused) when the timer fires: act only on a
    // live connection still waiting for this very refusal.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, target, due] {
        if (m_connections.contains(target) && target->refuseAtMs == due) {
            target->refuseAtMs = -1;
            refuseConnect(*target, target->version, target->refuseReason,
                          "refused by authentication");
        }
    });
}

void BrokerCore::protocolViolation(ClientConnection &client, BrokerError error)
{
    qCWarning(lcProtocol).nospace()
        << "closing " << client.address << " ("
        << (client.clientId.isEmpty() ? "-" : client.clientId) << "): " << brokerErrorText(error);
    ++m_stats.protocolErrors;
    // Before CONNACK there is no DISCONNECT to send [MQTT-3.1.0-1]; closeConnection knows.
    closeConnection(client, reasonCodeFor(error), true);
}

void BrokerCore::decodeFailure(ClientConnection &client, const mqtt::DecodeError &error,
                               const mqtt::Frame *frame)
{
    ++m_stats.protocolErrors;
    qCWarning(lcProtocol).nospace() << "bad packet from " << client.address << " ("
                                    << (client.clientId.isEmpty() ? "-" : client.clientId)
                                    << "): " << mqtt::codecErrorText(error.error);
    if (client.state != ClientConnection::State::AwaitingConnect) {
        closeConnection(client, error.reasonCode, true);
        return;
    }
    // A CONNECT that cannot be accepted: MQTT 5 answers with a CONNACK reason code; 3.1.1 only
    // has codes for an unsupported level [MQTT-3.1.2-2] and a rejected id [MQTT-3.1.3-9].
    if (frame && frame->type() == mqtt::PacketType::Connect) {
        const int level = peekProtocolLevel(frame->body());
        if (level == int(ProtocolVersion::V5)) {
            refuseConnect(client, ProtocolVersion::V5, error.reasonCode,
                          mqtt::codecErrorText(error.error));
            return;
        }
        if (error.error == mqtt::CodecError::UnsupportedProtocolVersion ||
            error.error == mqtt::CodecError::ClientIdentifierNotValid) {
            const auto version = level == int(ProtocolVersion::V3_1) ? ProtocolVersion::V3_1
                                                                     : ProtocolVersion::V3_1_1;
            refuseConnect(client, version, error.reasonCode, mqtt::codecErrorText(error.error));
            return;
        }
    }
    closeConnection(client, error.reasonCode, false);
}

void BrokerCore::closeConnection(ClientConnection &client, ReasonCode reason, bool sendDisconnect)
{
    if (client.state == ClientConnection::State::Closed)
        return;
    // The server may only send DISCONNECT after CONNACK, and only in MQTT 5 [MQTT-3.14.0-1].
    if (sendDisconnect && client.state == ClientConnection::State::Connected && client.isV5()) {
        mqtt::DisconnectPacket disconnect;
        // A code that only CONNACK may carry (e.g. 0x84 from a second CONNECT that does not
        // decode) becomes Protocol error: a DISCONNECT must carry a DISCONNECT code.
        disconnect.reasonCode = mqtt::isReasonCodeAllowed(mqtt::PacketType::Disconnect, reason)
                                    ? reason
                                    : mqtt::ReasonCode::ProtocolError;
        send(client, disconnect);
    }
    Transport *transport = client.transport;
    finishConnection(client, reason);
    transport->close();
}

void BrokerCore::finishConnection(ClientConnection &client, ReasonCode reason)
{
    const bool wasConnected = client.state == ClientConnection::State::Connected;
    client.state = ClientConnection::State::Closed;
    for (HeldPacket &held : m_heldPackets) {
        if (held.client == &client)
            held.client = nullptr;
    }
    forgetPublisher(client);
    m_connections.remove(&client);
    m_closed.emplace_back(&client);
    Session *session = client.session;
    client.session = nullptr;
    if (!wasConnected || !session)
        return;

    if (m_connectedById.value(client.clientId) == &client)
        m_connectedById.remove(client.clientId);
    --m_stats.clientsConnected;
    session->client = nullptr;
    session->disconnectedAtMs = nowMs();
    releasePublishers(*session); // an offline queue holds nobody back
    qCInfo(lcConnection).nospace()
        << "client " << client.clientId << " disconnected (" << mqtt::reasonCodeName(reason) << ")";
    emit clientDisconnected(client.clientId, reason);

    if (!client.publishWillOnClose)
        session->will.reset(); // [MQTT-3.1.2-10] [MQTT-3.14.4-3]
    if (session->will) {
        const quint32 delay = session->will->properties.willDelayInterval.value_or(0);
        if (delay == 0 || session->expiryInterval == 0)
            publishWill(*session);
        else
            session->willDueMs =
                session->disconnectedAtMs + qint64(std::min(delay, session->expiryInterval)) * 1000;
    }
    if (session->expiryInterval == 0)
        endSession(session);
    else if (m_journal)
        m_journal->sessionChanged(*session);
}

// ---- sessions ----

Session *BrokerCore::takeSession(ClientConnection &client, const mqtt::ConnectPacket &packet,
                                 quint32 expiryInterval, bool &sessionPresent)
{
    if (ClientConnection *previous = m_connectedById.value(client.clientId)) {
        // Take-over [MQTT-3.1.4-3]: the old connection ends (its will follows the usual
        // rules), the session stays for the new connection to resume or discard.
        qCInfo(lcConnection) << "session" << client.clientId << "taken over by" << client.address;
        Session *session = previous->session;
        const quint32 keep = session->expiryInterval;
        session->expiryInterval = NeverExpires;
        closeConnection(*previous, reasonCodeFor(BrokerError::SessionTakenOver), true);
        session->expiryInterval = keep;
        if (keep == 0) {
            // The old connection's session ended with it: a clean session's state is never
            // reused [MQTT-3.1.2-6] [MQTT-4.1.0-2].
            endSession(session);
        }
    }
    Session *session = m_sessions->find(client.clientId);
    if (session && packet.cleanStart) {
        endSession(session); // [MQTT-3.1.2-4]
        session = nullptr;
    }
    sessionPresent = session != nullptr; // [MQTT-3.2.2-2] [MQTT-3.2.2-3]
    if (session) {
        session->will.reset(); // a resumed session cancels a delayed will [MQTT-3.1.3-9]
        session->willDueMs = -1;
        // Read access is decided for the user of the connection that sends: what was queued
        // for another user is checked again on the way out.
        client.recheckReads = session->userName != client.authenticatedUser;
    } else {
        session = m_sessions->create(client.clientId);
    }
    session->client = &client;
    session->userName = client.authenticatedUser;
    session->protocol = packet.protocolVersion;
    session->expiryInterval = expiryInterval;
    session->will = packet.will ? std::make_unique<mqtt::Will>(*packet.will) : nullptr;
    if (m_journal)
        m_journal->sessionChanged(*session);
    return session;
}

void BrokerCore::endSession(Session *session)
{
    if (session->willDueMs >= 0)
        publishWill(*session); // the session ends before the will delay [MQTT-3.1.3-9]
    for (auto it = session->subscriptions.cbegin(); it != session->subscriptions.cend(); ++it)
        m_subscriptions.remove(session, it.key());
    qCDebug(lcBroker) << "session ended:" << session->clientId;
    releasePublishers(*session);
    if (m_journal)
        m_journal->sessionRemoved(*session);
    m_sessions->remove(session);
}

void BrokerCore::publishWill(Session &session)
{
    if (!session.will)
        return;
    mqtt::Will will = std::move(*session.will);
    session.will.reset();
    session.willDueMs = -1;
    will.properties.willDelayInterval.reset();
    if (m_journal && session.client == nullptr)
        m_journal->sessionChanged(session); // the pending will is gone
    if (!mayPublish(session.clientId, session.userName, will.topic)) {
        // A will enters the broker like a PUBLISH and passes the same check.
        qCInfo(lcProtocol) << session.clientId << "may not publish its will to" << will.topic;
        return;
    }
    qCDebug(lcBroker) << "publishing will of" << session.clientId << "to" << will.topic;
    route(makeMessage(will.topic, will.payload, will.qos, will.retain, std::move(will.properties),
                      session.clientId));
}

void BrokerCore::deleteClosedConnections()
{
    // Nothing may refer to them afterwards: their final bytes were handed to the transport,
    // which flushes them when it closes.
    std::erase_if(m_toFlush, [](const ClientConnection *client) {
        return client->state == ClientConnection::State::Closed;
    });
    for (const auto &closed : m_closed)
        m_toPump.remove(closed.get());
    m_closed.clear();
}

void BrokerCore::sweep()
{
    deleteClosedConnections();
    TurnGuard turn(*this);
    const qint64 now = nowMs();
    const auto connections = m_connections.values();
    for (ClientConnection *client : connections) {
        if (client->refuseAtMs >= 0)
            continue; // a delayed refusal: its timer answers it
        if (client->state == ClientConnection::State::AwaitingConnect) {
            if (now - client->openedAtMs > m_limits.connectTimeoutMs) {
                qCInfo(lcProtocol) << "no CONNECT from" << client->address << "in time";
                ++m_stats.connectionsRefused;
                closeConnection(*client, reasonCodeFor(BrokerError::ConnectTimeout), false);
            }
        } else if (client->keepAlive > 0 &&
                   now - client->lastReceivedMs >
                       qint64(client->keepAlive) * 1500 + m_limits.keepAliveGraceMs) {
            protocolViolation(*client, BrokerError::KeepAliveTimeout); // [MQTT-3.1.2-22]
        }
        // A slow reader is never disconnected: delivery is pulled by its socket, so what it
        // has not taken waits in its bounded queue (flowcontrol.cpp).
    }
    detectStalledConsumers(now);
    const auto sessions = m_sessions->all();
    for (Session *session : sessions) {
        if (session->client)
            continue;
        if (session->willDueMs >= 0 && now >= session->willDueMs)
            publishWill(*session);
        if (session->expiryInterval != NeverExpires &&
            now - session->disconnectedAtMs >= qint64(session->expiryInterval) * 1000)
            endSession(session);
    }
}

// ---- output ----

void BrokerCore::send(ClientConnection &client, const mqtt::Packet &packet)
{
    sendBytes(client, mqtt::encode(packet, client.version));
}

void BrokerCore::sendAcknowledgement(ClientConnection &client, const mqtt::Packet &packet)
{
    // PUBACK and PUBCOMP end an inbound exchange: until they are sent, the publisher's
    // exchange counts against the announced Receive Maximum (PUBREC does not: its id is
    // already counted as awaiting PUBREL).
    sendAfterCommit(client, packet, !std::holds_alternative<mqtt::PubrecPacket>(packet));
}

void BrokerCore::sendAfterCommit(ClientConnection &client, const mqtt::Packet &packet,
                                 bool countsAgainstWindow)
{
    quint64 ticket = m_journal ? m_journal->acknowledgementTicket() : 0;
    if (ticket == 0 && m_heldPackets.empty()) {
        send(client, packet);
        return;
    }
    // Held until the commit; one that needs no commit still waits behind those held before
    // it, so the order per client is kept.
    if (!m_heldPackets.empty())
        ticket = std::max(ticket, m_heldPackets.back().ticket);
    if (countsAgainstWindow)
        ++client.heldAcknowledgements;
    ++client.heldPackets;
    m_heldPackets.push_back(
        {&client, mqtt::encode(packet, client.version), ticket, countsAgainstWindow});
}

void BrokerCore::journalCommitted(quint64 committed)
{
    TurnGuard turn(*this);
    m_committedTicket = committed;
    std::size_t sent = 0;
    for (; sent < m_heldPackets.size() && m_heldPackets[sent].ticket <= committed; ++sent) {
        const HeldPacket &ack = m_heldPackets[sent];
        if (ack.client && ack.client->state != ClientConnection::State::Closed) {
            if (ack.countsAgainstWindow)
                --ack.client->heldAcknowledgements;
            --ack.client->heldPackets;
            writeBytes(*ack.client, ack.bytes);
        }
    }
    m_heldPackets.erase(m_heldPackets.begin(), m_heldPackets.begin() + qsizetype(sent));
    // Deliveries that waited for this commit (QoS 2 messages whose id is now stored).
    const QSet<QString> waiting = std::exchange(m_waitingForCommit, {});
    for (const QString &clientId : waiting) {
        if (Session *session = m_sessions->find(clientId))
            pumpQueue(*session);
    }
}

void BrokerCore::sendBytes(ClientConnection &client, const QByteArray &bytes)
{
    if (client.heldPackets > 0) {
        ++client.heldPackets; // behind the packets waiting for a commit
        m_heldPackets.push_back({&client, bytes, m_heldPackets.back().ticket, false});
        return;
    }
    writeBytes(client, bytes);
}

void BrokerCore::writeBytes(ClientConnection &client, const QByteArray &bytes)
{
    ++m_stats.messagesSent;
    m_stats.bytesSent += bytes.size();
    client.transport->send(bytes);
    if (!client.flushPending) {
        client.flushPending = true;
        m_toFlush.push_back(&client);
    }
}

// ---- snapshots for the Broker facade ----

BrokerStats BrokerCore::stats() const
{
    BrokerStats s = m_stats;
    s.uptimeSeconds = m_clock.elapsed() / 1000;
    s.sessions = m_sessions->count();
    s.clientsTotal = s.sessions;
    s.clientsDisconnected = s.clientsTotal - s.clientsConnected;
    s.subscriptions = m_subscriptions.count();
    s.retainedMessages = m_retained.size();
    return s;
}

QList<ClientInfo> BrokerCore::clients() const
{
    QList<ClientInfo> list;
    list.reserve(m_connectedById.size());
    for (const ClientConnection *c : m_connectedById) {
        list.append({c->clientId, c->address, c->listener, c->version, c->keepAlive, c->cleanStart,
                     c->userName, c->connectedAt, c->session ? c->session->messagesDropped : 0});
    }
    return list;
}

QList<SessionInfo> BrokerCore::sessions() const
{
    QList<SessionInfo> list;
    const auto all = m_sessions->all();
    list.reserve(all.size());
    for (const Session *s : all) {
        SessionInfo info;
        info.clientId = s->clientId;
        info.connected = s->isOnline();
        info.protocol = s->protocol;
        for (auto it = s->subscriptions.cbegin(); it != s->subscriptions.cend(); ++it)
            info.subscriptions.append({it.key(), it->options.maximumQoS});
        info.queuedMessages = qsizetype(s->queue.size());
        info.inflightMessages = qsizetype(s->inflight.size());
        info.messagesDropped = s->messagesDropped;
        info.expiryInterval = s->expiryInterval;
        list.append(info);
    }
    return list;
}

QList<RetainedMessageInfo> BrokerCore::retainedMessages() const
{
    QList<RetainedMessageInfo> list;
    const auto all = m_retained.all();
    list.reserve(qsizetype(all.size()));
    for (const MessagePtr &m : all)
        list.append({m->topic, m->payload, m->qos});
    return list;
}

} // namespace broker
