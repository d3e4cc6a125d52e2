#pragma once

#include <broker/broker_global.h>

#include <broker/brokerconfig.h>
#include <broker/brokersettings.h>

namespace broker {

/// The listeners and limits of a parsed configuration file (ConfigLoader) as BrokerSettings.
/// Authentication and ACLs are not part of it: configure an AuthManager from the same
/// BrokerConfig and hand it to Broker::setAuthManager.
MQTTBROKER_EXPORT BrokerSettings settingsFromConfig(const BrokerConfig &config);

} // namespace broker
