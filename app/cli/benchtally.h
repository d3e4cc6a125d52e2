#pragma once

#include "benchconnection.h"

#include <vector>

namespace cli {

/// Counts what a subscriber received against what the bench's publishers sent: every publish
/// carries its publisher and sequence number, so a gap is a lost message and a second arrival
/// of the same (publisher, sequence) a duplicate. Messages of other runs are counted apart.
class LossTally
{
public:
    /// Publisher ids of this run are `tag << 8 | index`, index < 256.
    static quint32 publisherId(quint32 tag, int index) { return tag << 8 | quint32(index); }

    explicit LossTally(quint32 tag) : m_tag(tag & 0xFFFFFF) {}

    /// Records one arrival; true if it is the first of its (publisher, sequence).
    bool record(const BenchMessage &message);

    qint64 received() const { return m_received; }
    qint64 distinct() const { return m_distinct; }
    qint64 duplicates() const { return m_received - m_distinct - m_foreign; }
    qint64 foreign() const { return m_foreign; }
    /// Arrivals with the DUP flag set.
    qint64 dupFlagged() const { return m_dupFlagged; }
    /// Messages sent (`expected` in all) that never arrived.
    qint64 lost(qint64 expected) const { return expected - m_distinct; }

private:
    quint32 m_tag;
    std::vector<std::vector<bool>> m_seen; ///< per publisher index, per sequence number
    qint64 m_received = 0;
    qint64 m_distinct = 0;
    qint64 m_foreign = 0;
    qint64 m_dupFlagged = 0;
};

} // namespace cli
