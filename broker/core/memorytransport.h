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
    void flush() override {}
    qint64 bufferedBytes() const override { return m_buffered; }
    void setReadingPaused(bool) override {}
    void close() override { m_closed = true; }

    /// The network took everything sent so far.
    void drain() { m_buffered = 0; }
    /// Everything sent, and forgets it (bufferedBytes() is unaffected).
    QByteArray takeOutput() { return std::exchange(m_output, {}); }
    bool isClosed() const { return m_closed; }

private:
    QByteArray m_output;
    qint64 m_buffered = 0;
    bool m_closed = false;
};

} // namespace broker
