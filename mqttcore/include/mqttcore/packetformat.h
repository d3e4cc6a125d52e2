#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/packets.h>

#include <QString>

namespace mqtt {

/// One-line human summary of a packet for traces, in the style of mosquitto's -d output:
/// "PUBLISH (d0, q1, r0, m42, 'a/b', ... (5 bytes))".
MQTTPROTOCOL_EXPORT QString describePacket(const Packet &packet);

/// A multi-line listing of every field and property of a packet (the inspector's detail).
MQTTPROTOCOL_EXPORT QString dumpPacket(const Packet &packet);

} // namespace mqtt
