#pragma once

#include "streamtransport.h"
#include "websocketframer.h"

namespace broker {

/// MQTT over WebSocket (binary messages), plain or secure, on a socket whose opening
/// handshake WebSocketHandshakeGate completed. Frames are read by a WebSocketFramer:
/// unmasked, text, malformed or oversized client frames close the connection with the
/// RFC 6455 status code; pings are answered. Owns the socket; deletes itself once it has
/// closed.
class WebSocketTransport final : public StreamTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)

public:
    /// `maxMessageSize`: the largest message (and frame) a client may send.
    WebSocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                       quint64 maxMessageSize, QObject *parent = nullptr);

    void send(const QByteArray &bytes) override;
    void close() override;

private:
    /// Reads and unframes one bounded chunk.
    void readAvailable() override;
    /// Sends a close frame with `code` and closes the socket once it is written.
    void closeWith(quint16 code);

    WebSocketFramer m_framer;
    bool m_closeSent = false;
};

} // namespace broker
