#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

#include <broker/broker_global.h>

namespace broker::detail {

/// Slows down password guessing per peer address: after `freeAttempts` failures each further
/// failure doubles the time the broker waits before answering that address, up to a maximum.
/// A success, or ten minutes without failures, forgets the address. Bounded memory: at most
/// MaxTrackedAddresses addresses are tracked (the oldest is forgotten first).
class MQTTBROKER_AUTOTEST_EXPORT LoginRateLimiter
{
public:
    static constexpr int MaxTrackedAddresses = 10000;
    static constexpr qint64 ForgetAfterMs = 10 * 60 * 1000;

    void configure(int freeAttempts, int baseDelayMs, int maxDelayMs);
    /// Milliseconds the answer to a login from this address must wait (0 = none).
    int pendingDelay(const QHostAddress &address) const;
    void recordFailure(const QHostAddress &address);
    void recordSuccess(const QHostAddress &address);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    qint64 now() const;
    void forgetOldest();

    int m_freeAttempts = 3;
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 30000;
    QHash<QHostAddress, Entry> m_entries;
    QElapsedTimer m_clock;
};

} // namespace broker::detail
