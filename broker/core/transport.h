#pragma once

#include <QByteArray>

namespace broker {

/// How long a closed connection may take to accept its last bytes (a final CONNACK or
/// DISCONNECT) before it is dropped: a peer that stops reading cannot hold it open.
inline constexpr int CloseLingerMs = 10'000;

/// What the broker core needs from a network connection. Listeners implement it over TCP, TLS
/// and WebSockets; tests and fuzzers can implement it over memory. The core never touches a
/// socket itself.
///
/// Flow control (see the README's "Flow control"): the core fills a connection only while
/// bufferedBytes() is below its high-water mark and continues when the transport reports
/// BrokerCore::writeProgress(); it stops a publisher by pausing its reading, so that TCP
/// slows the publisher down instead of the broker buffering what it cannot deliver.
class Transport
{
public:
    virtual ~Transport() = default;
    /// Queues bytes for the peer; they leave at the latest with the next flush().
    virtual void send(const QByteArray &bytes) = 0;
    /// Writes what send() queued now, as far as the network takes it without blocking (the
    /// core calls this once at the end of each turn of the event loop).
    virtual void flush() = 0;
    /// Bytes queued by send() and not yet written to the network.
    virtual qint64 bufferedBytes() const = 0;
    /// Paused: hand the core nothing more and read no more from the network (a bounded amount
    /// may stay buffered). Resumed: continue, starting with what is buffered, on a later turn.
    virtual void setReadingPaused(bool paused) = 0;
    /// Flushes what was sent, then closes, within CloseLingerMs. After this call the transport
    /// must not call the core for this connection again.
    virtual void close() = 0;
};

} // namespace broker
