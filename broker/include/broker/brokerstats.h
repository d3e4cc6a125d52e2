#pragma once

#include <broker/broker_global.h>

#include <QMetaType>
#include <QtGlobal>

namespace broker {

/// Counters and rates of a running broker, emitted by Broker::statsUpdated at
/// BrokerLimits::statsInterval (never per message). Counters are totals since start.
struct MQTTBROKER_EXPORT BrokerStats
{
    qint64 uptimeSeconds = 0; ///< seconds since start()
    // Clients (names as in mosquitto's $SYS/broker/clients/...)
    qint64 clientsConnected = 0;    ///< clients connected now
    qint64 clientsDisconnected = 0; ///< persistent sessions without a connection
    qint64 clientsTotal = 0;        ///< connected + disconnected persistent sessions
    qint64 clientsMaximum = 0;      ///< most clients connected at once
    qint64 sessions = 0;            ///< sessions (connected or kept for a disconnected client)
    qint64 subscriptions = 0;       ///< subscriptions of all sessions
    qint64 retainedMessages = 0;    ///< retained messages stored
    // Traffic: every packet (messages) and PUBLISH packets only (publish...)
    qint64 messagesReceived = 0; ///< packets received since start
    qint64 messagesSent = 0;     ///< packets sent since start
    qint64 publishReceived = 0;  ///< PUBLISH packets received since start
    qint64 publishSent = 0;      ///< PUBLISH packets sent since start
    qint64 bytesReceived = 0;    ///< bytes received since start
    qint64 bytesSent = 0;        ///< bytes sent since start
    qint64 messagesDropped = 0;  ///< queue bounds, QoS 0 to stalled clients, expired messages
    /// Times a publisher's reading was paused because a subscriber it fed was congested.
    qint64 publishersPaused = 0;
    /// Times a congested subscriber made no progress for BrokerLimits::slowConsumerTimeoutMs.
    qint64 consumersStalled = 0;
    qint64 protocolErrors = 0;     ///< malformed packets and protocol violations
    qint64 connectionsRefused = 0; ///< max-connections, CONNECT timeout, refused CONNECT
    // Rates over the last statsInterval, per second
    double publishReceivedPerSecond = 0; ///< recent rate of PUBLISH received
    double publishSentPerSecond = 0;     ///< recent rate of PUBLISH sent
    double bytesReceivedPerSecond = 0;   ///< recent rate of bytes received
    double bytesSentPerSecond = 0;       ///< recent rate of bytes sent
};

} // namespace broker

Q_DECLARE_METATYPE(broker::BrokerStats)
