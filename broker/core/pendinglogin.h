#pragma once

#include <broker/authmanager.h>

#include <mqttcore/packets.h>

#include <QString>

namespace broker {

/// A CONNECT whose credentials a worker thread is checking (a slow password hash): what the
/// broker needs to go on with it once the answer is back on its own thread.
struct PendingLogin
{
    quint64 ticket = 0; ///< tells this check's answer from any other's
    mqtt::ConnectPacket packet;
    QString clientId; ///< as the connection will use it (assigned when the CONNECT had none)
    bool assignedId = false;
    AuthRequest request;
    AuthOutcome outcome; ///< AuthManager::authenticate's, with its pendingCheck
};

} // namespace broker
