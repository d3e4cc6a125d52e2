#pragma once

#include "core/transport.h"
#include "websocketframer.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace broker {

class BrokerCore;
class ClientConnection;

/// MQTT over WebSocket (binary messages), plain or secure, on a socket whose opening
/// handshake WebSocketHandshakeGate completed. Frames are read by a WebSocketFramer:
/// unmasked, text, malformed or oversized client frames close the connection with the
/// RFC 6455 status code; pings are answered. Owns the socket; deletes itself once it has
/// closed.
class WebSocketTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)

public:
    /// `maxMessageSize`: the largest message (and frame) a client may send.
    WebSocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                       quint64 maxMessageSize, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void send(const QByteArray &bytes) override;
    void flush() override;
    qint64 bufferedBytes() const override;
    void setReadingPaused(bool paused) override;
    void close() override;

Q_SIGNALS:
    void finished();

private:
    /// Reads and unframes one bounded chunk (fairness, as SocketTransport); more waiting is
    /// read on a later turn.
    void readAvailable();
    void scheduleRead();
    /// Sends a close frame with `code` and closes the socket once it is written.
    void closeWith(quint16 code);
    void socketClosed();

    QTcpSocket *m_socket;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr; ///< nullptr once the core is done with us
    WebSocketFramer m_framer;
    bool m_closeSent = false;
    bool m_finished = false;
    bool m_paused = false;
    bool m_readScheduled = false;
};

} // namespace broker
