#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/clienterror.h>
#include <mqttcore/message.h>
#include <mqttcore/packets.h>

#include <QObject>
#include <QString>

#include <memory>

namespace mqtt {

class Client;
class SubscriptionPrivate;

/// One topic filter subscribed through Client::subscribe() — the Qt form of the seeds'
/// `async with C.subscription(...)`. It receives every message whose topic matches its filter,
/// also when other subscriptions overlap it, and it follows the connection: after a reconnect
/// the client subscribes again. Owned by the Client; delete it (or call unsubscribe()) when done.
class MQTTCORE_EXPORT Subscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Subscription)
    Q_PROPERTY(QString filter READ filter CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    /// Where the subscription stands.
    enum class State
    {
        Pending,      ///< SUBSCRIBE sent (or waiting for a connection), no SUBACK yet
        Subscribed,   ///< SUBACK granted it; grantedQoS() tells the QoS
        Failed,       ///< SUBACK refused it; reasonCode() tells why
        Unsubscribed, ///< unsubscribe() done (or the client dropped it)
    };
    Q_ENUM(State)

    ~Subscription() override;

    /// The topic filter.
    QString filter() const;
    /// The subscription options.
    SubscriptionOptions options() const;
    /// SUBSCRIBE properties as sent (subscription identifier, user properties).
    Properties properties() const;
    /// State now.
    State state() const;
    /// SUBACK result: GrantedQoS0..2 or the failure code.
    ReasonCode reasonCode() const;
    /// QoS the broker granted (Subscribed).
    QoS grantedQoS() const;
    /// The broker's reason string from SUBACK (5.0), if any.
    QString reasonString() const;
    /// Subscription identifier sent with SUBSCRIBE (5.0), 0 if none.
    quint32 subscriptionIdentifier() const;
    /// The client the subscription belongs to.
    Client *client() const;

public Q_SLOTS:
    /// Sends UNSUBSCRIBE (unless another live Subscription has the same filter) and stops delivery.
    void unsubscribe();

Q_SIGNALS:
    /// The state changed.
    void stateChanged(mqtt::Subscription::State state);
    /// A message whose topic matches filter().
    void messageReceived(const mqtt::Message &message);

private:
    friend class Client;
    friend class ClientPrivate;
    Subscription(Client *client, const QString &filter, const SubscriptionOptions &options,
                 const Properties &properties);
    std::unique_ptr<SubscriptionPrivate> d_ptr;
    Q_DECLARE_PRIVATE(Subscription)
};

} // namespace mqtt
