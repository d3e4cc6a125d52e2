// ClientPrivate: connection life cycle (part of mqtt::Client, see client_p.h)

#include "client_p.h"
#include "logging.h"

#include <QMetaMethod>

namespace mqtt {

ClientPrivate::ClientPrivate(Client *q) : q_ptr(q)
{
    connectTimer.setSingleShot(true);
    reconnectTimer.setSingleShot(true);
    QObject::connect(&connectTimer, &QTimer::timeout, q, [this] {
        closeConnection(
            ClientError(ClientError::Kind::ConnectTimeout,
                        QStringLiteral("no connection within %1 ms").arg(active.connectTimeoutMs)),
            true);
    });
    QObject::connect(&reconnectTimer, &QTimer::timeout, q, [this] { startAttempt(); });
    QObject::connect(&keepAliveTimer, &QTimer::timeout, q, [this] { onKeepAliveTick(); });
}

void ClientPrivate::setState(Client::State newState)
{
    Q_Q(Client);
    if (state == newState)
        return;
    state = newState;
    qCDebug(lcConnection) << "state" << newState;
    emit q->stateChanged(newState);
}

bool ClientPrivate::sessionPersists() const
{
    if (active.protocolVersion == ProtocolVersion::V5)
        return active.sessionExpiry > 0;
    return !active.cleanStart;
}

void ClientPrivate::startAttempt()
{
    Q_Q(Client);
    transport = transportFactory ? transportFactory() : createTransport(active.transport);
    QObject::connect(transport.get(), &Transport::connected, q, [this] { onTransportConnected(); });
    QObject::connect(transport.get(), &Transport::readyRead, q, [this] { onTransportReadyRead(); });
    QObject::connect(transport.get(), &Transport::closed, q,
                     [this](const ClientError &reason) { closeConnection(reason, true); });
    connectTimer.start(active.connectTimeoutMs);
    qCDebug(lcConnection) << "connecting to" << active.url();
    transport->open(active);
}

void ClientPrivate::onTransportConnected()
{
    decoder.reset();
    decoder.setProtocolVersion(active.protocolVersion);
    decoder.setMaximumPacketSize(active.maximumPacketSize ? active.maximumPacketSize
                                                          : MaximumPacketSizeLimit);
    ConnectPacket packet;
    packet.protocolVersion = active.protocolVersion;
    // A reconnect resumes the session when it is meant to outlive the connection.
    packet.cleanStart = connectedOnce && sessionPersists() ? false : active.cleanStart;
    packet.keepAlive = active.keepAlive;
    packet.clientId = clientId;
    packet.will = active.will;
    packet.userName = active.userName;
    packet.password = active.password;
    if (active.protocolVersion == ProtocolVersion::V5) {
        packet.properties = active.connectProperties;
        if (active.sessionExpiry)
            packet.properties.sessionExpiryInterval = active.sessionExpiry;
        if (active.receiveMaximum != 65535)
            packet.properties.receiveMaximum = active.receiveMaximum;
        if (active.maximumPacketSize)
            packet.properties.maximumPacketSize = active.maximumPacketSize;
        if (active.topicAliasMaximum)
            packet.properties.topicAliasMaximum = active.topicAliasMaximum;
        if (active.requestResponseInformation)
            packet.properties.requestResponseInformation = 1;
    }
    awaitingConnack = true;
    send(packet);
}

void ClientPrivate::onTransportReadyRead()
{
    if (!transport)
        return;
    Q_Q(Client);
    decoder.feed(transport->readAll());
    Packet packet;
    Frame frame;
    // The packet's bytes are copied only for a packet trace listener.
    static const QMetaMethod traceSignal = QMetaMethod::fromSignal(&Client::packetTrace);
    // The transport may be closed by a packet (DISCONNECT, violation): stop reading then.
    while (transport) {
        const bool tracing = q->isSignalConnected(traceSignal);
        const StreamDecoder::Status status = decoder.next(packet, tracing ? &frame : nullptr);
        if (status == StreamDecoder::Status::NeedMoreData) {
            flushOutgoing(); // the acknowledgements of this read leave now, in one write
            return;
        }
        if (status == StreamDecoder::Status::Error) {
            const DecodeError e = decoder.error();
            protocolViolation(QString::fromLatin1(codecErrorText(e.error)), e.reasonCode, e.error);
            return;
        }
        handlePacket(packet, tracing ? frame.raw : QByteArray());
    }
}

void ClientPrivate::closeConnection(const ClientError &reason, bool mayReconnect)
{
    Q_Q(Client);
    const bool wasConnected = state == Client::State::Connected;
    reconnectTimer.stop();
    outgoingBytes.clear();
    unacknowledged.clear(); // the broker re-delivers them on the next connection
    if (transport) {
        transport->disconnect(q);
        transport->abort();
        transport.release()->deleteLater();
    }
    connectTimer.stop();
    keepAliveTimer.stop();
    awaitingConnack = false;
    pingOutstanding = false;
    // Acknowledgements of SUBSCRIBE/UNSUBSCRIBE never came: send them again next time.
    for (const QPointer<Subscription> &s : std::as_const(pendingSubscribes)) {
        if (s)
            s->d_func()->sent = false;
    }
    pendingSubscribes.clear();
    pendingUnsubscribes.clear();
    for (const QPointer<Subscription> &s : std::as_const(subscriptions)) {
        if (s)
            s->d_func()->sent = false;
    }
    if (reason.isError()) {
        qCInfo(lcConnection) << "connection closed:" << reason.toString();
        error = reason;
    }
    if (wasConnected)
        emit q->disconnected();
    if (reason.isError())
        emit q->errorOccurred(reason);
    if (state == Client::State::Disconnected)
        return; // a slot reacting to the error disconnected us
    const ReconnectPolicy &policy = active.reconnect;
    const bool retryAllowed = mayReconnect && policy.enabled &&
                              (connectedOnce || policy.retryInitialConnect) &&
                              (policy.maxRetries < 0 || reconnectAttempt < policy.maxRetries);
    if (retryAllowed) {
        setState(Client::State::Reconnecting);
        scheduleReconnect();
    } else {
        setState(Client::State::Disconnected);
    }
}

void ClientPrivate::scheduleReconnect()
{
    Q_Q(Client);
    const ReconnectPolicy &policy = active.reconnect;
    qint64 delay = policy.initialDelayMs;
    for (int i = 0; i < reconnectAttempt && delay < policy.maxDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, policy.maxDelayMs);
    ++reconnectAttempt;
    qCDebug(lcConnection) << "reconnect attempt" << reconnectAttempt << "in" << delay << "ms";
    emit q->reconnectScheduled(reconnectAttempt, int(delay));
    reconnectTimer.start(int(delay));
}

void ClientPrivate::onKeepAliveTick()
{
    const qint64 periodMs = qint64(keepAliveSeconds) * 1000;
    if (pingOutstanding) {
        if (pingSentAt.elapsed() >= periodMs)
            closeConnection(
                ClientError(ClientError::Kind::KeepAliveTimeout,
                            QStringLiteral("no PINGRESP within %1 s").arg(keepAliveSeconds)),
                true);
        return;
    }
    // [MQTT-3.1.2-23] a control packet at least every keep-alive period; ping at half of it.
    if (lastSend.elapsed() >= periodMs / 2) {
        send(PingreqPacket{});
        pingOutstanding = true;
        pingSentAt.start();
    }
}

// ---------------------------------------------------------------------------------------------
// Packets in and out

void ClientPrivate::send(const Packet &packet)
{
    Q_Q(Client);
    if (!transport)
        return;
    const qsizetype start = outgoingBytes.size();
    encodeTo(outgoingBytes, packet, active.protocolVersion);
    static const QMetaMethod traceSignal = QMetaMethod::fromSignal(&Client::packetTrace);
    if (q->isSignalConnected(traceSignal))
        emit q->packetTrace(Client::Direction::Outgoing, packet, outgoingBytes.sliced(start));
    lastSend.start();
    // Packets sent in one turn of the event loop leave in one write: a burst of post() calls
    // or the acknowledgements of one read cost one socket call, not one each.
    if (outgoingBytes.size() >= OutgoingFlushBytes) {
        flushOutgoing();
    } else if (!flushScheduled) {
        flushScheduled = true;
        QMetaObject::invokeMethod(
            q, [this] { flushOutgoing(); }, Qt::QueuedConnection);
    }
}

void ClientPrivate::flushOutgoing()
{
    flushScheduled = false;
    if (transport && !outgoingBytes.isEmpty())
        transport->write(outgoingBytes);
    outgoingBytes.clear();
}

void ClientPrivate::protocolViolation(const QString &why, ReasonCode reason, CodecError codecError)
{
    qCWarning(lcClient) << "protocol violation by the broker:" << why;
    if (active.protocolVersion == ProtocolVersion::V5 && !awaitingConnack && transport) {
        DisconnectPacket packet;
        packet.reasonCode = reason;
        send(packet);
        flushOutgoing();
        transport->close(); // flushes the DISCONNECT before closeConnection() drops the socket
    }
    closeConnection(ClientError(ClientError::Kind::ProtocolViolation, why, reason, codecError),
                    true);
}

void ClientPrivate::handlePacket(Packet &packet, const QByteArray &raw)
{
    Q_Q(Client);
    static const QMetaMethod traceSignal = QMetaMethod::fromSignal(&Client::packetTrace);
    if (q->isSignalConnected(traceSignal))
        emit q->packetTrace(Client::Direction::Incoming, packet, raw);
    if (awaitingConnack) {
        if (auto *connack = std::get_if<ConnackPacket>(&packet))
            handleConnack(*connack);
        else if (auto *auth = std::get_if<AuthPacket>(&packet))
            emit q->authChallenge(auth->reasonCode, auth->properties);
        else
            protocolViolation(QStringLiteral("%1 before CONNACK [MQTT-3.2.0-1]")
                                  .arg(QString::fromLatin1(packetTypeName(packetType(packet)))),
                              ReasonCode::ProtocolError);
        return;
    }
    switch (packetType(packet)) {
    case PacketType::Publish:
        handlePublish(std::get<PublishPacket>(packet));
        break;
    case PacketType::Puback:
        handlePuback(std::get<PubackPacket>(packet));
        break;
    case PacketType::Pubrec:
        handlePubrec(std::get<PubrecPacket>(packet));
        break;
    case PacketType::Pubrel:
        handlePubrel(std::get<PubrelPacket>(packet));
        break;
    case PacketType::Pubcomp:
        handlePubcomp(std::get<PubcompPacket>(packet));
        break;
    case PacketType::Suback:
        handleSuback(std::get<SubackPacket>(packet));
        break;
    case PacketType::Unsuback:
        pendingUnsubscribes.remove(std::get<UnsubackPacket>(packet).packetId);
        break;
    case PacketType::Pingresp:
        pingOutstanding = false;
        break;
    case PacketType::Disconnect:
        handleDisconnect(std::get<DisconnectPacket>(packet));
        break;
    case PacketType::Auth: {
        const AuthPacket &auth = std::get<AuthPacket>(packet);
        emit q->authChallenge(auth.reasonCode, auth.properties);
        break;
    }
    default:
        protocolViolation(QStringLiteral("a server may not send %1")
                              .arg(QString::fromLatin1(packetTypeName(packetType(packet)))),
                          ReasonCode::ProtocolError);
        break;
    }
}

void ClientPrivate::handleConnack(const ConnackPacket &packet)
{
    Q_Q(Client);
    awaitingConnack = false;
    connectTimer.stop();
    connack = packet;
    if (isError(packet.reasonCode)) {
        const QString why = packet.properties.reasonString.value_or(
            QString::fromLatin1(reasonCodeName(packet.reasonCode)));
        const bool retry = packet.reasonCode == ReasonCode::ServerUnavailable ||
                           packet.reasonCode == ReasonCode::ServerBusy;
        closeConnection(
            ClientError(ClientError::Kind::ConnectionRefused,
                        QStringLiteral("the broker refused the connection: %1").arg(why),
                        packet.reasonCode),
            retry);
        return;
    }
    const Properties &p = packet.properties;
    if (p.assignedClientIdentifier && *p.assignedClientIdentifier != clientId) {
        clientId = *p.assignedClientIdentifier;
        emit q->clientIdChanged(clientId);
    } else if (!connectedOnce && !clientId.isEmpty()) {
        emit q->clientIdChanged(clientId);
    }
    keepAliveSeconds = p.serverKeepAlive ? *p.serverKeepAlive : active.keepAlive;
    serverReceiveMaximum = p.receiveMaximum.value_or(65535);
    serverMaximumPacketSize = p.maximumPacketSize.value_or(0);
    serverTopicAliasMaximum =
        active.topicAliasPolicy == TopicAliasPolicy::Disabled ? 0 : p.topicAliasMaximum.value_or(0);
    // Topic alias mappings live as long as one network connection [MQTT-3.3.2-7].
    topicAliases.clear();
    connectedOnce = true;
    reconnectAttempt = 0;
    error = ClientError();
    if (keepAliveSeconds > 0)
        keepAliveTimer.start(qMax(100, keepAliveSeconds * 1000 / 4));

    // Session: resume in-flight flows, or start over when the broker has no session. This
    // happens before anyone hears of the connection, so that what slots of stateChanged() and
    // connected() publish is neither resent with DUP nor started over.
    if (packet.sessionPresent) {
        std::vector<std::pair<quint64, quint16>> order;
        for (const auto &[id, message] : inflight)
            order.emplace_back(message.sequence, id);
        std::sort(order.begin(), order.end());
        // [MQTT-4.4.0-1] resend unacknowledged PUBLISH (DUP set) and PUBREL, in order.
        for (const auto &entry : order) {
            const OutgoingMessage &message = inflight.at(entry.second);
            if (message.released) {
                PubrelPacket rel;
                rel.packetId = entry.second;
                send(rel);
            } else {
                sendPublish(message, entry.second, true);
            }
        }
    } else {
        // The broker lost the session: what was in flight starts over as new publishes.
        std::vector<OutgoingMessage> restart;
        for (auto &[id, message] : inflight)
            restart.push_back(std::move(message));
        inflight.clear();
        std::sort(restart.begin(), restart.end(),
                  [](const OutgoingMessage &a, const OutgoingMessage &b) {
                      return a.sequence < b.sequence;
                  });
        for (auto it = restart.rbegin(); it != restart.rend(); ++it)
            queue.push_front(std::move(*it));
        incomingQos2.clear();
        completedQos2.clear();
        scheduleSave();
    }
    for (const QPointer<Subscription> &s : std::as_const(subscriptions)) {
        if (!s)
            continue;
        SubscriptionPrivate *sd = s->d_func();
        if (sd->state == Subscription::State::Pending || !packet.sessionPresent)
            sendSubscribe(s);
    }
    setState(Client::State::Connected);
    pump();
    if (state == Client::State::Connected)
        emit q->connected();
}

void ClientPrivate::handleDisconnect(const DisconnectPacket &packet)
{
    Q_Q(Client);
    emit q->brokerDisconnected(packet.reasonCode, packet.properties);
    const QString why = packet.properties.reasonString.value_or(
        QString::fromLatin1(reasonCodeName(packet.reasonCode)));
    const bool retry = packet.reasonCode != ReasonCode::SessionTakenOver &&
                       packet.reasonCode != ReasonCode::NotAuthorized &&
                       packet.reasonCode != ReasonCode::Banned &&
                       packet.reasonCode != ReasonCode::BadAuthenticationMethod;
    closeConnection(ClientError(ClientError::Kind::DisconnectedByBroker,
                                QStringLiteral("the broker disconnected: %1").arg(why),
                                packet.reasonCode),
                    retry);
}

void ClientPrivate::handlePublish(PublishPacket &packet)
{
    const bool v5 = active.protocolVersion == ProtocolVersion::V5;
    if (v5) {
        using Resolution = TopicAliases::Resolution;
        // [MQTT-3.3.2-9] [MQTT-3.3.2-10] an alias within what we announced in CONNECT.
        switch (topicAliases.resolve(packet, active.topicAliasMaximum)) {
        case Resolution::Resolved:
            break;
        case Resolution::OutOfRange:
            protocolViolation(QStringLiteral("topic alias %1 outside 1..%2")
                                  .arg(*packet.properties.topicAlias)
                                  .arg(active.topicAliasMaximum),
                              ReasonCode::TopicAliasInvalid);
            return;
        case Resolution::Unknown:
            protocolViolation(
                QStringLiteral("unknown topic alias %1").arg(*packet.properties.topicAlias),
                ReasonCode::ProtocolError);
            return;
        }
    }
    if (packet.topic.isEmpty()) {
        protocolViolation(QStringLiteral("PUBLISH without topic [MQTT-4.7.3-1]"),
                          ReasonCode::ProtocolError);
        return;
    }
    Message message(packet.topic, packet.payload, packet.qos, packet.retain);
    message.setDup(packet.dup);
    message.setPacketId(packet.packetId);
    if (v5)
        message.setProperties(packet.properties);
    message.setReceivedAt(QDateTime::currentDateTimeUtc());

    switch (packet.qos) {
    case QoS::AtMostOnce:
        deliver(message);
        break;
    case QoS::AtLeastOnce:
        deliver(message);
        acknowledgeOrHold(message);
        break;
    case QoS::ExactlyOnce: {
        // Method A of 4.3.3: deliver on PUBLISH, remember the id until PUBREL so that a
        // re-sent PUBLISH (DUP) is acknowledged but not delivered twice.
        const size_t fingerprint = qHashMulti(0, packet.topic, packet.payload);
        const auto completed = completedQos2.constFind(packet.packetId);
        const bool replayOfCompleted =
            packet.dup && completed != completedQos2.cend() && *completed == fingerprint;
        if (!packet.dup)
            completedQos2.remove(packet.packetId);
        if (!incomingQos2.contains(packet.packetId) && !replayOfCompleted) {
            // [MQTT-3.3.4-9] allows a Receive Maximum Exceeded disconnect here, but Mosquitto
            // 2.0 frees its quota at PUBREC already; the id set is bounded by 65535 anyway.
            if (incomingQos2.size() >= active.receiveMaximum)
                qCDebug(lcClient) << "broker exceeds our receive maximum" << active.receiveMaximum;
            incomingQos2.insert(packet.packetId, fingerprint);
            scheduleSave();
            deliver(message);
            acknowledgeOrHold(message);
        } else if (!unacknowledged.contains(packet.packetId)) {
            sendAcknowledgement(packet.packetId, QoS::ExactlyOnce);
        }
        break;
    }
    }
}

void ClientPrivate::acknowledgeOrHold(const Message &message)
{
    if (active.manualAcknowledgement)
        unacknowledged.insert(message.packetId(),
                              {message.qos(), qHashMulti(0, message.topic(), message.payload())});
    else
        sendAcknowledgement(message.packetId(), message.qos());
}

void ClientPrivate::sendAcknowledgement(quint16 packetId, QoS qos)
{
    if (qos == QoS::AtLeastOnce) {
        PubackPacket ack;
        ack.packetId = packetId;
        send(ack);
    } else {
        PubrecPacket rec;
        rec.packetId = packetId;
        send(rec);
    }
}

void ClientPrivate::handlePuback(const PubackPacket &ack)
{
    const auto it = inflight.find(ack.packetId);
    if (it == inflight.end() || it->second.message.qos() != QoS::AtLeastOnce) {
        qCWarning(lcClient) << "PUBACK for unknown packet id" << ack.packetId;
        return;
    }
    const OutgoingMessage done = std::move(it->second);
    inflight.erase(it);
    scheduleSave();
    if (!isError(ack.reasonCode))
        complete(done, ack.reasonCode, ack.properties);
    else
        fail(done, ClientError(ClientError::Kind::Rejected,
                               ack.properties.reasonString.value_or(
                                   QString::fromLatin1(reasonCodeName(ack.reasonCode))),
                               ack.reasonCode));
    pump();
}

void ClientPrivate::handlePubrec(const PubrecPacket &ack)
{
    const auto it = inflight.find(ack.packetId);
    PubrelPacket rel;
    rel.packetId = ack.packetId;
    if (it == inflight.end() || it->second.message.qos() != QoS::ExactlyOnce) {
        rel.reasonCode = ReasonCode::PacketIdentifierNotFound;
        send(rel);
        return;
    }
    if (isError(ack.reasonCode)) {
        // [MQTT-4.3.3] a failed PUBREC ends the flow; no PUBREL.
        const OutgoingMessage done = std::move(it->second);
        inflight.erase(it);
        scheduleSave();
        fail(done, ClientError(ClientError::Kind::Rejected,
                               ack.properties.reasonString.value_or(
                                   QString::fromLatin1(reasonCodeName(ack.reasonCode))),
                               ack.reasonCode));
        pump();
        return;
    }
    if (!it->second.released) {
        it->second.released = true;
        scheduleSave();
    }
    send(rel);
}

void ClientPrivate::handlePubcomp(const PubcompPacket &ack)
{
    const auto it = inflight.find(ack.packetId);
    if (it == inflight.end() || !it->second.released) {
        qCWarning(lcClient) << "PUBCOMP for unknown packet id" << ack.packetId;
        return;
    }
    const OutgoingMessage done = std::move(it->second);
    inflight.erase(it);
    scheduleSave();
    complete(done, ack.reasonCode, ack.properties);
    pump();
}

void ClientPrivate::handlePubrel(const PubrelPacket &rel)
{
    PubcompPacket comp;
    comp.packetId = rel.packetId;
    const auto it = incomingQos2.find(rel.packetId);
    if (it == incomingQos2.end()) {
        comp.reasonCode = ReasonCode::PacketIdentifierNotFound;
    } else {
        completedQos2.insert(rel.packetId, *it);
        incomingQos2.erase(it);
        scheduleSave();
    }
    send(comp);
}

void ClientPrivate::handleSuback(const SubackPacket &ack)
{
    const QPointer<Subscription> subscription = pendingSubscribes.take(ack.packetId);
    if (!subscription)
        return;
    if (ack.reasonCodes.size() != 1) {
        protocolViolation(QStringLiteral("SUBACK with %1 reason codes for one filter")
                              .arg(ack.reasonCodes.size()),
                          ReasonCode::ProtocolError);
        return;
    }
    SubscriptionPrivate *sd = subscription->d_func();
    if (sd->state == Subscription::State::Unsubscribed)
        return;
    sd->reasonCode = ack.reasonCodes.first();
    sd->reasonString = ack.properties.reasonString.value_or(QString());
    const auto newState =
        isError(sd->reasonCode) ? Subscription::State::Failed : Subscription::State::Subscribed;
    sd->state = newState;
    emit subscription->stateChanged(newState);
}

} // namespace mqtt
