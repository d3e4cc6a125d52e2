#include "benchtally.h"

namespace cli {

bool LossTally::record(const BenchMessage &message)
{
    ++m_received;
    if (message.dup)
        ++m_dupFlagged;
    if (!message.stamped || (message.publisher >> 8) != m_tag) {
        ++m_foreign;
        return false;
    }
    const quint32 index = message.publisher & 0xFF;
    if (index >= m_seen.size())
        m_seen.resize(index + 1);
    std::vector<bool> &seen = m_seen[index];
    if (message.sequence >= seen.size())
        seen.resize(std::max<size_t>(message.sequence + 1, seen.size() * 2));
    if (seen[message.sequence])
        return false;
    seen[message.sequence] = true;
    ++m_distinct;
    return true;
}

} // namespace cli
