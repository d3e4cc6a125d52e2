#include "echofilter.h"

#include <QCryptographicHash>

namespace broker {

QByteArray EchoFilter::key(const QString &topic, const QByteArray &payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(topic.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(payload);
    return hash.result();
}

void EchoFilter::expire(qint64 nowMs)
{
    while (!m_order.empty() &&
           (m_order.size() > MaxEntries || nowMs - m_order.front().atMs > MaxAgeMs)) {
        const Sent &oldest = m_order.front();
        const auto it = m_pending.find(oldest.key);
        // Seen back already if its sequence number is no longer the key's oldest.
        if (it != m_pending.end() && it->front() == oldest.sequence) {
            it->pop_front();
            if (it->empty())
                m_pending.erase(it);
        }
        m_order.pop_front();
    }
}

void EchoFilter::sent(const QString &topic, const QByteArray &payload, qint64 nowMs)
{
    QByteArray k = key(topic, payload);
    const quint64 sequence = m_nextSequence++;
    m_pending[k].push_back(sequence);
    m_order.push_back({std::move(k), sequence, nowMs});
    expire(nowMs);
}

bool EchoFilter::isEcho(const QString &topic, const QByteArray &payload, qint64 nowMs)
{
    expire(nowMs);
    const auto it = m_pending.find(key(topic, payload));
    if (it == m_pending.end())
        return false;
    it->pop_front();
    if (it->empty())
        m_pending.erase(it);
    return true;
}

} // namespace broker
