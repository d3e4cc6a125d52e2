#include "logging.h"

namespace mqtt {
Q_LOGGING_CATEGORY(lcClient, "mqtt.client")
Q_LOGGING_CATEGORY(lcConnection, "mqtt.connection")
} // namespace mqtt
