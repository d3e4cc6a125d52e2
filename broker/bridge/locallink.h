#pragma once

#include "core/transport.h"

#include <mqttcore/transport.h>

#include <QByteArray>
#include <QPointer>
#include <QString>

#include <optional>

namespace broker {

class BrokerCore;
class ClientConnection;

/// An mqtt::Client's connection to the broker it lives in, without a socket: the client side
/// is an mqtt::Transport, the broker side a broker::Transport, and bytes pass between them in
/// memory on later turns of the event loop (never from inside the call that wrote them).
///
/// Flow control works as over TCP: what the core sends waits here until the client reads it,
/// and counts as the connection's unsent bytes; while the link is held (setHeld), the client
/// is not told of new bytes, so the core stops at its outgoing-buffer bound and queues in the
/// session, pausing its publishers as for any slow subscriber.
class LocalLink final : public mqtt::Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalLink)

public:
    /// `name` shows as the connection's address and listener; `identity` is the user whose
    /// ACLs apply (BrokerCore::openInternalConnection).
    LocalLink(BrokerCore *core, const QString &name, const std::optional<QString> &identity);
    ~LocalLink() override;

    /// Held: bytes from the broker wait here (the broker's flow control takes over).
    void setHeld(bool held);

    // mqtt::Transport (the client's side)
    void open(const mqtt::ConnectOptions &options) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    qint64 bytesToWrite() const override { return m_toBroker.size(); }

private:
    /// The core's side of the link.
    class BrokerSide final : public broker::Transport
    {
    public:
        explicit BrokerSide(LocalLink &link) : m_link(link) {}
        void send(const QByteArray &bytes) override;
        void flush() override;
        qint64 bufferedBytes() const override { return m_link.m_toClient.size(); }
        void setReadingPaused(bool paused) override;
        void close() override;

    private:
        LocalLink &m_link;
    };

    void deliverToBroker();
    void notifyClient();
    void closedByBroker();
    /// Tells the core the connection is gone, unless the core closed it itself.
    void detach();

    QPointer<BrokerCore> m_core;
    QString m_name;
    std::optional<QString> m_identity;
    ClientConnection *m_connection = nullptr; ///< nullptr once either side closed
    BrokerSide m_brokerSide{*this};
    QByteArray m_toBroker;
    QByteArray m_toClient;
    bool m_held = false;
    bool m_brokerPaused = false;
    bool m_deliverScheduled = false;
    bool m_notifyScheduled = false;
};

} // namespace broker
