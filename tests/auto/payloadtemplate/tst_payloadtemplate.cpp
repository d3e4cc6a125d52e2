// Payload templates (app/schema/payloadtemplate.h): placeholders filled in anew for every
// message (counters, the time from an injected clock, random values within their bounds, UUIDs),
// the "{{{{" escape, errors that name the column and the placeholder, and JSON that stays JSON.
#include <schema/payloadtemplate.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtTest>

using schema::PayloadTemplate;

namespace {

PayloadTemplate parsed(const QString &text)
{
    QString error;
    std::optional<PayloadTemplate> t = PayloadTemplate::parse(text, &error);
    if (!t)
        qFatal("cannot parse %s: %s", qPrintable(text), qPrintable(error));
    return *t;
}

QStringList expansions(PayloadTemplate t, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(t.expand());
    return out;
}

} // namespace

class tst_PayloadTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextIsNoTemplate()
    {
        PayloadTemplate t = parsed(QStringLiteral("{\"a\": {\"b\": 1}} }} {"));
        QVERIFY(!t.isTemplate());
        QCOMPARE(t.expand(), QStringLiteral("{\"a\": {\"b\": 1}} }} {"));
        QVERIFY(!parsed(QString()).isTemplate());
        QCOMPARE(parsed(QString()).expand(), QString());
    }

    void counter()
    {
        PayloadTemplate t = parsed(QStringLiteral("n={{counter}}"));
        QVERIFY(t.isTemplate());
        QCOMPARE(expansions(t, 3), (QStringList{"n=1", "n=2", "n=3"}));
        QCOMPARE(expansions(parsed(QStringLiteral("{{counter:100:5}}")), 3),
                 (QStringList{"100", "105", "110"}));
        QCOMPARE(expansions(parsed(QStringLiteral("{{ counter : 0 }}")), 2),
                 (QStringList{"0", "1"}));
        QCOMPARE(expansions(parsed(QStringLiteral("{{counter:10:-10}}")), 3),
                 (QStringList{"10", "0", "-10"}));
        // Every counter of one expansion shows the number of that expansion.
        QCOMPARE(expansions(parsed(QStringLiteral("{{counter}}/{{counter:0:2}}")), 2),
                 (QStringList{"1/0", "2/2"}));
    }

    void counterRestarts()
    {
        PayloadTemplate t = parsed(QStringLiteral("{{counter}}"));
        t.expand();
        t.expand();
        QCOMPARE(t.expansions(), 2);
        t.restart();
        QCOMPARE(t.expand(), QStringLiteral("1"));
        t.restart(41);
        QCOMPARE(t.expand(), QStringLiteral("42"));
    }

    void time()
    {
        PayloadTemplate t = parsed(QStringLiteral("{{time}} {{timestamp}} {{timestamp_ms}}"));
        QDateTime now(QDate(2024, 5, 1), QTime(12, 30, 45, 123), Qt::UTC);
        t.setClock([&now] { return now; });
        QCOMPARE(t.expand(), QStringLiteral("2024-05-01T12:30:45.123Z 1714566645 1714566645123"));
        // Another zone is shown in UTC.
        now = QDateTime(QDate(2024, 5, 1), QTime(14, 0), Qt::OffsetFromUTC, 7200);
        QCOMPARE(t.expand(), QStringLiteral("2024-05-01T12:00:00.000Z 1714564800 1714564800000"));
    }

    void randomIntegers()
    {
        PayloadTemplate t = parsed(QStringLiteral("{{random:-3:3}}"));
        QSet<int> seen;
        for (int i = 0; i < 2000; ++i) {
            bool ok = false;
            const int value = t.expand().toInt(&ok);
            QVERIFY(ok);
            QVERIFY(value >= -3 && value <= 3);
            seen.insert(value);
        }
        QCOMPARE(seen.size(), 7); // both bounds included
        QCOMPARE(parsed(QStringLiteral("{{random:5:5}}")).expand(), QStringLiteral("5"));
        // The whole range of 64 bits is allowed.
        PayloadTemplate wide =
            parsed(QStringLiteral("{{random:-9223372036854775808:9223372036854775807}}"));
        bool ok = false;
        wide.expand().toLongLong(&ok);
        QVERIFY(ok);
    }

    void randomDecimals()
    {
        // The more precise bound sets the decimals: 20 to 25.5 gives one decimal.
        PayloadTemplate t = parsed(QStringLiteral("{{random:20:25.5}}"));
        static const QRegularExpression oneDecimal(QStringLiteral("^\\d\\d\\.\\d$"));
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString text = t.expand();
            QVERIFY2(oneDecimal.match(text).hasMatch(), qPrintable(text));
            const double value = text.toDouble();
            QVERIFY2(value >= 20 && value <= 25.5, qPrintable(text));
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 56); // 20.0 ... 25.5
        PayloadTemplate negative = parsed(QStringLiteral("{{random:-0.25:0.25}}"));
        static const QRegularExpression twoDecimals(QStringLiteral("^-?0\\.\\d\\d$"));
        for (int i = 0; i < 500; ++i) {
            const QString text = negative.expand();
            QVERIFY2(twoDecimals.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(qAbs(text.toDouble()) <= 0.25, qPrintable(text));
        }
        QCOMPARE(parsed(QStringLiteral("{{random:1.50:1.50}}")).expand(), QStringLiteral("1.50"));
    }

    void uuid()
    {
        PayloadTemplate t = parsed(QStringLiteral("{{uuid}}"));
        const QString first = t.expand();
        const QString second = t.expand();
        QVERIFY(!QUuid::fromString(first).isNull());
        QVERIFY(!first.startsWith(u'{'));
        QVERIFY(first != second);
    }

    void literalEscape()
    {
        PayloadTemplate t = parsed(QStringLiteral("{{{{counter}} is {{counter}}"));
        QVERIFY(t.isTemplate());
        QCOMPARE(t.expand(), QStringLiteral("{{counter}} is 1"));
        PayloadTemplate escapeOnly = parsed(QStringLiteral("a{{{{b"));
        QVERIFY(!escapeOnly.isTemplate());
        QCOMPARE(escapeOnly.expand(), QStringLiteral("a{{b"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << "ab {{temp}}"
                                 << "column 4: unknown placeholder {{temp}} (known: counter, "
                                    "time, timestamp, timestamp_ms, random, uuid)";
        QTest::newRow("empty") << "{{}}"
                               << "column 1: unknown placeholder {{}} (known: counter, time, "
                                  "timestamp, timestamp_ms, random, uuid)";
        QTest::newRow("unclosed") << "x={{counter"
                                  << "column 3: \"{{\" is not closed by \"}}\" (write {{{{ for a "
                                     "literal \"{{\")";
        QTest::newRow("min > max") << "{{counter}} {{random:5:1}}"
                                   << "column 13: {{random:5:1}}: MIN is greater than MAX";
        QTest::newRow("decimal min > max") << "{{random:1.5:1.25}}"
                                           << "column 1: {{random:1.5:1.25}}: MIN is greater "
                                              "than MAX";
        QTest::newRow("random one bound")
            << "{{random:5}}"
            << "column 1: {{random:5}}: write {{random:MIN:MAX}} with numbers "
               "MIN and MAX";
        QTest::newRow("random not a number")
            << "{{random:a:5}}"
            << "column 1: {{random:a:5}}: write {{random:MIN:MAX}} with "
               "numbers MIN and MAX";
        QTest::newRow("counter not an integer")
            << "{{counter:1.5}}"
            << "column 1: {{counter:1.5}}: write {{counter}}, "
               "{{counter:START}} or {{counter:START:STEP}} with integers";
        QTest::newRow("arguments") << "{{time:utc}}"
                                   << "column 1: {{time:utc}} takes no arguments";
        QTest::newRow("second line") << "{\n  \"t\": {{tmp}}\n}"
                                     << "line 2, column 8: unknown placeholder {{tmp}} (known: "
                                        "counter, time, timestamp, timestamp_ms, random, uuid)";
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!PayloadTemplate::parse(text, &message));
        QCOMPARE(message, error);
        QVERIFY(!PayloadTemplate::parse(text)); // without a place for the error
    }

    void jsonStaysJson()
    {
        PayloadTemplate t = parsed(QStringLiteral(
            R"({"n": {{counter}}, "t": {{random:20:25}}, "h": {{random:0.0:1.0}},)"
            R"( "at": "{{time}}", "ms": {{timestamp_ms}}, "id": "{{uuid}}", "nested": {"x": 1}})"));
        for (int i = 1; i <= 50; ++i) {
            const QString text = t.expand();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(text));
            const QJsonObject o = doc.object();
            QCOMPARE(o.value(QStringLiteral("n")).toInt(), i);
            QVERIFY(o.value(QStringLiteral("t")).isDouble());
            QVERIFY(o.value(QStringLiteral("h")).toDouble() <= 1.0);
            QVERIFY(
                QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                    .isValid());
            QCOMPARE(o.value(QStringLiteral("nested")).toObject().value(QStringLiteral("x")), 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PayloadTemplate)
#include "tst_payloadtemplate.moc"
