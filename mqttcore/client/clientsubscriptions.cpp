// Subscriptions and delivery (part of mqtt::Client, see client_p.h)

#include "client_p.h"

#include <QVarLengthArray>

#include <algorithm>

namespace mqtt {

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
    routesStale = true;
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
    if (routesStale) {
        routes.clear();
        for (qsizetype i = 0; i < subscriptions.size(); ++i) {
            if (const Subscription *s = subscriptions.at(i)) {
                const SubscriptionPrivate *sd = s->d_func();
                routes.value(sd->matchFilter.isEmpty() ? sd->filter : sd->matchFilter)
                    .append({i, subscriptions.at(i)});
            }
        }
        routesStale = false;
    }
    // Collected first: a slot may subscribe or unsubscribe while we emit.
    QVarLengthArray<std::pair<qsizetype, QPointer<Subscription>>, 4> targets;
    routes.match(message.topic(), [&targets](const auto &list) {
        for (const auto &target : list)
            targets.append(target);
    });
    if (targets.size() > 1)
        std::sort(targets.begin(), targets.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[position, s] : targets) {
        if (!s)
            continue;
        const Subscription::State state = s->d_func()->state;
        if (state != Subscription::State::Failed && state != Subscription::State::Unsubscribed)
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

} // namespace mqtt
