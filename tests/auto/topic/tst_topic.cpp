// Topic name / filter validation and matching (MQTT 3.1.1 and 5.0, section 4.7 and 4.8.2).
#include "mqttcore/topic.h"

#include <QTest>

using namespace mqtt;

class tst_Topic : public QObject
{
    Q_OBJECT

private slots:
    void topicName_data();
    void topicName();
    void topicFilter_data();
    void topicFilter();
    void matches_data();
    void matches();
    void wildcards_data();
    void wildcards();
    void sharedFilter_data();
    void sharedFilter();
    void levels_data();
    void levels();
};

static QString repeated(QChar c, qsizetype n)
{
    return QString(n, c);
}

void tst_Topic::topicName_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << "a/b/c" << true;
    QTest::newRow("one char") << "a" << true;
    QTest::newRow("only separator") << "/" << true;     // 4.7.3: '/' alone is valid
    QTest::newRow("leading separator") << "/a" << true; // distinct from "a"
    QTest::newRow("trailing separator") << "a/" << true;
    QTest::newRow("empty levels") << "a//b" << true;
    QTest::newRow("space") << "a b/ c" << true;
    QTest::newRow("dollar") << "$SYS/broker/uptime" << true;
    QTest::newRow("unicode") << QStringLiteral(u"k\u00fcche/\u6e29\u5ea6") << true;
    QTest::newRow("astral pair") << QStringLiteral(u"a/\U0001F600") << true;
    QTest::newRow("max 65535 bytes") << repeated(u'x', 65535) << true;
    // [MQTT-4.7.3-1] at least one character
    QTest::newRow("empty") << QString() << false;
    // [MQTT-4.7.3-3] at most 65535 UTF-8 bytes
    QTest::newRow("65536 bytes") << repeated(u'x', 65536) << false;
    QTest::newRow("3-byte chars over limit") << repeated(QChar(0x6e29), 21846) << false;
    QTest::newRow("3-byte chars at limit") << repeated(QChar(0x6e29), 21845) << true;
    // [MQTT-4.7.3-2] no U+0000
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
    // [MQTT-1.5.4-1] no unpaired surrogates (no UTF-8 form)
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << false;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << false;
    QTest::newRow("swapped surrogates") << (QString(QChar(0xDC00)) + QChar(0xD800)) << false;
    // [MQTT-4.7.1-1] [MQTT-3.3.2-2] no wildcards in a topic name
    QTest::newRow("plus") << "a/+/c" << false;
    QTest::newRow("hash") << "a/#" << false;
    QTest::newRow("plus inside level") << "a+b" << false;
    QTest::newRow("hash inside level") << "a#b" << false;
}

void tst_Topic::topicName()
{
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QCOMPARE(isValidTopicName(topic), valid);
}

void tst_Topic::topicFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");

    QTest::newRow("exact") << "a/b/c" << true;
    QTest::newRow("hash alone") << "#" << true;
    QTest::newRow("plus alone") << "+" << true;
    QTest::newRow("hash last") << "sport/tennis/#" << true;
    QTest::newRow("plus middle") << "sport/+/player1" << true;
    QTest::newRow("plus plus") << "+/+" << true;
    QTest::newRow("plus empty level") << "/+" << true;
    QTest::newRow("plus then hash") << "+/tennis/#" << true;
    QTest::newRow("empty levels") << "a//b" << true;
    QTest::newRow("only separator") << "/" << true;
    QTest::newRow("dollar") << "$SYS/#" << true;
    QTest::newRow("share word alone") << "$share" << true;
    QTest::newRow("max 65535 bytes") << repeated(u'x', 65535) << true;
    // [MQTT-4.7.3-1] non-empty
    QTest::newRow("empty") << QString() << false;
    // [MQTT-4.7.3-3]
    QTest::newRow("65536 bytes") << repeated(u'x', 65536) << false;
    // [MQTT-4.7.3-2]
    QTest::newRow("nul") << QString(QStringLiteral("a/") + QChar(0)) << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
    // [MQTT-4.7.1-2] '#' on its own or after '/', and last
    QTest::newRow("hash not last") << "sport/tennis/#/ranking" << false;
    QTest::newRow("hash in level") << "sport/tennis#" << false;
    QTest::newRow("hash before level") << "#a" << false;
    QTest::newRow("hash hash") << "#/#" << false;
    QTest::newRow("hash then separator") << "a/#/" << false;
    // [MQTT-4.7.1-3] '+' occupies a whole level
    QTest::newRow("plus in level") << "sport+" << false;
    QTest::newRow("plus suffix") << "a/b+/c" << false;
    QTest::newRow("plus plus level") << "++" << false;
    // Shared subscriptions (MQTT 5, 4.8.2)
    QTest::newRow("share") << "$share/group/a/b" << true;
    QTest::newRow("share wildcard filter") << "$share/g/#" << true;
    QTest::newRow("share no filter") << "$share/group" << false;
    QTest::newRow("share empty filter") << "$share/group/" << false;
    QTest::newRow("share empty group") << "$share//a" << false;  // [MQTT-4.8.2-1]
    QTest::newRow("share plus group") << "$share/g+/a" << false; // [MQTT-4.8.2-2]
    QTest::newRow("share hash group") << "$share/#/a" << false;  // [MQTT-4.8.2-2]
    QTest::newRow("share bad inner") << "$share/g/a/#/b" << false;
}

void tst_Topic::topicFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QCOMPARE(isValidTopicFilter(filter), valid);
}

void tst_Topic::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("match");

    QTest::newRow("exact") << "a/b/c"
                           << "a/b/c" << true;
    QTest::newRow("exact differs") << "a/b/c"
                                   << "a/b/d" << false;
    QTest::newRow("shorter topic") << "a/b/c"
                                   << "a/b" << false;
    QTest::newRow("longer topic") << "a/b"
                                  << "a/b/c" << false;
    // [MQTT-4.7.3-4] no normalisation: case-sensitive, exact characters
    QTest::newRow("case") << "ACCOUNTS"
                          << "Accounts" << false;
    QTest::newRow("trailing space") << "a "
                                    << "a" << false;
    // 4.7.1.2 multi-level wildcard [MQTT-4.7.1-2]
    QTest::newRow("hash all") << "#"
                              << "a/b/c" << true;
    QTest::newRow("hash one level") << "sport/tennis/player1/#"
                                    << "sport/tennis/player1" << true;
    QTest::newRow("hash below") << "sport/tennis/player1/#"
                                << "sport/tennis/player1/ranking" << true;
    QTest::newRow("hash deep") << "sport/tennis/player1/#"
                               << "sport/tennis/player1/score/wimbledon" << true;
    QTest::newRow("hash parent") << "sport/#"
                                 << "sport" << true;
    QTest::newRow("hash not grandparent") << "sport/tennis/#"
                                          << "sport" << false;
    QTest::newRow("hash other branch") << "sport/#"
                                       << "sports" << false;
    QTest::newRow("hash empty level") << "sport/#"
                                      << "sport/" << true;
    // 4.7.1.3 single-level wildcard [MQTT-4.7.1-3]
    QTest::newRow("plus") << "sport/tennis/+"
                          << "sport/tennis/player1" << true;
    QTest::newRow("plus too deep") << "sport/tennis/+"
                                   << "sport/tennis/player1/ranking" << false;
    QTest::newRow("plus needs level") << "sport/+"
                                      << "sport" << false;
    QTest::newRow("plus empty level") << "sport/+"
                                      << "sport/" << true;
    QTest::newRow("plus alone") << "+"
                                << "a" << true;
    QTest::newRow("plus alone two levels") << "+"
                                           << "a/b" << false;
    QTest::newRow("plus slash") << "+/+"
                                << "/finance" << true;
    QTest::newRow("slash plus") << "/+"
                                << "/finance" << true;
    QTest::newRow("plus vs leading slash") << "+"
                                           << "/finance" << false;
    QTest::newRow("plus middle") << "a/+/c"
                                 << "a/b/c" << true;
    QTest::newRow("plus middle empty") << "a/+/c"
                                       << "a//c" << true;
    QTest::newRow("plus and hash") << "+/b/#"
                                   << "a/b" << true;
    // Empty levels are distinct levels
    QTest::newRow("empty level exact") << "a//b"
                                       << "a//b" << true;
    QTest::newRow("empty level vs none") << "a//b"
                                         << "a/b" << false;
    QTest::newRow("leading slash") << "/a"
                                   << "a" << false;
    QTest::newRow("only slash") << "/"
                                << "/" << true;
    QTest::newRow("hash on slash") << "#"
                                   << "/" << true;
    // [MQTT-4.7.2-1] '$' topics are not matched by a leading wildcard
    QTest::newRow("hash vs $SYS") << "#"
                                  << "$SYS/broker/uptime" << false;
    QTest::newRow("plus vs $SYS") << "+/monitor/Clients"
                                  << "$SYS/monitor/Clients" << false;
    QTest::newRow("$SYS hash") << "$SYS/#"
                               << "$SYS/monitor/Clients" << true;
    QTest::newRow("$SYS plus") << "$SYS/monitor/+"
                               << "$SYS/monitor/Clients" << true;
    QTest::newRow("$ alone vs plus") << "+"
                                     << "$" << false;
    QTest::newRow("$ deeper is fine") << "a/+"
                                      << "a/$b" << true;
    QTest::newRow("$ deeper hash") << "a/#"
                                   << "a/$b" << true;
}

void tst_Topic::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, match);
    QVERIFY(isValidTopicFilter(filter));
    QVERIFY(isValidTopicName(topic));
    QCOMPARE(topicMatches(filter, topic), match);
}

void tst_Topic::wildcards_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("wildcards");
    QTest::newRow("none") << "a/b" << false;
    QTest::newRow("plus") << "a/+" << true;
    QTest::newRow("hash") << "#" << true;
    QTest::newRow("dollar") << "$SYS/x" << false;
}

void tst_Topic::wildcards()
{
    QFETCH(QString, filter);
    QFETCH(bool, wildcards);
    QCOMPARE(hasWildcards(filter), wildcards);
}

void tst_Topic::sharedFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("inner");

    QTest::newRow("plain") << "a/b" << false << ""
                           << "";
    QTest::newRow("share word") << "$share" << false << ""
                                << "";
    QTest::newRow("other dollar") << "$sharex/g/a" << false << ""
                                  << "";
    QTest::newRow("simple") << "$share/consumer1/sport/tennis/+" << true << "consumer1"
                            << "sport/tennis/+";
    QTest::newRow("hash") << "$share/g/#" << true << "g"
                          << "#";
    QTest::newRow("empty levels") << "$share/g//a/" << true << "g"
                                  << "/a/";
    QTest::newRow("nested literal") << "$share/g/$share/h/a" << true << "g"
                                    << "$share/h/a";
    QTest::newRow("unicode group")
        << QStringLiteral(u"$share/gr\u00fcn/a") << true << QStringLiteral(u"gr\u00fcn") << "a";
    // [MQTT-4.8.2-1] a ShareName of at least one character
    QTest::newRow("empty group") << "$share//a" << false << ""
                                 << "";
    // [MQTT-4.8.2-2] no '/', '+' or '#' in the ShareName, then '/' and a Topic Filter
    QTest::newRow("no slash after group") << "$share/group" << false << ""
                                          << "";
    QTest::newRow("empty filter") << "$share/group/" << false << ""
                                  << "";
    QTest::newRow("plus group") << "$share/+/a" << false << ""
                                << "";
    QTest::newRow("hash group") << "$share/a#/a" << false << ""
                                << "";
    QTest::newRow("invalid inner") << "$share/g/a+" << false << ""
                                   << "";
    QTest::newRow("nul in group") << QString(QStringLiteral("$share/g") + QChar(0) +
                                             QStringLiteral("/a"))
                                  << false << ""
                                  << "";
}

void tst_Topic::sharedFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, shared);
    QFETCH(QString, group);
    QFETCH(QString, inner);
    const std::optional<SharedFilter> parsed = parseSharedFilter(filter);
    QCOMPARE(parsed.has_value(), shared);
    if (parsed) {
        QCOMPARE(parsed->group, group);
        QCOMPARE(parsed->filter, inner);
    }
    if (filter.startsWith(u"$share/"))
        QCOMPARE(isValidTopicFilter(filter), shared);
}

void tst_Topic::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three") << "a/b/c" << QStringList{"a", "b", "c"};
    QTest::newRow("one") << "abc" << QStringList{"abc"};
    QTest::newRow("empty") << "" << QStringList{""};
    QTest::newRow("slash") << "/" << QStringList{"", ""};
    QTest::newRow("leading") << "/a" << QStringList{"", "a"};
    QTest::newRow("trailing") << "a/" << QStringList{"a", ""};
    QTest::newRow("double") << "a//b" << QStringList{"a", "", "b"};
}

void tst_Topic::levels()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (TopicLevels levels(text); !levels.atEnd();)
        actual.append(levels.next().toString());
    QCOMPARE(actual, expected);
    QCOMPARE(actual, text.split(u'/')); // the same split as QString, without allocating
}

QTEST_APPLESS_MAIN(tst_Topic)
#include "tst_topic.moc"
