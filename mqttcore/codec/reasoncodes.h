#pragma once

#include <mqttcore/protocol.h>
#include <mqttcore/reasoncode.h>

namespace mqtt::detail {

/// True if MQTT 5.0 lets `type` carry `reason` (table 2.4).
bool isReasonCodeAllowed(PacketType type, ReasonCode reason);

} // namespace mqtt::detail
