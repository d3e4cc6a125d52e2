#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

/// A loopback TCP relay in front of a broker, so that a test can cut or stall connections
/// without touching the broker: sever() drops every relayed connection at once, freeze()
/// stops forwarding bytes (a dead peer that keeps the socket open).
class TcpProxy final : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    /// Aborts every open client and upstream connection.
    void sever();
    void setFrozen(bool frozen);
    int connectionCount() const;

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();
    void relay(QTcpSocket *from, QTcpSocket *to);

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<Pair> m_pairs;
    bool m_frozen = false;
};
