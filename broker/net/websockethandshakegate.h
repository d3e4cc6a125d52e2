#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QTcpSocket;

namespace broker {

/// Stands between an accepted TCP (or TLS) connection of a WebSocket listener and
/// QWebSocketServer::handleConnection. It peeks at the HTTP upgrade request (reads nothing)
/// and refuses with HTTP 400 a client that offers no MQTT sub-protocol [MQTT-6.0.0-3]: Qt
/// 6.4's QWebSocketServer would complete such a handshake without any sub-protocol. It also
/// bounds what a client may send before the handshake: a request header of at most
/// MaxHeaderBytes, within the timeout. Deletes itself once it has decided.
///
/// Not done here, nor possible with QWebSocketServer in Qt 6.4: closing the connection on an
/// unmasked client frame (RFC 6455 5.1). Qt's frame reader (QWebSocketFrame) takes the mask
/// bit as it comes and unmasks only when it is set; no public API shows frame headers; and
/// the QWebSocket's reads from the socket cannot be followed from outside (it consumes a
/// frame piecewise, header, length, mask and payload, and QIODevice::pos() is not kept for
/// sockets), so peeking at the socket cannot find frame boundaries reliably. Doing it means
/// framing WebSocket in the broker (frames, ping/pong, close) instead of QWebSocket.
class WebSocketHandshakeGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketHandshakeGate)

public:
    static constexpr qint64 MaxHeaderBytes = 16 * 1024;

    /// The sub-protocols the broker answers: "mqtt" (MQTT 3.1.1 and 5) and "mqttv3.1"
    /// (older browser clients). Of those a client offers, the first it names is answered.
    static QStringList subprotocols();

    /// The decision for a complete request header (up to and including the empty line):
    /// true when it offers one of subprotocols(), or none at all and allowNone is set;
    /// otherwise false and `reason` says why, in English.
    static bool accepts(QByteArrayView header, bool allowNone, QString *reason);

    WebSocketHandshakeGate(QTcpSocket *socket, bool allowNoSubprotocol, int timeoutMs,
                           QObject *parent = nullptr);

Q_SIGNALS:
    /// The request may go on to QWebSocketServer::handleConnection (nothing was read from it).
    void accepted(QTcpSocket *socket);

private:
    void inspect();
    void refuse(const QString &reason);
    void finish();

    QTcpSocket *m_socket;
    bool m_allowNone;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace broker
