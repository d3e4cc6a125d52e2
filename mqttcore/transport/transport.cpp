#include "transport.h"

#include "sockettransport.h"
#include "websockettransport.h"

namespace mqtt {

std::unique_ptr<Transport> createTransport(TransportKind kind)
{
    switch (kind) {
    case TransportKind::Tcp:
        return std::make_unique<SocketTransport>(false);
    case TransportKind::Tls:
        return std::make_unique<SocketTransport>(true);
    case TransportKind::WebSocket:
        return std::make_unique<WebSocketTransport>(false);
    case TransportKind::SecureWebSocket:
        return std::make_unique<WebSocketTransport>(true);
    }
    return std::make_unique<SocketTransport>(false);
}

} // namespace mqtt
