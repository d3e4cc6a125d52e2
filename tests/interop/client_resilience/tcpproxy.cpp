#include "tcpproxy.h"

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        connect(client, &QTcpSocket::readyRead, this,
                [this, client, upstream] { relay(client, upstream); });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, client, upstream] { relay(upstream, client); });
        connect(upstream, &QTcpSocket::connected, this,
                [this, client, upstream] { relay(client, upstream); });
        // Either side closing closes the other, like a real network path.
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::relay(QTcpSocket *from, QTcpSocket *to)
{
    if (m_frozen || to->state() != QAbstractSocket::ConnectedState)
        return;
    to->write(from->readAll());
}

void TcpProxy::sever()
{
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (pair.client)
            pair.client->abort();
        if (pair.upstream)
            pair.upstream->abort();
    }
    m_pairs.clear();
}

void TcpProxy::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (frozen)
        return;
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (pair.client && pair.upstream) {
            relay(pair.client, pair.upstream);
            relay(pair.upstream, pair.client);
        }
    }
}

int TcpProxy::connectionCount() const
{
    int count = 0;
    for (const Pair &pair : m_pairs)
        count += pair.client && pair.client->state() == QAbstractSocket::ConnectedState;
    return count;
}
