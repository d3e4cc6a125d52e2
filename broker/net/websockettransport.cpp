#include "websockettransport.h"

#include "core/brokercore.h"
#include "core/logging.h"

namespace broker {

namespace {

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
    : StreamTransport(socket, core, listener, parent), m_framer(maxMessageSize)
{
}

void WebSocketTransport::readAvailable()
{
    if (mayRead() && !m_closeSent && m_socket->bytesAvailable() > 0) {
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
            if (mayRead() && m_socket->bytesAvailable() > 0)
                scheduleRead();
            return;
        }
        if (!out.peerClosed) {
            qCInfo(lcProtocol) << "WebSocket client" << m_socket->peerAddress()
                               << "closed:" << out.error;
        }
        dropClient();
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

void WebSocketTransport::closeWith(quint16 code)
{
    if (!m_closeSent) {
        m_closeSent = true;
        m_socket->write(WebSocketFramer::closeFrame(code));
    }
    closeSocket();
}

void WebSocketTransport::send(const QByteArray &bytes)
{
    if (!m_closeSent)
        m_socket->write(WebSocketFramer::frame(WebSocketFramer::Binary, bytes));
}

void WebSocketTransport::close()
{
    m_client = nullptr;
    closeWith(WebSocketFramer::NormalClosure);
}

} // namespace broker
