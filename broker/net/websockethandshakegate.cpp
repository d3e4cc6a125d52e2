#include "websockethandshakegate.h"

#include "core/logging.h"

#include <QTcpSocket>

namespace broker {

QStringList WebSocketHandshakeGate::subprotocols()
{
    return {QStringLiteral("mqtt"), QStringLiteral("mqttv3.1")};
}

bool WebSocketHandshakeGate::accepts(QByteArrayView header, bool allowNone, QString *reason)
{
    // RFC 6455 4.1 / 11.3.4: Sec-WebSocket-Protocol may be repeated, each a comma-separated
    // list; header names are case-insensitive, sub-protocol names are not.
    QStringList offered;
    const QList<QByteArray> lines = header.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "sec-websocket-protocol")
            continue;
        for (const QByteArray &value : line.mid(colon + 1).split(',')) {
            if (const QByteArray name = value.trimmed(); !name.isEmpty())
                offered.append(QString::fromLatin1(name));
        }
    }
    if (offered.isEmpty()) {
        if (allowNone)
            return true;
        *reason = QStringLiteral("no WebSocket sub-protocol offered (expected mqtt or mqttv3.1)");
        return false;
    }
    const QStringList ours = subprotocols();
    for (const QString &name : std::as_const(offered)) {
        if (ours.contains(name))
            return true;
    }
    *reason = QStringLiteral("WebSocket sub-protocols %1 offered (expected mqtt or mqttv3.1)")
                  .arg(offered.join(QStringLiteral(", ")));
    return false;
}

WebSocketHandshakeGate::WebSocketHandshakeGate(QTcpSocket *socket, bool allowNoSubprotocol,
                                               int timeoutMs, QObject *parent)
    : QObject(parent), m_socket(socket), m_allowNone(allowNoSubprotocol)
{
    // The kernel keeps the rest: a client cannot make the broker buffer much more than a
    // header (with room for a whole TLS record, which a QSslSocket must read at once).
    m_socket->setReadBufferSize(4 * MaxHeaderBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &WebSocketHandshakeGate::inspect);
    connect(m_socket, &QTcpSocket::disconnected, this, &WebSocketHandshakeGate::finish);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcListener) << "WebSocket handshake from" << m_socket->peerAddress() << "timed out";
        m_socket->abort();
        m_socket->deleteLater();
        finish();
    });
    m_timer.start(std::max(1, timeoutMs));
    // Data may have come with the TLS handshake already.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &WebSocketHandshakeGate::inspect, Qt::QueuedConnection);
}

void WebSocketHandshakeGate::inspect()
{
    if (m_done)
        return;
    const QByteArray bytes = m_socket->peek(MaxHeaderBytes);
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        if (bytes.size() >= MaxHeaderBytes)
            refuse(QStringLiteral("request header larger than %1 bytes").arg(MaxHeaderBytes));
        return;
    }
    QString reason;
    if (!accepts(QByteArrayView(bytes).first(end + 4), m_allowNone, &reason)) {
        refuse(reason);
        return;
    }
    QTcpSocket *socket = m_socket;
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setReadBufferSize(0); // the frame and message bounds of the QWebSocket apply
    finish();
    emit accepted(socket);
}

void WebSocketHandshakeGate::refuse(const QString &reason)
{
    qCInfo(lcListener) << "WebSocket handshake from" << m_socket->peerAddress()
                       << "refused:" << reason;
    // RFC 6455 4.2.2: a server that does not accept the handshake answers with an HTTP
    // error status; the connection is not upgraded.
    const QByteArray body = reason.toUtf8() + '\n';
    m_socket->write("HTTP/1.1 400 Bad Request\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) +
                    "\r\n"
                    "Connection: close\r\n"
                    "\r\n" +
                    body);
    m_socket->disconnectFromHost();
    // A client that does not read the answer does not keep the socket.
    QTimer::singleShot(m_timer.remainingTime() > 0 ? m_timer.remainingTime() : 1000, m_socket,
                       [socket = m_socket] {
                           socket->abort();
                           socket->deleteLater();
                       });
    finish();
}

void WebSocketHandshakeGate::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    deleteLater();
}

} // namespace broker
