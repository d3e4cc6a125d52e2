#pragma once

#include <QMetaType>
#include <QString>

namespace broker {

/// The state and counters of one bridge (Broker::requestBridges, Broker::bridgeStateChanged).
struct BridgeInfo
{
    /// Whether the bridge is connected upstream.
    enum class State
    {
        Connecting, ///< an attempt is under way or scheduled (never connected yet)
        Up,         ///< connected upstream; messages flow
        Down,       ///< the upstream is unreachable; QoS 1/2 for it wait in the local session
    };
    QString name;                    ///< BridgeSettings::name
    State state = State::Connecting; ///< connected upstream or not
    QString address;                 ///< the upstream URL of the current or last attempt
    QString lastError;               ///< why the last attempt or connection failed; empty when none
    qint64 messagesOut = 0; ///< local -> upstream, acknowledged by the upstream (QoS 1/2) or sent
    qint64 messagesIn = 0;  ///< upstream -> local, accepted by this broker
    /// Messages refused on the way (ACL denied locally, rejected upstream, upstream queue full).
    qint64 messagesDropped = 0;
    /// Messages a 3.1.1 upstream echoed back to us and that were not delivered again.
    qint64 echoesSuppressed = 0;
    /// Waiting for the upstream: in the local session's queue plus not yet acknowledged.
    qint64 queued = 0;
};

/// "up", "down" or "connecting", for logs and the command line (not translated).
inline QString bridgeStateName(BridgeInfo::State state)
{
    switch (state) {
    case BridgeInfo::State::Up:
        return QStringLiteral("up");
    case BridgeInfo::State::Down:
        return QStringLiteral("down");
    case BridgeInfo::State::Connecting:
        break;
    }
    return QStringLiteral("connecting");
}

} // namespace broker

Q_DECLARE_METATYPE(broker::BridgeInfo)
