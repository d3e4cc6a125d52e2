#include "loginratelimiter.h"

#include <algorithm>

namespace broker::detail {

void LoginRateLimiter::configure(int freeAttempts, int baseDelayMs, int maxDelayMs)
{
    m_freeAttempts = qMax(0, freeAttempts);
    m_baseDelayMs = qMax(0, baseDelayMs);
    m_maxDelayMs = qMax(m_baseDelayMs, maxDelayMs);
}

qint64 LoginRateLimiter::now() const
{
    if (!m_clock.isValid())
        const_cast<QElapsedTimer &>(m_clock).start();
    return m_clock.elapsed();
}

int LoginRateLimiter::pendingDelay(const QHostAddress &address) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.cend())
        return 0;
    return int(qMax<qint64>(0, it->blockedUntilMs - now()));
}

void LoginRateLimiter::recordFailure(const QHostAddress &address)
{
    if (m_baseDelayMs == 0)
        return;
    const qint64 t = now();
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxTrackedAddresses)
            forgetOldest();
        it = m_entries.insert(address, {});
    } else if (t - it->lastFailureMs > ForgetAfterMs) {
        *it = {};
    }
    ++it->failures;
    it->lastFailureMs = t;
    const int excess = it->failures - m_freeAttempts;
    if (excess > 0) {
        const qint64 delay =
            qMin<qint64>(m_maxDelayMs, qint64(m_baseDelayMs) << qMin(excess - 1, 30));
        it->blockedUntilMs = t + delay;
    }
}

void LoginRateLimiter::recordSuccess(const QHostAddress &address)
{
    m_entries.remove(address);
}

void LoginRateLimiter::forgetOldest()
{
    const auto oldest =
        std::min_element(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.lastFailureMs < b.lastFailureMs;
        });
    if (oldest != m_entries.end())
        m_entries.erase(oldest);
}

} // namespace broker::detail
