#pragma once

#include <mqttcore/reasoncode.h>

namespace broker {

/// Every reason the broker ends a connection or refuses a CONNECT, one distinct value per rule.
/// Decoding failures come from the codec (mqtt::CodecError) and are mapped by
/// mqtt::reasonCodeFor; these are the rules the broker itself checks. reasonCodeFor() is the
/// one place that turns them into wire reason codes.
enum class BrokerError
{
    FirstPacketNotConnect,     ///< [MQTT-3.1.0-1]
    SecondConnect,             ///< [MQTT-3.1.0-2]
    ConnectTimeout,            ///< no CONNECT within BrokerLimits::connectTimeoutMs
    KeepAliveTimeout,          ///< nothing received for 1.5 x keep-alive [MQTT-3.1.2-22]
    UnexpectedPacket,          ///< a packet only a server may send (CONNACK, SUBACK, ...)
    AuthenticationUnsupported, ///< AUTH / authentication method: no enhanced auth here
    ClientIdentifierRejected,  ///< 3.1 with an empty or over-long client id
    NotAuthorized,             ///< anonymous access disabled, or refused by the authenticator
    BadCredentials,            ///< wrong user name or password
    TopicAliasInvalid,         ///< alias 0 or above our maximum [MQTT-3.3.2-8] [MQTT-3.3.2-9]
    TopicAliasUnknown,         ///< empty topic with an alias never set
    SubscriptionIdInPublish,   ///< client PUBLISH with subscription identifiers [MQTT-3.3.4-6]
    ReceiveMaximumExceeded,    ///< more unacknowledged QoS 1/2 than announced [MQTT-3.3.4-9]
    SessionExpiryAfterZero,    ///< DISCONNECT sets expiry after CONNECT said 0 [MQTT-3.14.2-2]
    SharedSubscriptionNoLocal, ///< no-local on a shared subscription [MQTT-3.8.3-4]
    RetainNotSupported,        ///< retained PUBLISH while retain is unavailable
    TakeoverByOtherUser,       ///< BrokerLimits::refuseTakeoverByOtherUser
    SessionTakenOver,          ///< the same client id connected again [MQTT-3.1.4-3]
    AdministrativeAction,      ///< Broker::disconnectClient
    ServerShuttingDown,        ///< Broker::stop
    LoginChecksBusy,           ///< too many logins waiting for their password check
    InputDuringLoginCheck,     ///< over 1 MiB sent while the login was being checked
};

/// The wire reason code for a broker error (CONNACK or DISCONNECT; 3.x maps CONNACK codes
/// with mqtt::connackCodeV3).
mqtt::ReasonCode reasonCodeFor(BrokerError error);

/// One English line for logs, citing the rule.
const char *brokerErrorText(BrokerError error);

} // namespace broker
