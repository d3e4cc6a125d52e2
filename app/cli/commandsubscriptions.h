#pragma once

#include "profilereader.h"

#include <mqttcore/subscription.h>

#include <QObject>

namespace cli {

class CommandClient;

/// The subscriptions of sub and monitor: subscribes every filter (each with its QoS, the rest
/// of the options shared), prints a line for each refused one, and ends the command with exit
/// code 1 when the broker refused them all.
class CommandSubscriptions final : public QObject
{
    Q_OBJECT

public:
    CommandSubscriptions(CommandClient *session, const QList<ProfileReader::SavedFilter> &filters,
                         const mqtt::SubscriptionOptions &options, QObject *parent);

    /// Requests the broker has not answered yet.
    int pending() const { return m_pending; }

signals:
    /// Every request is answered, and at least one filter was granted.
    void acknowledged();

private:
    void onStateChanged(mqtt::Subscription *subscription, mqtt::Subscription::State state);

    CommandClient *m_session;
    int m_requested = 0;
    int m_pending = 0;
    int m_failed = 0;
};

} // namespace cli
