// Failures of pub and sub end with a distinct exit code and exactly one line on stderr.
#include "clirunner.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using clitest::run;

class tst_CliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badOption_data();
    void badOption();
    void connectionRefused();
    void hostNotFound();
    void timeout();
    void badCredentials();
    void help();
    void unknownSubcommandOrOption_data();
    void unknownSubcommandOrOption();
    void windowWithoutDisplay();
    void systemLanguage();
    void brokerConfigEveryError();

private:
    static void expectOneLine(const clitest::Result &result, int exitCode, const char *text);
};

void tst_CliErrors::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MQTT_WORKBENCH").isEmpty());
}

void tst_CliErrors::expectOneLine(const clitest::Result &result, int exitCode, const char *text)
{
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    // "mqtt-workbench sub: ..." from a subcommand, "mqtt-workbench: ..." without one.
    QVERIFY2(result.err.startsWith("mqtt-workbench ") || result.err.startsWith("mqtt-workbench: "),
             result.err.constData());
    QVERIFY2(result.err.contains(text), result.err.constData());
}

void tst_CliErrors::badOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << QStringList{"pub", "-t", "a", "-m", "b", "--frobnicate"}
                             << "--frobnicate";
    QTest::newRow("missing value") << QStringList{"sub", "-t"} << "-t";
    QTest::newRow("qos") << QStringList{"pub", "-t", "a", "-m", "b", "-q", "3"} << "-q";
    QTest::newRow("version") << QStringList{"sub", "-t", "a", "-V", "4"} << "-V";
    QTest::newRow("no topic") << QStringList{"pub", "-m", "b"} << "topic";
    QTest::newRow("two sources") << QStringList{"pub", "-t", "a", "-m", "b", "-n"} << "-m";
    QTest::newRow("wildcard topic") << QStringList{"pub", "-t", "a/#", "-m", "b"} << "a/#";
    QTest::newRow("bad filter") << QStringList{"sub", "-t", "a/#/b"} << "a/#/b";
    QTest::newRow("bad format") << QStringList{"sub", "-t", "a", "-F", "%Z"} << "Z";
    QTest::newRow("property on wrong packet")
        << QStringList{"pub", "-t", "a", "-m", "b", "-D", "connect", "content-type", "x"}
        << "content-type";
    QTest::newRow("property needs v5")
        << QStringList{"pub", "-t", "a",       "-m",           "b", "-V",
                       "311", "-D", "publish", "content-type", "x"}
        << "-V 5";
    QTest::newRow("bad url") << QStringList{"sub", "-t", "a", "-L", "gopher://x"} << "gopher";
    QTest::newRow("bench mode") << QStringList{"bench", "fly"} << "mode";
}

void tst_CliErrors::badOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, text);
    expectOneLine(run(args), 2, text.toUtf8().constData());
}

void tst_CliErrors::connectionRefused()
{
    const QString port = QString::number(testsupport::freePort());
    expectOneLine(run({"pub", "-h", "127.0.0.1", "-p", port, "-t", "a", "-m", "b"}), 3,
                  "cannot connect");
    expectOneLine(run({"sub", "-h", "127.0.0.1", "-p", port, "-t", "a"}), 3, "cannot connect");
}

void tst_CliErrors::hostNotFound()
{
    expectOneLine(run({"pub", "-h", "no-such-host.invalid", "-t", "a", "-m", "b"}), 4,
                  "no-such-host.invalid");
}

void tst_CliErrors::timeout()
{
    // Accepts TCP connections (the kernel does) but never answers CONNECT.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString port = QString::number(silent.serverPort());
    expectOneLine(
        run({"pub", "-h", "127.0.0.1", "-p", port, "--connect-timeout", "1", "-t", "a", "-m", "b"}),
        8, "timed out");
}

void tst_CliErrors::badCredentials()
{
    REQUIRE_MOSQUITTO();
    const QString mosquittoPasswd =
        QStandardPaths::findExecutable(QStringLiteral("mosquitto_passwd"));
    if (mosquittoPasswd.isEmpty())
        QSKIP("mosquitto_passwd is not installed");
    testsupport::Mosquitto mosquitto;
    const QString passwords = mosquitto.dir() + QStringLiteral("/passwords");
    QCOMPARE(QProcess::execute(mosquittoPasswd, {"-b", "-c", passwords, "alice", "wonderland"}), 0);
    const QString port = QString::number(mosquitto.addTcpListener());
    mosquitto.addConfig(QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(passwords));
    QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));

    for (const QString version : {"5", "311"}) {
        // CONNACK 0x86 / return code 4 [MQTT-3.2.2-6].
        expectOneLine(run({"pub", "-h", "127.0.0.1", "-p", port, "-V", version, "-u", "alice", "-P",
                           "wrong", "-t", "a", "-m", "b"}),
                      7, "not authorized");
        expectOneLine(run({"sub", "-h", "127.0.0.1", "-p", port, "-V", version, "-t", "a"}), 7,
                      "not authorized");
        const auto ok = run({"pub", "-h", "127.0.0.1", "-p", port, "-V", version, "-u", "alice",
                             "-P", "wonderland", "-t", "a", "-m", "b"});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.err.isEmpty());
    }
}

void tst_CliErrors::help()
{
    for (const char *command : {"pub", "sub", "bench"}) {
        const auto result = run({QString::fromLatin1(command), "--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: mqtt-workbench " + QByteArray(command)));
        QVERIFY(result.err.isEmpty());
    }
    // -h is the host, as in mosquitto_pub; only --help asks for help.
    const QString port = QString::number(testsupport::freePort());
    QCOMPARE(run({"pub", "-h", "127.0.0.1", "-p", port, "-t", "a", "-m", "b"}).exitCode, 3);
}

void tst_CliErrors::unknownSubcommandOrOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("text");
    // mqttools' spelling of sub, and options nobody knows: an error, never the window.
    QTest::newRow("subcommand") << QStringList{"subscribe", "/test/#"}
                                << "unknown subcommand "
                                   "'subscribe'";
    QTest::newRow("option") << QStringList{"--bogus-option"} << "unknown option '--bogus-option'";
    QTest::newRow("option after a window option")
        << QStringList{"--local-broker", "-x"} << "unknown option '-x'";
    QTest::newRow("argument after a window option")
        << QStringList{"--local-broker", "stray"} << "unexpected argument 'stray'";
}

void tst_CliErrors::unknownSubcommandOrOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, text);
    // The test's environment has QT_QPA_PLATFORM=offscreen: a window would start and stay.
    const auto result = run(args, {}, 10000);
    expectOneLine(result, 2, text.toUtf8().constData());
    QVERIFY(result.err.contains("(see --help)"));
}

void tst_CliErrors::windowWithoutDisplay()
{
#ifndef WITH_GUI
    QSKIP("built without the GUI (-DWITH_GUI=OFF): there is no window to start");
#endif
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const auto result = clitest::runIn(environment, {}, 10000);
    expectOneLine(result, 1, "no display");
    QVERIFY(!result.err.contains("qt.qpa")); // Qt's own abort message is not reached
    expectOneLine(clitest::runIn(environment, {"--local-broker"}, 10000), 1, "no display");
    // A bad option is reported as such, display or not.
    expectOneLine(clitest::runIn(environment, {"--bogus-option"}, 10000), 2, "--bogus-option");
}

void tst_CliErrors::systemLanguage()
{
#ifndef WITH_TRANSLATIONS
    QSKIP("built without Qt's LinguistTools: the program has no translations");
#endif
    // The locale a user has set, as the window follows it: LANGUAGE and LC_ALL come first.
    const auto environmentFor = [](const char *lang) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        return environment;
    };
    const QProcessEnvironment german = environmentFor("de_DE.UTF-8");

    auto result = clitest::runIn(german, {"pub", "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Aufruf: mqtt-workbench pub"), result.out.constData());
    QVERIFY(result.out.contains("die Nachricht mit Retain senden"));
    QVERIFY(result.out.contains("Exit-Codes: 0 Erfolg"));

    expectOneLine(clitest::runIn(german, {"pub", "-m", "b"}), 2,
                  "kein Topic angegeben: -t TOPIC verwenden (siehe --help)");
    // passwd parses by hand: its usage error is two lines.
    result = clitest::runIn(german, {"passwd", "-x"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("unbekannte Option '-x'"), result.err.constData());
    QVERIFY(result.err.contains("Aufruf siehe 'mqtt-workbench passwd --help'."));

    // Without a subcommand: the texts of main().
    result = clitest::runIn(german, {"--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Unterbefehle:"), result.out.constData());
    expectOneLine(clitest::runIn(german, {"--bogus-option"}), 2,
                  "unbekannte Option '--bogus-option' (siehe --help)");

    expectOneLine(clitest::runIn(environmentFor("ja_JP.UTF-8"), {"sub"}), 2,
                  "トピックが指定されていません: -t FILTER を使ってください");
}

void tst_CliErrors::brokerConfigEveryError()
{
    // Every problem of the file in one run, one line each; the broker does not start.
    QTemporaryDir dir;
    const QString path = dir.filePath("broker.yaml");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("listeners:\n"
               "  a:\n"
               "    bind: 127.0.0.1:0\n"
               "    type: udp\n"
               "sys_interval: soon\n"
               "auth:\n"
               "  password-file: /nonexistent/passwd\n"
               "persistance: {}\n");
    file.close();
    const auto result = run({"broker", "-c", path}, {}, 10000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QByteArray prefix = "mqtt-workbench broker: " + path.toUtf8();
    QVERIFY2(lines[0].startsWith(prefix + ":4: listeners.a.type:"), lines[0].constData());
    QVERIFY2(lines[1].startsWith(prefix + ":5: sys-interval:"), lines[1].constData());
    QVERIFY2(lines[2].startsWith(prefix + ":8: persistance: unknown key"), lines[2].constData());
}

QTEST_GUILESS_MAIN(tst_CliErrors)
#include "tst_cli_errors.moc"
