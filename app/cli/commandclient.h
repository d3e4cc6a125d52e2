#pragma once

#include "connectionoptions.h"

#include <mqttcore/client.h>

#include <QObject>
#include <QString>

namespace cli {

/// The client side that pub and sub share: connects with the command's options, prints the
/// -d packet trace, turns a failed connection into one stderr line and its exit code, and
/// ends the event loop after a clean DISCONNECT.
class CommandClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandClient)

public:
    CommandClient(QString command, const ConnectionOptions &connection, QObject *parent = nullptr);

    mqtt::Client *client() const { return m_client; }
    const ConnectionOptions &connection() const { return m_connection; }

    /// --quiet: no error lines on stderr (the exit code still tells).
    void setQuiet(bool quiet) { m_quiet = quiet; }

    /// Connects; connected() follows, or the command ends with the error's exit code.
    void start();
    /// Sends DISCONNECT (with the -D disconnect properties) if connected, then quits the event
    /// loop with exitCode.
    void finish(int exitCode);
    /// Prints "mqtt-workbench <command>: <line>" (unless quiet) and finishes with exitCode.
    void fail(int exitCode, const QString &line);
    /// Prints a line on stderr (unless quiet) without ending.
    void warn(const QString &line) const;

Q_SIGNALS:
    /// The first CONNACK accepted the connection.
    void connected();

private:
    void onError(const mqtt::ClientError &error);
    void trace(mqtt::Client::Direction direction, const mqtt::Packet &packet);

    QString m_command;
    ConnectionOptions m_connection;
    mqtt::Client *m_client;
    bool m_quiet = false;
    bool m_wasConnected = false;
    bool m_finishing = false;
};

} // namespace cli
