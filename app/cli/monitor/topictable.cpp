#include "topictable.h"

namespace cli::monitor {

TopicTable::TopicTable(qint64 nowMs)
{
    clear(nowMs);
}

void TopicTable::clear(qint64 nowMs)
{
    m_entries.clear();
    m_index.clear();
    m_sampleTimes.fill(nowMs);
    m_sampledTotals.fill(0);
    m_oldestSample = 0;
    m_total = 0;
    m_totalRate = 0;
}

void TopicTable::add(const QString &topic, const QByteArray &payload, int qos, bool retained,
                     qint64 nowMs)
{
    auto found = m_index.constFind(topic);
    qsizetype index = 0;
    if (found == m_index.constEnd()) {
        index = qsizetype(m_entries.size());
        m_index.insert(topic, index);
        TopicEntry entry;
        entry.topic = topic;
        m_entries.push_back(std::move(entry));
    } else {
        index = *found;
    }
    TopicEntry &entry = m_entries[size_t(index)];
    entry.payload = payload;
    ++entry.count;
    entry.lastMs = nowMs;
    entry.version = ++m_version;
    entry.qos = qos;
    entry.retained = retained;
    ++m_total;
}

void TopicTable::sample(qint64 nowMs)
{
    const int slot = m_oldestSample;
    const qint64 elapsedMs = nowMs - m_sampleTimes[size_t(slot)];
    const double seconds = elapsedMs > 0 ? double(elapsedMs) / 1000.0 : 1.0;
    for (TopicEntry &entry : m_entries) {
        qint64 &then = entry.sampledCounts[size_t(slot)];
        entry.rate = double(entry.count - then) / seconds;
        then = entry.count;
    }
    m_totalRate = double(m_total - m_sampledTotals[size_t(slot)]) / seconds;
    m_sampledTotals[size_t(slot)] = m_total;
    m_sampleTimes[size_t(slot)] = nowMs;
    m_oldestSample = (slot + 1) % TopicEntry::RateWindow;
}

} // namespace cli::monitor
