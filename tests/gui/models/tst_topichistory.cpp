// TopicHistory: per-topic bounds, and a global budget that takes from the noisiest topics first
// so that a flood on one topic leaves the quiet topics' histories whole (issue 13).
#include "messagecost.h"
#include "topichistory.h"

#include <QTest>

using gui::TopicHistory;

namespace {

mqtt::Message message(const QString &topic, int value, qsizetype size = 8)
{
    mqtt::Message m(topic, QByteArray::number(value).leftJustified(size, ' '));
    m.setReceivedAt(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + value, Qt::UTC));
    return m;
}

} // namespace

class TestTopicHistory : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndBoundedPerTopic()
    {
        TopicHistory history;
        history.setLimits(3, 1024 * 1024, 64 * 1024 * 1024);
        for (int i = 0; i < 5; ++i)
            history.append(message(QStringLiteral("a"), i));
        const QList<mqtt::Message> messages = history.messages(QStringLiteral("a"));
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).payload().trimmed(), QByteArray("4"));
        QCOMPARE(messages.at(2).payload().trimmed(), QByteArray("2"));
        QCOMPARE(history.messages(QStringLiteral("a"), 1).size(), 1);
        QCOMPARE(history.count(QStringLiteral("none")), 0);
    }

    void perTopicBytesKeepTheNewest()
    {
        TopicHistory history;
        const qint64 one = gui::messageMemoryCost(message(QStringLiteral("a"), 0, 1000));
        history.setLimits(100, one * 2, 64 * 1024 * 1024);
        for (int i = 0; i < 5; ++i)
            history.append(message(QStringLiteral("a"), i, 1000));
        QCOMPARE(history.count(QStringLiteral("a")), 2);
        // A single message above the limit still stays: the newest is always kept.
        history.append(message(QStringLiteral("a"), 9, 100'000));
        QCOMPARE(history.count(QStringLiteral("a")), 1);
    }

    // The scenario of issue 13: 31 messages on a quiet topic, then a flood on another one.
    void floodLeavesQuietTopicWhole()
    {
        TopicHistory history;
        const qint64 one = gui::messageMemoryCost(message(QStringLiteral("x"), 0));
        history.setLimits(500, 1024 * 1024, one * 200);
        const QString quiet = QStringLiteral("plant/line1/machine1/temp");
        for (int i = 0; i < 31; ++i)
            history.append(message(quiet, i));
        for (int i = 0; i < 100'000; ++i)
            history.append(message(QStringLiteral("flood/%1").arg(i % 3), i));
        QCOMPARE(history.count(quiet), 31);
        QVERIFY(history.bytesHeld() <= one * 200);
        QVERIFY(history.evictedByBudget() > 0);
        // The noisy topics share what is left.
        for (int t = 0; t < 3; ++t)
            QVERIFY(history.count(QStringLiteral("flood/%1").arg(t)) >= 30);
    }

    void budgetTakesFromTheLargestFirst()
    {
        TopicHistory history;
        const qint64 one = gui::messageMemoryCost(message(QStringLiteral("x"), 0));
        history.setLimits(1000, 1024 * 1024, one * 1000);
        for (int i = 0; i < 600; ++i)
            history.append(message(QStringLiteral("big"), i));
        for (int i = 0; i < 300; ++i)
            history.append(message(QStringLiteral("mid"), i));
        for (int i = 0; i < 50; ++i)
            history.append(message(QStringLiteral("small"), i));
        QCOMPARE(history.count(QStringLiteral("big")), 600);
        // Lowering the budget takes from "big" until it is no larger than "mid", then from both.
        history.setLimits(1000, 1024 * 1024, one * 500);
        QCOMPARE(history.count(QStringLiteral("small")), 50);
        QVERIFY(history.bytesHeld() <= one * 500);
        QVERIFY(qAbs(history.count(QStringLiteral("big")) - history.count(QStringLiteral("mid"))) <=
                1);
        // Every topic keeps at least its newest message, whatever the budget.
        history.setLimits(1000, 1024 * 1024, 1);
        QCOMPARE(history.count(QStringLiteral("small")), 1);
        QCOMPARE(history.messages(QStringLiteral("big")).value(0).payload().trimmed(),
                 QByteArray("599"));
        history.clear();
        QCOMPARE(history.bytesHeld(), 0);
        QCOMPARE(history.topicCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTopicHistory)
#include "tst_topichistory.moc"
