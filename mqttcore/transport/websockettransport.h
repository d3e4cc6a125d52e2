#pragma once

#include "networktransport.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QSslError>

class QWebSocket;

namespace mqtt {

/// WebSocket (ws://) or secure WebSocket (wss://) transport: MQTT bytes travel in binary
/// messages, with the sub-protocol "mqtt" offered in the handshake [MQTT-6.0.0-1..4].
class WebSocketTransport final : public NetworkTransport
{
    Q_OBJECT

public:
    explicit WebSocketTransport(bool secure);
    ~WebSocketTransport() override;

    void open(const ConnectOptions &options) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    qint64 bytesToWrite() const override;

private:
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);

    QWebSocket *m_socket = nullptr;
    QByteArray m_received;
};

} // namespace mqtt
