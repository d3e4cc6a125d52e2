#include <mqttcore/client.h>
#include <mqttcore/subscription.h>

#include "client_p.h"

namespace mqtt {

Subscription::Subscription(Client *client, const QString &filter,
                           const SubscriptionOptions &options, const Properties &properties)
    : QObject(client), d_ptr(std::make_unique<SubscriptionPrivate>())
{
    Q_D(Subscription);
    d->client = client;
    d->filter = filter;
    d->options = options;
    d->properties = properties;
}

Subscription::~Subscription()
{
    Q_D(Subscription);
    // Deleting a live subscription unsubscribes it (unless the client itself is going away).
    if (d->client && d->state != State::Unsubscribed) {
        ClientPrivate *cd = d->client->d_func();
        cd->dropSubscription(this, {});
    }
}

QString Subscription::filter() const
{
    return d_func()->filter;
}
SubscriptionOptions Subscription::options() const
{
    return d_func()->options;
}
Properties Subscription::properties() const
{
    return d_func()->properties;
}
Subscription::State Subscription::state() const
{
    return d_func()->state;
}
ReasonCode Subscription::reasonCode() const
{
    return d_func()->reasonCode;
}
QString Subscription::reasonString() const
{
    return d_func()->reasonString;
}
Client *Subscription::client() const
{
    return d_func()->client;
}

QoS Subscription::grantedQoS() const
{
    const auto code = quint8(d_func()->reasonCode);
    return code <= 2 ? QoS(code) : QoS::AtMostOnce;
}

quint32 Subscription::subscriptionIdentifier() const
{
    const QList<quint32> &ids = d_func()->properties.subscriptionIdentifiers;
    return ids.isEmpty() ? 0 : ids.first();
}

void Subscription::unsubscribe()
{
    Q_D(Subscription);
    if (d->client)
        d->client->d_func()->dropSubscription(this, {});
}

} // namespace mqtt
