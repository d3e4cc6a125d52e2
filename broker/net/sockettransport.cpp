#include "sockettransport.h"

#include "core/brokercore.h"
#include "peeridentity.h"

namespace broker {

namespace {
constexpr qsizetype ReadChunk = 64 * 1024;
}

SocketTransport::SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                                 QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_client = core->openConnection(this, socket->peerAddress(), socket->peerPort(), listener);
    if (const auto *tls = qobject_cast<QSslSocket *>(socket); tls && tls->isEncrypted())
        m_client->certificateCommonName = verifiedCommonName(tls->sslConfiguration());
    m_readBuffer.resize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &SocketTransport::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketTransport::socketClosed);
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

SocketTransport::~SocketTransport()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
}

void SocketTransport::readAvailable()
{
    while (m_client && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(m_readBuffer.data(), m_readBuffer.size());
        if (n <= 0)
            break;
        m_core->receive(m_client, QByteArrayView(m_readBuffer.constData(), n));
    }
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

qint64 SocketTransport::bufferedBytes() const
{
    return m_socket->bytesToWrite();
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
