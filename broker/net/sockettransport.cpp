#include "sockettransport.h"

#include "core/brokercore.h"

#include <array>

namespace broker {

namespace {

/// One read buffer per thread, shared by all its connections: the core consumes a chunk
/// before the next read.
char *sharedReadBuffer()
{
    thread_local std::array<char, StreamTransport::ReadChunk> buffer;
    return buffer.data();
}

} // namespace

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
