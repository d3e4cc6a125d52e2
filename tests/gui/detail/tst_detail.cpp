// Message detail: formats (detected and chosen), lazy rendering of large payloads, MQTT 5
// properties, history diff and the numeric chart.
#include "jsondocuments.h"
#include "messagedetailview.h"
#include "payloadformatter.h"
#include "protowriter.h"
#include "textdiff.h"

#include <schema/protobufschema.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>

#include <bit>

using gui::MessageDetailView;

namespace {

mqtt::Message record(const QByteArray &payload, qint64 time = 1'700'000'000'000)
{
    mqtt::Message m(QStringLiteral("t/detail"), payload);
    m.setReceivedAt(QDateTime::fromMSecsSinceEpoch(time, Qt::UTC));
    return m;
}

using testsupport::Proto;

// The error line above the payload, when one is shown.
QString shownError(const MessageDetailView &view)
{
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&view) && label->wordWrap())
            return label->text();
    }
    return {};
}

// Clicks Copy ▸ Copy payload and returns what the clipboard got as bytes.
QByteArray copyPayload(MessageDetailView &view)
{
    auto *button = view.findChild<QToolButton *>(QStringLiteral("copyButton"));
    if (!button || !button->menu() || button->menu()->actions().size() < 2)
        return "<no copy button>";
    QApplication::clipboard()->clear();
    button->menu()->actions().at(1)->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime ? mime->data(QStringLiteral("application/octet-stream")) : QByteArray();
}

// The highlighted spans of the payload text: (text, format) for each range the highlighter set.
QList<std::pair<QString, QTextCharFormat>> highlightedSpans(const MessageDetailView &view)
{
    QList<std::pair<QString, QTextCharFormat>> spans;
    const auto *edit = view.findChild<QPlainTextEdit *>(QStringLiteral("payloadText"));
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            spans.append(std::pair(block.text().mid(range.start, range.length), range.format));
    }
    return spans;
}

// A Sparkplug B NDATA payload: timestamp, one Double metric "Temperature", seq.
QByteArray sparkplugPayload(double temperature)
{
    Proto payload;
    payload.u(1, 1700000000123ULL);
    payload.m(2, Proto().s(1, "Temperature").u(4, 10).d(13, temperature));
    payload.u(3, 7);
    return payload.bytes;
}

} // namespace

class TestDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mqtt-workbench-tst-detail"));
        QSettings().clear();
    }

    void detectsAndSwitchesFormats()
    {
        MessageDetailView view;
        view.setMessage(record("{\"a\":1,\"b\":[true,null]}"), {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("json"));
        QVERIFY(view.payloadText().contains(QStringLiteral("\"a\": 1")));
        view.setView(QStringLiteral("hex"));
        QCOMPARE(view.effectiveCodec(), QStringLiteral("hex"));
        QVERIFY(view.payloadText().startsWith(QStringLiteral("00000000")));
        view.setView(QStringLiteral("base64"));
        QCOMPARE(view.payloadText().trimmed(), QStringLiteral("eyJhIjoxLCJiIjpbdHJ1ZSxudWxsXX0="));
        // MessagePack {"x": 5} decodes through mqttcore's codec.
        view.setView(QStringLiteral("msgpack"));
        view.setMessage(record(QByteArray::fromHex("81a17805")), {});
        QVERIFY2(view.payloadText().contains(QStringLiteral("\"x\"")),
                 qPrintable(view.payloadText()));
        QVERIFY(view.payloadText().contains(QStringLiteral("5")));
    }

    // Issue 13: the automatic JSON view shows the payload's own text (member order,
    // duplicates, numbers, escapes), changed in whitespace only, and copies the original bytes.
    void jsonViewKeepsText_issue13_data()
    {
        QTest::addColumn<QByteArray>("payload");
        for (const testsupport::JsonDocument &document : testsupport::trickyJsonDocuments())
            QTest::newRow(document.name) << document.text;
    }

    void jsonViewKeepsText_issue13()
    {
        QFETCH(QByteArray, payload);
        using testsupport::jsonWithoutWhitespace;
        MessageDetailView view;
        view.setMessage(record(payload), {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("json"));
        QCOMPARE(shownError(view), QString());
        QCOMPARE(jsonWithoutWhitespace(view.payloadText().toUtf8()),
                 jsonWithoutWhitespace(payload));
        // Chosen rather than detected: the same text.
        const QString automatic = view.payloadText();
        view.setView(QStringLiteral("json"));
        QCOMPARE(view.payloadText(), automatic);
        QCOMPARE(copyPayload(view), payload);
    }

    void jsonViewShowsIssue13Exactly()
    {
        MessageDetailView view;
        view.setMessage(record(R"({"zeta":1,"id":12345678901234567890,"alpha":0.10})"), {});
        QCOMPARE(view.payloadText(), QStringLiteral("{\n    \"zeta\": 1,\n"
                                                    "    \"id\": 12345678901234567890,\n"
                                                    "    \"alpha\": 0.10\n}"));
        // Whole tokens are coloured: names (bold), and every digit of the numbers.
        QStringList names, others;
        for (const auto &[text, format] : highlightedSpans(view))
            (format.fontWeight() == QFont::DemiBold ? names : others).append(text);
        QCOMPARE(names, (QStringList{"\"zeta\"", "\"id\"", "\"alpha\""}));
        QCOMPARE(others, (QStringList{"1", "12345678901234567890", "0.10"}));
        // The chart's default field is the first numeric member in the payload's order.
        auto *field = view.findChild<QLineEdit *>();
        QVERIFY(field);
        QCOMPARE(field->text(), QStringLiteral("zeta"));
    }

    // JSON that is not valid is shown as the text it is, nothing lost or reformatted: as Text
    // when detected, and with the reason when JSON is chosen.
    void invalidJsonFallsBackToText_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("leading zero") << QByteArray("{\"id\": 012}");
        QTest::newRow("cut off") << QByteArray("[1, 2, {\"a\": \"x");
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x41\"}");
        QTest::newRow("two values") << QByteArray("{} {}");
        QTest::newRow("10000 levels") << QByteArray(10000, '[') + QByteArray(10000, ']');
        QTest::newRow("spaced and multi-line")
            << QByteArray("{\n  \"b\" : 1,\n  \"a\" : [ 1 2 ]\n}\n");
        QTest::newRow("utf-8") << QByteArray("[\"gr\xc3\xbc\xc3\x9f"
                                             "e\" \xe2\x98\x83]");
    }

    void invalidJsonFallsBackToText()
    {
        QFETCH(QByteArray, payload);
        MessageDetailView view;
        view.setMessage(record(payload), {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("text"));
        QCOMPARE(view.payloadText(), QString::fromUtf8(payload));
        QCOMPARE(shownError(view), QString());
        view.setView(QStringLiteral("json"));
        QCOMPARE(view.payloadText(), QString::fromUtf8(payload));
        QVERIFY2(shownError(view).startsWith(QStringLiteral("invalid JSON: ")),
                 qPrintable(shownError(view)));
        QVERIFY(highlightedSpans(view).isEmpty());
        QCOMPARE(copyPayload(view), payload);
    }

    void largePayloadRendersLazily()
    {
        MessageDetailView view;
        const QByteArray big(6 * 1024 * 1024, 'a');
        view.setView(QStringLiteral("hex"));
        view.setMessage(record(big), {});
        // Only the first chunk is rendered; the payload itself is untouched.
        QVERIFY(view.payloadText().size() < MessageDetailView::InitialRenderBytes * 5);
        QCOMPARE(view.message().payload().size(), big.size());
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

    // The schema decoders are payload views of their own: Sparkplug B is detected on its topic
    // namespace and can be chosen, Protobuf decodes with the user's .proto and message type.
    void sparkplugAndProtobufViews()
    {
        MessageDetailView view;
        mqtt::Message sparkplug = record(sparkplugPayload(21.5));
        sparkplug.setTopic(QStringLiteral("spBv1.0/plant/NDATA/node-1"));
        view.setMessage(sparkplug, {record(sparkplugPayload(20.0))});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("sparkplug"));
        QVERIFY2(view.payloadText().contains(QStringLiteral("\"Temperature\"")),
                 qPrintable(view.payloadText()));
        QVERIFY(view.payloadText().contains(QStringLiteral("21.5")));
        auto *box = view.findChild<QComboBox *>(QStringLiteral("payloadView"));
        QVERIFY(box);
        QCOMPARE(box->itemText(0), QStringLiteral("Automatic (Sparkplug B)"));
        // The diff with the previous value compares the decoded forms.
        auto *diff = view.findChild<QTextBrowser *>();
        QVERIFY(diff && diff->toPlainText().contains(QStringLiteral("21.5")));
        // Hex is still one choice away; Sparkplug B can be chosen for any topic.
        view.setView(QStringLiteral("hex"));
        QCOMPARE(view.effectiveCodec(), QStringLiteral("hex"));
        view.setView(QStringLiteral("sparkplug"));
        view.setMessage(record(sparkplugPayload(3.25)), {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("sparkplug"));
        QVERIFY(view.payloadText().contains(QStringLiteral("3.25")));
        // Not Sparkplug: the reason is shown with the bytes escaped, nothing is made up.
        view.setMessage(record(QByteArray("\x0a\xff", 2)), {});
        QCOMPARE(view.payloadText(), QStringLiteral("\\n\\xff"));
        bool reasonShown = false;
        for (QLabel *label : view.findChildren<QLabel *>())
            reasonShown |= label->isVisibleTo(&view) &&
                           label->text().startsWith(QStringLiteral("Not a valid Sparkplug B"));
        QVERIFY(reasonShown);
        // A binary payload on a Sparkplug topic that does not decode falls back to a format.
        view.setView(QStringLiteral("auto"));
        mqtt::Message broken = record("plain text");
        broken.setTopic(QStringLiteral("spBv1.0/plant/STATE/host"));
        view.setMessage(broken, {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("text"));
        QCOMPARE(view.payloadText(), QStringLiteral("plain text"));

        if (!schema::ProtobufSchema::isAvailable())
            QSKIP("built without libprotobuf");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("reading.proto")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("syntax = \"proto3\";\npackage plant;\n"
                   "message Reading {\n  string sensor = 1;\n  double value = 2;\n}\n"
                   "message Other {\n  int32 id = 1;\n}\n");
        file.close();
        view.setView(QStringLiteral("protobuf"));
        auto *type = view.findChild<QComboBox *>(QStringLiteral("protoMessageType"));
        QVERIFY(type && type->isVisibleTo(&view));
        QVERIFY(view.loadProto(file.fileName()));
        view.setProtoMessageType(QStringLiteral("plant.Reading"));
        view.setMessage(record(Proto().s(1, "boiler").d(2, 71.5).bytes), {});
        QCOMPARE(view.effectiveCodec(), QStringLiteral("protobuf"));
        QVERIFY2(view.payloadText().contains(QStringLiteral("\"sensor\": \"boiler\"")),
                 qPrintable(view.payloadText()));
        // Another view (another connection, or the next start) finds the same schema and type.
        MessageDetailView other;
        other.setView(QStringLiteral("protobuf"));
        other.setMessage(record(Proto().s(1, "pump").d(2, 1.5).bytes), {});
        QVERIFY2(other.payloadText().contains(QStringLiteral("\"sensor\": \"pump\"")),
                 qPrintable(other.payloadText()));
    }

    void propertiesAreListed()
    {
        MessageDetailView view;
        mqtt::Message m = record("x");
        m.properties().contentType = QStringLiteral("text/plain");
        m.properties().userProperties = {{QStringLiteral("origin"), QStringLiteral("line-4")}};
        view.setMessage(m, {});
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
        QList<mqtt::Message> history;
        for (int i = 0; i < 5; ++i)
            history.prepend(record(QByteArray("{\"temp\": ") + QByteArray::number(20 + i) + "}",
                                   1'700'000'000'000 + i * 1000));
        const mqtt::Message current = record("{\"temp\": 30}", 1'700'000'010'000);
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
