#pragma once

#include "streamtransport.h"

namespace broker {

/// MQTT over a TCP or TLS (QSslSocket) socket. Reads into a buffer shared by every connection
/// of the thread, so an idle connection holds no read buffer of its own.
class SocketTransport final : public StreamTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                    QObject *parent = nullptr);

    void send(const QByteArray &bytes) override;
    void close() override;

private:
    void readAvailable() override;
};

} // namespace broker
