// bench_gui_ingest [messages] [topics]: how fast messages go into the live log and the topic
// tree with real views attached (offscreen), how long one UI frame takes under a 50,000 msg/s
// flood, and how long a tree of 100,000 distinct topics takes to build and to filter.
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

MessageRecord message(const QString &topic, qint64 n)
{
    MessageRecord r;
    r.topic = topic;
    r.payload = QByteArray("{\"value\":") + QByteArray::number(n) + "}";
    r.timestampMs = QDateTime::currentMSecsSinceEpoch();
    return r;
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
            const MessageRecord r = message(topics[int(sent % topicCount)], sent);
            v.log.append(r);
            v.tree.append(r);
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

void treeBuildBenchmark(int topicCount)
{
    Views v;
    QList<MessageRecord> records;
    records.reserve(topicCount);
    for (int i = 0; i < topicCount; ++i)
        records.append(message(QStringLiteral("site%1/building%2/floor%3/room%4")
                                   .arg(i % 10)
                                   .arg(i / 10 % 10)
                                   .arg(i / 100 % 10)
                                   .arg(i),
                               i));
    QElapsedTimer clock;
    clock.start();
    for (const MessageRecord &r : std::as_const(records))
        v.tree.append(r);
    v.tree.flush();
    v.treeView.expandToDepth(1);
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    const qint64 buildMs = clock.elapsed();
    std::printf("tree: %d distinct topics built (with sorted, filtered view attached) in %lld ms\n",
                v.tree.topicCount(), static_cast<long long>(buildMs));

    for (const QString &filter : {QStringLiteral("room4242"), QStringLiteral("site3/+/floor1/#"),
                                  QStringLiteral("/room99[0-9]$/"), QString()}) {
        clock.restart();
        v.treeProxy.setFilterExpression(filter);
        QCoreApplication::processEvents();
        v.treeView.viewport()->repaint();
        std::printf("tree filter \"%s\": %lld ms, %d top-level rows\n", qPrintable(filter),
                    static_cast<long long>(clock.elapsed()), v.treeProxy.rowCount());
    }

    // Everything changes at once: one flush of one message per topic.
    clock.restart();
    for (const MessageRecord &r : std::as_const(records))
        v.tree.append(r);
    v.tree.flush();
    QCoreApplication::processEvents();
    v.treeView.viewport()->repaint();
    std::printf("tree: update of all %d topics in one flush: %lld ms\n", topicCount,
                static_cast<long long>(clock.elapsed()));
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
