#pragma once

#include <mqttcore/message.h>

namespace gui {

/// Approximate bytes of memory one received message holds (its shared record, topic, payload
/// and MQTT 5 properties), for the history limits. Models share the message: each counts it
/// whole, since each would have to let it go to free it.
qint64 messageMemoryCost(const mqtt::Message &message);

} // namespace gui
