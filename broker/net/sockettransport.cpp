#include "sockettransport.h"

#include "core/brokercore.h"
#include "sharedreadbuffer.h"

namespace broker {

SocketTransport::SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                                 QObject *parent)
    : StreamTransport(socket, core, listener, parent)
{
}

void SocketTransport::readAvailable()
{
    if (!mayRead())
        return;
    char *buffer = sharedReadBuffer();
    const qint64 n = m_socket->read(buffer, ReadChunk);
    if (n > 0)
        m_core->receive(m_client, QByteArrayView(buffer, n));
    if (mayRead() && m_socket->bytesAvailable() > 0)
        scheduleRead();
}

void SocketTransport::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SocketTransport::close()
{
    m_client = nullptr;
    closeSocket();
}

} // namespace broker
