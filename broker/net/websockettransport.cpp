#include "websockettransport.h"

#include "core/brokercore.h"
#include "core/logging.h"
#include "peeridentity.h"

namespace broker {

WebSocketTransport::WebSocketTransport(QWebSocket *socket, BrokerCore *core,
                                       const QString &listener, QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core)
{
    m_socket->setParent(this);
    m_client = core->openConnection(this, socket->peerAddress(), socket->peerPort(), listener);
    m_client->certificateCommonName = verifiedCommonName(socket->sslConfiguration());
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        if (m_client)
            m_core->receive(m_client, data);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        // MQTT must be carried in binary frames [MQTT-6.0.0-1].
        qCWarning(lcProtocol) << "text WebSocket frame from" << m_socket->peerAddress();
        if (m_client && m_core)
            m_core->connectionLost(m_client);
        close();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::socketClosed);
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] {
        if (m_client && m_core)
            m_core->writeProgress(m_client);
    });
}

WebSocketTransport::~WebSocketTransport()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
}

void WebSocketTransport::socketClosed()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client && m_core)
        m_core->connectionLost(m_client);
    m_client = nullptr;
    emit finished();
    deleteLater();
}

void WebSocketTransport::send(const QByteArray &bytes)
{
    m_socket->sendBinaryMessage(bytes);
}

void WebSocketTransport::flush()
{
    m_socket->flush();
}

void WebSocketTransport::setReadingPaused(bool) {}

qint64 WebSocketTransport::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void WebSocketTransport::close()
{
    m_client = nullptr;
    m_socket->close();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &WebSocketTransport::socketClosed, Qt::QueuedConnection);
}

} // namespace broker
