// TopicTreeModel and BusiestTopicsModel: hierarchy, counts, batched structural changes that
// never move existing rows, coalesced value changes, retained markers, rates; the topic filter
// proxy, also while topics arrive under an active filter.
#include "busiesttopicsmodel.h"
#include "topicfilterproxymodel.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using gui::BusiestTopicsModel;
using gui::TopicTreeModel;

namespace {

mqtt::Message message(const QString &topic, const QByteArray &payload = "v", bool retain = false)
{
    mqtt::Message m(topic, payload, mqtt::QoS::AtMostOnce, retain);
    m.setReceivedAt(QDateTime::currentDateTimeUtc());
    return m;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

// Paths of every row a (proxy) model shows, walked without recursion.
QSet<QString> shownPaths(const QAbstractItemModel &model)
{
    QSet<QString> paths;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            paths.insert(index.data(TopicTreeModel::PathRole).toString());
            pending.push_back(index);
        }
    }
    return paths;
}

// What a filter must show, worked out from the topics alone: each matching topic and the levels
// above it.
QSet<QString> expectedPaths(const QStringList &topics, const QString &expression)
{
    const gui::FilterExpression filter(expression);
    QSet<QString> paths;
    for (const QString &topic : topics) {
        if (!filter.matches(topic))
            continue;
        const QStringList levels = topic.split(u'/');
        for (qsizetype n = 1; n <= levels.size(); ++n)
            paths.insert(levels.first(n).join(u'/'));
    }
    return paths;
}

int matchingTopics(const QStringList &topics, const QString &expression)
{
    const gui::FilterExpression filter(expression);
    return int(std::count_if(topics.cbegin(), topics.cend(),
                             [&filter](const QString &topic) { return filter.matches(topic); }));
}

QString roomTopic(int i)
{
    return QStringLiteral("site%1/building%2/floor%3/room%4")
        .arg(i % 3)
        .arg(i / 3 % 3)
        .arg(i / 9 % 3)
        .arg(i);
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsHierarchyWithCounts()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model);
        for (const char *topic : {"a/b/c", "a/b/d", "a/x", "z", "a/b/c"})
            model.append(message(QString::fromLatin1(topic)));
        QCOMPARE(model.rowCount(), 0); // queued
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 2000);
        const QModelIndex a = child(model, {}, QStringLiteral("a"));
        QVERIFY(a.isValid());
        QCOMPARE(model.rowCount(a), 2);
        const QModelIndex b = child(model, a, QStringLiteral("b"));
        QCOMPARE(model.rowCount(b), 2);
        QCOMPARE(model.index(a.row(), TopicTreeModel::MessagesColumn).data().toULongLong(), 4u);
        QCOMPARE(model.index(b.row(), TopicTreeModel::MessagesColumn, a).data().toULongLong(), 3u);
        QCOMPARE(model.topicCount(), 4);
        QCOMPARE(a.data(TopicTreeModel::TopicRole).toString(), QString()); // no message on "a"
        const QModelIndex c = model.indexForTopic(QStringLiteral("a/b/c"));
        QCOMPARE(c.parent(), b);
        QCOMPARE(c.data(TopicTreeModel::PathRole).toString(), QStringLiteral("a/b/c"));
    }

    void newTopicsAppendWithoutMovingRows()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model);
        for (const char *topic : {"a/b/c", "a/b/d", "a/x"})
            model.append(message(QString::fromLatin1(topic)));
        model.flush();
        const QPersistentModelIndex c = model.indexForTopic(QStringLiteral("a/b/c"));
        const QPersistentModelIndex x = model.indexForTopic(QStringLiteral("a/x"));
        const int cRow = c.row();
        const int xRow = x.row();

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        for (const char *topic : {"a/b/e", "a/b/f", "a/y", "a/y/deep/er", "0first"})
            model.append(message(QString::fromLatin1(topic)));
        model.flush();
        // One insertion per grown parent: under b (e, f), under a (y with its subtree), root.
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(c.row(), cRow);
        QCOMPARE(x.row(), xRow);
        QVERIFY(model.indexForTopic(QStringLiteral("a/y/deep/er")).isValid());
        for (const QList<QVariant> &args : inserted) {
            const QModelIndex parent = args.at(0).value<QModelIndex>();
            QCOMPARE(args.at(2).toInt(), model.rowCount(parent) - 1); // appended at the end
        }
    }

    void valueChangesAreCoalescedPerParent()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.append(message(QStringLiteral("a/b/c")));
        model.append(message(QStringLiteral("a/b/d")));
        model.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 100; ++i) {
            model.append(message(QStringLiteral("a/b/c"), QByteArray::number(i)));
            model.append(message(QStringLiteral("a/b/d"), QByteArray::number(i)));
        }
        model.flush();
        // c+d under b, b under a, a under the root: three ranges, not 600 signals.
        QCOMPARE(changed.count(), 3);
        const QModelIndex d = model.indexForTopic(QStringLiteral("a/b/d"));
        QCOMPARE(model.lastMessage(d)->payload(), QByteArray("99"));
        QCOMPARE(d.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("99"));
        for (const QList<QVariant> &args : changed) // the name column never changes
            QVERIFY(args.at(0).value<QModelIndex>().column() > TopicTreeModel::TopicColumn);
    }

    void retainedMarkerFollowsMessages()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.append(message(QStringLiteral("r/1"), "on", true));
        model.append(message(QStringLiteral("r/2"), "on", true));
        model.append(message(QStringLiteral("r/3"), "live", false));
        model.flush();
        QVERIFY(
            model.indexForTopic(QStringLiteral("r/1")).data(TopicTreeModel::RetainedRole).toBool());
        QVERIFY(!model.indexForTopic(QStringLiteral("r/3"))
                     .data(TopicTreeModel::RetainedRole)
                     .toBool());
        const QModelIndex r = child(model, {}, QStringLiteral("r"));
        QStringList retained = model.retainedTopics(r);
        retained.sort();
        QCOMPARE(retained, QStringList({QStringLiteral("r/1"), QStringLiteral("r/2")}));
        // An empty payload clears the retained value [MQTT-3.3.1-10].
        model.append(message(QStringLiteral("r/1"), QByteArray(), false));
        model.flush();
        QCOMPARE(model.retainedTopics(r), QStringList{QStringLiteral("r/2")});
    }

    void emptyLevelsAndDeepTopics()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.append(message(QStringLiteral("/leading")));
        model.append(message(QStringLiteral("a//b")));
        QStringList levels;
        for (int i = 0; i < 20'000; ++i)
            levels.append(QStringLiteral("d"));
        const QString deep = levels.join(u'/');
        model.append(message(deep));
        model.flush();
        QVERIFY(child(model, {}, TopicTreeModel::tr("(empty)")).isValid());
        QVERIFY(model.indexForTopic(deep).isValid());
        model.clear(); // iterative teardown, no stack overflow
        QCOMPARE(model.rowCount(), 0);
    }

    void payloadKeptByteForByte()
    {
        TopicTreeModel model;
        QByteArray binary(70'000, '\0');
        for (qsizetype i = 0; i < binary.size(); ++i)
            binary[i] = char(i % 251);
        model.append(message(QStringLiteral("bin"), binary));
        model.flush();
        QCOMPARE(model.lastMessage(model.indexForTopic(QStringLiteral("bin")))->payload(), binary);
    }

    // Sparkplug B payloads (binary Protobuf) are previewed by their metrics, not as hex bytes;
    // the same bytes elsewhere, or a broken Sparkplug payload, keep the plain preview.
    void sparkplugPreview()
    {
        TopicTreeModel model;
        // One metric: name "T" (field 1), datatype Double (field 4 = 10), double_value 21.5.
        const QByteArray payload = QByteArray::fromHex("120e0a0154200a690000000000803540");
        model.append(message(QStringLiteral("spBv1.0/plant/NDATA/node"), payload));
        model.append(message(QStringLiteral("spBv1.0/plant/STATE/host"), "ONLINE"));
        model.append(message(QStringLiteral("other/raw"), payload));
        model.flush();
        const auto preview = [&model](const char *topic) {
            return model.indexForTopic(QString::fromLatin1(topic))
                .siblingAtColumn(TopicTreeModel::ValueColumn)
                .data()
                .toString();
        };
        QCOMPARE(preview("spBv1.0/plant/NDATA/node"), QStringLiteral("T=21.5"));
        QCOMPARE(preview("spBv1.0/plant/STATE/host"), QStringLiteral("ONLINE"));
        QVERIFY(preview("other/raw").startsWith(QStringLiteral("12 0e")));
    }

    void topicsAddedAnnouncesNewTopicsOnce()
    {
        TopicTreeModel model;
        QSignalSpy added(&model, &TopicTreeModel::topicsAdded);
        model.append(message(QStringLiteral("x/1")));
        model.append(message(QStringLiteral("x/1")));
        model.append(message(QStringLiteral("x/2")));
        model.flush();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toStringList(),
                 QStringList({QStringLiteral("x/1"), QStringLiteral("x/2")}));
    }

    void ratesAndBusiestTopics()
    {
        TopicTreeModel model;
        BusiestTopicsModel busiest(&model);
        QAbstractItemModelTester tester(&model);
        QAbstractItemModelTester busiestTester(&busiest);
        for (int i = 0; i < 30; ++i)
            model.append(message(QStringLiteral("flood/a")));
        for (int i = 0; i < 5; ++i)
            model.append(message(QStringLiteral("flood/b")));
        model.append(message(QStringLiteral("quiet")));
        model.flush();
        QSignalSpy updated(&model, &TopicTreeModel::ratesUpdated);
        QVERIFY(updated.wait(3000)); // the rate timer runs once a second
        QCOMPARE(busiest.rowCount(), 3);
        QCOMPARE(busiest.topicAt(0), QStringLiteral("flood/a"));
        QCOMPARE(busiest.topicAt(1), QStringLiteral("flood/b"));
        QVERIFY(!model.index(0, TopicTreeModel::RateColumn).data().toString().isEmpty());
        QVERIFY(model.totalRate() > 0);
        // No traffic in the next interval: rates drop to zero and the ranking empties.
        QVERIFY(updated.wait(3000));
        QCOMPARE(busiest.rowCount(), 0);
        QCOMPARE(model.totalRate(), 0.0);
    }

    void proxySortsNaturallyAndFilters()
    {
        TopicTreeModel model;
        gui::TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TopicTreeModel::TopicColumn);
        QAbstractItemModelTester tester(&proxy);
        for (const char *topic : {"s/10", "s/2", "s/1", "kitchen/temp", "hall/temp", "hall/hum"})
            model.append(message(QString::fromLatin1(topic)));
        model.flush();
        const QModelIndex s = child(proxy, {}, QStringLiteral("s"));
        QCOMPARE(proxy.index(0, 0, s).data().toString(), QStringLiteral("1"));
        QCOMPARE(proxy.index(1, 0, s).data().toString(), QStringLiteral("2"));
        QCOMPARE(proxy.index(2, 0, s).data().toString(), QStringLiteral("10"));

        proxy.setFilterExpression(QStringLiteral("+/temp -kitchen"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex hall = child(proxy, {}, QStringLiteral("hall"));
        QCOMPARE(proxy.rowCount(hall), 1);
        QCOMPARE(proxy.index(0, 0, hall).data(TopicTreeModel::TopicRole).toString(),
                 QStringLiteral("hall/temp"));
        // New matching topics appear while the filter is on.
        model.append(message(QStringLiteral("garage/temp")));
        model.flush();
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterExpression(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filterFollowsArrivingTopics_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("text") << "room1";
        QTest::newRow("wildcard") << "site1/+/floor2/#";
        QTest::newRow("wildcard-level") << "+/building0"; // a level that gets its own message
        QTest::newRow("regex") << "/room1[0-9]$/";
        QTest::newRow("exclusion") << "floor -room1 !site2";
        QTest::newRow("hash-not-sys") << "#"; // [MQTT-4.7.2-1]
        QTest::newRow("none") << "";
    }

    // Matches are worked out once per filter change and then per arriving topic: after every
    // flush the proxy shows exactly the matching topics and their ancestors, rows appear where
    // they belong (under hidden levels, visible levels, below existing topics, on levels that
    // get their first message), and nothing shown moves, resets or disappears.
    void filterFollowsArrivingTopics()
    {
        QFETCH(QString, expression);
        TopicTreeModel model;
        gui::TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TopicTreeModel::TopicColumn);
        QAbstractItemModelTester tester(&proxy);

        QStringList topics;
        auto add = [&](const QString &topic) {
            model.append(message(topic));
            if (!topics.contains(topic))
                topics.append(topic);
        };
        for (int i = 0; i < 200; i += 2)
            add(roomTopic(i));
        model.flush();
        proxy.setFilterExpression(expression);
        QCOMPARE(shownPaths(proxy), expectedPaths(topics, expression));
        QCOMPARE(model.filterMatchCount(),
                 expression.isEmpty() ? 0 : matchingTopics(topics, expression));

        // Hold on to what is shown: it must stay, in place (rows only ever get inserted).
        std::vector<QPersistentModelIndex> held;
        for (QModelIndex index = proxy.index(0, 0); index.isValid();
             index = proxy.index(0, 0, index))
            held.emplace_back(index);
        QStringList heldPaths;
        for (const QPersistentModelIndex &index : held)
            heldPaths.append(index.data(TopicTreeModel::PathRole).toString());
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

        const QList<QStringList> batches = {
            {roomTopic(1), roomTopic(13), roomTopic(15), QStringLiteral("site1/building0")},
            {roomTopic(11), roomTopic(12), roomTopic(10),
             roomTopic(12) + QStringLiteral("/extra/deep"), QStringLiteral("site1"),
             QStringLiteral("$SYS/room1"), QStringLiteral("/leading/room10")},
            {QStringLiteral("site9/building0/floor2/room19"), QStringLiteral("site2/building0"),
             roomTopic(0), roomTopic(2)},
        };
        for (const QStringList &batch : batches) {
            for (const QString &topic : batch)
                add(topic);
            for (int i = 201; i < 240; i += 2) // new rooms, in existing and in new levels
                add(roomTopic(i + int(topics.size())));
            model.flush();
            QCOMPARE(shownPaths(proxy), expectedPaths(topics, expression));
            QCOMPARE(model.filterMatchCount(),
                     expression.isEmpty() ? 0 : matchingTopics(topics, expression));
        }
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        for (size_t i = 0; i < held.size(); ++i) {
            QVERIFY(held[i].isValid());
            QCOMPARE(held[i].data(TopicTreeModel::PathRole).toString(), heldPaths[qsizetype(i)]);
        }

        // Filtering afresh agrees with what the arrivals built up.
        proxy.setFilterExpression(QString());
        QCOMPARE(shownPaths(proxy), expectedPaths(topics, QString()));
        proxy.setFilterExpression(expression);
        QCOMPARE(shownPaths(proxy), expectedPaths(topics, expression));
    }

    // A row hidden by the filter appears once a topic below it matches, at its sorted place, with
    // one insertion under its shown parent; a level whose own first message matches shows up
    // without its non-matching children.
    void filterRevealsHiddenLevels()
    {
        TopicTreeModel model;
        gui::TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TopicTreeModel::TopicColumn);
        QAbstractItemModelTester tester(&proxy);
        for (const char *topic : {"home/kitchen/temp", "home/hall/hum", "home/hall/door/raw"})
            model.append(message(QString::fromLatin1(topic)));
        model.flush();
        proxy.setFilterExpression(QStringLiteral("+/+/temp"));
        const QModelIndex home = child(proxy, {}, QStringLiteral("home"));
        QCOMPARE(proxy.rowCount(home), 1); // kitchen

        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        model.append(message(QStringLiteral("home/hall/temp")));
        model.flush();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(home));
        QCOMPARE(proxy.rowCount(home), 2);
        QCOMPARE(proxy.index(0, 0, home).data().toString(), QStringLiteral("hall")); // sorted
        const QModelIndex hall = proxy.index(0, 0, home);
        QCOMPARE(proxy.rowCount(hall), 1);
        QCOMPARE(proxy.index(0, 0, hall).data(TopicTreeModel::TopicRole).toString(),
                 QStringLiteral("home/hall/temp"));

        // "home/hall/door" had no message of its own; now it gets one that matches.
        proxy.setFilterExpression(QStringLiteral("home/+/door"));
        QCOMPARE(proxy.rowCount(), 0);
        model.append(message(QStringLiteral("home/hall/door")));
        model.flush();
        QCOMPARE(shownPaths(proxy),
                 QSet<QString>({QStringLiteral("home"), QStringLiteral("home/hall"),
                                QStringLiteral("home/hall/door")}));
        QCOMPARE(model.filterMatchCount(), 1);
    }

    // The filter survives clear(); deep topics are marked without recursion. (The proxy is not
    // walked down 20,000 levels: Qt's own mapping code recurses per level.)
    void filterAfterClearAndDeepTopics()
    {
        TopicTreeModel model;
        gui::TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.setFilterExpression(QStringLiteral("end"));
        QStringList levels;
        for (int i = 0; i < 20'000; ++i)
            levels.append(QStringLiteral("d"));
        const QString deep = levels.join(u'/');
        model.append(message(deep + QStringLiteral("/end")));
        model.append(message(deep + QStringLiteral("/other")));
        model.flush();
        QCOMPARE(model.filterMatchCount(), 1);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex last = model.indexForTopic(deep + QStringLiteral("/end")).parent();
        QVERIFY(model.acceptsRow(0, last));  // end
        QVERIFY(!model.acceptsRow(1, last)); // other
        int depth = 0;
        for (QModelIndex index = last; index.isValid(); index = index.parent(), ++depth)
            QVERIFY(model.acceptsRow(index.row(), index.parent()));
        QCOMPARE(depth, 20'000);
        proxy.setFilterExpression(QStringLiteral("other"));
        QCOMPARE(model.filterMatchCount(), 1);
        QVERIFY(!model.acceptsRow(0, last));
        QVERIFY(model.acceptsRow(1, last));

        model.clear();
        QCOMPARE(model.filterMatchCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        model.append(message(QStringLiteral("a/other")));
        model.append(message(QStringLiteral("b/end")));
        model.flush();
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(child(proxy, {}, QStringLiteral("a")).isValid(), true);
        QCOMPARE(model.filterMatchCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
