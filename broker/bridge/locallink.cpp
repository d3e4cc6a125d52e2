#include "locallink.h"

#include "core/brokercore.h"

namespace broker {

LocalLink::LocalLink(BrokerCore *core, const QString &name, const std::optional<QString> &identity)
    : m_core(core), m_name(name), m_identity(identity)
{
}

LocalLink::~LocalLink()
{
    detach();
}

void LocalLink::setHeld(bool held)
{
    m_held = held;
    if (!held && !m_toClient.isEmpty())
        notifyClient();
}

void LocalLink::open(const mqtt::ConnectOptions &)
{
    if (!m_core) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit closed(mqtt::ClientError(mqtt::ClientError::Kind::SocketError,
                                              QStringLiteral("the broker is gone")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection = m_core->openInternalConnection(&m_brokerSide, m_name, m_identity);
    QMetaObject::invokeMethod(this, &LocalLink::connected, Qt::QueuedConnection);
}

void LocalLink::write(const QByteArray &bytes)
{
    m_toBroker += bytes;
    if (!m_deliverScheduled) {
        m_deliverScheduled = true;
        QMetaObject::invokeMethod(this, &LocalLink::deliverToBroker, Qt::QueuedConnection);
    }
}

void LocalLink::deliverToBroker()
{
    m_deliverScheduled = false;
    if (!m_connection || !m_core || m_brokerPaused || m_toBroker.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_toBroker, {});
    m_core->receive(m_connection, bytes);
}

QByteArray LocalLink::readAll()
{
    if (m_held)
        return {};
    QByteArray bytes = std::exchange(m_toClient, {});
    // The "network" took the bytes: the core may send more.
    if (!bytes.isEmpty() && m_connection && m_core)
        m_core->writeProgress(m_connection);
    return bytes;
}

void LocalLink::notifyClient()
{
    if (m_notifyScheduled || m_held)
        return;
    m_notifyScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyScheduled = false;
            if (!m_held && !m_toClient.isEmpty())
                emit readyRead();
        },
        Qt::QueuedConnection);
}

void LocalLink::close()
{
    // Flush what the client wrote (its DISCONNECT) before the core hears of the end.
    deliverToBroker();
    detach();
}

void LocalLink::abort()
{
    m_toBroker.clear();
    detach();
}

void LocalLink::detach()
{
    if (m_connection && m_core)
        m_core->connectionLost(m_connection);
    m_connection = nullptr;
}

void LocalLink::closedByBroker()
{
    m_connection = nullptr;
    // What the core sent last (CONNACK refusal, DISCONNECT) reaches the client first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_toClient.isEmpty())
                emit readyRead();
            emit closed(mqtt::ClientError(mqtt::ClientError::Kind::ConnectionLost,
                                          QStringLiteral("closed by the broker")));
        },
        Qt::QueuedConnection);
}

void LocalLink::BrokerSide::send(const QByteArray &bytes)
{
    m_link.m_toClient += bytes;
}

void LocalLink::BrokerSide::flush()
{
    if (!m_link.m_toClient.isEmpty())
        m_link.notifyClient();
}

void LocalLink::BrokerSide::setReadingPaused(bool paused)
{
    m_link.m_brokerPaused = paused;
    if (!paused && !m_link.m_toBroker.isEmpty() && !m_link.m_deliverScheduled) {
        m_link.m_deliverScheduled = true;
        QMetaObject::invokeMethod(&m_link, &LocalLink::deliverToBroker, Qt::QueuedConnection);
    }
}

void LocalLink::BrokerSide::close()
{
    m_link.closedByBroker();
}

} // namespace broker
