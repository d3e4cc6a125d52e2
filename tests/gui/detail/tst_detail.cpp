// Message detail: formats (detected and chosen), lazy rendering of large payloads, MQTT 5
// properties, history diff and the numeric chart.
#include "messagedetailview.h"
#include "payloadformatter.h"
#include "textdiff.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using gui::MessageDetailView;
using gui::MessageRecord;
using mqtt::PayloadFormat;

namespace {

MessageRecord record(const QByteArray &payload, qint64 time = 1'700'000'000'000)
{
    MessageRecord r;
    r.topic = QStringLiteral("t/detail");
    r.payload = payload;
    r.timestampMs = time;
    return r;
}

} // namespace

class TestDetail : public QObject
{
    Q_OBJECT

private slots:
    void detectsAndSwitchesFormats()
    {
        MessageDetailView view;
        view.setMessage(record("{\"a\":1,\"b\":[true,null]}"), {});
        QCOMPARE(view.effectiveView(), PayloadFormat::Json);
        QVERIFY(view.payloadText().contains(QStringLiteral("\"a\": 1")));
        view.setView(PayloadFormat::Hex);
        QCOMPARE(view.effectiveView(), PayloadFormat::Hex);
        QVERIFY(view.payloadText().startsWith(QStringLiteral("00000000")));
        view.setView(PayloadFormat::Base64);
        QCOMPARE(view.payloadText().trimmed(), QStringLiteral("eyJhIjoxLCJiIjpbdHJ1ZSxudWxsXX0="));
        // MessagePack {"x": 5} decodes through mqttcore's codec.
        view.setView(PayloadFormat::MessagePack);
        view.setMessage(record(QByteArray::fromHex("81a17805")), {});
        QVERIFY2(view.payloadText().contains(QStringLiteral("\"x\"")),
                 qPrintable(view.payloadText()));
        QVERIFY(view.payloadText().contains(QStringLiteral("5")));
    }

    void largePayloadRendersLazily()
    {
        MessageDetailView view;
        const QByteArray big(6 * 1024 * 1024, 'a');
        view.setView(PayloadFormat::Hex);
        view.setMessage(record(big), {});
        // Only the first chunk is rendered; the payload itself is untouched.
        QVERIFY(view.payloadText().size() < MessageDetailView::InitialRenderBytes * 5);
        QCOMPARE(view.message().payload.size(), big.size());
        bool found = false;
        for (QPushButton *button : view.findChildren<QPushButton *>()) {
            if (button->isVisibleTo(&view)) {
                const int before = int(view.payloadText().size());
                button->click();
                QVERIFY(view.payloadText().size() > before);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void propertiesAreListed()
    {
        MessageDetailView view;
        MessageRecord r = record("x");
        auto properties = std::make_shared<mqtt::Properties>();
        properties->contentType = QStringLiteral("text/plain");
        properties->userProperties = {{QStringLiteral("origin"), QStringLiteral("line-4")}};
        r.properties = properties;
        view.setMessage(r, {});
        QTreeWidget *tree = nullptr;
        for (QTreeWidget *candidate : view.findChildren<QTreeWidget *>()) {
            if (candidate->headerItem()->text(0) == MessageDetailView::tr("Property"))
                tree = candidate;
        }
        QVERIFY(tree);
        QStringList values;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            values.append(tree->topLevelItem(i)->text(1));
        QVERIFY(values.contains(QStringLiteral("text/plain")));
        QVERIFY(values.contains(QStringLiteral("line-4")));
    }

    void historyChartAndDiff()
    {
        MessageDetailView view;
        QList<MessageRecord> history;
        for (int i = 0; i < 5; ++i)
            history.prepend(record(QByteArray("{\"temp\": ") + QByteArray::number(20 + i) + "}",
                                   1'700'000'000'000 + i * 1000));
        const MessageRecord current = record("{\"temp\": 30}", 1'700'000'010'000);
        view.setMessage(current, history);
        QCOMPARE(view.chartPointCount(), 6); // the JSON field "temp" is chosen by itself
        const QString diff =
            gui::htmlLineDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc"));
        QVERIFY(diff.contains(QStringLiteral("- b")));
        QVERIFY(diff.contains(QStringLiteral("+ B")));
        QVERIFY(diff.indexOf(QStringLiteral("- b")) < diff.indexOf(QStringLiteral("+ B")));
    }
};

QTEST_MAIN(TestDetail)
#include "tst_detail.moc"
