#pragma once

#include "transport.h"

#include <QAbstractSocket>
#include <QSslError>

class QTcpSocket;

namespace mqtt {

/// TCP (QTcpSocket) or TLS (QSslSocket) transport.
class SocketTransport final : public Transport
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
    void finish(const ClientError &error);

    QTcpSocket *m_socket = nullptr;
    TlsOptions m_tls;
    QString m_sslProblem; ///< certificate problem of the failed handshake
    bool m_secure;
    bool m_connected = false;
    bool m_finished = false;
};

} // namespace mqtt
