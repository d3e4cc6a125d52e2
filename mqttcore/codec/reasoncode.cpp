#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

#include <mqttcore/reasoncode.h>

#include <algorithm>
#include <initializer_list>

namespace mqtt {

const char *reasonCodeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Success:
        return "Success";
    case ReasonCode::GrantedQoS1:
        return "Granted QoS 1";
    case ReasonCode::GrantedQoS2:
        return "Granted QoS 2";
    case ReasonCode::DisconnectWithWillMessage:
        return "Disconnect with Will Message";
    case ReasonCode::NoMatchingSubscribers:
        return "No matching subscribers";
    case ReasonCode::NoSubscriptionExisted:
        return "No subscription existed";
    case ReasonCode::ContinueAuthentication:
        return "Continue authentication";
    case ReasonCode::ReAuthenticate:
        return "Re-authenticate";
    case ReasonCode::UnspecifiedError:
        return "Unspecified error";
    case ReasonCode::MalformedPacket:
        return "Malformed Packet";
    case ReasonCode::ProtocolError:
        return "Protocol Error";
    case ReasonCode::ImplementationSpecificError:
        return "Implementation specific error";
    case ReasonCode::UnsupportedProtocolVersion:
        return "Unsupported Protocol Version";
    case ReasonCode::ClientIdentifierNotValid:
        return "Client Identifier not valid";
    case ReasonCode::BadUserNameOrPassword:
        return "Bad User Name or Password";
    case ReasonCode::NotAuthorized:
        return "Not authorized";
    case ReasonCode::ServerUnavailable:
        return "Server unavailable";
    case ReasonCode::ServerBusy:
        return "Server busy";
    case ReasonCode::Banned:
        return "Banned";
    case ReasonCode::ServerShuttingDown:
        return "Server shutting down";
    case ReasonCode::BadAuthenticationMethod:
        return "Bad authentication method";
    case ReasonCode::KeepAliveTimeout:
        return "Keep Alive timeout";
    case ReasonCode::SessionTakenOver:
        return "Session taken over";
    case ReasonCode::TopicFilterInvalid:
        return "Topic Filter invalid";
    case ReasonCode::TopicNameInvalid:
        return "Topic Name invalid";
    case ReasonCode::PacketIdentifierInUse:
        return "Packet Identifier in use";
    case ReasonCode::PacketIdentifierNotFound:
        return "Packet Identifier not found";
    case ReasonCode::ReceiveMaximumExceeded:
        return "Receive Maximum exceeded";
    case ReasonCode::TopicAliasInvalid:
        return "Topic Alias invalid";
    case ReasonCode::PacketTooLarge:
        return "Packet too large";
    case ReasonCode::MessageRateTooHigh:
        return "Message rate too high";
    case ReasonCode::QuotaExceeded:
        return "Quota exceeded";
    case ReasonCode::AdministrativeAction:
        return "Administrative action";
    case ReasonCode::PayloadFormatInvalid:
        return "Payload format invalid";
    case ReasonCode::RetainNotSupported:
        return "Retain not supported";
    case ReasonCode::QoSNotSupported:
        return "QoS not supported";
    case ReasonCode::UseAnotherServer:
        return "Use another server";
    case ReasonCode::ServerMoved:
        return "Server moved";
    case ReasonCode::SharedSubscriptionsNotSupported:
        return "Shared Subscriptions not supported";
    case ReasonCode::ConnectionRateExceeded:
        return "Connection rate exceeded";
    case ReasonCode::MaximumConnectTime:
        return "Maximum connect time";
    case ReasonCode::SubscriptionIdentifiersNotSupported:
        return "Subscription Identifiers not supported";
    case ReasonCode::WildcardSubscriptionsNotSupported:
        return "Wildcard Subscriptions not supported";
    }
    return "Unknown reason code";
}

// Table 3.1 of 3.1.1 (CONNACK return codes) against the 5.0 codes of the same meaning.
quint8 connackCodeV3(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Success:
        return 0;
    case ReasonCode::UnsupportedProtocolVersion:
        return 1;
    case ReasonCode::ClientIdentifierNotValid:
        return 2;
    case ReasonCode::BadUserNameOrPassword:
        return 4;
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
        return 5;
    default:
        return 3; // Server unavailable: the closest 3.x code for any other refusal
    }
}

ReasonCode reasonFromConnackV3(quint8 returnCode)
{
    switch (returnCode) {
    case 0:
        return ReasonCode::Success;
    case 1:
        return ReasonCode::UnsupportedProtocolVersion;
    case 2:
        return ReasonCode::ClientIdentifierNotValid;
    case 3:
        return ReasonCode::ServerUnavailable;
    case 4:
        return ReasonCode::BadUserNameOrPassword;
    case 5:
        return ReasonCode::NotAuthorized;
    default:
        return ReasonCode::UnspecifiedError;
    }
}

namespace {

bool oneOf(quint8 code, std::initializer_list<quint8> codes)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

// The "MQTT Control Packets" column of table 2.4 (Reason Codes) of MQTT 5.0.
bool isReasonCodeAllowed(PacketType type, ReasonCode reason)
{
    const auto code = quint8(reason);
    switch (type) {
    case PacketType::Connack:
        return oneOf(code, {0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
                            0x8A, 0x8C, 0x90, 0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F});
    case PacketType::Puback:
    case PacketType::Pubrec:
        return oneOf(code, {0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99});
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return oneOf(code, {0x00, 0x92});
    case PacketType::Suback:
        return oneOf(code,
                     {0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2});
    case PacketType::Unsuback:
        return oneOf(code, {0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91});
    case PacketType::Disconnect:
        return oneOf(code, {0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D,
                            0x8E, 0x8F, 0x90, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
                            0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2});
    case PacketType::Auth:
        return oneOf(code, {0x00, 0x18, 0x19});
    default:
        return false;
    }
}

} // namespace mqtt
