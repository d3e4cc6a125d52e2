#pragma once

#include "core/transport.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSocketNotifier>

#include <functional>

namespace broker {

class BrokerCore;
class ClientConnection;

/// MQTT over a plain TCP connection, served through its descriptor instead of a QTcpSocket.
///
/// An idle connection costs the core's state and this object, which is its own read notifier
/// (no signal connection either): no socket engine, no read buffer of its own (reads go through the
/// thread's shared buffer, at most ReadChunk per turn), no write buffer (what the network does not
/// take at once waits as the core's own shared QByteArrays). With the epoll dispatcher that is what
/// lets 10,000 idle connections cost about what Mosquitto's do. TLS and WebSocket connections keep
/// Qt's sockets.
class DescriptorTransport final : public QSocketNotifier, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptorTransport)

public:
    /// Takes the accepted, connected descriptor `fd` (closed with the transport) and opens the
    /// core's connection for it. `ended` runs once when the connection is over, just before
    /// the transport deletes itself.
    DescriptorTransport(int fd, BrokerCore *core, const QString &listener,
                        std::function<void()> ended, QObject *parent);
    ~DescriptorTransport() override;

    void send(const QByteArray &bytes) override;
    void flush() override;
    qint64 bufferedBytes() const override { return m_pendingBytes; }
    void setReadingPaused(bool paused) override;
    void close() override;

protected:
    bool event(QEvent *event) override;

private:
    void readAvailable();
    void writeAvailable();
    /// Writes what is pending until the network takes no more; false if the connection broke.
    bool writePending();
    /// Ends the connection on a later turn (never inside a call from the core).
    void scheduleEnd();
    void end();
    void updateReadNotifier();

    int m_fd;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr; ///< nullptr once the core is done with us
    std::function<void()> m_onEnded;
    QSocketNotifier *m_writeNotifier = nullptr; ///< made the first time the network is full
    QList<QByteArray> m_pending;                ///< sent, not yet written
    qsizetype m_writtenOfFirst = 0;             ///< bytes of m_pending.first() already written
    qint64 m_pendingBytes = 0;
    bool m_paused = false;
    bool m_closing = false; ///< close() was called: end once the pending bytes are written
    bool m_endScheduled = false;
    bool m_ended = false;
};

} // namespace broker
