#pragma once

#include <QLoggingCategory>

namespace broker {

Q_DECLARE_LOGGING_CATEGORY(lcBroker)     ///< mqtt.broker: start, stop, sessions
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)   ///< mqtt.broker.protocol: bad input, refused CONNECTs
Q_DECLARE_LOGGING_CATEGORY(lcConnection) ///< mqtt.broker.connection: connects, disconnects
Q_DECLARE_LOGGING_CATEGORY(lcListener)   ///< mqtt.broker.listener: sockets, TLS, WebSockets
Q_DECLARE_LOGGING_CATEGORY(lcBridge)     ///< mqtt.broker.bridge: bridge state, refused messages

} // namespace broker
