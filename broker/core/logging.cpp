#include "logging.h"

namespace broker {

Q_LOGGING_CATEGORY(lcBroker, "mqtt.broker")
Q_LOGGING_CATEGORY(lcProtocol, "mqtt.broker.protocol")
Q_LOGGING_CATEGORY(lcConnection, "mqtt.broker.connection")
Q_LOGGING_CATEGORY(lcListener, "mqtt.broker.listener")
Q_LOGGING_CATEGORY(lcBridge, "mqtt.broker.bridge")

} // namespace broker
