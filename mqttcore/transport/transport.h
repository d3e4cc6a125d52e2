#pragma once

#include <mqttcore/transport.h>

namespace mqtt {

/// The built-in transport for options.transport (TCP, TLS, WebSocket, secure WebSocket).
std::unique_ptr<Transport> createTransport(TransportKind kind);

} // namespace mqtt
