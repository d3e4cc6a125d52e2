#pragma once

#include "core/transport.h"
#include "sharedreadbuffer.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace broker {

class BrokerCore;
class ClientConnection;

/// What the broker's transports over a TCP or TLS socket share: the socket's life, reading in
/// bounded chunks (at most ReadChunk per turn of the event loop, so that one busy connection
/// cannot starve the others, and as much buffered by Qt, so that a paused connection lets TCP
/// push back), write progress reported to the core, and deleting itself once closed. The
/// subclasses say what a chunk of bytes is (raw MQTT, or WebSocket frames).
class StreamTransport : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTransport)

public:
    ~StreamTransport() override;

    void flush() override;
    qint64 bufferedBytes() const override;
    void setReadingPaused(bool paused) override;

Q_SIGNALS:
    /// The socket closed; the transport deletes itself next.
    void finished();

protected:
    /// Takes the socket (and becomes its parent) and opens the core's connection for it.
    StreamTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener, QObject *parent);

    /// Reads one bounded chunk and hands what it holds to the core.
    virtual void readAvailable() = 0;
    /// readAvailable() on a later turn (once, however often asked).
    void scheduleRead();
    /// Whether reading may go on now: a client the core still serves, not paused.
    bool mayRead() const { return m_client && !m_paused; }
    /// Closes the socket once what was written (a final CONNACK or DISCONNECT) has left.
    void closeSocket();
    /// Tells the core the connection is gone (once); it is not served any more.
    void dropClient();

    QTcpSocket *m_socket;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr; ///< nullptr once the core is done with us

private:
    void socketClosed();

    bool m_finished = false;
    bool m_paused = false;
    bool m_readScheduled = false;
};

} // namespace broker
