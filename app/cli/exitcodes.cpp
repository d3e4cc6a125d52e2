#include "exitcodes.h"

#include "clitext.h"

#include <cstdio>

namespace cli {

ExitCode exitCodeFor(const mqtt::ClientError &error)
{
    using Kind = mqtt::ClientError::Kind;
    switch (error.kind) {
    case Kind::NoError:
        return ExitSuccess;
    case Kind::InvalidOptions:
        return ExitUsage;
    case Kind::HostNotFound:
        return ExitHostNotFound;
    case Kind::SocketError:
    case Kind::WebSocketError:
        return ExitConnectionFailed;
    case Kind::TlsError:
        return ExitTlsFailed;
    case Kind::ConnectTimeout:
    case Kind::Timeout:
        return ExitTimeout;
    case Kind::ConnectionRefused:
        if (error.reasonCode == mqtt::ReasonCode::BadUserNameOrPassword ||
            error.reasonCode == mqtt::ReasonCode::NotAuthorized ||
            error.reasonCode == mqtt::ReasonCode::BadAuthenticationMethod)
            return ExitNotAuthorized;
        return ExitConnectionRefused;
    case Kind::ConnectionLost:
    case Kind::KeepAliveTimeout:
    case Kind::DisconnectedByBroker:
        return ExitConnectionLost;
    default:
        return ExitFailure;
    }
}

QString describeClientError(const mqtt::ClientError &error, const mqtt::ConnectOptions &options)
{
    using Kind = mqtt::ClientError::Kind;
    const QString where = QStringLiteral("%1:%2").arg(options.host).arg(options.effectivePort());
    const QString reason = QString::fromLatin1(mqtt::reasonCodeName(error.reasonCode));
    QString line;
    switch (error.kind) {
    case Kind::HostNotFound:
        line = CliText::tr("host not found: %1").arg(options.host);
        break;
    case Kind::SocketError:
        line = CliText::tr("cannot connect to %1: %2").arg(where, error.message);
        break;
    case Kind::WebSocketError:
        line = CliText::tr("WebSocket handshake with %1 failed: %2").arg(where, error.message);
        break;
    case Kind::TlsError:
        line = CliText::tr("TLS handshake with %1 failed: %2").arg(where, error.message);
        break;
    case Kind::ConnectTimeout:
        line = CliText::tr("timed out connecting to %1").arg(where);
        break;
    case Kind::ConnectionRefused:
        if (exitCodeFor(error) == ExitNotAuthorized)
            line = CliText::tr("connection refused by %1: not authorized (%2)").arg(where, reason);
        else
            line = CliText::tr("connection refused by %1: %2").arg(where, reason);
        break;
    case Kind::ConnectionLost:
        line = CliText::tr("connection to %1 lost").arg(where);
        break;
    case Kind::DisconnectedByBroker:
        line = CliText::tr("disconnected by %1: %2").arg(where, reason);
        break;
    default:
        line = error.toString();
        break;
    }
    return line;
}

void printError(const QString &command, const QString &line)
{
    const QByteArray text =
        QStringLiteral("mqtt-workbench %1: %2\n").arg(command, line).toLocal8Bit();
    std::fflush(stdout);
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace cli
