#include "logging.h"

namespace mqtt {
Q_LOGGING_CATEGORY(lcClient, "mqtt.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "mqtt.connection", QtInfoMsg)
} // namespace mqtt
