// TopicTrie: the subscription / retained-message index (insert, remove with pruning, matching
// by MQTT 4.7 rules, key walks), cross-checked against topicMatches().
#include "mqttcore/topic.h"
#include "mqttcore/topictrie.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace mqtt;

namespace {

/// The filters of a trie that match a topic, each value being its own filter.
QStringList matching(const TopicTrie<QString> &trie, QStringView topic)
{
    QStringList result;
    trie.match(topic, [&result](const QString &filter) { result.append(filter); });
    result.sort();
    return result;
}

void insertAll(TopicTrie<QString> &trie, const QStringList &filters)
{
    for (const QString &filter : filters)
        trie.value(filter) = filter;
}

} // namespace

class tst_TopicTrie : public QObject
{
    Q_OBJECT

private slots:
    void valueFindRemove();
    void pruneKeepsSharedPrefix();
    void match_data();
    void match();
    void matchReportsEachFilterOnce();
    void mutableMatch();
    void forEachRebuildsFilters();
    void matchFilter_data();
    void matchFilter();
    void clear();
    void deepFilterDoesNotOverflowStack();
    void sharedFiltersInTheirOwnTrie();
    void wideLevelsGrowAndShrink();
    void randomizedAgainstTopicMatches();
};

void tst_TopicTrie::valueFindRemove()
{
    TopicTrie<int> trie;
    QCOMPARE(trie.size(), 0);
    QVERIFY(trie.isEmpty());
    QCOMPARE(trie.find(u"a/b"), nullptr);

    trie.value(u"a/b") = 1;
    trie.value(u"a/+") = 2;
    trie.value(u"a/#") = 3;
    ++trie.value(u"a/b"); // same filter: updated, not added
    QCOMPARE(trie.size(), 3);
    QVERIFY(trie.find(u"a/b"));
    QCOMPARE(*trie.find(u"a/b"), 2);
    QCOMPARE(*trie.find(u"a/+"), 2);
    QCOMPARE(*trie.find(u"a/#"), 3);
    QCOMPARE(trie.find(u"a"), nullptr); // an inner node without a value
    QVERIFY(!trie.contains(u"a/c"));
    QCOMPARE(trie.nodeCount(), 4); // a, b, +, #

    QVERIFY(!trie.remove(u"a"));     // no value there
    QVERIFY(!trie.remove(u"x/y/z")); // no such path
    QVERIFY(trie.remove(u"a/+"));
    QVERIFY(!trie.remove(u"a/+"));
    QCOMPARE(trie.size(), 2);
    QCOMPARE(trie.nodeCount(), 3);
    QVERIFY(trie.remove(u"a/b"));
    QVERIFY(trie.remove(u"a/#"));
    QVERIFY(trie.isEmpty());
    QCOMPARE(trie.nodeCount(), 0); // everything pruned
}

void tst_TopicTrie::pruneKeepsSharedPrefix()
{
    TopicTrie<int> trie;
    trie.value(u"a/b/c/d") = 1;
    trie.value(u"a/b") = 2;
    QCOMPARE(trie.nodeCount(), 4);
    QVERIFY(trie.remove(u"a/b/c/d"));
    QCOMPARE(trie.nodeCount(), 2); // c and d pruned; a/b still holds a value
    QCOMPARE(*trie.find(u"a/b"), 2);
    trie.value(u"a/b/x") = 3;
    QVERIFY(trie.remove(u"a/b"));
    QCOMPARE(trie.nodeCount(), 3); // b keeps its child
    QCOMPARE(*trie.find(u"a/b/x"), 3);
    QVERIFY(trie.remove(u"a/b/x"));
    QCOMPARE(trie.nodeCount(), 0);
}

void tst_TopicTrie::match_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QStringList>("expected");

    const QStringList sport{"sport/tennis/player1",
                            "sport/tennis/player1/#",
                            "sport/#",
                            "sport/tennis/+",
                            "sport/+",
                            "+/+",
                            "+",
                            "#",
                            "/+",
                            "sport/tennis/+/ranking",
                            "sport/tennis/#"};
    QTest::newRow("exact and wildcards") << sport << "sport/tennis/player1"
                                         << QStringList{"#",
                                                        "sport/#",
                                                        "sport/tennis/#",
                                                        "sport/tennis/+",
                                                        "sport/tennis/player1",
                                                        "sport/tennis/player1/#"};
    // [MQTT-4.7.1-2] '#' includes the parent level
    QTest::newRow("hash parent") << sport << "sport" << QStringList{"#", "+", "sport/#"};
    QTest::newRow("deeper") << sport << "sport/tennis/player1/ranking"
                            << QStringList{"#", "sport/#", "sport/tennis/#",
                                           "sport/tennis/+/ranking", "sport/tennis/player1/#"};
    // [MQTT-4.7.1-3] '+' matches exactly one (possibly empty) level
    QTest::newRow("leading slash") << sport << "/finance" << QStringList{"#", "+/+", "/+"};
    QTest::newRow("empty level") << sport << "sport/"
                                 << QStringList{"#", "+/+", "sport/#", "sport/+"};
    QTest::newRow("no match except hash") << sport << "a/b/c" << QStringList{"#"};
    // [MQTT-4.7.2-1] no leading wildcard for '$' topics
    const QStringList sys{"#", "+/broker/uptime", "$SYS/#", "$SYS/broker/+", "$SYS/broker/uptime",
                          "+", "$SYS/+/uptime"};
    QTest::newRow("$SYS") << sys << "$SYS/broker/uptime"
                          << QStringList{"$SYS/#", "$SYS/+/uptime", "$SYS/broker/+",
                                         "$SYS/broker/uptime"};
    QTest::newRow("$ alone") << sys << "$" << QStringList{};
    QTest::newRow("non-$ topic") << sys << "x/broker/uptime" << QStringList{"#", "+/broker/uptime"};
    QTest::newRow("$ deeper") << QStringList{"a/+", "a/#"} << "a/$x" << QStringList{"a/#", "a/+"};
    // Empty levels are distinct
    QTest::newRow("a//b") << QStringList{"a//b", "a/b", "a/+/b", "a/#"} << "a//b"
                          << QStringList{"a/#", "a/+/b", "a//b"};
    QTest::newRow("slash only") << QStringList{"/", "+/+", "#", "+"} << "/"
                                << QStringList{"#", "+/+", "/"};
    // [MQTT-4.7.3-4] no normalisation
    QTest::newRow("case") << QStringList{"Sport", "sport"} << "sport" << QStringList{"sport"};
}

void tst_TopicTrie::match()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, topic);
    QFETCH(QStringList, expected);
    TopicTrie<QString> trie;
    insertAll(trie, filters);
    QCOMPARE(matching(trie, topic), expected);
    for (const QString &filter : filters) // the trie agrees with the reference matcher
        QCOMPARE(expected.contains(filter), topicMatches(filter, topic));
}

void tst_TopicTrie::matchReportsEachFilterOnce()
{
    TopicTrie<int> trie;
    const QStringList filters{"#", "a/#", "a/b/#", "+/+/+", "+/#", "a/+/c", "a/b/c", "+/b/#"};
    for (const QString &f : filters)
        trie.value(f) = 0;
    trie.match(u"a/b/c", [](const int &) {});
    int calls = 0;
    trie.match(u"a/b/c", [&calls](int &count) {
        ++count;
        ++calls;
    });
    QCOMPARE(calls, filters.size());
    for (const QString &f : filters)
        QCOMPARE(*trie.find(f), 1);
}

void tst_TopicTrie::mutableMatch()
{
    TopicTrie<QList<int>> trie;
    trie.value(u"a/+").append(1);
    trie.value(u"a/b").append(2);
    trie.match(u"a/b", [](QList<int> &subscribers) { subscribers.append(9); });
    QCOMPARE(*trie.find(u"a/+"), (QList<int>{1, 9}));
    QCOMPARE(*trie.find(u"a/b"), (QList<int>{2, 9}));
    const TopicTrie<QList<int>> &constTrie = trie;
    int total = 0;
    constTrie.match(u"a/x", [&total](const QList<int> &s) { total += s.size(); });
    QCOMPARE(total, 2);
}

void tst_TopicTrie::forEachRebuildsFilters()
{
    const QStringList filters{"a", "a/b", "a/+/c", "#", "/", "/x", "a//", "$SYS/#", "+/+"};
    TopicTrie<QString> trie;
    insertAll(trie, filters);
    QStringList seen;
    trie.forEach([&seen](const QString &filter, const QString &value) {
        QCOMPARE(filter, value);
        seen.append(filter);
    });
    seen.sort();
    QStringList expected = filters;
    expected.sort();
    QCOMPARE(seen, expected);

    int changed = 0;
    trie.forEach([&changed](const QString &, QString &value) {
        value.append(u'!');
        ++changed;
    });
    QCOMPARE(changed, filters.size());
    QCOMPARE(*trie.find(u"a/+/c"), QStringLiteral("a/+/c!"));
}

void tst_TopicTrie::matchFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exact") << "a/b" << QStringList{"a/b"};
    QTest::newRow("missing") << "a/x" << QStringList{};
    QTest::newRow("plus") << "a/+" << QStringList{"a/", "a/b", "a/c"};
    QTest::newRow("hash parent") << "a/#" << QStringList{"a", "a/", "a/b", "a/b/c", "a/c"};
    // [MQTT-4.7.2-1] leading wildcards skip '$' topics
    QTest::newRow("hash all") << "#"
                              << QStringList{"/", "/x", "a", "a/", "a/b", "a/b/c", "a/c", "b"};
    QTest::newRow("plus top") << "+" << QStringList{"a", "b"};
    QTest::newRow("plus two") << "+/+" << QStringList{"/", "/x", "a/", "a/b", "a/c"};
    QTest::newRow("$SYS") << "$SYS/#" << QStringList{"$SYS", "$SYS/load", "$SYS/uptime"};
    QTest::newRow("$SYS plus") << "$SYS/+" << QStringList{"$SYS/load", "$SYS/uptime"};
    QTest::newRow("plus middle") << "+/b/+" << QStringList{"a/b/c"};
    QTest::newRow("empty first") << "/+" << QStringList{"/", "/x"};
}

void tst_TopicTrie::matchFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    // Used as a retained store: keys are topic names.
    const QStringList topics{"a", "a/b", "a/b/c", "a/c",         "a/",       "b",
                             "/", "/x",  "$SYS",  "$SYS/uptime", "$SYS/load"};
    TopicTrie<QString> trie;
    insertAll(trie, topics);
    QStringList seen;
    trie.matchFilter(filter, [&seen](const QString &topic, const QString &value) {
        QCOMPARE(topic, value);
        seen.append(topic);
    });
    seen.sort();
    QCOMPARE(seen, expected);
    for (const QString &topic : topics) // agrees with the reference matcher
        QCOMPARE(seen.contains(topic), topicMatches(filter, topic));
}

void tst_TopicTrie::clear()
{
    TopicTrie<QString> trie;
    insertAll(trie, {"a/b", "a/+", "#", "x/y/z"});
    trie.clear();
    QCOMPARE(trie.size(), 0);
    QCOMPARE(trie.nodeCount(), 0);
    QVERIFY(matching(trie, u"a/b").isEmpty());
    trie.value(u"a/b") = "again"; // usable after clear
    QCOMPARE(matching(trie, u"a/b"), QStringList{"again"});
}

void tst_TopicTrie::deepFilterDoesNotOverflowStack()
{
    // The longest legal filter is 65535 '/' = 65536 empty levels; inserting, matching,
    // walking and destroying it must not recurse per level.
    const QString deep(65535, u'/');
    QVERIFY(isValidTopicName(deep));
    {
        TopicTrie<int> trie;
        trie.value(deep) = 7;
        trie.value(deep.first(1000) + u'#') = 8;
        QCOMPARE(trie.nodeCount(), 65536 + 1);
        int sum = 0;
        trie.match(deep, [&sum](const int &v) { sum += v; });
        QCOMPARE(sum, 15);
        int walked = 0;
        trie.forEach([&walked](const QString &, const int &) { ++walked; });
        QCOMPARE(walked, 2);
        QVERIFY(trie.remove(deep));
        QCOMPARE(trie.nodeCount(), 1001);
        trie.value(deep) = 7;
    } // destructor with a 65536-level chain
}

void tst_TopicTrie::sharedFiltersInTheirOwnTrie()
{
    // How the broker keeps "$share/{group}/{filter}": the inner filter in a separate trie whose
    // value is per group; the shared filter never matches the literal "$share/..." topic.
    TopicTrie<QSet<QString>> plain;
    TopicTrie<QSet<QString>> shared;
    for (const QString &filter : QStringList{"$share/g1/a/+", "$share/g2/a/#", "a/b"}) {
        if (const auto parts = parseSharedFilter(filter))
            shared.value(parts->filter).insert(parts->group);
        else
            plain.value(filter).insert(QStringLiteral("direct"));
    }
    QSet<QString> groups;
    shared.match(u"a/b", [&groups](const QSet<QString> &g) { groups.unite(g); });
    QCOMPARE(groups, (QSet<QString>{"g1", "g2"}));
    int plainMatches = 0;
    plain.match(u"$share/g1/a/b", [&plainMatches](const QSet<QString> &) { ++plainMatches; });
    QCOMPARE(plainMatches, 0);
}

void tst_TopicTrie::wideLevelsGrowAndShrink()
{
    // Thousands of siblings in one node: the child table grows, and removals in random order
    // (which shift probe chains back and shrink the table) must keep every other key findable.
    constexpr int Count = 5000;
    TopicTrie<int> trie;
    QList<int> order;
    for (int i = 0; i < Count; ++i) {
        trie.value(QStringLiteral("w%1/x").arg(i)) = i;
        trie.value(QStringLiteral("w%1").arg(i)) = -i;
        order.append(i);
    }
    trie.value(u"+/x") = Count;
    QCOMPARE(trie.size(), 2 * Count + 1);
    QCOMPARE(trie.nodeCount(), 2 * Count + 2);

    QRandomGenerator random(5);
    std::shuffle(order.begin(), order.end(), random);
    QSet<int> removed;
    for (int step = 0; step < Count; ++step) {
        const int gone = order.at(step);
        QVERIFY(trie.remove(QStringLiteral("w%1/x").arg(gone)));
        QVERIFY(trie.remove(QStringLiteral("w%1").arg(gone)));
        removed.insert(gone);
        if (step % 500 != 0 && step != Count - 1)
            continue;
        for (int i = 0; i < Count; ++i) {
            const int *value = trie.find(QStringLiteral("w%1/x").arg(i));
            QCOMPARE(value != nullptr, !removed.contains(i));
            if (value)
                QCOMPARE(*value, i);
            QList<int> matched;
            trie.match(QStringLiteral("w%1/x").arg(i), [&matched](int v) { matched.append(v); });
            std::sort(matched.begin(), matched.end());
            QCOMPARE(matched, (removed.contains(i) ? QList<int>{Count} : QList<int>{i, Count}));
        }
    }
    QCOMPARE(trie.size(), 1);
    QCOMPARE(trie.nodeCount(), 2); // '+' and its 'x'
}

void tst_TopicTrie::randomizedAgainstTopicMatches()
{
    // Small alphabets so that random filters and topics collide often; fixed seed so that a
    // failure reproduces.
    QRandomGenerator random(20261122);
    const QStringList words{"a", "b", "", "$x", "c"};
    auto randomLevel = [&] { return words.at(random.bounded(words.size())); };
    auto randomTopic = [&] {
        QStringList levels;
        const int depth = 1 + random.bounded(5);
        for (int i = 0; i < depth; ++i)
            levels.append(randomLevel());
        const QString topic = levels.join(u'/');
        return topic.isEmpty() ? QStringLiteral("/") : topic; // [MQTT-4.7.3-1]
    };
    auto randomFilter = [&] {
        QStringList levels;
        const int depth = 1 + random.bounded(5);
        for (int i = 0; i < depth; ++i) {
            const int pick = random.bounded(10);
            if (pick == 0 && i == depth - 1)
                levels.append(QStringLiteral("#"));
            else if (pick < 3)
                levels.append(QStringLiteral("+"));
            else
                levels.append(randomLevel());
        }
        const QString filter = levels.join(u'/');
        return filter.isEmpty() ? QStringLiteral("/") : filter;
    };

    QStringList filters;
    TopicTrie<QString> trie;
    for (int i = 0; i < 3000; ++i) {
        const QString filter = randomFilter();
        QVERIFY2(isValidTopicFilter(filter), qPrintable(filter));
        if (!trie.contains(filter))
            filters.append(filter);
        trie.value(filter) = filter;
    }
    QCOMPARE(trie.size(), filters.size());
    // Remove a third so that pruned paths are exercised too.
    for (qsizetype i = filters.size() - 1; i >= 0; i -= 3) {
        QVERIFY(trie.remove(filters.at(i)));
        filters.removeAt(i);
    }
    QCOMPARE(trie.size(), filters.size());

    for (int i = 0; i < 2000; ++i) {
        const QString topic = randomTopic();
        QStringList expected;
        for (const QString &filter : std::as_const(filters)) {
            if (topicMatches(filter, topic))
                expected.append(filter);
        }
        expected.sort();
        QCOMPARE(matching(trie, topic), expected);
    }

    // The same cross-check for matchFilter with topics as keys.
    TopicTrie<QString> topics;
    QStringList stored;
    for (int i = 0; i < 1000; ++i) {
        const QString topic = randomTopic();
        if (!topics.contains(topic))
            stored.append(topic);
        topics.value(topic) = topic;
    }
    for (int i = 0; i < 300; ++i) {
        const QString filter = randomFilter();
        QStringList expected;
        for (const QString &topic : std::as_const(stored)) {
            if (topicMatches(filter, topic))
                expected.append(topic);
        }
        expected.sort();
        QStringList seen;
        topics.matchFilter(filter,
                           [&seen](const QString &topic, const QString &) { seen.append(topic); });
        seen.sort();
        QCOMPARE(seen, expected);
    }
}

QTEST_APPLESS_MAIN(tst_TopicTrie)
#include "tst_topictrie.moc"
