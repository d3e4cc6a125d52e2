#include "commandsubscriptions.h"

#include "clitext.h"
#include "commandclient.h"
#include "exitcodes.h"

#include <mqttcore/client.h>
#include <mqttcore/reasoncode.h>

namespace cli {

CommandSubscriptions::CommandSubscriptions(CommandClient *session,
                                           const QList<ProfileReader::SavedFilter> &filters,
                                           const mqtt::SubscriptionOptions &options,
                                           QObject *parent)
    : QObject(parent), m_session(session)
{
    for (const ProfileReader::SavedFilter &filter : filters) {
        mqtt::SubscriptionOptions filterOptions = options;
        filterOptions.maximumQoS = filter.qos;
        mqtt::Subscription *subscription = session->client()->subscribe(
            filter.filter, filterOptions, session->connection().properties.subscribe);
        ++m_requested;
        ++m_pending;
        connect(subscription, &mqtt::Subscription::stateChanged, this,
                [this, subscription](mqtt::Subscription::State state) {
                    onStateChanged(subscription, state);
                });
    }
}

void CommandSubscriptions::onStateChanged(mqtt::Subscription *subscription,
                                          mqtt::Subscription::State state)
{
    if (state == mqtt::Subscription::State::Failed) {
        m_session->warn(CliText::tr("subscription to '%1' refused: %2")
                            .arg(subscription->filter(), QString::fromLatin1(mqtt::reasonCodeName(
                                                             subscription->reasonCode()))));
        ++m_failed;
    }
    if (state != mqtt::Subscription::State::Subscribed &&
        state != mqtt::Subscription::State::Failed)
        return;
    if (--m_pending > 0)
        return;
    if (m_failed == m_requested)
        m_session->fail(ExitFailure, CliText::tr("all subscription requests were denied"));
    else
        emit acknowledged();
}

} // namespace cli
