// Outgoing messages (part of mqtt::Client, see client_p.h)

#include "client_p.h"

#include <mqttcore/topic.h>

namespace mqtt {

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

ClientPrivate::Refusal ClientPrivate::submit(OutgoingMessage &&message)
{
    if (!isValidTopicName(message.message.topic()))
        return Refusal::InvalidTopic;
    if (state == Client::State::Connected && queue.empty() && trySend(message))
        return Refusal::None;
    // Before the first connectToBroker() the configured options are the ones that will apply.
    const int limit =
        state == Client::State::Disconnected ? options.offlineQueueLimit : active.offlineQueueLimit;
    if (state != Client::State::Connected && int(queue.size()) >= limit)
        return Refusal::QueueFull;
    enqueue(std::move(message));
    return Refusal::None;
}

ClientError ClientPrivate::tooLargeForBroker() const
{
    return ClientError(ClientError::Kind::PacketTooLarge,
                       QStringLiteral("the message exceeds the broker's maximum packet size of "
                                      "%1 bytes")
                           .arg(serverMaximumPacketSize),
                       ReasonCode::PacketTooLarge);
}

ClientError ClientPrivate::refusalError(Refusal refusal, const Message &message) const
{
    if (refusal == Refusal::InvalidTopic)
        return ClientError(ClientError::Kind::Rejected,
                           QStringLiteral("invalid topic name '%1'").arg(message.topic()),
                           ReasonCode::TopicNameInvalid);
    const int limit =
        state == Client::State::Disconnected ? options.offlineQueueLimit : active.offlineQueueLimit;
    return ClientError(ClientError::Kind::QueueFull,
                       QStringLiteral("offline queue full (%1 messages)").arg(limit));
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
            fail(
                message,
                ClientError(ClientError::Kind::Rejected,
                            QStringLiteral("the broker supports QoS %1 at most").arg(*p.maximumQoS),
                            ReasonCode::QoSNotSupported));
            return true;
        }
        if (message.message.retain() && p.retainAvailable && *p.retainAvailable == 0) {
            fail(message,
                 ClientError(ClientError::Kind::Rejected,
                             QStringLiteral("the broker does not support retained messages"),
                             ReasonCode::RetainNotSupported));
            return true;
        }
    }
    if (qos == QoS::AtMostOnce) {
        sendPublish(message, 0, false);
        complete(message, ReasonCode::Success, {});
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
            fail(message, tooLargeForBroker());
            return true;
        }
    }
    if (!message.posted)
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
    quint16 newAlias = 0;
    if (active.protocolVersion == ProtocolVersion::V5) {
        packet.properties = m.properties();
        packet.properties.subscriptionIdentifiers.clear();
        newAlias = topicAliases.substitute(packet, serverTopicAliasMaximum);
        if (serverMaximumPacketSize && packetId == 0 &&
            encodedSize(packet, active.protocolVersion) > qsizetype(serverMaximumPacketSize)) {
            // [MQTT-3.1.2-24] never send a packet larger than the broker accepts.
            fail(message, tooLargeForBroker());
            return;
        }
    }
    send(packet);
    if (newAlias) // only an alias the broker has seen with its topic may stand alone later
        topicAliases.remember(m.topic(), newAlias);
}

void ClientPrivate::complete(const OutgoingMessage &message, ReasonCode reason,
                             const Properties &properties)
{
    Q_Q(Client);
    if (!message.posted) {
        completeHandle(message.handle, reason, properties);
    } else if (message.message.qos() != QoS::AtMostOnce) {
        // From an acknowledgement's handler, never from inside post(): emitted at once.
        emit q->posted(message.sequence);
    }
}

void ClientPrivate::fail(const OutgoingMessage &message, const ClientError &error)
{
    Q_Q(Client);
    if (!message.posted) {
        failHandle(message.handle, error);
        return;
    }
    QMetaObject::invokeMethod(
        q, [q, id = message.sequence, error] { emit q->postFailed(id, error); },
        Qt::QueuedConnection);
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
    finishHandle(handle, PublishHandle::Status::Completed, reason, properties, {});
}

void ClientPrivate::failHandle(const QPointer<PublishHandle> &handle, const ClientError &failure)
{
    finishHandle(handle, PublishHandle::Status::Failed, failure.reasonCode, {}, failure);
}

void ClientPrivate::finishHandle(const QPointer<PublishHandle> &handle,
                                 PublishHandle::Status status, ReasonCode reason,
                                 const Properties &properties, const ClientError &failure)
{
    if (!handle)
        return;
    PublishHandlePrivate *hd = handle->d_func();
    if (hd->status == PublishHandle::Status::Completed ||
        hd->status == PublishHandle::Status::Failed)
        return;
    hd->status = status;
    hd->reasonCode = reason;
    hd->ackProperties = properties;
    hd->error = failure;
    // Queued so that a caller of publish() can still connect to the handle's signals.
    QMetaObject::invokeMethod(
        handle,
        [h = handle.data(), status, failure] {
            emit h->statusChanged(status);
            if (status == PublishHandle::Status::Completed)
                emit h->finished();
            else
                emit h->failed(failure);
            h->deleteLater();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::cancelSession(const QString &why)
{
    const ClientError cancelled(ClientError::Kind::Cancelled, why);
    for (auto &[id, message] : inflight)
        fail(message, cancelled);
    inflight.clear();
    for (OutgoingMessage &message : queue)
        fail(message, cancelled);
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

} // namespace mqtt
