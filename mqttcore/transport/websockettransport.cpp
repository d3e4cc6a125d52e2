#include "websockettransport.h"

#include "logging.h"
#include "tlsconfiguration.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace mqtt {

WebSocketTransport::WebSocketTransport(bool secure) : NetworkTransport(secure) {}

WebSocketTransport::~WebSocketTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void WebSocketTransport::open(const ConnectOptions &options)
{
    m_tls = options.tls;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    if (m_secure) {
        QSslConfiguration configuration;
        ClientError error;
        if (!buildSslConfiguration(options.tls, configuration, &error)) {
            finish(error);
            return;
        }
        m_socket->setSslConfiguration(configuration);
        connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    }
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::markConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_received += data;
        emit readyRead();
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::onError);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        finish(ClientError(m_connected ? ClientError::Kind::ConnectionLost
                                       : ClientError::Kind::WebSocketError,
                           m_connected ? QStringLiteral("the WebSocket was closed")
                                       : QStringLiteral("the WebSocket handshake failed")));
    });

    QUrl url;
    url.setScheme(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(options.host);
    url.setPort(options.effectivePort());
    url.setPath(options.webSocket.path.isEmpty() ? QStringLiteral("/") : options.webSocket.path);
    QNetworkRequest request(url);
    for (const auto &header : options.webSocket.extraHeaders)
        request.setRawHeader(header.first, header.second);
    if (m_secure && !options.tls.peerName.isEmpty())
        request.setPeerVerifyName(options.tls.peerName);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QStringLiteral("mqtt")});
    m_socket->open(request, handshake);
}

void WebSocketTransport::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->sendBinaryMessage(bytes);
}

QByteArray WebSocketTransport::readAll()
{
    return std::exchange(m_received, QByteArray());
}

void WebSocketTransport::close()
{
    if (m_socket) {
        m_finished = true;
        m_socket->flush();
        m_socket->close();
    }
}

void WebSocketTransport::abort()
{
    if (m_socket) {
        m_finished = true;
        m_socket->abort();
    }
}

qint64 WebSocketTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void WebSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    if (const QList<QSslError> allowed = allowedSslErrors(errors); !allowed.isEmpty())
        m_socket->ignoreSslErrors(allowed);
}

void WebSocketTransport::onError(QAbstractSocket::SocketError error)
{
    using Kind = ClientError::Kind;
    const QString text = m_socket->errorString();
    if (!m_sslProblem.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError ||
        error == QAbstractSocket::SslInternalError)
        finish(ClientError(Kind::TlsError, m_sslProblem.isEmpty() ? text : m_sslProblem));
    else if (error == QAbstractSocket::HostNotFoundError)
        finish(ClientError(Kind::HostNotFound, text));
    else if (m_connected)
        finish(ClientError(Kind::ConnectionLost, text));
    else if (error == QAbstractSocket::ConnectionRefusedError &&
             text.contains(QLatin1String("andshake")))
        finish(ClientError(Kind::WebSocketError, text));
    else
        finish(ClientError(error == QAbstractSocket::ConnectionRefusedError ? Kind::SocketError
                                                                            : Kind::WebSocketError,
                           text));
}

} // namespace mqtt
