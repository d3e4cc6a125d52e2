#pragma once

#include "networktransport.h"

#include <QAbstractSocket>
#include <QSslError>

class QTcpSocket;

namespace mqtt {

/// TCP (QTcpSocket) or TLS (QSslSocket) transport.
class SocketTransport final : public NetworkTransport
{
    Q_OBJECT

public:
    explicit SocketTransport(bool secure);
    ~SocketTransport() override;

    void open(const ConnectOptions &options) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    qint64 bytesToWrite() const override;

private:
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);

    QTcpSocket *m_socket = nullptr;
};

} // namespace mqtt
