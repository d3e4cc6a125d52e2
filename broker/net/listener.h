#pragma once

#include <broker/brokersettings.h>

#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QSslConfiguration;

namespace broker {

class BrokerCore;

/// One listening socket (TCP, TLS, WebSocket or secure WebSocket) that hands each accepted
/// connection to the core through a Transport, up to its max-connections.
class Listener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    Listener(const ListenerSettings &settings, BrokerCore *core, QObject *parent = nullptr);
    ~Listener() override;

    /// Binds and listens; on failure errorString() says why.
    bool open();
    void close();
    quint16 port() const;
    QString errorString() const { return m_error; }
    const ListenerSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void warning(const QString &message);

private:
    bool loadTls(QSslConfiguration &configuration);
    bool admit();
    void acceptTcp();
    void acceptDescriptor(int fd);
    void acceptWebSocket(QTcpSocket *socket);

    ListenerSettings m_settings;
    BrokerCore *m_core;
    std::unique_ptr<QTcpServer> m_tcp;
    int m_active = 0;
    QString m_error;
};

} // namespace broker
