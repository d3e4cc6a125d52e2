// `mqtt-workbench sub` prints byte for byte what mosquitto_sub prints for the same messages:
// both subscribe to one Mosquitto and receive the same retained and live messages (binary,
// empty, UTF-8, JSON, QoS 0/1, MQTT 5 properties) with -v, -N and -F formats.
#include "clirunner.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtTest>

class tst_CliMosquittoCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameOutput_data();
    void sameOutput();

private:
    void publish(const QStringList &args, const QByteArray &file = {});
    QStringList at() const { return {"-h", "127.0.0.1", "-p", QString::number(m_port)}; }

    testsupport::Mosquitto m_mosquitto;
    quint16 m_port = 0;
    QString m_pub;
    QString m_sub;
    int m_row = 0;
};

void tst_CliMosquittoCompat::initTestCase()
{
    REQUIRE_MOSQUITTO();
    m_pub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
    m_sub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub"));
    if (m_pub.isEmpty() || m_sub.isEmpty())
        QSKIP("mosquitto-clients is not installed");
    m_port = m_mosquitto.addTcpListener();
    QVERIFY2(m_mosquitto.start(), qPrintable(m_mosquitto.log()));
}

void tst_CliMosquittoCompat::publish(const QStringList &args, const QByteArray &file)
{
    QStringList all = at() + args;
    QTemporaryFile payload;
    if (!file.isNull()) {
        QVERIFY(payload.open());
        payload.write(file);
        payload.flush();
        all << "-f" << payload.fileName();
    }
    QCOMPARE(QProcess::execute(m_pub, all), 0);
}

void tst_CliMosquittoCompat::sameOutput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("payload only") << QStringList{};
    QTest::newRow("-v") << QStringList{"-v"};
    QTest::newRow("-v -N") << QStringList{"-v", "-N"};
    QTest::newRow("-N") << QStringList{"-N"};
    QTest::newRow("-F fields") << QStringList{"-F", R"(%t|%q|%r|%l|%m|%p|%x|%X)"};
    QTest::newRow("-F widths") << QStringList{
        "-F", R"([%20t][%-20t][%.3t][%5.2t][%08l][%-8l][%6x][%-6X][%-3p][%7p])"};
    QTest::newRow("-F escapes") << QStringList{"-F", R"(%t\t%p\n\e[1m\\%%@@\a\v\r\0)", "-N"};
    QTest::newRow("-F json") << QStringList{"-F", "%j"};
    QTest::newRow("-F raw json") << QStringList{"-F", "%J"};
    QTest::newRow("-F v5 properties")
        << QStringList{"-V", "5", "-F", "%t %C|%R|%D|%P|%F|%A|%5C|%-5S| %j"};
}

void tst_CliMosquittoCompat::sameOutput()
{
    QFETCH(QStringList, options);
    // Both sides at the same protocol level (mosquitto_sub defaults to 3.1.1, we to 5.0).
    if (!options.contains(QStringLiteral("-V")))
        options << "-V"
                << "311";
    // Fresh topics per row; retained messages first, then live ones after both are subscribed.
    const QString base = QStringLiteral("compat/%1").arg(++m_row);
    publish({"-t", base + "/text", "-m", "hello world", "-r"});
    publish({"-t", base + "/binary", "-r", "-q", "1"}, QByteArray("\x00\x01\x7f\x80\xff bin", 9));
    publish({"-t", base + "/utf8", "-m", QStringLiteral("grüße ☃"), "-r"});
    publish({"-t", base + "/json", "-m", R"({"t": 21.5, "tags": ["a", "b"], "s": "x\ny"})", "-r",
             "-q", "1"});
    // %j lists properties in one fixed order (the wire order is not kept); publish in that order.
    const QStringList properties{"-D", "publish", "user-property", "k1", "v1",
                                 "-D", "publish", "user-property", "k2", "v2",
                                 "-D", "publish", "content-type", "text/plain",
                                 "-D", "publish", "correlation-data", "corr",
                                 "-D", "publish", "response-topic", "re/ply",
                                 "-D", "publish", "payload-format-indicator", "1"};
    publish(QStringList{"-t", base + "/props", "-m", "with properties", "-r", "-V", "5"} + properties);
    publish({"-t", base + "/ready", "-m", R"("ready")", "-r"}); // valid JSON for %J too
    const int retained = 6;
    const int live = 3;

    const QStringList subArgs =
        at() + QStringList{"-t", base + "/#", "-q", "1", "-C", QString::number(retained + live)} +
        options;
    QProcess theirs;
    theirs.start(m_sub, subArgs);
    auto ours = clitest::start(QStringList{"sub"} + subArgs);
    // Both have subscribed once the last retained message ("ready") is out.
    QByteArray theirOut, ourOut;
    const QDeadlineTimer deadline(15000);
    while ((!theirOut.contains("ready") || !ourOut.contains("ready")) && !deadline.hasExpired()) {
        theirs.waitForReadyRead(50);
        ours->waitForReadyRead(50);
        theirOut += theirs.readAllStandardOutput();
        ourOut += ours->readAllStandardOutput();
    }
    QVERIFY2(theirOut.contains("ready") && ourOut.contains("ready"), ourOut.constData());

    publish({"-t", base + "/live", "-m", "live one", "-q", "1"});
    publish({"-t", base + "/live", "-n"});
    publish({"-t", base + "/live", "-m", "3"});

    QVERIFY(theirs.waitForFinished(15000));
    QVERIFY(clitest::finish(*ours));
    theirOut += theirs.readAllStandardOutput();
    ourOut += ours->readAllStandardOutput();
    QCOMPARE(ours->exitCode(), theirs.exitCode());

    // %j/%J carry the time of printing, which differs; everything else must be identical.
    static const QRegularExpression time(QStringLiteral(R"("tst":"[^"]*")"));
    const auto withoutTime = [](QByteArray bytes) {
        return QString::fromLatin1(bytes).replace(time, QStringLiteral("\"tst\":\"T\"")).toLatin1();
    };
    QCOMPARE(withoutTime(ourOut), withoutTime(theirOut));
    QCOMPARE(QString::fromUtf8(ours->readAllStandardError()),
             QString::fromUtf8(theirs.readAllStandardError())
                 .replace(QLatin1String("Error: Message payload"),
                          QLatin1String("mqtt-workbench sub: message payload"))
                 .replace(QLatin1String(".\n"), QLatin1String("\n")));
}

QTEST_GUILESS_MAIN(tst_CliMosquittoCompat)
#include "tst_cli_mosquitto_compat.moc"
