#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace cli::monitor {

/// What `monitor` knows of one topic: aggregated in memory, one entry per topic, so that the
/// message rate costs a hash lookup per message and nothing per message on screen.
struct TopicEntry
{
    /// Rates are averaged over this many one-second samples.
    static constexpr int RateWindow = 5;

    QString topic;
    QByteArray payload;  ///< the last message's
    qint64 count = 0;    ///< messages since the monitor started (or the last clear)
    qint64 lastMs = 0;   ///< when the last message arrived (monotonic clock, ms)
    double rate = 0;     ///< messages per second over the last RateWindow seconds
    quint64 version = 0; ///< changes with every message (cache key of the drawn payload)
    int qos = 0;
    bool retained = false;
    std::array<qint64, RateWindow> sampledCounts = {}; ///< count at the last samples (a ring)
};

/// Every topic seen, in order of first arrival.
class TopicTable
{
public:
    explicit TopicTable(qint64 nowMs = 0);

    void add(const QString &topic, const QByteArray &payload, int qos, bool retained, qint64 nowMs);
    /// Updates the rates; called once a second.
    void sample(qint64 nowMs);
    /// Forgets every topic and count.
    void clear(qint64 nowMs);

    const std::vector<TopicEntry> &entries() const { return m_entries; }
    qint64 totalCount() const { return m_total; }
    double totalRate() const { return m_totalRate; }

private:
    std::vector<TopicEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    std::array<qint64, TopicEntry::RateWindow> m_sampleTimes = {};
    std::array<qint64, TopicEntry::RateWindow> m_sampledTotals = {};
    int m_oldestSample = 0;
    qint64 m_total = 0;
    double m_totalRate = 0;
    quint64 m_version = 0;
};

} // namespace cli::monitor
