#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <broker/broker_global.h>

class QTcpSocket;

namespace broker {

/// The opening handshake of a WebSocket listener (RFC 6455 4.2) on an accepted TCP (or TLS)
/// connection: reads the HTTP upgrade request, and either answers 101 with the sub-protocol
/// and hands the socket on (accepted()), or answers with an HTTP error and closes. A client
/// must offer an MQTT sub-protocol [MQTT-6.0.0-3] (or none, with allowNoSubprotocol). What a
/// client may send before the handshake is bounded: a request header of at most
/// MaxHeaderBytes, within the timeout. Deletes itself once it has decided.
///
/// The broker frames WebSocket itself (WebSocketFramer) rather than through QWebSocketServer:
/// Qt 6.4's server completes a handshake without any sub-protocol when the client offers
/// none it supports, takes unmasked client frames (RFC 6455 5.1) as they come, and shows
/// neither frames nor their headers through its API, so neither could be refused.
class MQTTBROKER_AUTOTEST_EXPORT WebSocketHandshakeGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketHandshakeGate)

public:
    static constexpr qint64 MaxHeaderBytes = 16 * 1024;

    /// The sub-protocols the broker answers: "mqtt" (MQTT 3.1.1 and 5) and "mqttv3.1"
    /// (older browser clients). Of those a client offers, the first it names is answered.
    static QStringList subprotocols();

    struct Answer
    {
        bool accepted = false;
        QByteArray response; ///< the whole HTTP response, 101 or an error
        QString reason;      ///< why it was refused, in English
    };
    /// The answer to a complete request header (up to and including the empty line).
    static Answer answer(QByteArrayView header, bool allowNoSubprotocol);

    WebSocketHandshakeGate(QTcpSocket *socket, bool allowNoSubprotocol, int timeoutMs,
                           QObject *parent = nullptr);

Q_SIGNALS:
    /// The 101 answer is written and the request read: WebSocket frames follow.
    void accepted(QTcpSocket *socket);

private:
    void inspect();
    void refuse(const QByteArray &response, const QString &reason);
    void finish();

    QTcpSocket *m_socket;
    bool m_allowNone;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace broker
