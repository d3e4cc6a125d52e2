#include <mqttcore/client.h>

#include "client_p.h"

#include <mqttcore/topic.h>

#include <QRandomGenerator>

namespace mqtt {

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

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
    if (d->saveScheduled)
        d->save(); // the queued write would never run
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

void Client::setTransportFactory(TransportFactory factory)
{
    Q_D(Client);
    d->transportFactory = std::move(factory);
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
        d->flushOutgoing();
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
    d->routesStale = true;
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
    const auto refusal = d->submit({message, handle, ++d->nextSequence, false, false});
    if (refusal != ClientPrivate::Refusal::None)
        d->failHandle(handle, d->refusalError(refusal, message));
    return handle;
}

quint64 Client::post(const Message &message)
{
    Q_D(Client);
    const quint64 id = ++d->nextSequence; // ids start at 1: 0 means refused
    if (d->submit({message, nullptr, id, false, true}) != ClientPrivate::Refusal::None)
        return 0;
    return id;
}

bool Client::acknowledge(const Message &message)
{
    Q_D(Client);
    const auto it = d->unacknowledged.constFind(message.packetId());
    if (it == d->unacknowledged.cend() || it->qos != message.qos() ||
        it->fingerprint != qHashMulti(0, message.topic(), message.payload()))
        return false;
    d->unacknowledged.erase(it);
    d->sendAcknowledgement(message.packetId(), message.qos());
    return true;
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

} // namespace mqtt
