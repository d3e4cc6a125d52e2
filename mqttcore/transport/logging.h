#pragma once

#include <QLoggingCategory>

namespace mqtt {
Q_DECLARE_LOGGING_CATEGORY(lcClient)     // "mqtt.client": protocol engine, sessions, flows
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // "mqtt.connection": transports, connect/reconnect
} // namespace mqtt
