#include "streamtransport.h"

#include "core/brokercore.h"
#include "peeridentity.h"

#include <QSslSocket>
#include <QTimer>

namespace broker {

StreamTransport::StreamTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                                 QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadChunk);
    m_client = core->openConnection(this, socket->peerAddress(), socket->peerPort(), listener);
    if (const auto *tls = qobject_cast<QSslSocket *>(socket); tls && tls->isEncrypted())
        m_client->certificateCommonName = verifiedCommonName(tls->sslConfiguration());
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { readAvailable(); });
    connect(m_socket, &QTcpSocket::disconnected, this, &StreamTransport::socketClosed);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_client && m_core)
            m_core->writeProgress(m_client);
    });
    if (m_socket->bytesAvailable() > 0)
        scheduleRead();
}

StreamTransport::~StreamTransport()
{
    dropClient();
}

void StreamTransport::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readScheduled = false;
            readAvailable();
        },
        Qt::QueuedConnection);
}

void StreamTransport::dropClient()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
    m_client = nullptr;
}

void StreamTransport::socketClosed()
{
    if (m_finished)
        return;
    m_finished = true;
    dropClient();
    emit finished();
    deleteLater();
}

void StreamTransport::closeSocket()
{
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        QMetaObject::invokeMethod(this, &StreamTransport::socketClosed, Qt::QueuedConnection);
        return;
    }
    // Qt waits for the last bytes to leave however long the peer takes to read them.
    QTimer::singleShot(CloseLingerMs, this, [this] {
        m_socket->abort();
        socketClosed(); // once, whether or not abort() said "disconnected"
    });
}

void StreamTransport::flush()
{
    m_socket->flush();
}

qint64 StreamTransport::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void StreamTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_client)
        scheduleRead();
}

} // namespace broker
