#pragma once

#include "core/transport.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace broker {

class BrokerCore;
class ClientConnection;

/// MQTT over a TCP or TLS (QSslSocket) socket. Owns the socket; deletes itself once the socket
/// has closed.
class SocketTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                    QObject *parent = nullptr);
    ~SocketTransport() override;

    void send(const QByteArray &bytes) override;
    qint64 bufferedBytes() const override;
    void close() override;

Q_SIGNALS:
    void finished();

private:
    void readAvailable();
    void socketClosed();

    QTcpSocket *m_socket;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr; ///< nullptr once the core is done with us
    bool m_finished = false;
    QByteArray m_readBuffer;
};

} // namespace broker
