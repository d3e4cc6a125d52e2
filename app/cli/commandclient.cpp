#include "commandclient.h"

#include "exitcodes.h"

#include <mqttcore/packetformat.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace cli {

namespace {
// How long a clean DISCONNECT may take before the command ends anyway.
constexpr int DisconnectGraceMs = 2000;

// Quits from the event loop, also when called before exec() started it.
void quitLater(int exitCode)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
        Qt::QueuedConnection);
}
} // namespace

CommandClient::CommandClient(QString command, const ConnectionOptions &connection, QObject *parent)
    : QObject(parent), m_command(std::move(command)), m_connection(connection),
      m_client(new mqtt::Client(this))
{
    // The library's own log lines would break the one-line-per-error promise; -d shows them.
    if (!connection.debug)
        QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*=false"));
    m_client->setOptions(connection.options);
    connect(m_client, &mqtt::Client::errorOccurred, this, &CommandClient::onError);
    connect(m_client, &mqtt::Client::connected, this, [this] {
        if (!std::exchange(m_wasConnected, true))
            Q_EMIT connected();
    });
    if (connection.debug)
        connect(m_client, &mqtt::Client::packetTrace, this,
                [this](mqtt::Client::Direction direction, const mqtt::Packet &packet,
                       const QByteArray &) { trace(direction, packet); });
}

void CommandClient::start()
{
    m_client->connectToBroker();
}

void CommandClient::trace(mqtt::Client::Direction direction, const mqtt::Packet &packet)
{
    const QString line = direction == mqtt::Client::Direction::Outgoing
                             ? tr("Client %1 sending %2")
                             : tr("Client %1 received %2");
    const QByteArray text =
        (line.arg(m_client->clientId(), mqtt::describePacket(packet)) + QLatin1Char('\n')).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

void CommandClient::onError(const mqtt::ClientError &error)
{
    if (m_finishing)
        return;
    const QString line = describeClientError(error, m_connection.options);
    // After the first connection, a lost connection is retried when reconnection is on (sub).
    if (m_wasConnected && m_connection.options.reconnect.enabled) {
        warn(line);
        return;
    }
    if (error.kind == mqtt::ClientError::Kind::Rejected ||
        error.kind == mqtt::ClientError::Kind::QueueFull ||
        error.kind == mqtt::ClientError::Kind::Cancelled) {
        // Per-operation failures are reported by the operation's own handler.
        return;
    }
    fail(exitCodeFor(error), line);
}

void CommandClient::warn(const QString &line) const
{
    if (!m_quiet)
        printError(m_command, line);
}

void CommandClient::fail(int exitCode, const QString &line)
{
    if (m_finishing)
        return;
    warn(line);
    finish(exitCode);
}

void CommandClient::finish(int exitCode)
{
    if (std::exchange(m_finishing, true))
        return;
    std::fflush(stdout);
    if (m_client->state() != mqtt::Client::State::Connected) {
        m_client->abortConnection();
        quitLater(exitCode);
        return;
    }
    connect(m_client, &mqtt::Client::disconnected, this, [exitCode] { quitLater(exitCode); });
    QTimer::singleShot(DisconnectGraceMs, this, [exitCode] { quitLater(exitCode); });
    m_client->disconnectFromBroker(mqtt::ReasonCode::NormalDisconnection,
                                   m_connection.properties.disconnect);
}

} // namespace cli
