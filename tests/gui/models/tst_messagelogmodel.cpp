// MessageLogModel: batching, bounded history with counted drops, pause, byte-exact payloads.
#include "messagecost.h"
#include "messagelogmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using gui::MessageLogModel;

namespace {

constexpr qint64 ArrivalMs = 1'700'000'000'000;

mqtt::Message message(const QString &topic, const QByteArray &payload)
{
    mqtt::Message m(topic, payload);
    m.setReceivedAt(QDateTime::fromMSecsSinceEpoch(ArrivalMs, Qt::UTC));
    return m;
}

void appendNumbered(MessageLogModel &model, int from, int to)
{
    for (int i = from; i < to; ++i)
        model.append(message(QStringLiteral("t/%1").arg(i), QByteArray::number(i)));
}

// Nothing goes missing without being counted.
void verifyAccounting(const MessageLogModel &model)
{
    QCOMPARE(model.receivedCount(),
             quint64(model.rowCount()) + quint64(model.pendingCount()) + model.droppedCount());
}

} // namespace

class TestMessageLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendIsBatchedIntoOneInsert()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        appendNumbered(model, 0, 5);
        QCOMPARE(model.rowCount(), 0); // queued until the coalescing timer fires
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 2000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(model.index(4, MessageLogModel::TopicColumn).data().toString(),
                 QStringLiteral("t/4"));
        QCOMPARE(model.index(4, MessageLogModel::PayloadColumn).data().toString(),
                 QStringLiteral("4"));
        verifyAccounting(model);
    }

    void countLimitDropsOldestAndCounts()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setLimits(10, MessageLogModel::DefaultMaxBytes);
        appendNumbered(model, 0, 25);
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.droppedCount(), 15u);
        QCOMPARE(model.message(0).payload(), QByteArray("15"));
        verifyAccounting(model);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        appendNumbered(model, 25, 28);
        model.flush();
        QCOMPARE(removed.count(), 1); // one removal for all evictions
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 7);
        QCOMPARE(inserted.at(0).at(2).toInt(), 9);
        QCOMPARE(model.message(0).payload(), QByteArray("18"));
        QCOMPARE(model.message(9).payload(), QByteArray("27"));
        verifyAccounting(model);
    }

    void byteLimitDropsOldest()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        const QByteArray payload(1000, 'x');
        const qint64 cost = gui::messageMemoryCost(message(QStringLiteral("b"), payload));
        model.setLimits(1000, cost * 4);
        for (int i = 0; i < 10; ++i)
            model.append(message(QStringLiteral("b"), payload));
        model.flush();
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.historyBytes() <= cost * 4);
        QCOMPARE(model.droppedCount(), 6u);
        verifyAccounting(model);
    }

    void oversizedMessageIsKeptWhole()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setLimits(100, 10);
        const QByteArray big(100'000, 'y');
        model.append(message(QStringLiteral("big"), big));
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.message(0).payload(), big); // never truncated
    }

    void shrinkingLimitsEvicts()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        appendNumbered(model, 0, 20);
        model.flush();
        model.setLimits(5, MessageLogModel::DefaultMaxBytes);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 2000);
        QCOMPARE(model.message(0).payload(), QByteArray("15"));
        verifyAccounting(model);
    }

    void pauseBuffersAndCounts()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        appendNumbered(model, 0, 3);
        model.flush();
        QSignalSpy paused(&model, &MessageLogModel::pausedChanged);
        model.setPaused(true);
        QCOMPARE(paused.count(), 1);
        appendNumbered(model, 3, 10);
        model.flush();
        QCOMPARE(model.rowCount(), 3); // the rows the user looks at stay put
        QCOMPARE(model.pendingCount(), 7);
        QCOMPARE(model.newSincePause(), 7u);
        verifyAccounting(model);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.message(9).payload(), QByteArray("9"));
        QCOMPARE(model.pendingCount(), 0);
    }

    void pauseBufferIsBounded()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setLimits(5, MessageLogModel::DefaultMaxBytes);
        model.setPaused(true);
        appendNumbered(model, 0, 12);
        model.flush();
        QCOMPARE(model.pendingCount(), 5);
        QCOMPARE(model.droppedCount(), 7u);
        QCOMPARE(model.newSincePause(), 12u);
        verifyAccounting(model);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.message(0).payload(), QByteArray("7"));
    }

    void payloadKeptByteForByte()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QByteArray large(4 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char(i * 7);
        model.append(message(QStringLiteral("bin"), binary));
        model.append(message(QStringLiteral("large"), large));
        model.flush();
        QCOMPARE(model.index(0, 0).data(MessageLogModel::PayloadRole).toByteArray(), binary);
        QCOMPARE(model.index(1, 0).data(MessageLogModel::PayloadRole).toByteArray(), large);
        // The preview is short and made from a prefix only.
        const QString preview = model.index(1, MessageLogModel::PayloadColumn).data().toString();
        QVERIFY(preview.size() <= 200);
        QVERIFY(!preview.isEmpty());
        QCOMPARE(model.index(1, MessageLogModel::SizeColumn).data().toString().isEmpty(), false);
    }

    void flushesAtMostThirtyTimesASecond()
    {
        MessageLogModel model;
        QList<qint64> insertTimes;
        QElapsedTimer clock;
        clock.start();
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { insertTimes.append(clock.elapsed()); });
        QTimer producer;
        producer.setInterval(1);
        int produced = 0;
        connect(&producer, &QTimer::timeout, this, [&] {
            appendNumbered(model, produced, produced + 10);
            produced += 10;
        });
        producer.start();
        QTRY_VERIFY_WITH_TIMEOUT(insertTimes.size() >= 6, 5000);
        producer.stop();
        for (int i = 1; i < insertTimes.size(); ++i)
            QVERIFY2(
                insertTimes[i] - insertTimes[i - 1] >= 30, // 33 ms, less clock granularity
                qPrintable(QStringLiteral("gap %1 ms").arg(insertTimes[i] - insertTimes[i - 1])));
    }

    void rowIsTheReceivedMessageWithItsColour()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        const mqtt::Message received = message(QStringLiteral("a"), "1");
        model.append(received, qRgb(200, 10, 10));
        model.append(message(QStringLiteral("b"), "2"));
        model.flush();
        // The row shares the client's message: no copy of its bytes.
        QCOMPARE(model.message(0).payload().constData(), received.payload().constData());
        const QModelIndex topic = model.index(0, MessageLogModel::TopicColumn);
        QCOMPARE(topic.data(Qt::DecorationRole).value<QColor>(), QColor(200, 10, 10));
        QVERIFY(!model.index(1, MessageLogModel::TopicColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(topic.data(MessageLogModel::TimestampRole).toLongLong(), ArrivalMs);
        QCOMPARE(
            model.index(0, MessageLogModel::TimeColumn).data().toString(),
            QDateTime::fromMSecsSinceEpoch(ArrivalMs).toString(QStringLiteral("HH:mm:ss.zzz")));
    }

    void clearResets()
    {
        MessageLogModel model;
        QAbstractItemModelTester tester(&model);
        appendNumbered(model, 0, 10);
        model.flush();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.receivedCount(), 0u);
        QCOMPARE(model.historyBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
