// $SYS/broker/... with mosquitto's topic names, published as retained messages.
#include "brokercore.h"

#include <cmath>

namespace broker {

namespace {

/// Mosquitto's load averages: an exponentially decaying average of the per-minute rate.
void decay(double &average, double perMinute, double intervalSeconds, double windowSeconds)
{
    const double factor = std::exp(-intervalSeconds / windowSeconds);
    average = average * factor + perMinute * (1.0 - factor);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray rate(double value)
{
    return QByteArray::number(value, 'f', 2);
}

} // namespace

void BrokerCore::publishSys(const QString &topic, const QByteArray &value)
{
    route(makeMessage(QStringLiteral("$SYS/broker/") + topic, value, mqtt::QoS::AtMostOnce, true,
                      {}, QString()));
}

void BrokerCore::publishSysValue(const QString &topic, const QByteArray &value)
{
    TurnGuard turn(*this);
    publishSys(topic, value);
}

void BrokerCore::updateLoadAverages()
{
    const qint64 now = nowMs();
    const double interval = double(now - m_loadLastMs) / 1000.0;
    if (interval <= 0)
        return;
    const BrokerStats current = stats();
    auto update = [&](LoadAverage &load, qint64 delta) {
        const double perMinute = double(delta) * 60.0 / interval;
        decay(load.oneMinute, perMinute, interval, 60);
        decay(load.fiveMinutes, perMinute, interval, 300);
        decay(load.fifteenMinutes, perMinute, interval, 900);
    };
    update(m_loadPublishReceived, current.publishReceived - m_loadLastStats.publishReceived);
    update(m_loadPublishSent, current.publishSent - m_loadLastStats.publishSent);
    update(m_loadBytesReceived, current.bytesReceived - m_loadLastStats.bytesReceived);
    update(m_loadBytesSent, current.bytesSent - m_loadLastStats.bytesSent);
    update(m_loadMessagesReceived, current.messagesReceived - m_loadLastStats.messagesReceived);
    update(m_loadMessagesSent, current.messagesSent - m_loadLastStats.messagesSent);
    update(m_loadConnections, m_connectionsAccepted - m_loadLastConnections);
    m_loadLastStats = current;
    m_loadLastConnections = m_connectionsAccepted;
    m_loadLastMs = now;
}

void BrokerCore::publishSysTopics()
{
    updateLoadAverages();
    const BrokerStats s = stats();
    publishSys(QStringLiteral("version"),
               QByteArrayLiteral("mqtt-workbench " MQTT_WORKBENCH_BROKER_VERSION));
    publishSys(QStringLiteral("uptime"), number(s.uptimeSeconds) + " seconds");
    publishSys(QStringLiteral("clients/connected"), number(s.clientsConnected));
    publishSys(QStringLiteral("clients/active"), number(s.clientsConnected));
    publishSys(QStringLiteral("clients/disconnected"), number(s.clientsDisconnected));
    publishSys(QStringLiteral("clients/inactive"), number(s.clientsDisconnected));
    publishSys(QStringLiteral("clients/total"), number(s.clientsTotal));
    publishSys(QStringLiteral("clients/maximum"), number(s.clientsMaximum));
    publishSys(QStringLiteral("messages/received"), number(s.messagesReceived));
    publishSys(QStringLiteral("messages/sent"), number(s.messagesSent));
    publishSys(QStringLiteral("messages/stored"), number(s.retainedMessages));
    publishSys(QStringLiteral("bytes/received"), number(s.bytesReceived));
    publishSys(QStringLiteral("bytes/sent"), number(s.bytesSent));
    publishSys(QStringLiteral("publish/messages/received"), number(s.publishReceived));
    publishSys(QStringLiteral("publish/messages/sent"), number(s.publishSent));
    publishSys(QStringLiteral("publish/messages/dropped"), number(s.messagesDropped));
    publishSys(QStringLiteral("subscriptions/count"), number(s.subscriptions));
    publishSys(QStringLiteral("retained messages/count"), number(s.retainedMessages));
    publishSys(QStringLiteral("store/messages/count"), number(s.retainedMessages));

    const struct
    {
        const char *name;
        const LoadAverage &load;
    } loads[] = {
        {"messages/received", m_loadMessagesReceived},
        {"messages/sent", m_loadMessagesSent},
        {"publish/received", m_loadPublishReceived},
        {"publish/sent", m_loadPublishSent},
        {"bytes/received", m_loadBytesReceived},
        {"bytes/sent", m_loadBytesSent},
        {"connections", m_loadConnections},
    };
    for (const auto &[name, load] : loads) {
        const QString base = QStringLiteral("load/") + QLatin1String(name);
        publishSys(base + QStringLiteral("/1min"), rate(load.oneMinute));
        publishSys(base + QStringLiteral("/5min"), rate(load.fiveMinutes));
        publishSys(base + QStringLiteral("/15min"), rate(load.fifteenMinutes));
    }
}

} // namespace broker
