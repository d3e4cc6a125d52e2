#pragma once

#include "transport.h"

#include <mqttcore/connectoptions.h>

#include <QList>
#include <QSslError>

namespace mqtt {

/// What the TCP/TLS and WebSocket transports share: the TLS options of the connection, whether
/// it got as far as connected, the end reported once, and TLS errors the options allow.
class NetworkTransport : public Transport
{
    Q_OBJECT

protected:
    explicit NetworkTransport(bool secure) : m_secure(secure) {}

    /// Marks the connection up and emits connected().
    void markConnected();
    /// Emits closed(error) the first time; later ends (the socket's error, then its
    /// disconnected signal) are the same end and ignored.
    void finish(const ClientError &error);
    /// The errors to ignore when the TLS options allow every one of them; otherwise none, and
    /// the reason is kept in m_sslProblem for the handshake failure that follows.
    QList<QSslError> allowedSslErrors(const QList<QSslError> &errors);

    TlsOptions m_tls;     ///< set by open()
    QString m_sslProblem; ///< certificate problem of the failed handshake
    const bool m_secure;  ///< TLS (mqtts://, wss://)
    bool m_connected = false;
    bool m_finished = false;
};

} // namespace mqtt
