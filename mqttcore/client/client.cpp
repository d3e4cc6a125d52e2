#include <mqttcore/client.h>

#include "client_p.h"
#include "logging.h"

#include <mqttcore/packetformat.h>
#include <mqttcore/topic.h>

#include <QMetaMethod>
#include <QRandomGenerator>

namespace mqtt {

namespace {

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

bool isSuccess(ReasonCode code)
{
    return !isError(code);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Client: the public facade

Client::Client(QObject *parent) : QObject(parent), d_ptr(std::make_unique<ClientPrivate>(this))
{
    qRegisterMetaType<ClientError>();
    qRegisterMetaType<Message>();
}

Client::~Client()
{
    Q_D(Client);
    if (d->transport) {
        d->transport->disconnect(this);
        d->transport->abort();
    }
    // Children outlive d_ptr during ~QObject: cut their way back to us first.
    for (const QPointer<Subscription> &s : std::as_const(d->subscriptions)) {
        if (s)
            s->d_func()->client = nullptr;
    }
    for (Subscription *s : findChildren<Subscription *>(Qt::FindDirectChildrenOnly))
        s->d_func()->client = nullptr;
}

ConnectOptions Client::options() const
{
    return d_func()->options;
}

void Client::setOptions(const ConnectOptions &options)
{
    Q_D(Client);
    if (d->options == options)
        return;
    d->options = options;
    emit optionsChanged();
}

Client::State Client::state() const
{
    return d_func()->state;
}
ClientError Client::error() const
{
    return d_func()->error;
}
QString Client::clientId() const
{
    return d_func()->clientId;
}
ProtocolVersion Client::protocolVersion() const
{
    return d_func()->active.protocolVersion;
}
bool Client::sessionPresent() const
{
    return d_func()->connack.sessionPresent;
}
int Client::keepAlive() const
{
    return d_func()->keepAliveSeconds;
}
ConnackPacket Client::connack() const
{
    return d_func()->connack;
}
int Client::inflightCount() const
{
    return int(d_func()->inflight.size());
}
int Client::queuedCount() const
{
    return int(d_func()->queue.size());
}

QList<Subscription *> Client::subscriptions() const
{
    QList<Subscription *> result;
    for (const QPointer<Subscription> &s : d_func()->subscriptions) {
        if (s && s->state() != Subscription::State::Unsubscribed)
            result << s.data();
    }
    return result;
}

void Client::connectToBroker()
{
    Q_D(Client);
    if (d->state != State::Disconnected)
        return;
    d->active = d->options;
    const QString problem = d->active.validate();
    if (!problem.isEmpty()) {
        const ClientError error(ClientError::Kind::InvalidOptions, problem);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                d_func()->error = error;
                emit errorOccurred(error);
            },
            Qt::QueuedConnection);
        return;
    }
    d->loadStore();
    if (!d->active.clientId.isEmpty())
        d->clientId = d->active.clientId;
    if (d->clientId.isEmpty() && d->active.protocolVersion != ProtocolVersion::V5)
        d->clientId = QStringLiteral("mqttwb-") + randomHex(4);
    d->connectedOnce = false;
    d->reconnectAttempt = 0;
    d->setState(State::Connecting);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (d_func()->state == State::Connecting && !d_func()->transport)
                d_func()->startAttempt();
        },
        Qt::QueuedConnection);
}

void Client::disconnectFromBroker(ReasonCode reason, const Properties &properties)
{
    Q_D(Client);
    if (d->state == State::Disconnected)
        return;
    d->reconnectTimer.stop();
    if (d->transport && d->state == State::Connected) {
        DisconnectPacket packet;
        packet.reasonCode = reason;
        packet.properties = properties;
        d->send(packet);
    }
    if (d->transport) {
        d->transport->disconnect(this);
        d->transport->close();
        d->transport.release()->deleteLater();
    }
    d->connectTimer.stop();
    d->keepAliveTimer.stop();
    d->awaitingConnack = false;
    const bool wasConnected = d->state == State::Connected;
    if (!d->sessionPersists())
        d->cancelSession(QStringLiteral("disconnected before completion"));
    d->setState(State::Disconnected);
    if (wasConnected)
        emit disconnected();
}

void Client::abortConnection()
{
    Q_D(Client);
    if (d->state == State::Disconnected)
        return;
    if (d->transport)
        d->transport->abort();
    d->closeConnection(ClientError(), false);
}

void Client::sendAuth(ReasonCode reason, const Properties &properties)
{
    Q_D(Client);
    if (!d->transport || d->active.protocolVersion != ProtocolVersion::V5)
        return;
    AuthPacket packet;
    packet.reasonCode = reason;
    packet.properties = properties;
    d->send(packet);
}

Subscription *Client::subscribe(const QString &filter, const SubscriptionOptions &options,
                                const Properties &properties)
{
    Q_D(Client);
    auto *subscription = new Subscription(this, filter, options, properties);
    SubscriptionPrivate *sd = subscription->d_func();
    if (!isValidTopicFilter(filter)) {
        sd->state = Subscription::State::Failed;
        sd->reasonCode = ReasonCode::TopicFilterInvalid;
        sd->reasonString = QStringLiteral("invalid topic filter '%1'").arg(filter);
        QMetaObject::invokeMethod(
            subscription,
            [subscription] { emit subscription->stateChanged(Subscription::State::Failed); },
            Qt::QueuedConnection);
        return subscription;
    }
    if (const auto shared = parseSharedFilter(filter))
        sd->matchFilter = shared->filter;
    d->subscriptions << subscription;
    if (d->state == State::Connected)
        d->sendSubscribe(subscription);
    return subscription;
}

void Client::unsubscribe(const QString &filter, const Properties &properties)
{
    Q_D(Client);
    const auto list = d->subscriptions;
    for (const QPointer<Subscription> &s : list) {
        if (s && s->filter() == filter)
            d->dropSubscription(s, properties);
    }
}

PublishHandle *Client::publish(const Message &message)
{
    Q_D(Client);
    auto *handle = new PublishHandle(message, this);
    if (!isValidTopicName(message.topic())) {
        d->failHandle(handle,
                      ClientError(ClientError::Kind::Rejected,
                                  QStringLiteral("invalid topic name '%1'").arg(message.topic()),
                                  ReasonCode::TopicNameInvalid));
        return handle;
    }
    OutgoingMessage outgoing{message, handle, d->nextSequence++, false};
    if (d->state == State::Connected && d->queue.empty() && d->trySend(outgoing))
        return handle;
    // Before the first connectToBroker() the configured options are the ones that will apply.
    const int limit = d->state == State::Disconnected ? d->options.offlineQueueLimit
                                                      : d->active.offlineQueueLimit;
    if (d->state != State::Connected && int(d->queue.size()) >= limit) {
        d->failHandle(handle,
                      ClientError(ClientError::Kind::QueueFull,
                                  QStringLiteral("offline queue full (%1 messages)").arg(limit)));
        return handle;
    }
    d->enqueue(std::move(outgoing));
    return handle;
}

PublishHandle *Client::publish(const QString &topic, const QByteArray &payload)
{
    const TopicDefaults defaults = d_func()->options.defaultsFor(topic);
    return publish(Message(topic, payload, defaults.qos, defaults.retain));
}

RequestReply *Client::request(const Message &request, int timeoutMs)
{
    Q_D(Client);
    auto *reply = new RequestReply(request, this);
    RequestReplyPrivate *rd = reply->d_func();
    auto fail = [reply, rd](const ClientError &error) {
        if (rd->finished)
            return;
        rd->finished = true;
        rd->timeout.stop();
        emit reply->failed(error);
        reply->deleteLater();
    };
    if (d->options.protocolVersion != ProtocolVersion::V5) {
        QMetaObject::invokeMethod(
            reply,
            [fail] {
                fail(ClientError(ClientError::Kind::InvalidOptions,
                                 QStringLiteral("request/response needs MQTT 5")));
            },
            Qt::QueuedConnection);
        return reply;
    }
    const QString prefix = d->responseTopicPrefix();
    if (!d->responseSubscription)
        d->responseSubscription =
            subscribe(prefix + QStringLiteral("/#"), SubscriptionOptions{QoS::AtLeastOnce});
    Message message = request;
    rd->correlationData = randomHex(16).toLatin1();
    message.properties().correlationData = rd->correlationData;
    message.properties().responseTopic = prefix + QStringLiteral("/") + randomHex(8);
    rd->request = message;
    d->requests.insert(rd->correlationData, reply);
    QObject::connect(&rd->timeout, &QTimer::timeout, reply, [fail, timeoutMs] {
        fail(ClientError(ClientError::Kind::Timeout,
                         QStringLiteral("no response within %1 ms").arg(timeoutMs)));
    });
    QObject::connect(reply, &QObject::destroyed, this,
                     [d, key = rd->correlationData] { d->requests.remove(key); });
    rd->timeout.setSingleShot(true);
    rd->timeout.start(timeoutMs);
    PublishHandle *handle = publish(message);
    connect(handle, &PublishHandle::failed, reply, fail);
    return reply;
}

// ---------------------------------------------------------------------------------------------
// ClientPrivate: connection life cycle

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
    transport = createTransport(active.transport);
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
    decoder.feed(transport->readAll());
    Packet packet;
    Frame frame;
    // The transport may be closed by a packet (DISCONNECT, violation): stop reading then.
    while (transport) {
        const StreamDecoder::Status status = decoder.next(packet, &frame);
        if (status == StreamDecoder::Status::NeedMoreData)
            return;
        if (status == StreamDecoder::Status::Error) {
            const DecodeError e = decoder.error();
            protocolViolation(QString::fromLatin1(codecErrorText(e.error)), e.reasonCode, e.error);
            return;
        }
        handlePacket(packet, frame.raw);
    }
}

void ClientPrivate::closeConnection(const ClientError &reason, bool mayReconnect)
{
    Q_Q(Client);
    const bool wasConnected = state == Client::State::Connected;
    reconnectTimer.stop();
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
    QByteArray bytes;
    encodeTo(bytes, packet, active.protocolVersion);
    static const QMetaMethod traceSignal = QMetaMethod::fromSignal(&Client::packetTrace);
    if (q->isSignalConnected(traceSignal))
        emit q->packetTrace(Client::Direction::Outgoing, packet, bytes);
    transport->write(bytes);
    lastSend.start();
}

void ClientPrivate::protocolViolation(const QString &why, ReasonCode reason, CodecError codecError)
{
    qCWarning(lcClient) << "protocol violation by the broker:" << why;
    if (active.protocolVersion == ProtocolVersion::V5 && !awaitingConnack && transport) {
        DisconnectPacket packet;
        packet.reasonCode = reason;
        send(packet);
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
    outgoingAliases.clear();
    incomingAliases.clear();
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
    if (v5 && packet.properties.topicAlias) {
        const quint16 alias = *packet.properties.topicAlias;
        // [MQTT-3.3.2-9] [MQTT-3.3.2-10] an alias within what we announced in CONNECT.
        if (alias == 0 || alias > active.topicAliasMaximum) {
            protocolViolation(QStringLiteral("topic alias %1 outside 1..%2")
                                  .arg(alias)
                                  .arg(active.topicAliasMaximum),
                              ReasonCode::TopicAliasInvalid);
            return;
        }
        if (packet.topic.isEmpty()) {
            const auto it = incomingAliases.constFind(alias);
            if (it == incomingAliases.cend()) {
                protocolViolation(QStringLiteral("unknown topic alias %1").arg(alias),
                                  ReasonCode::ProtocolError);
                return;
            }
            packet.topic = *it;
        } else {
            incomingAliases.insert(alias, packet.topic);
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
    case QoS::AtLeastOnce: {
        deliver(message);
        PubackPacket ack;
        ack.packetId = packet.packetId;
        send(ack);
        break;
    }
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
        }
        PubrecPacket rec;
        rec.packetId = packet.packetId;
        send(rec);
        break;
    }
    }
}

void ClientPrivate::handlePuback(const PubackPacket &ack)
{
    const auto it = inflight.find(ack.packetId);
    if (it == inflight.end() || it->second.message.qos() != QoS::AtLeastOnce) {
        qCWarning(lcClient) << "PUBACK for unknown packet id" << ack.packetId;
        return;
    }
    const QPointer<PublishHandle> handle = it->second.handle;
    inflight.erase(it);
    scheduleSave();
    if (isSuccess(ack.reasonCode))
        completeHandle(handle, ack.reasonCode, ack.properties);
    else
        failHandle(handle, ClientError(ClientError::Kind::Rejected,
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
        const QPointer<PublishHandle> handle = it->second.handle;
        inflight.erase(it);
        scheduleSave();
        failHandle(handle, ClientError(ClientError::Kind::Rejected,
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
    const QPointer<PublishHandle> handle = it->second.handle;
    inflight.erase(it);
    scheduleSave();
    completeHandle(handle, ack.reasonCode, ack.properties);
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

// ---------------------------------------------------------------------------------------------
// Outgoing messages

quint16 ClientPrivate::allocatePacketId()
{
    // Never reuse an id still in use by a QoS 1/2 flow or a (UN)SUBSCRIBE [MQTT-2.2.1-3].
    for (int tries = 0; tries < 65535; ++tries) {
        lastPacketId = lastPacketId == 65535 ? 1 : lastPacketId + 1;
        if (!inflight.count(lastPacketId) && !pendingSubscribes.contains(lastPacketId) &&
            !pendingUnsubscribes.contains(lastPacketId))
            return lastPacketId;
    }
    return 0;
}

void ClientPrivate::enqueue(OutgoingMessage &&message)
{
    queue.push_back(std::move(message));
    if (queue.back().message.qos() != QoS::AtMostOnce)
        scheduleSave();
}

void ClientPrivate::pump()
{
    while (state == Client::State::Connected && transport && !queue.empty()) {
        if (!trySend(queue.front()))
            return;
        queue.pop_front();
    }
}

bool ClientPrivate::trySend(OutgoingMessage &message)
{
    const QoS qos = message.message.qos();
    if (active.protocolVersion == ProtocolVersion::V5) {
        const Properties &p = connack.properties;
        if (p.maximumQoS && quint8(qos) > *p.maximumQoS) {
            failHandle(
                message.handle,
                ClientError(ClientError::Kind::Rejected,
                            QStringLiteral("the broker supports QoS %1 at most").arg(*p.maximumQoS),
                            ReasonCode::QoSNotSupported));
            return true;
        }
        if (message.message.retain() && p.retainAvailable && *p.retainAvailable == 0) {
            failHandle(message.handle,
                       ClientError(ClientError::Kind::Rejected,
                                   QStringLiteral("the broker does not support retained messages"),
                                   ReasonCode::RetainNotSupported));
            return true;
        }
    }
    if (qos == QoS::AtMostOnce) {
        sendPublish(message, 0, false);
        completeHandle(message.handle, ReasonCode::Success, {});
        return true;
    }
    // [MQTT-4.9.0-2] no more unacknowledged QoS 1/2 PUBLISH than the broker's Receive Maximum.
    if (inflight.size() >= serverReceiveMaximum)
        return false;
    const quint16 id = allocatePacketId();
    if (id == 0)
        return false;
    if (serverMaximumPacketSize) {
        PublishPacket probe;
        probe.topic = message.message.topic();
        probe.payload = message.message.payload();
        probe.qos = qos;
        probe.packetId = id;
        probe.properties = message.message.properties();
        if (encodedSize(probe, active.protocolVersion) > qsizetype(serverMaximumPacketSize)) {
            failHandle(message.handle,
                       ClientError(ClientError::Kind::PacketTooLarge,
                                   QStringLiteral("the message exceeds the broker's maximum packet "
                                                  "size of %1 bytes")
                                       .arg(serverMaximumPacketSize),
                                   ReasonCode::PacketTooLarge));
            return true;
        }
    }
    setHandleInFlight(message.handle, id);
    sendPublish(message, id, false);
    inflight.emplace(id, std::move(message));
    scheduleSave();
    return true;
}

void ClientPrivate::sendPublish(const OutgoingMessage &message, quint16 packetId, bool dup)
{
    const Message &m = message.message;
    PublishPacket packet;
    packet.topic = m.topic();
    packet.payload = m.payload();
    packet.qos = m.qos();
    packet.retain = m.retain();
    packet.dup = dup;
    packet.packetId = packetId;
    if (active.protocolVersion == ProtocolVersion::V5) {
        packet.properties = m.properties();
        packet.properties.topicAlias.reset();
        packet.properties.subscriptionIdentifiers.clear();
        if (serverTopicAliasMaximum > 0) {
            const auto it = outgoingAliases.constFind(packet.topic);
            if (it != outgoingAliases.cend()) {
                packet.properties.topicAlias = *it;
                packet.topic.clear();
            } else if (outgoingAliases.size() < serverTopicAliasMaximum) {
                const quint16 alias = quint16(outgoingAliases.size() + 1);
                outgoingAliases.insert(packet.topic, alias);
                packet.properties.topicAlias = alias;
            }
        }
        if (serverMaximumPacketSize && packetId == 0 &&
            encodedSize(packet, active.protocolVersion) > qsizetype(serverMaximumPacketSize)) {
            // [MQTT-3.1.2-24] never send a packet larger than the broker accepts.
            failHandle(message.handle,
                       ClientError(ClientError::Kind::PacketTooLarge,
                                   QStringLiteral("the message exceeds the broker's maximum packet "
                                                  "size of %1 bytes")
                                       .arg(serverMaximumPacketSize),
                                   ReasonCode::PacketTooLarge));
            return;
        }
    }
    send(packet);
}

void ClientPrivate::setHandleInFlight(const QPointer<PublishHandle> &handle, quint16 packetId)
{
    if (!handle)
        return;
    PublishHandlePrivate *hd = handle->d_func();
    hd->packetId = packetId;
    hd->status = PublishHandle::Status::InFlight;
    QMetaObject::invokeMethod(
        handle,
        [h = handle.data()] {
            if (h->status() == PublishHandle::Status::InFlight)
                emit h->statusChanged(PublishHandle::Status::InFlight);
        },
        Qt::QueuedConnection);
}

void ClientPrivate::completeHandle(const QPointer<PublishHandle> &handle, ReasonCode reason,
                                   const Properties &properties)
{
    if (!handle)
        return;
    PublishHandlePrivate *hd = handle->d_func();
    if (hd->status == PublishHandle::Status::Completed ||
        hd->status == PublishHandle::Status::Failed)
        return;
    hd->status = PublishHandle::Status::Completed;
    hd->reasonCode = reason;
    hd->ackProperties = properties;
    // Queued so that a caller of publish() can still connect to the handle's signals.
    QMetaObject::invokeMethod(
        handle,
        [h = handle.data()] {
            emit h->statusChanged(PublishHandle::Status::Completed);
            emit h->finished();
            h->deleteLater();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::failHandle(const QPointer<PublishHandle> &handle, const ClientError &failure)
{
    if (!handle)
        return;
    PublishHandlePrivate *hd = handle->d_func();
    if (hd->status == PublishHandle::Status::Completed ||
        hd->status == PublishHandle::Status::Failed)
        return;
    hd->status = PublishHandle::Status::Failed;
    hd->error = failure;
    hd->reasonCode = failure.reasonCode;
    QMetaObject::invokeMethod(
        handle,
        [h = handle.data(), failure] {
            emit h->statusChanged(PublishHandle::Status::Failed);
            emit h->failed(failure);
            h->deleteLater();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::cancelSession(const QString &why)
{
    const ClientError cancelled(ClientError::Kind::Cancelled, why);
    for (auto &[id, message] : inflight)
        failHandle(message.handle, cancelled);
    inflight.clear();
    for (OutgoingMessage &message : queue)
        failHandle(message.handle, cancelled);
    queue.clear();
    incomingQos2.clear();
    completedQos2.clear();
    for (const QPointer<RequestReply> &reply : std::as_const(requests)) {
        if (reply && !reply->d_func()->finished) {
            reply->d_func()->finished = true;
            QMetaObject::invokeMethod(
                reply,
                [r = reply.data(), cancelled] {
                    emit r->failed(cancelled);
                    r->deleteLater();
                },
                Qt::QueuedConnection);
        }
    }
    scheduleSave();
}

// ---------------------------------------------------------------------------------------------
// Subscriptions and delivery

void ClientPrivate::sendSubscribe(Subscription *subscription)
{
    SubscriptionPrivate *sd = subscription->d_func();
    const quint16 id = allocatePacketId();
    if (id == 0)
        return;
    SubscribePacket packet;
    packet.packetId = id;
    packet.topics.append({sd->filter, sd->options});
    packet.properties = sd->properties;
    pendingSubscribes.insert(id, subscription);
    sd->sent = true;
    if (sd->state != Subscription::State::Pending) {
        sd->state = Subscription::State::Pending;
        emit subscription->stateChanged(Subscription::State::Pending);
    }
    send(packet);
}

void ClientPrivate::sendUnsubscribe(const QString &filter, const Properties &properties)
{
    const quint16 id = allocatePacketId();
    if (id == 0)
        return;
    UnsubscribePacket packet;
    packet.packetId = id;
    packet.filters.append(filter);
    packet.properties = properties;
    pendingUnsubscribes.insert(id);
    send(packet);
}

void ClientPrivate::dropSubscription(Subscription *subscription, const Properties &properties)
{
    SubscriptionPrivate *sd = subscription->d_func();
    if (sd->state == Subscription::State::Unsubscribed)
        return;
    const bool wasLive = sd->state != Subscription::State::Failed;
    sd->state = Subscription::State::Unsubscribed;
    subscriptions.removeAll(subscription);
    for (auto it = pendingSubscribes.begin(); it != pendingSubscribes.end();) {
        if (it.value() == subscription)
            it = pendingSubscribes.erase(it);
        else
            ++it;
    }
    bool filterStillUsed = false;
    for (const QPointer<Subscription> &s : std::as_const(subscriptions))
        filterStillUsed = filterStillUsed || (s && s->d_func()->filter == sd->filter);
    if (wasLive && !filterStillUsed && state == Client::State::Connected)
        sendUnsubscribe(sd->filter, properties);
    emit subscription->stateChanged(Subscription::State::Unsubscribed);
}

void ClientPrivate::deliver(const Message &message)
{
    Q_Q(Client);
    emit q->messageReceived(message);
    // Copy: a slot may subscribe or unsubscribe while we iterate.
    const QList<QPointer<Subscription>> targets = subscriptions;
    for (const QPointer<Subscription> &s : targets) {
        if (!s)
            continue;
        SubscriptionPrivate *sd = s->d_func();
        if (sd->state == Subscription::State::Failed ||
            sd->state == Subscription::State::Unsubscribed)
            continue;
        const QString &filter = sd->matchFilter.isEmpty() ? sd->filter : sd->matchFilter;
        if (topicMatches(filter, message.topic()))
            emit s->messageReceived(message);
    }
    if (!requests.isEmpty() && message.properties().correlationData) {
        const QPointer<RequestReply> reply = requests.take(*message.properties().correlationData);
        if (reply && !reply->d_func()->finished) {
            RequestReplyPrivate *rd = reply->d_func();
            rd->finished = true;
            rd->timeout.stop();
            rd->response = message;
            emit reply->finished(message);
            reply->deleteLater();
        }
    }
}

QString ClientPrivate::responseTopicPrefix()
{
    if (responsePrefix.isEmpty()) {
        const auto info = connack.properties.responseInformation;
        if (info && !info->isEmpty())
            responsePrefix = *info;
        else
            responsePrefix =
                QStringLiteral("responses/") + (clientId.isEmpty() ? randomHex(8) : clientId);
    }
    return responsePrefix;
}

// ---------------------------------------------------------------------------------------------
// Persistence of in-flight state

void ClientPrivate::loadStore()
{
    Q_Q(Client);
    if (storeLoaded || active.inflightStorePath.isEmpty())
        return;
    storeLoaded = true;
    InflightState stored;
    QString why;
    if (!loadInflightState(active.inflightStorePath, stored, &why)) {
        const ClientError failure(ClientError::Kind::PersistenceError, why);
        error = failure;
        QMetaObject::invokeMethod(
            q, [q, failure] { emit q->errorOccurred(failure); }, Qt::QueuedConnection);
        return;
    }
    if (active.clientId.isEmpty() && !stored.clientId.isEmpty())
        clientId = stored.clientId;
    for (InflightState::Outgoing &o : stored.outgoing) {
        OutgoingMessage message{o.message, nullptr, nextSequence++, o.released};
        if (o.packetId && !inflight.count(o.packetId))
            inflight.emplace(o.packetId, std::move(message));
        else
            queue.push_back(std::move(message));
    }
    for (quint16 id : std::as_const(stored.incomingQos2))
        incomingQos2.insert(id, 0);
    qCDebug(lcClient) << "loaded" << stored.outgoing.size() << "outgoing and"
                      << stored.incomingQos2.size() << "incoming QoS 2 states from"
                      << active.inflightStorePath;
}

void ClientPrivate::scheduleSave()
{
    Q_Q(Client);
    if (saveScheduled || active.inflightStorePath.isEmpty())
        return;
    // Coalesce the changes of one event-loop pass into one write.
    saveScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { save(); }, Qt::QueuedConnection);
}

void ClientPrivate::save()
{
    Q_Q(Client);
    saveScheduled = false;
    if (active.inflightStorePath.isEmpty())
        return;
    InflightState state;
    state.clientId = clientId;
    std::vector<std::pair<quint64, quint16>> order;
    for (const auto &[id, message] : inflight)
        order.emplace_back(message.sequence, id);
    std::sort(order.begin(), order.end());
    for (const auto &entry : order) {
        const OutgoingMessage &m = inflight.at(entry.second);
        state.outgoing.append({entry.second, m.released, m.message});
    }
    for (const OutgoingMessage &m : queue) {
        if (m.message.qos() != QoS::AtMostOnce)
            state.outgoing.append({0, false, m.message});
    }
    state.incomingQos2 = incomingQos2.keys();
    std::sort(state.incomingQos2.begin(), state.incomingQos2.end());
    QString why;
    if (!saveInflightState(active.inflightStorePath, state, &why)) {
        error = ClientError(ClientError::Kind::PersistenceError, why);
        emit q->errorOccurred(error);
    }
}

} // namespace mqtt
