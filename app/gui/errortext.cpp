#include "errortext.h"

#include <QCoreApplication>

namespace gui {

namespace {

// lupdate files these strings under the namespace ("gui"): look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("gui", text);
}

} // namespace

QString describeReason(mqtt::ReasonCode code)
{
    using mqtt::ReasonCode;
    switch (code) {
    case ReasonCode::UnsupportedProtocolVersion:
        return tr("the broker does not support this MQTT version");
    case ReasonCode::ClientIdentifierNotValid:
        return tr("the broker rejected the client ID");
    case ReasonCode::BadUserNameOrPassword:
        return tr("wrong user name or password");
    case ReasonCode::NotAuthorized:
        return tr("not authorized");
    case ReasonCode::ServerUnavailable:
        return tr("the broker is unavailable");
    case ReasonCode::ServerBusy:
        return tr("the broker is busy");
    case ReasonCode::Banned:
        return tr("this client is banned");
    case ReasonCode::ServerShuttingDown:
        return tr("the broker is shutting down");
    case ReasonCode::BadAuthenticationMethod:
        return tr("the authentication method is not supported");
    case ReasonCode::KeepAliveTimeout:
        return tr("keep-alive timeout");
    case ReasonCode::SessionTakenOver:
        return tr("another client connected with the same client ID");
    case ReasonCode::TopicFilterInvalid:
        return tr("invalid topic filter");
    case ReasonCode::TopicNameInvalid:
        return tr("invalid topic name");
    case ReasonCode::PacketTooLarge:
        return tr("packet too large for the broker");
    case ReasonCode::MessageRateTooHigh:
        return tr("message rate too high");
    case ReasonCode::QuotaExceeded:
        return tr("quota exceeded");
    case ReasonCode::AdministrativeAction:
        return tr("disconnected by an administrator");
    case ReasonCode::PayloadFormatInvalid:
        return tr("payload format invalid");
    case ReasonCode::RetainNotSupported:
        return tr("the broker does not support retained messages");
    case ReasonCode::QoSNotSupported:
        return tr("the broker does not support this QoS");
    case ReasonCode::UseAnotherServer:
    case ReasonCode::ServerMoved:
        return tr("the broker redirects to another server");
    case ReasonCode::SharedSubscriptionsNotSupported:
        return tr("shared subscriptions are not supported");
    case ReasonCode::ConnectionRateExceeded:
        return tr("connecting too often");
    case ReasonCode::MaximumConnectTime:
        return tr("maximum connect time reached");
    case ReasonCode::SubscriptionIdentifiersNotSupported:
        return tr("subscription identifiers are not supported");
    case ReasonCode::WildcardSubscriptionsNotSupported:
        return tr("wildcard subscriptions are not supported");
    case ReasonCode::ProtocolError:
        return tr("protocol error");
    case ReasonCode::MalformedPacket:
        return tr("malformed packet");
    case ReasonCode::NoMatchingSubscribers:
        return tr("no matching subscribers");
    default:
        return QString::fromLatin1(mqtt::reasonCodeName(code));
    }
}

QString describeClientError(const mqtt::ClientError &error)
{
    using Kind = mqtt::ClientError::Kind;
    QString text;
    switch (error.kind) {
    case Kind::NoError:
        return {};
    case Kind::InvalidOptions:
        text = tr("The connection settings are incomplete");
        break;
    case Kind::HostNotFound:
        text = tr("Host not found");
        break;
    case Kind::SocketError:
        text = tr("Cannot reach the broker");
        break;
    case Kind::TlsError:
        text = tr("TLS problem");
        break;
    case Kind::WebSocketError:
        text = tr("WebSocket handshake failed");
        break;
    case Kind::ConnectTimeout:
        text = tr("The broker did not answer in time");
        break;
    case Kind::ConnectionRefused:
        return tr("The broker refused the connection: %1").arg(describeReason(error.reasonCode));
    case Kind::ConnectionLost:
        text = tr("Connection lost");
        break;
    case Kind::KeepAliveTimeout:
        text = tr("The broker stopped answering (keep-alive timeout)");
        break;
    case Kind::DisconnectedByBroker:
        return tr("The broker closed the connection: %1").arg(describeReason(error.reasonCode));
    case Kind::ProtocolViolation:
        text = tr("The broker broke the MQTT protocol");
        break;
    case Kind::PacketTooLarge:
        text = tr("The message is larger than the broker accepts");
        break;
    case Kind::Rejected:
        return tr("The broker refused: %1").arg(describeReason(error.reasonCode));
    case Kind::QueueFull:
        text = tr("Offline queue full");
        break;
    case Kind::NotConnected:
        text = tr("Not connected");
        break;
    case Kind::Timeout:
        text = tr("No reply in time");
        break;
    case Kind::Cancelled:
        text = tr("Cancelled");
        break;
    case Kind::PersistenceError:
        text = tr("Cannot store the in-flight messages");
        break;
    }
    // The library's English line names the detail (the host, the certificate problem).
    if (!error.message.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.message);
    return text;
}

} // namespace gui
