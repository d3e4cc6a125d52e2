// FilterExpression (plain text, MQTT wildcards, regular expressions, exclusions) and the
// message log filter proxy.
#include "filterexpression.h"
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using gui::FilterExpression;

class TestFilters : public QObject
{
    Q_OBJECT

private slots:
    void expression_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty") << ""
                               << "a/b" << true;
        QTest::newRow("substring") << "temp"
                                   << "home/Temperature" << true;
        QTest::newRow("substring-miss") << "hum"
                                        << "home/temperature" << false;
        QTest::newRow("all-terms") << "home temp"
                                   << "home/temp" << true;
        QTest::newRow("all-terms-miss") << "home cellar"
                                        << "home/temp" << false;
        QTest::newRow("plus") << "home/+/temp"
                              << "home/kitchen/temp" << true;
        QTest::newRow("plus-one-level") << "home/+/temp"
                                        << "home/a/b/temp" << false;
        QTest::newRow("hash") << "home/#"
                              << "home/a/b" << true;
        QTest::newRow("hash-parent") << "home/#"
                                     << "home" << true; // [MQTT-4.7.1-2]
        // A leading wildcard does not match '$' topics [MQTT-4.7.2-1].
        QTest::newRow("hash-not-sys") << "#"
                                      << "$SYS/broker/uptime" << false;
        QTest::newRow("regex") << "/^sensor-[0-9]+$/"
                               << "Sensor-42" << true;
        QTest::newRow("regex-miss") << "/^sensor-[0-9]+$/"
                                    << "sensor-x" << false;
        QTest::newRow("exclude") << "home -kitchen"
                                 << "home/kitchen/temp" << false;
        QTest::newRow("exclude-bang") << "!kitchen"
                                      << "home/hall" << true;
        QTest::newRow("exclude-wildcard") << "-+/+/temp"
                                          << "home/kitchen/temp" << false;
        QTest::newRow("exclude-regex") << "-/temp$/"
                                       << "home/hum" << true;
    }

    void expression()
    {
        QFETCH(QString, expression);
        QFETCH(QString, topic);
        QFETCH(bool, matches);
        QCOMPARE(FilterExpression(expression).matches(topic), matches);
    }

    void invalidRegexIsReportedAndIgnored()
    {
        const FilterExpression expression(QStringLiteral("/([/ home"));
        QVERIFY(!expression.errorString().isEmpty());
        QVERIFY(expression.matches(QStringLiteral("home/a")));
        QVERIFY(!expression.matches(QStringLiteral("garden")));
    }

    void logProxyFiltersTopicAndPayload()
    {
        gui::MessageLogModel log;
        gui::MessageFilterProxyModel proxy;
        proxy.setLogModel(&log);
        QAbstractItemModelTester tester(&proxy);
        auto add = [&log](const char *topic, const QByteArray &payload) {
            log.append(mqtt::Message(QString::fromLatin1(topic), payload));
        };
        add("plant/line1/state", "ok");
        add("plant/line2/state", "ALARM: overheat");
        add("plant/line2/temp", "81.5");
        add("office/state", QByteArray("\x00\x01 alarm", 8));
        log.flush();
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setTopicFilter(QStringLiteral("plant/+/state"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setPayloadFilter(QStringLiteral("alarm"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, gui::MessageLogModel::TopicColumn).data().toString(),
                 QStringLiteral("plant/line2/state"));
        proxy.setTopicFilter(QString());
        QCOMPARE(proxy.rowCount(), 2); // binary payloads are searched too
        // New messages are filtered as they arrive.
        add("plant/line3/state", "alarm again");
        add("plant/line3/state", "fine");
        log.flush();
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setPayloadFilter(QString());
        QCOMPARE(proxy.rowCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
