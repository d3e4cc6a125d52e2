#pragma once

#include <QByteArray>

namespace broker {

/// What the broker core needs from a network connection. Listeners implement it over TCP, TLS
/// and WebSockets; tests and fuzzers can implement it over memory. The core never touches a
/// socket itself.
class Transport
{
public:
    virtual ~Transport() = default;
    /// Queues bytes for the peer.
    virtual void send(const QByteArray &bytes) = 0;
    /// Bytes queued by send() and not yet written to the network (slow-reader detection).
    virtual qint64 bufferedBytes() const = 0;
    /// Flushes what was sent, then closes. After this call the transport must not call the core
    /// for this connection again.
    virtual void close() = 0;
};

} // namespace broker
