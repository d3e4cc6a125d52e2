#include "websockettransport.h"

#include "core/brokercore.h"
#include "core/logging.h"
#include "peeridentity.h"

#include <QSslSocket>

namespace broker {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

/// RFC 6455 7.4: codes a peer may send in a close frame.
bool isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) ||
           (code >= 3000 && code <= 4999);
}

} // namespace

WebSocketTransport::WebSocketTransport(QTcpSocket *socket, BrokerCore *core,
                                       const QString &listener, quint64 maxMessageSize,
                                       QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core), m_framer(maxMessageSize)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_client = core->openConnection(this, socket->peerAddress(), socket->peerPort(), listener);
    if (const auto *tls = qobject_cast<QSslSocket *>(socket); tls && tls->isEncrypted())
        m_client->certificateCommonName = verifiedCommonName(tls->sslConfiguration());
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &WebSocketTransport::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &WebSocketTransport::socketClosed);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_client && m_core)
            m_core->writeProgress(m_client);
    });
    if (m_socket->bytesAvailable() > 0)
        scheduleRead();
}

WebSocketTransport::~WebSocketTransport()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
}

void WebSocketTransport::readAvailable()
{
    m_readScheduled = false;
    if (m_client && !m_closeSent && !m_paused && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(ReadChunk);
        if (bytes.isEmpty())
            return;
        WebSocketFramer::Output out;
        m_framer.feed(bytes, &out);
        for (const QByteArray &payload : std::as_const(out.pings))
            m_socket->write(WebSocketFramer::frame(WebSocketFramer::Pong, payload));
        for (const QByteArray &message : std::as_const(out.messages)) {
            if (!m_client)
                return; // the core closed the connection
            m_core->receive(m_client, message);
        }
        if (out.closeCode == 0) {
            if (m_client && !m_paused && m_socket->bytesAvailable() > 0)
                scheduleRead();
            return;
        }
        if (!out.peerClosed) {
            qCInfo(lcProtocol) << "WebSocket client" << m_socket->peerAddress()
                               << "closed:" << out.error;
        }
        if (m_client && m_core)
            m_core->connectionLost(m_client);
        m_client = nullptr;
        // A close frame is echoed with its code (RFC 6455 5.5.1); a rule broken is answered
        // with its code (7.4.1).
        const quint16 code =
            !out.peerClosed                              ? out.closeCode
            : out.closeCode == WebSocketFramer::NoStatus ? quint16(WebSocketFramer::NormalClosure)
            : isValidCloseCode(out.closeCode)            ? out.closeCode
                                                         : quint16(WebSocketFramer::ProtocolError);
        closeWith(code);
        return;
    }
}

void WebSocketTransport::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &WebSocketTransport::readAvailable, Qt::QueuedConnection);
}

void WebSocketTransport::closeWith(quint16 code)
{
    if (!m_closeSent) {
        m_closeSent = true;
        m_socket->write(WebSocketFramer::closeFrame(code));
    }
    // disconnectFromHost() flushes what was written (a final CONNACK or DISCONNECT) first.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &WebSocketTransport::socketClosed, Qt::QueuedConnection);
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
    if (!m_closeSent)
        m_socket->write(WebSocketFramer::frame(WebSocketFramer::Binary, bytes));
}

void WebSocketTransport::flush()
{
    m_socket->flush();
}

void WebSocketTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_client)
        scheduleRead();
}

qint64 WebSocketTransport::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void WebSocketTransport::close()
{
    m_client = nullptr;
    closeWith(WebSocketFramer::NormalClosure);
}

} // namespace broker
