#include "brokererror.h"

using mqtt::ReasonCode;

namespace broker {

ReasonCode reasonCodeFor(BrokerError error)
{
    switch (error) {
    case BrokerError::FirstPacketNotConnect:
    case BrokerError::SecondConnect:
    case BrokerError::UnexpectedPacket:
    case BrokerError::TopicAliasUnknown:
    case BrokerError::SubscriptionIdInPublish:
    case BrokerError::SessionExpiryAfterZero:
    case BrokerError::SharedSubscriptionNoLocal:
        return ReasonCode::ProtocolError;
    case BrokerError::ConnectTimeout:
        return ReasonCode::MaximumConnectTime;
    case BrokerError::KeepAliveTimeout:
        return ReasonCode::KeepAliveTimeout;
    case BrokerError::AuthenticationUnsupported:
        return ReasonCode::BadAuthenticationMethod;
    case BrokerError::ClientIdentifierRejected:
        return ReasonCode::ClientIdentifierNotValid;
    case BrokerError::NotAuthorized:
        return ReasonCode::NotAuthorized;
    case BrokerError::BadCredentials:
        return ReasonCode::BadUserNameOrPassword;
    case BrokerError::TopicAliasInvalid:
        return ReasonCode::TopicAliasInvalid;
    case BrokerError::ReceiveMaximumExceeded:
        return ReasonCode::ReceiveMaximumExceeded;
    case BrokerError::RetainNotSupported:
        return ReasonCode::RetainNotSupported;
    case BrokerError::TakeoverByOtherUser:
        return ReasonCode::NotAuthorized;
    case BrokerError::SessionTakenOver:
        return ReasonCode::SessionTakenOver;
    case BrokerError::AdministrativeAction:
        return ReasonCode::AdministrativeAction;
    case BrokerError::ServerShuttingDown:
        return ReasonCode::ServerShuttingDown;
    case BrokerError::LoginChecksBusy:
        return ReasonCode::ServerBusy;
    case BrokerError::InputDuringLoginCheck:
        return ReasonCode::QuotaExceeded;
    }
    return ReasonCode::UnspecifiedError;
}

const char *brokerErrorText(BrokerError error)
{
    switch (error) {
    case BrokerError::FirstPacketNotConnect:
        return "first packet is not CONNECT [MQTT-3.1.0-1]";
    case BrokerError::SecondConnect:
        return "second CONNECT on a connection [MQTT-3.1.0-2]";
    case BrokerError::ConnectTimeout:
        return "no CONNECT received in time";
    case BrokerError::KeepAliveTimeout:
        return "keep-alive expired (nothing received for 1.5 x keep-alive) [MQTT-3.1.2-22]";
    case BrokerError::UnexpectedPacket:
        return "packet type a client may not send";
    case BrokerError::AuthenticationUnsupported:
        return "enhanced authentication is not supported";
    case BrokerError::ClientIdentifierRejected:
        return "client identifier rejected [MQTT-3.1.3-8]";
    case BrokerError::NotAuthorized:
        return "not authorized";
    case BrokerError::BadCredentials:
        return "bad user name or password";
    case BrokerError::TopicAliasInvalid:
        return "topic alias 0 or above the maximum [MQTT-3.3.2-8] [MQTT-3.3.2-9]";
    case BrokerError::TopicAliasUnknown:
        return "empty topic with an unknown topic alias";
    case BrokerError::SubscriptionIdInPublish:
        return "subscription identifier in a PUBLISH from a client [MQTT-3.3.4-6]";
    case BrokerError::ReceiveMaximumExceeded:
        return "more QoS 1/2 messages unacknowledged than the receive maximum [MQTT-3.3.4-9]";
    case BrokerError::SessionExpiryAfterZero:
        return "DISCONNECT sets a session expiry after CONNECT set 0 [MQTT-3.14.2-2]";
    case BrokerError::SharedSubscriptionNoLocal:
        return "no-local on a shared subscription [MQTT-3.8.3-4]";
    case BrokerError::RetainNotSupported:
        return "retained PUBLISH while retain is not available";
    case BrokerError::TakeoverByOtherUser:
        return "the client id's session belongs to another user (refuse-takeover-by-other-user)";
    case BrokerError::SessionTakenOver:
        return "session taken over by a new connection [MQTT-3.1.4-3]";
    case BrokerError::AdministrativeAction:
        return "disconnected by the operator";
    case BrokerError::ServerShuttingDown:
        return "broker shutting down";
    case BrokerError::LoginChecksBusy:
        return "too many logins waiting for their password check";
    case BrokerError::InputDuringLoginCheck:
        return "over 1 MiB sent before the CONNACK while the login was checked";
    }
    return "unknown";
}

} // namespace broker
