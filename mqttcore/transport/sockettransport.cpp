#include "sockettransport.h"

#include "logging.h"
#include "tlsconfiguration.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

namespace mqtt {

SocketTransport::SocketTransport(bool secure) : NetworkTransport(secure) {}

SocketTransport::~SocketTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SocketTransport::open(const ConnectOptions &options)
{
    m_tls = options.tls;
    if (m_secure) {
        if (!QSslSocket::supportsSsl()) {
            finish(ClientError(ClientError::Kind::TlsError,
                               QStringLiteral("TLS is not available (no TLS backend)")));
            return;
        }
        QSslConfiguration configuration;
        ClientError error;
        if (!buildSslConfiguration(options.tls, configuration, &error)) {
            finish(error);
            return;
        }
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(configuration);
        connect(ssl, &QSslSocket::sslErrors, this, &SocketTransport::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &SocketTransport::markConnected);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &SocketTransport::markConnected);
    }
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SocketTransport::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        finish(ClientError(ClientError::Kind::ConnectionLost,
                           QStringLiteral("the connection was closed")));
    });
    if (m_secure) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        if (!options.tls.peerName.isEmpty())
            ssl->setPeerVerifyName(options.tls.peerName);
        ssl->connectToHostEncrypted(options.host, options.effectivePort());
    } else {
        m_socket->connectToHost(options.host, options.effectivePort());
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void SocketTransport::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

QByteArray SocketTransport::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

void SocketTransport::close()
{
    if (m_socket) {
        m_finished = true; // a requested close is not an error
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

void SocketTransport::abort()
{
    if (m_socket) {
        m_finished = true;
        m_socket->abort();
    }
}

qint64 SocketTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void SocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    if (const QList<QSslError> allowed = allowedSslErrors(errors); !allowed.isEmpty())
        static_cast<QSslSocket *>(m_socket)->ignoreSslErrors(allowed);
}

void SocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    using Kind = ClientError::Kind;
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        finish(ClientError(Kind::HostNotFound, text));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(ClientError(Kind::TlsError, m_sslProblem.isEmpty() ? text : m_sslProblem));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (!m_sslProblem.isEmpty())
            finish(ClientError(Kind::TlsError, m_sslProblem));
        else if (m_connected)
            finish(ClientError(Kind::ConnectionLost,
                               QStringLiteral("the broker closed the connection")));
        else
            finish(ClientError(Kind::SocketError, text));
        break;
    default:
        finish(ClientError(m_connected ? Kind::ConnectionLost : Kind::SocketError, text));
        break;
    }
}

} // namespace mqtt
