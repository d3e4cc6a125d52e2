// Measures TopicTrie at 1,000, 10,000 and 100,000 filters: insert time, match rate of random
// topics, remove time. Match cost should not grow with the number of filters, only with the
// number of matches. Prints figures; asserts nothing (DESIGN.md: benchmarks are never timed
// assertions).
#include "mqttcore/topictrie.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace mqtt;

namespace {

constexpr int TopicCount = 200'000;

/// Topics shaped like a fleet of devices: site{0..99}/device{0..999}/{metric}/{0..9}.
QString randomTopic(QRandomGenerator &random)
{
    static const char *const metrics[] = {"temperature", "humidity", "status", "battery"};
    return QStringLiteral("site%1/device%2/%3/%4")
        .arg(random.bounded(100))
        .arg(random.bounded(1000))
        .arg(QLatin1StringView(metrics[random.bounded(4)]))
        .arg(random.bounded(10));
}

/// 70% exact topics, 20% with '+' at a random level, 10% ending in '#' at depth 2 to 4.
QString randomFilter(QRandomGenerator &random)
{
    QStringList levels = randomTopic(random).split(u'/');
    const int kind = random.bounded(10);
    if (kind < 7)
        return levels.join(u'/');
    if (kind < 9) {
        levels[random.bounded(levels.size())] = QStringLiteral("+");
        return levels.join(u'/');
    }
    levels.resize(2 + random.bounded(3));
    levels.last() = QStringLiteral("#");
    return levels.join(u'/');
}

void run(int filterCount, const QStringList &topics)
{
    QRandomGenerator random(42);
    QStringList filters;
    filters.reserve(filterCount);
    for (int i = 0; i < filterCount; ++i)
        filters.append(randomFilter(random));

    TopicTrie<int> trie;
    QElapsedTimer timer;
    timer.start();
    for (const QString &filter : std::as_const(filters))
        ++trie.value(filter);
    const qint64 insertNs = timer.nsecsElapsed();
    const qsizetype distinct = trie.size();
    const qsizetype nodes = trie.nodeCount();

    qint64 matchedFilters = 0;
    timer.restart();
    for (const QString &topic : topics)
        trie.match(topic, [&matchedFilters](const int &) { ++matchedFilters; });
    const qint64 matchNs = timer.nsecsElapsed();

    timer.restart();
    for (const QString &filter : std::as_const(filters))
        trie.remove(filter);
    const qint64 removeNs = timer.nsecsElapsed();

    std::printf("%7d filters (%lld distinct, %lld nodes): insert %6.1f ms (%4.0f ns/filter), "
                "match %9.0f topics/s (%4.0f ns/topic, %.2f filters matched/topic), "
                "remove %6.1f ms (%4.0f ns/filter), %lld nodes left\n",
                filterCount, static_cast<long long>(distinct), static_cast<long long>(nodes),
                insertNs / 1e6, double(insertNs) / filterCount, topics.size() / (matchNs / 1e9),
                double(matchNs) / topics.size(), double(matchedFilters) / topics.size(),
                removeNs / 1e6, double(removeNs) / filterCount,
                static_cast<long long>(trie.nodeCount()));
}

} // namespace

int main()
{
    QRandomGenerator random(7);
    QStringList topics;
    topics.reserve(TopicCount);
    for (int i = 0; i < TopicCount; ++i)
        topics.append(randomTopic(random));
    for (const int filterCount : {1'000, 10'000, 100'000})
        run(filterCount, topics);
    return 0;
}
