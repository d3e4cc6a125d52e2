#include "sockettransport.h"

#include "core/brokercore.h"
#include "peeridentity.h"

#include <array>

namespace broker {

namespace {

/// Bytes read from one connection per turn of the event loop (fairness), and what Qt may
/// buffer for it while it is paused.
constexpr qint64 ReadChunk = 64 * 1024;

/// One read buffer per thread, shared by all its connections: the core consumes a chunk
/// before the next read.
char *sharedReadBuffer()
{
    thread_local std::array<char, ReadChunk> buffer;
    return buffer.data();
}

} // namespace

SocketTransport::SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                                 QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadChunk);
    m_client = core->openConnection(this, socket->peerAddress(), socket->peerPort(), listener);
    if (const auto *tls = qobject_cast<QSslSocket *>(socket); tls && tls->isEncrypted())
        m_client->certificateCommonName = verifiedCommonName(tls->sslConfiguration());
    connect(m_socket, &QTcpSocket::readyRead, this, &SocketTransport::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketTransport::socketClosed);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_client && m_core)
            m_core->writeProgress(m_client);
    });
    if (m_socket->bytesAvailable() > 0)
        scheduleRead();
}

SocketTransport::~SocketTransport()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
}

void SocketTransport::readAvailable()
{
    m_readScheduled = false;
    if (!m_client || m_paused)
        return;
    char *buffer = sharedReadBuffer();
    const qint64 n = m_socket->read(buffer, ReadChunk);
    if (n > 0)
        m_core->receive(m_client, QByteArrayView(buffer, n));
    if (m_client && !m_paused && m_socket->bytesAvailable() > 0)
        scheduleRead();
}

void SocketTransport::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &SocketTransport::readAvailable, Qt::QueuedConnection);
}

void SocketTransport::socketClosed()
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

void SocketTransport::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SocketTransport::flush()
{
    m_socket->flush();
}

qint64 SocketTransport::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void SocketTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_client)
        scheduleRead();
}

void SocketTransport::close()
{
    m_client = nullptr;
    // disconnectFromHost() flushes what was written (a final CONNACK or DISCONNECT) first.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &SocketTransport::socketClosed, Qt::QueuedConnection);
}

} // namespace broker
