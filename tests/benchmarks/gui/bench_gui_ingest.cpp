// bench_gui_ingest [messages] [topics]: how fast messages go into the live log and the topic
// tree with real views attached (offscreen), how long one UI frame takes under a 50,000 msg/s
// flood, and how long a tree of 100,000 distinct topics takes to build and to filter (as the
// filter box does it, on a fresh tree and after traffic on every topic), and to take a flush of
// every topic and a rate update while a filter is active.
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"
#include "topicfilterproxymodel.h"
#include "topictreemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <cstdio>
#include <vector>

using namespace gui;

namespace {

struct Views
{
    MessageLogModel log;
    MessageFilterProxyModel logProxy;
    QTableView logView;
    TopicTreeModel tree;
    TopicFilterProxyModel treeProxy;
    QTreeView treeView;

    Views()
    {
        logProxy.setLogModel(&log);
        logView.setModel(&logProxy);
        logView.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        logView.resize(1000, 500);
        logView.show();
        treeProxy.setSourceModel(&tree);
        treeView.setModel(&treeProxy);
        treeView.setUniformRowHeights(true);
        treeView.setSortingEnabled(true);
        treeView.sortByColumn(0, Qt::AscendingOrder);
        treeView.resize(600, 800);
        treeView.show();
    }
};

// What the window's filter box expands at once (ConnectionTab's AutoExpandLimit).
constexpr int AutoExpandLimit = 2000;

// Rows of a (proxy) model, counted up to `limit`.
int countRows(const QAbstractItemModel &model, int limit)
{
    int count = 0;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty() && count <= limit) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        const int rows = model.rowCount(parent);
        count += rows;
        for (int row = 0; row < rows && count <= limit; ++row)
            pending.push_back(model.index(row, 0, parent));
    }
    return count;
}

// As the client delivers it: one shared message, stamped on arrival.
mqtt::Message message(const QString &topic, qint64 n)
{
    mqtt::Message m(topic, QByteArray("{\"value\":") + QByteArray::number(n) + "}");
    m.setReceivedAt(QDateTime::currentDateTimeUtc());
    return m;
}

// Feeds `total` messages in frames of rate/30 messages: each frame appends, flushes both models
// (as their 30 Hz timers would) and lets the views process and paint.
void floodBenchmark(qint64 total, int topicCount, int rate)
{
    Views v;
    v.log.setLimits(100'000, MessageLogModel::DefaultMaxBytes);
    QStringList topics;
    for (int i = 0; i < topicCount; ++i)
        topics.append(
            QStringLiteral("factory/line%1/machine%2/sensor%3").arg(i % 10).arg(i % 100).arg(i));
    const int perFrame = rate / 30;
    QElapsedTimer total_clock;
    total_clock.start();
    qint64 worstFrameMs = 0;
    qint64 frames = 0;
    for (qint64 sent = 0; sent < total;) {
        QElapsedTimer frame;
        frame.start();
        for (int i = 0; i < perFrame && sent < total; ++i, ++sent) {
            const mqtt::Message m = message(topics[int(sent % topicCount)], sent);
            v.log.append(m);
            v.tree.append(m);
        }
        v.log.flush();
        v.tree.flush();
        if (v.logView.model()->rowCount() > 0)
            v.logView.scrollToBottom();
        QCoreApplication::processEvents();
        v.logView.viewport()->repaint();
        v.treeView.viewport()->repaint();
        worstFrameMs = qMax(worstFrameMs, frame.elapsed());
        ++frames;
        if (frames == 10)
            v.treeView.expandToDepth(2);
    }
    const double seconds = total_clock.elapsed() / 1000.0;
    std::printf("flood: %lld messages on %d topics in %.2f s = %.0f messages/s into log+tree "
                "(frames of %d, worst frame %lld ms, average %.1f ms)\n",
                static_cast<long long>(total), topicCount, seconds, total / seconds, perFrame,
                static_cast<long long>(worstFrameMs), seconds * 1000 / frames);
    std::printf(
        "history: %d rows kept, %llu dropped, %llu received (rows + dropped == received: %s), "
        "%.1f MiB\n",
        v.log.rowCount(), static_cast<unsigned long long>(v.log.droppedCount()),
        static_cast<unsigned long long>(v.log.receivedCount()),
        quint64(v.log.rowCount()) + v.log.droppedCount() == v.log.receivedCount() ? "yes" : "NO",
        v.log.historyBytes() / 1048576.0);
}

// As the filter box does (ConnectionTab::applyTreeFilter): filter, expand everything when few
// rows are left, then the view lays out and paints.
void filterBenchmark(Views &v, const char *when)
{
    QElapsedTimer clock;
    for (const QString &filter :
         {QStringLiteral("room4242"), QStringLiteral("site3/+/floor1/#"),
          QStringLiteral("/room99[0-9]$/"), QStringLiteral("floor1 -site3 !/room1/"),
          QStringLiteral("building4"), QString()}) {
        clock.start();
        v.treeProxy.setFilterExpression(filter);
        const qint64 filterMs = clock.elapsed();
        const int shown = countRows(v.treeProxy, AutoExpandLimit);
        if (!filter.isEmpty() && shown <= AutoExpandLimit)
            v.treeView.expandAll();
        QCoreApplication::processEvents();
        v.treeView.viewport()->repaint();
        std::printf("tree filter \"%s\" (%s): %lld ms (filter %lld ms, then view), %d top-level "
                    "rows, %s rows shown\n",
                    qPrintable(filter), when, static_cast<long long>(clock.elapsed()),
                    static_cast<long long>(filterMs), v.treeProxy.rowCount(),
                    shown > AutoExpandLimit ? "> 2000" : qPrintable(QString::number(shown)));
    }
}

void treeBuildBenchmark(int topicCount)
{
    Views v;
    QList<mqtt::Message> messages;
    messages.reserve(topicCount);
    for (int i = 0; i < topicCount; ++i)
        messages.append(message(QStringLiteral("site%1/building%2/floor%3/room%4")
                                    .arg(i % 10)
                                    .arg(i / 10 % 10)
                                    .arg(i / 100 % 10)
                                    .arg(i),
                                i));
    QElapsedTimer clock;
    clock.start();
    for (const mqtt::Message &m : std::as_const(messages))
        v.tree.append(m);
    v.tree.flush();
    v.treeView.expandToDepth(1);
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    const qint64 buildMs = clock.elapsed();
    std::printf("tree: %d distinct topics built (with sorted, filtered view attached) in %lld ms\n",
                v.tree.topicCount(), static_cast<long long>(buildMs));

    filterBenchmark(v, "just built");

    // Topics arriving under an active filter: every topic gets a message and 10% more topics
    // appear (some matching), in one flush, with the matches expanded.
    v.treeProxy.setFilterExpression(QStringLiteral("site3/+/floor1/#"));
    v.treeView.expandAll();
    QCoreApplication::processEvents();
    clock.restart();
    for (const mqtt::Message &m : std::as_const(messages))
        v.tree.append(m);
    for (int i = 0; i < topicCount / 10; ++i)
        v.tree.append(message(QStringLiteral("site%1/building%2/floor%3/new%4")
                                  .arg(i % 10)
                                  .arg(i / 10 % 10)
                                  .arg(i / 100 % 10)
                                  .arg(i),
                              i));
    v.tree.flush();
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    std::printf("tree: update of all %d topics + %d new ones in one flush under filter "
                "\"site3/+/floor1/#\": %lld ms, %d rows shown\n",
                topicCount, topicCount / 10, static_cast<long long>(clock.elapsed()),
                countRows(v.treeProxy, 1'000'000));
    // The once-a-second rate update changes every row that had traffic.
    clock.restart();
    v.tree.updateRates();
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    std::printf("tree: rate update of all topics under that filter: %lld ms\n",
                static_cast<long long>(clock.elapsed()));
    v.treeProxy.setFilterExpression(QString());
    QCoreApplication::processEvents();

    // Everything changes at once: one flush of one message per topic.
    clock.restart();
    for (const mqtt::Message &m : std::as_const(messages))
        v.tree.append(m);
    v.tree.flush();
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    std::printf("tree: update of all %d topics in one flush: %lld ms\n", topicCount,
                static_cast<long long>(clock.elapsed()));
    // Traffic on every topic made the proxy map every level: filtering now has more to redo.
    filterBenchmark(v, "after traffic on all topics");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 messages = argc > 1 ? QByteArray(argv[1]).toLongLong() : 500'000;
    const int topics = argc > 2 ? QByteArray(argv[2]).toInt() : 100'000;
    floodBenchmark(messages, 1000, 50'000);
    treeBuildBenchmark(topics);
    return 0;
}
