#include "benchtransport.h"

#include "benchconnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace cli {

namespace {
// A throttled reader may catch up on at most this much of a second at once.
constexpr double ReadBurstSeconds = 0.05;
constexpr int ReadRetryMs = 5;
} // namespace

BenchTransport::BenchTransport(double readRate, QObject *parent)
    : mqtt::Transport(parent), m_socket(new QTcpSocket(this)), m_readRate(readRate)
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connected = true;
        emit connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &BenchTransport::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_closing)
            return;
        m_closing = true;
        using Kind = mqtt::ClientError::Kind;
        emit closed(mqtt::ClientError(m_connected ? Kind::ConnectionLost : Kind::SocketError,
                                      m_socket->errorString()));
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() < HighWaterBytes / 2)
            emit writable();
    });
    if (m_readRate > 0) {
        // Qt stops reading the socket when its buffer is full, so TCP pushes back on the broker.
        m_socket->setReadBufferSize(
            std::max<qint64>(64 * 1024, qint64(m_readRate * ReadBurstSeconds)));
        m_readTimer = new QTimer(this);
        m_readTimer->setSingleShot(true);
        m_readTimer->setTimerType(Qt::PreciseTimer);
        connect(m_readTimer, &QTimer::timeout, this, &BenchTransport::onReadyRead);
    }
}

void BenchTransport::open(const mqtt::ConnectOptions &options)
{
    m_socket->connectToHost(options.host, options.effectivePort());
}

void BenchTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

QByteArray BenchTransport::readAll()
{
    if (m_readRate <= 0)
        return m_socket->readAll();
    return std::exchange(m_received, {});
}

void BenchTransport::close()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void BenchTransport::abort()
{
    m_closing = true;
    m_socket->abort();
}

qint64 BenchTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void BenchTransport::onReadyRead()
{
    if (m_readRate > 0) {
        const qint64 now = BenchConnection::nowNs();
        if (m_readTokensAtNs == 0)
            m_readTokensAtNs = now;
        m_readTokens = std::min(m_readTokens + m_readRate * double(now - m_readTokensAtNs) / 1e9,
                                m_readRate * ReadBurstSeconds);
        m_readTokensAtNs = now;
        const qint64 n = std::min(qint64(m_readTokens), m_socket->bytesAvailable());
        if (n > 0) {
            m_received += m_socket->read(n);
            m_readTokens -= double(n);
        }
        if (m_socket->bytesAvailable() > 0 && !m_readTimer->isActive())
            m_readTimer->start(ReadRetryMs);
        if (m_received.isEmpty())
            return;
    }
    emit readyRead();
}

} // namespace cli
