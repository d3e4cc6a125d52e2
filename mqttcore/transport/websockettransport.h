#pragma once

#include "transport.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QSslError>

class QWebSocket;

namespace mqtt {

/// WebSocket (ws://) or secure WebSocket (wss://) transport: MQTT bytes travel in binary
/// messages, with the sub-protocol "mqtt" offered in the handshake [MQTT-6.0.0-1..4].
class WebSocketTransport final : public Transport
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
    void finish(const ClientError &error);

    QWebSocket *m_socket = nullptr;
    QByteArray m_received;
    TlsOptions m_tls;
    QString m_sslProblem;
    bool m_secure;
    bool m_connected = false;
    bool m_finished = false;
};

} // namespace mqtt
