#pragma once

#include <mqttcore/transport.h>

#include <QByteArray>

class QTcpSocket;
class QTimer;

namespace cli {

/// The TCP transport `bench` hands to mqtt::Client (Client::setTransportFactory): Nagle off,
/// an optional read-rate limit, so that a scenario can play a slow reader whose socket pushes
/// back on the broker, and a writable() signal, so that publishers wait for socket space
/// instead of growing the client's write buffer.
class BenchTransport final : public mqtt::Transport
{
    Q_OBJECT

public:
    /// Bytes queued in the socket above which publishers should wait.
    static constexpr qint64 HighWaterBytes = 512 * 1024;

    /// readRate: bytes a second taken from the socket; 0 = as fast as they come.
    explicit BenchTransport(double readRate, QObject *parent = nullptr);

    void open(const mqtt::ConnectOptions &options) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    qint64 bytesToWrite() const override;

Q_SIGNALS:
    /// Queued bytes drained below half the high-water mark.
    void writable();

private:
    void onReadyRead();

    QTcpSocket *m_socket;
    QTimer *m_readTimer = nullptr;
    QByteArray m_received;
    double m_readRate = 0;
    double m_readTokens = 0;
    qint64 m_readTokensAtNs = 0;
    bool m_connected = false;
    bool m_closing = false;
};

} // namespace cli
