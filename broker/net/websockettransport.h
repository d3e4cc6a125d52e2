#pragma once

#include "core/transport.h"

#include <QObject>
#include <QPointer>
#include <QWebSocket>

namespace broker {

class BrokerCore;
class ClientConnection;

/// MQTT over WebSocket (binary frames, sub-protocol "mqtt"), plain or secure. Owns the socket;
/// deletes itself once it has closed.
class WebSocketTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)

public:
    WebSocketTransport(QWebSocket *socket, BrokerCore *core, const QString &listener,
                       QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void send(const QByteArray &bytes) override;
    void flush() override;
    qint64 bufferedBytes() const override;
    /// QWebSocket cannot stop reading: while paused the core keeps what arrives in its
    /// decoder, up to a bound (BrokerCore::receive).
    void setReadingPaused(bool paused) override;
    void close() override;

Q_SIGNALS:
    void finished();

private:
    void socketClosed();

    QWebSocket *m_socket;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr;
    bool m_finished = false;
};

} // namespace broker
