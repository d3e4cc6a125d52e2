#include "websockethandshakegate.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QTcpSocket>

#include <algorithm>

namespace broker {

QStringList WebSocketHandshakeGate::subprotocols()
{
    return {QStringLiteral("mqtt"), QStringLiteral("mqttv3.1")};
}

namespace {

QByteArray errorResponse(const QByteArray &status, const QString &reason,
                         const QByteArray &extraHeaders = {})
{
    const QByteArray body = reason.toUtf8() + '\n';
    return "HTTP/1.1 " + status +
           "\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "Connection: close\r\n"
           "\r\n" +
           body;
}

/// The comma-separated tokens of every header line with this (lower-case) name.
QList<QByteArray> headerTokens(const QList<QByteArray> &lines, QByteArrayView name)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != name)
            continue;
        for (const QByteArray &value : line.mid(colon + 1).split(',')) {
            if (const QByteArray token = value.trimmed(); !token.isEmpty())
                tokens.append(token);
        }
    }
    return tokens;
}

bool containsToken(const QList<QByteArray> &tokens, QByteArrayView token)
{
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&](const QByteArray &t) { return t.toLower() == token; });
}

} // namespace

WebSocketHandshakeGate::Answer WebSocketHandshakeGate::answer(QByteArrayView header,
                                                              bool allowNoSubprotocol)
{
    Answer result;
    auto refused = [&](const QByteArray &status, const QString &reason,
                       const QByteArray &extra = {}) {
        result.reason = reason;
        result.response = errorResponse(status, reason, extra);
        return result;
    };
    QList<QByteArray> lines = header.toByteArray().split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    // RFC 6455 4.2.1: a GET of HTTP/1.1 or later, Upgrade: websocket, Connection: Upgrade,
    // a Sec-WebSocket-Key of 16 bytes in base64, Sec-WebSocket-Version: 13.
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" ||
        !requestLine.at(2).startsWith("HTTP/1.1"))
        return refused("400 Bad Request", QStringLiteral("not an HTTP/1.1 GET request"));
    if (!containsToken(headerTokens(lines, "upgrade"), "websocket") ||
        !containsToken(headerTokens(lines, "connection"), "upgrade"))
        return refused("400 Bad Request", QStringLiteral("not a WebSocket upgrade request"));
    const QList<QByteArray> versions = headerTokens(lines, "sec-websocket-version");
    if (versions != QList<QByteArray>{"13"}) {
        return refused("426 Upgrade Required",
                       QStringLiteral("WebSocket version 13 needed (RFC 6455 4.4)"),
                       "Sec-WebSocket-Version: 13\r\n");
    }
    const QList<QByteArray> keys = headerTokens(lines, "sec-websocket-key");
    const auto key =
        keys.size() == 1
            ? QByteArray::fromBase64Encoding(keys.first(), QByteArray::AbortOnBase64DecodingErrors)
            : QByteArray::FromBase64Result{};
    if (!key || key.decoded.size() != 16)
        return refused("400 Bad Request", QStringLiteral("bad Sec-WebSocket-Key"));

    // RFC 6455 11.3.4: Sec-WebSocket-Protocol may be repeated, each a comma-separated list;
    // sub-protocol names are case-sensitive. The first one the client names that we speak.
    const QList<QByteArray> offered = headerTokens(lines, "sec-websocket-protocol");
    QByteArray chosen;
    for (const QByteArray &name : offered) {
        if (subprotocols().contains(QString::fromLatin1(name))) {
            chosen = name;
            break;
        }
    }
    if (chosen.isEmpty() && (!offered.isEmpty() || !allowNoSubprotocol)) {
        QStringList names;
        for (const QByteArray &name : offered)
            names.append(QString::fromLatin1(name));
        return refused("400 Bad Request",
                       offered.isEmpty()
                           ? QStringLiteral("no WebSocket sub-protocol offered (expected mqtt or "
                                            "mqttv3.1)")
                           : QStringLiteral("WebSocket sub-protocols %1 offered (expected mqtt "
                                            "or mqttv3.1)")
                                 .arg(names.join(QStringLiteral(", "))));
    }
    const QByteArray accept =
        QCryptographicHash::hash(keys.first() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                 QCryptographicHash::Sha1)
            .toBase64();
    result.accepted = true;
    result.response = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      accept + "\r\n";
    if (!chosen.isEmpty())
        result.response += "Sec-WebSocket-Protocol: " + chosen + "\r\n";
    result.response += "\r\n";
    return result;
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
        if (bytes.size() >= MaxHeaderBytes) {
            const QString reason =
                QStringLiteral("request header larger than %1 bytes").arg(MaxHeaderBytes);
            refuse(errorResponse("431 Request Header Fields Too Large", reason), reason);
        }
        return;
    }
    const Answer a = answer(QByteArrayView(bytes).first(end + 4), m_allowNone);
    if (!a.accepted) {
        refuse(a.response, a.reason);
        return;
    }
    m_socket->skip(end + 4); // frames follow the request
    m_socket->write(a.response);
    QTcpSocket *socket = m_socket;
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setReadBufferSize(0); // the transport reads in bounded chunks
    finish();
    emit accepted(socket);
}

void WebSocketHandshakeGate::refuse(const QByteArray &response, const QString &reason)
{
    qCInfo(lcListener) << "WebSocket handshake from" << m_socket->peerAddress()
                       << "refused:" << reason;
    // RFC 6455 4.2.2: a server that does not accept the handshake answers with an HTTP
    // error status; the connection is not upgraded.
    m_socket->write(response);
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
