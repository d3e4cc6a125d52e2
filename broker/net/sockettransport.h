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
/// has closed. Reads at most one chunk per turn into a buffer shared by every connection of
/// the thread, and bounds what Qt buffers for it, so an idle connection holds no read buffer
/// and a paused one lets TCP push back.
class SocketTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    SocketTransport(QTcpSocket *socket, BrokerCore *core, const QString &listener,
                    QObject *parent = nullptr);
    ~SocketTransport() override;

    void send(const QByteArray &bytes) override;
    void flush() override;
    qint64 bufferedBytes() const override;
    void setReadingPaused(bool paused) override;
    void close() override;

Q_SIGNALS:
    void finished();

private:
    /// Reads one bounded chunk and hands it to the core; more waiting is read on a later turn,
    /// so that one busy connection cannot starve the others.
    void readAvailable();
    void scheduleRead();
    void socketClosed();

    QTcpSocket *m_socket;
    QPointer<BrokerCore> m_core;
    ClientConnection *m_client = nullptr; ///< nullptr once the core is done with us
    bool m_finished = false;
    bool m_paused = false;
    bool m_readScheduled = false;
};

} // namespace broker
