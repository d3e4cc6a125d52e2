#pragma once

#include "transport.h"

#include <QByteArray>

namespace broker {

/// A Transport over memory, to drive BrokerCore without sockets (tests, fuzzers): what the core
/// sends is appended to output(); the owner decides when the "network" takes it (drain(), then
/// BrokerCore::writeProgress) and feeds input with BrokerCore::receive.
class MemoryTransport final : public Transport
{
public:
    void send(const QByteArray &bytes) override
    {
        m_output += bytes;
        m_buffered += bytes.size();
    }
    void flush() override { ++m_flushes; }
    qint64 bufferedBytes() const override { return m_buffered; }
    void setReadingPaused(bool paused) override { m_paused = paused; }
    void close() override { m_closed = true; }

    /// The network took everything sent so far.
    void drain() { m_buffered = 0; }
    /// Everything sent, and forgets it (bufferedBytes() is unaffected).
    QByteArray takeOutput() { return std::exchange(m_output, {}); }
    bool isPaused() const { return m_paused; }
    bool isClosed() const { return m_closed; }
    int flushes() const { return m_flushes; }

private:
    QByteArray m_output;
    qint64 m_buffered = 0;
    int m_flushes = 0;
    bool m_paused = false;
    bool m_closed = false;
};

} // namespace broker
