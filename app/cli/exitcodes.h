#pragma once

#include <mqttcore/clienterror.h>
#include <mqttcore/connectoptions.h>

#include <QString>

/// Exit codes shared by pub, sub and bench, and the one line printed on stderr for a failure.
namespace cli {

enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1,           ///< anything else: publish or subscription refused, I/O error, ...
    ExitUsage = 2,             ///< bad option or option value
    ExitConnectionFailed = 3,  ///< TCP connect refused / unreachable, WebSocket handshake failed
    ExitHostNotFound = 4,      ///< DNS lookup failed
    ExitTlsFailed = 5,         ///< TLS handshake or certificate verification failed
    ExitConnectionRefused = 6, ///< the broker refused CONNECT (other than credentials)
    ExitNotAuthorized = 7,     ///< bad user name or password, or not authorized
    ExitTimeout = 8,           ///< no CONNACK in time, or sub -W expired
    ExitConnectionLost = 9,    ///< the connection dropped while working
};

/// The exit code a client error ends the command with.
ExitCode exitCodeFor(const mqtt::ClientError &error);

/// One translated line describing a connection or client error for the user.
QString describeClientError(const mqtt::ClientError &error, const mqtt::ConnectOptions &options);

/// Writes "mqtt-workbench <command>: <line>" and a newline to stderr.
void printError(const QString &command, const QString &line);

} // namespace cli
