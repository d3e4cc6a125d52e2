// `mqtt-workbench pub` -> `mqtt-workbench sub` round trips, run as the real binary, against our
// broker (in this process, in its own thread) and against Mosquitto, for each option group.
#include "clirunner.h"
#include "jsondocuments.h"
#include "testsupport.h"

#include <broker/brokerthread.h>
#include <mqttcore/jsontext.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using clitest::finish;
using clitest::run;
using clitest::startSubscribed;

class tst_CliPubSub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data() { brokers(); }
    void roundTrip();
    void lineStreaming_data() { brokers(); }
    void lineStreaming();
    void countAndTimeout_data() { brokers(); }
    void countAndTimeout();
    void formatPlaceholders_data() { brokers(); }
    void formatPlaceholders();
    void verboseAndNoEol_data() { brokers(); }
    void verboseAndNoEol();
    void jsonLines_data() { brokers(); }
    void jsonLines();
    void payloadFormat_data() { brokers(); }
    void payloadFormat();
    void jsonKeepsText_issue13_data() { brokers(); }
    void jsonKeepsText_issue13();
    void retainedFiltering_data() { brokers(); }
    void retainedFiltering();
    void exitAfterSubscribe_data() { brokers(); }
    void exitAfterSubscribe();
    void mqtt5Properties_data() { brokers(); }
    void mqtt5Properties();
    void repeat_data() { brokers(); }
    void repeat();
    void repeatTemplate_data() { brokers(); }
    void repeatTemplate();
    void tls_data() { brokers(); }
    void tls();
    void webSocket_data() { brokers(); }
    void webSocket();
    void will_data() { brokers(); }
    void will();
    void removeRetained_data() { brokers(); }
    void removeRetained();
    void packetTrace_data() { brokers(); }
    void packetTrace();
    void profile();
    void subscriptionOptions_data() { brokers(); }
    void subscriptionOptions();
    void hbmqttOptions_data() { brokers(); }
    void hbmqttOptions();
    void hbmqttClientConfig();
    void brokerTlsOptions();
    void bench_data() { brokers(); }
    void bench();

private:
    struct Endpoints
    {
        quint16 tcp = 0;
        quint16 tls = 0;
        quint16 ws = 0;
    };
    void brokers();
    Endpoints endpoints();
    QStringList at(quint16 port) const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(port)};
    }
    // A topic of its own for each test row, so retained messages never leak between rows.
    QString topic(const char *name) const
    {
        return QStringLiteral("cli/%1/%2/%3")
            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                 QString::fromLatin1(QTest::currentDataTag()), QString::fromLatin1(name));
    }

    testsupport::Certificates m_certs;
    std::unique_ptr<broker::BrokerThread> m_ours;
    Endpoints m_oursAt;
    testsupport::Mosquitto m_mosquitto;
    Endpoints m_mosquittoAt;
    bool m_haveMosquitto = false;
};

void tst_CliPubSub::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MQTT_WORKBENCH").isEmpty());
    // The in-process broker logs every connection; keep its warnings only.
    QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*.debug=false\nmqtt.*.info=false"));
    QVERIFY2(m_certs.ok(), qPrintable(m_certs.errorString()));

    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    broker::ListenerSettings tls = tcp;
    tls.name = QStringLiteral("tls");
    tls.tls = true;
    tls.certFile = m_certs.serverCertFile();
    tls.keyFile = m_certs.serverKeyFile();
    broker::ListenerSettings ws = tcp;
    ws.name = QStringLiteral("ws");
    ws.type = broker::ListenerSettings::Type::WebSocket;
    settings.listeners = {tcp, tls, ws};
    m_ours = std::make_unique<broker::BrokerThread>(settings);
    QVERIFY2(m_ours->start(), qPrintable(m_ours->broker()->errorString()));
    const QList<quint16> ports = m_ours->broker()->listeningPorts();
    QCOMPARE(ports.size(), 3);
    m_oursAt = {ports[0], ports[1], ports[2]};

    if (!testsupport::mosquittoPath().isEmpty()) {
        m_mosquittoAt.tcp = m_mosquitto.addTcpListener();
        m_mosquittoAt.tls = m_mosquitto.addTlsListener(m_certs);
        m_mosquittoAt.ws = m_mosquitto.addWebSocketListener();
        QVERIFY2(m_mosquitto.start(), qPrintable(m_mosquitto.log()));
        m_haveMosquitto = true;
    }
}

void tst_CliPubSub::brokers()
{
    QTest::addColumn<bool>("mosquitto");
    QTest::newRow("ours") << false;
    QTest::newRow("mosquitto") << true;
}

tst_CliPubSub::Endpoints tst_CliPubSub::endpoints()
{
    QFETCH(bool, mosquitto);
    if (mosquitto && !m_haveMosquitto) {
        if (qEnvironmentVariableIsSet("CI"))
            qFatal("mosquitto is not installed but CI is set");
        return {};
    }
    return mosquitto ? m_mosquittoAt : m_oursAt;
}

#define ENDPOINTS(name)                                                                            \
    const Endpoints name = endpoints();                                                            \
    if (name.tcp == 0)                                                                             \
        QSKIP("mosquitto is not installed");

void tst_CliPubSub::roundTrip()
{
    ENDPOINTS(e);
    const QString t = topic("a");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "1"});
    const auto pub =
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "hello world", "-q", "1"});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(pub.err.isEmpty());
    QVERIFY(finish(*sub));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("hello world\n"));
}

void tst_CliPubSub::lineStreaming()
{
    ENDPOINTS(e);
    const QString t = topic("lines");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "2"});
    auto pub =
        clitest::start(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-l", "-q", "1"});
    pub->write("first line\n");
    // -l sends each line as it arrives: the subscriber prints it while pub's stdin is still open.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += sub->readAllStandardOutput()).contains("first line\n"), 15000);
    QCOMPARE(pub->state(), QProcess::Running);
    pub->write("second line\n");
    pub->closeWriteChannel();
    QVERIFY(finish(*pub));
    QCOMPARE(pub->exitCode(), 0);
    QVERIFY(finish(*sub));
    out += sub->readAllStandardOutput();
    QCOMPARE(out, QByteArray("first line\nsecond line\n"));
}

void tst_CliPubSub::countAndTimeout()
{
    ENDPOINTS(e);
    const QString t = topic("c");
    // -C 2 ends after two messages although more arrive.
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "2"});
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) +
                 QStringList{"-t", t, "-m", "x", "--repeat", "5", "-q", "1"})
                 .exitCode,
             0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("x\nx\n"));

    // -W ends a quiet subscription with the timeout code and one line on stderr.
    const auto quiet =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", topic("silent"), "-W", "1"});
    QVERIFY(quiet.finished);
    QCOMPARE(quiet.exitCode, 8);
    QVERIFY(quiet.out.isEmpty());
    QCOMPARE(quiet.err.count('\n'), 1);
    QVERIFY2(quiet.err.contains("timed out"), quiet.err.constData());
}

void tst_CliPubSub::formatPlaceholders()
{
    ENDPOINTS(e);
    const QString t = topic("f");
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "AB", "-r", "-q", "1"})
                 .exitCode,
             0);
    const auto sub =
        run(QStringList{"sub"} + at(e.tcp) +
            QStringList{"-t", t, "-q", "1", "-C", "1", "-F", R"(%t|%q|%r|%l|%x|%X|%5l|%-4p|\t%%)"});
    QCOMPARE(sub.exitCode, 0);
    QCOMPARE(sub.out, (t + QStringLiteral("|1|1|2|4142|4142|    2|AB  |\t%\n")).toUtf8());
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-n", "-r"}).exitCode, 0);
}

void tst_CliPubSub::verboseAndNoEol()
{
    ENDPOINTS(e);
    const QString t = topic("v");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "3", "-v"});
    auto subN = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "3", "-N"});
    QCOMPARE(
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "one", "-q", "1"}).exitCode,
        0);
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-n", "-q", "1"}).exitCode,
             0);
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "three", "-q", "1"})
                 .exitCode,
             0);
    QVERIFY(finish(*sub));
    QVERIFY(finish(*subN));
    QCOMPARE(sub->readAllStandardOutput(),
             (t + " one\n" + t + " (null)\n" + t + " three\n").toUtf8());
    QCOMPARE(subN->readAllStandardOutput(), QByteArray("onethree"));
}

void tst_CliPubSub::jsonLines()
{
    ENDPOINTS(e);
    const QString t = topic("j");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "2", "-j", "-q", "1"});
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) +
                 QStringList{"-t", t, "-m", "text \"quoted\"", "-q", "1"})
                 .exitCode,
             0);
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-s", "-q", "1"},
                 QByteArray("\xff\x00\x01", 3))
                 .exitCode,
             0);
    QVERIFY(finish(*sub));
    const QList<QByteArray> lines = sub->readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value("topic").toString(), t);
    QCOMPARE(first.value("payload").toString(), QStringLiteral("text \"quoted\""));
    QCOMPARE(first.value("qos").toInt(), 1);
    QCOMPARE(first.value("retain").toBool(), false);
    // Bytes that are not UTF-8 travel as base64, never lossy.
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value("format").toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(second.value("payload").toString().toLatin1()),
             QByteArray("\xff\x00\x01", 3));
}

void tst_CliPubSub::payloadFormat()
{
    ENDPOINTS(e);
    const QString t = topic("p");
    QCOMPARE(
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", R"({"a": [1, 2]})", "-r"})
            .exitCode,
        0);
    const auto hex =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", t, "-C", "1", "--format", "hex"});
    QCOMPARE(hex.exitCode, 0);
    QVERIFY2(hex.out.startsWith("7b 22 61 22"), hex.out.constData());
    const auto json = run(QStringList{"sub"} + at(e.tcp) +
                          QStringList{"-t", t, "-C", "1", "-j", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value("payload").toObject().value("a").toArray().size(), 2);
    // pub --format turns the given text into payload bytes.
    const QString binary = topic("binary");
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) +
                 QStringList{"-t", binary, "-r", "--format", "hex", "-m", "00 ff 7f"})
                 .exitCode,
             0);
    const auto bytes =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", binary, "-C", "1", "-F", "%x"});
    QCOMPARE(bytes.out, QByteArray("00ff7f\n"));
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", binary, "-n", "-r"}).exitCode,
             0);
    const auto bad =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", t, "--format", "nonsense"});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-n", "-r"}).exitCode, 0);
}

// Issue 13: `--format json`, `-F %J` and `-j --format json|auto` print a JSON payload's own
// text without its whitespace: member order, duplicates, numbers and escapes as sent.
void tst_CliPubSub::jsonKeepsText_issue13()
{
    ENDPOINTS(e);
    const QString t = topic("json");
    const QList<testsupport::JsonDocument> documents = testsupport::trickyJsonDocuments();
    const QStringList common =
        at(e.tcp) + QStringList{"-t", t, "-q", "1", "-C", QString::number(documents.size())};
    auto formatted = startSubscribed(common + QStringList{"--format", "json"});
    auto template_ = startSubscribed(common + QStringList{"-F", "%J"});
    auto lines = startSubscribed(common + QStringList{"-j", "--format", "json"});
    auto detected = startSubscribed(common + QStringList{"-j", "--format", "auto"});
    for (const testsupport::JsonDocument &document : documents) {
        const auto pub = run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-q", "1", "-s"},
                             document.text);
        QVERIFY2(pub.exitCode == 0, pub.err.constData());
    }
    const auto output = [](QProcess &process) {
        const bool finished = finish(process);
        const QByteArray err = process.readAllStandardError();
        if (!finished || process.exitCode() != 0 || err.contains("warning"))
            qWarning("sub: %s", err.constData());
        return process.readAllStandardOutput().split('\n');
    };
    const QList<QByteArray> formattedOut = output(*formatted);
    const QList<QByteArray> templateOut = output(*template_);
    const QList<QByteArray> linesOut = output(*lines);
    const QList<QByteArray> detectedOut = output(*detected);
    for (const QList<QByteArray> &out : {formattedOut, templateOut, linesOut, detectedOut})
        QCOMPARE(out.size(), documents.size() + 1); // and the empty rest after the last newline

    for (qsizetype i = 0; i < documents.size(); ++i) {
        const char *name = documents[i].name;
        const QByteArray compact = testsupport::jsonWithoutWhitespace(documents[i].text);
        QVERIFY2(formattedOut[i] == compact, name);
        // mosquitto_sub's object with the payload last, embedded as it is.
        QVERIFY2(templateOut[i].startsWith("{\"tst\":\""), name);
        QVERIFY2(templateOut[i].endsWith(",\"payload\":" + compact + '}'), name);
        QVERIFY2(mqtt::jsontext::isValid(templateOut[i]), name);
        // -j: members sorted by name, "payload" followed by "payloadlen"; "format" is the one
        // asked for.
        for (const auto &[line, format] : {std::pair(linesOut[i], QByteArray("json")),
                                           std::pair(detectedOut[i], QByteArray("auto"))}) {
            QVERIFY2(line.contains(",\"payload\":" + compact + ",\"payloadlen\":" +
                                   QByteArray::number(documents[i].text.size()) + ','),
                     name);
            QVERIFY2(line.startsWith("{\"format\":\"" + format + "\","), name);
            QVERIFY2(mqtt::jsontext::isValid(line), name);
        }
    }
}

void tst_CliPubSub::retainedFiltering()
{
    ENDPOINTS(e);
    const QString stale = topic("stale");
    const QString live = topic("live");
    QCOMPARE(
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", stale, "-m", "old", "-r", "-q", "1"})
            .exitCode,
        0);
    const QString filter = topic("#").replace(QLatin1String("/#"), QLatin1String("/+"));

    // -R: the retained message is not printed, the live one is.
    auto noStale = startSubscribed(at(e.tcp) + QStringList{"-t", filter, "-R", "-C", "1", "-v"});
    // --retained-only: the retained one is printed and the first live one ends the run.
    auto onlyStale =
        startSubscribed(at(e.tcp) + QStringList{"-t", filter, "--retained-only", "-v"});
    // -T: filtered topics are not printed.
    auto filtered =
        startSubscribed(at(e.tcp) + QStringList{"-t", filter, "-T", stale, "-C", "1", "-v"});
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", live, "-m", "new", "-q", "1"})
                 .exitCode,
             0);
    QVERIFY(finish(*noStale));
    QVERIFY(finish(*onlyStale));
    QVERIFY(finish(*filtered));
    QCOMPARE(noStale->readAllStandardOutput(), (live + " new\n").toUtf8());
    QCOMPARE(onlyStale->exitCode(), 0);
    QCOMPARE(onlyStale->readAllStandardOutput(), (stale + " old\n").toUtf8());
    QCOMPARE(filtered->readAllStandardOutput(), (live + " new\n").toUtf8());
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", stale, "-n", "-r"}).exitCode,
             0);
}

void tst_CliPubSub::exitAfterSubscribe()
{
    ENDPOINTS(e);
    const auto result =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", topic("e"), "-t", topic("f"), "-E"});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
}

void tst_CliPubSub::mqtt5Properties()
{
    ENDPOINTS(e);
    const QString t = topic("props");
    auto sub = startSubscribed(at(e.tcp) +
                               QStringList{"-t", t, "-C", "1", "-V", "5", "-F", "%C|%R|%D|%P|%E"});
    const auto pub = run(QStringList{"pub"} + at(e.tcp) +
                         QStringList{"-t",
                                     t,
                                     "-m",
                                     "m",
                                     "-q",
                                     "1",
                                     "-V",
                                     "5",
                                     "-D",
                                     "publish",
                                     "content-type",
                                     "text/plain",
                                     "-D",
                                     "publish",
                                     "response-topic",
                                     "reply/here",
                                     "-D",
                                     "publish",
                                     "correlation-data",
                                     "c-42",
                                     "-D",
                                     "publish",
                                     "user-property",
                                     "k",
                                     "v",
                                     "-D",
                                     "publish",
                                     "message-expiry-interval",
                                     "3600"});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(finish(*sub));
    const QByteArray out = sub->readAllStandardOutput();
    // The broker lowers the expiry by the time the message waited [MQTT-3.3.2-6].
    QVERIFY2(out.startsWith("text/plain|reply/here|c-42|k:v|3"), out.constData());
}

void tst_CliPubSub::repeat()
{
    ENDPOINTS(e);
    const QString t = topic("r");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "300", "-q", "2"});
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) +
                 QStringList{"-t", t, "-m", "r", "--repeat", "300", "-q", "2"})
                 .exitCode,
             0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(sub->readAllStandardOutput().count('\n'), 300);
}

// --template fills the placeholders in anew for each message: --repeat and -l lines differ,
// --format encodes what the template gives, and a bad template is a usage error.
void tst_CliPubSub::repeatTemplate()
{
    ENDPOINTS(e);
    const QString t = topic("t");
    auto sub = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "3", "-q", "1"});
    const auto pub =
        run(QStringList{"pub"} + at(e.tcp) +
            QStringList{"-t", t, "--template", "--repeat", "3", "-q", "1", "-m", "n={{counter}}"});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY2(pub.err.isEmpty(), pub.err.constData());
    QVERIFY(finish(*sub));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("n=1\nn=2\nn=3\n"));

    // With --format the expansion is encoded: JSON to CBOR, shown in diagnostic notation.
    auto cbor =
        startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "2", "-q", "1", "--format", "cbor"});
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) +
                 QStringList{"-t", t, "--template", "--repeat", "2", "-q", "1", "--format", "cbor",
                             "-m", R"({"n": {{counter:10:5}}, "t": {{random:1:1}}})"})
                 .exitCode,
             0);
    QVERIFY(finish(*cbor));
    QCOMPARE(cbor->readAllStandardOutput(),
             QByteArray("{\"n\": 10, \"t\": 1}\n{\"n\": 15, \"t\": 1}\n"));

    // -l: each line is a template; the counter counts the lines.
    auto lines = startSubscribed(at(e.tcp) + QStringList{"-t", t, "-C", "2", "-q", "1"});
    const auto fromLines =
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-l", "--template", "-q", "1"},
            "a{{counter}}\nb{{counter}}\n");
    QCOMPARE(fromLines.exitCode, 0);
    QVERIFY(finish(*lines));
    QCOMPARE(lines->readAllStandardOutput(), QByteArray("a1\nb2\n"));

    // A bad template: exit code 2 and one line that names the place.
    const auto bad = run(QStringList{"pub"} + at(e.tcp) +
                         QStringList{"-t", t, "--template", "-m", "x={{random:9:1}}"});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.count('\n'), 1);
    QVERIFY2(bad.err.contains("column 3: {{random:9:1}}: MIN is greater than MAX"),
             bad.err.constData());
    QVERIFY(bad.out.isEmpty());
}

void tst_CliPubSub::tls()
{
    ENDPOINTS(e);
    const QString t = topic("tls");
    const QStringList tlsAt{"-h",       "localhost",     "-p", QString::number(e.tls),
                            "--cafile", m_certs.caFile()};
    auto sub = startSubscribed(tlsAt + QStringList{"-t", t, "-C", "1"});
    QCOMPARE(run(QStringList{"pub"} + tlsAt + QStringList{"-t", t, "-m", "secret"}).exitCode, 0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("secret\n"));
    // The same URL form works, and an untrusted certificate is refused with the TLS exit code.
    const auto url =
        run(QStringList{"pub", "-L", QStringLiteral("mqtts://localhost:%1/%2").arg(e.tls).arg(t),
                        "--cafile", m_certs.caFile(), "-m", "x"});
    QCOMPARE(url.exitCode, 0);
    const auto untrusted = run(QStringList{
        "pub", "-L", QStringLiteral("mqtts://localhost:%1").arg(e.tls), "-t", t, "-m", "x"});
    QCOMPARE(untrusted.exitCode, 5);
    QCOMPARE(untrusted.err.count('\n'), 1);
}

void tst_CliPubSub::webSocket()
{
    ENDPOINTS(e);
    const QString t = topic("ws");
    const QString url = QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(e.ws);
    auto sub = startSubscribed(QStringList{"-L", url, "-t", t, "-C", "1", "-v"});
    QCOMPARE(run(QStringList{"pub", "-L", url, "-t", t, "-m", "over websocket"}).exitCode, 0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->readAllStandardOutput(), (t + " over websocket\n").toUtf8());
}

void tst_CliPubSub::will()
{
    ENDPOINTS(e);
    const QString willTopic = topic("will");
    auto watcher = startSubscribed(at(e.tcp) + QStringList{"-t", willTopic, "-C", "1", "-v"});
    auto dying =
        startSubscribed(at(e.tcp) + QStringList{"-t", topic("idle"), "--will-topic", willTopic,
                                                "--will-payload", "gone", "--will-qos", "1"});
    QCOMPARE(dying->state(), QProcess::Running);
    // Killed without DISCONNECT: the broker publishes the will [MQTT-3.1.2-8].
    dying->kill();
    QVERIFY(finish(*dying));
    QVERIFY(finish(*watcher));
    QCOMPARE(watcher->exitCode(), 0);
    QCOMPARE(watcher->readAllStandardOutput(), (willTopic + " gone\n").toUtf8());
}

void tst_CliPubSub::removeRetained()
{
    ENDPOINTS(e);
    const QString t = topic("kept");
    QCOMPARE(
        run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "stale", "-r"}).exitCode,
        0);
    const auto remover =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", t, "--remove-retained", "-C", "1"});
    QCOMPARE(remover.exitCode, 0);
    QCOMPARE(remover.out, QByteArray("stale\n"));
    // The empty retained message sent by --remove-retained deleted it [MQTT-3.3.1-6].
    const auto after =
        run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", t, "-W", "1", "--quiet"});
    QCOMPARE(after.exitCode, 8);
    QVERIFY(after.out.isEmpty());
    QVERIFY(after.err.isEmpty());
}

void tst_CliPubSub::packetTrace()
{
    ENDPOINTS(e);
    const auto pub = run(QStringList{"pub"} + at(e.tcp) +
                         QStringList{"-t", topic("d"), "-m", "x", "-q", "1", "-d"});
    QCOMPARE(pub.exitCode, 0);
    // -d: every packet, decoded, on stderr; stdout stays clean.
    for (const char *packet : {"sending CONNECT", "received CONNACK", "sending PUBLISH",
                               "received PUBACK", "sending DISCONNECT"})
        QVERIFY2(pub.err.contains(packet), pub.err.constData());
    QVERIFY(pub.out.isEmpty());
}

void tst_CliPubSub::profile()
{
    // A profile file as the GUI's ProfileStore writes it, found through XDG_CONFIG_HOME.
    QTemporaryDir config;
    QVERIFY(QDir().mkpath(config.filePath("mqtt-workbench/MQTT Workbench")));
    QFile file(config.filePath("mqtt-workbench/MQTT Workbench/profiles.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject profile{
        {"id", "5a0c"},
        {"name", "local test"},
        {"transport", "mqtt"},
        {"host", "127.0.0.1"},
        {"port", int(m_oursAt.tcp)},
        {"protocolVersion", 4},
        {"subscriptions", QJsonArray{QJsonObject{{"filter", "cli/profile/#"}, {"qos", 1}}}}};
    file.write(
        QJsonDocument(QJsonObject{{"version", 1}, {"profiles", QJsonArray{profile}}}).toJson());
    file.close();

    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    // sub without -t uses the profile's saved subscriptions.
    auto sub = startSubscribed({"--profile", "local test", "-C", "1", "-v"});
    const auto pub =
        run({"pub", "--profile", "local test", "-t", "cli/profile/x", "-m", "via profile"});
    const auto missing = run({"pub", "--profile", "nope", "-t", "a", "-m", "b"});
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("cli/profile/x via profile\n"));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("nope"), missing.err.constData());
}

void tst_CliPubSub::bench()
{
    ENDPOINTS(e);
    for (const QString qos : {"0", "1", "2"}) {
        const auto sub = run(QStringList{"bench", "sub"} + at(e.tcp) +
                             QStringList{"-c", "3", "--publishers", "2", "-C", "200", "-q", qos,
                                         "-s", "32", "-t", topic("b") + "/%i", "--json"});
        QCOMPARE(sub.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(sub.out).object();
        QCOMPARE(result.value("mode").toString(), QStringLiteral("sub"));
        QCOMPARE(result.value("expected").toInt(), 3 * 2 * 200);
        // With QoS 1/2 nothing may be lost; every message reaches every subscriber.
        QCOMPARE(result.value("received").toInt(), 3 * 2 * 200);
        QVERIFY(result.value("messagesPerSecond").toDouble() > 0);
        const QJsonObject latency = result.value("latencyMs").toObject();
        QVERIFY(latency.value("p50").toDouble() <= latency.value("p99").toDouble());
        QVERIFY(latency.value("p99").toDouble() <= latency.value("max").toDouble());
    }
    const auto pub = run(QStringList{"bench", "pub"} + at(e.tcp) +
                         QStringList{"-c", "4", "-C", "500", "-q", "1", "--json"});
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(pub.out).object().value("sent").toInt(), 2000);
    const auto conn = run(QStringList{"bench", "conn"} + at(e.tcp) + QStringList{"-c", "50"});
    QCOMPARE(conn.exitCode, 0);
    QVERIFY2(conn.out.startsWith("bench conn: 50 connections"), conn.out.constData());
}

void tst_CliPubSub::subscriptionOptions()
{
    ENDPOINTS(e);
    const QString t = topic("kept");
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-m", "r1", "-r", "-q", "1"})
                 .exitCode,
             0);
    // Retain handling 2: the retained message is not sent; -W ends the quiet wait.
    const auto never = run(QStringList{"sub"} + at(e.tcp) +
                           QStringList{"-t", t, "--retain-handling", "2", "-W", "1", "-d"});
    QCOMPARE(never.exitCode, 8);
    QVERIFY(never.out.isEmpty());
    QVERIFY2(never.err.contains("q0 rh2"), never.err.constData());
    // 1 (new subscription) sends it; the options travel in SUBSCRIBE.
    const auto fresh = run(QStringList{"sub"} + at(e.tcp) +
                           QStringList{"-t", t, "--retain-handling", "1", "--no-local",
                                       "--retain-as-published", "-C", "1", "-F", "%r %p", "-d"});
    QCOMPARE(fresh.exitCode, 0);
    QCOMPARE(fresh.out, QByteArray("1 r1\n"));
    QVERIFY2(fresh.err.contains("q0 nl rap rh1"), fresh.err.constData());
    // They are MQTT 5 options.
    const auto v311 = run(QStringList{"sub"} + at(e.tcp) +
                          QStringList{"-t", t, "-V", "311", "--no-local", "-C", "1"});
    QCOMPARE(v311.exitCode, 2);
    QVERIFY(v311.err.contains("MQTT 5"));
    const auto bad = run(QStringList{"sub"} + at(e.tcp) +
                         QStringList{"-t", t, "--retain-handling", "3", "-C", "1"});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(run(QStringList{"pub"} + at(e.tcp) + QStringList{"-t", t, "-n", "-r"}).exitCode, 0);
}

void tst_CliPubSub::hbmqttOptions()
{
    ENDPOINTS(e);
    // hbmqtt_sub's -n COUNT, --ca-file, --clean-session; hbmqtt_pub's --ca-data, --ca-path.
    const QString t = topic("hb");
    QFile caFile(m_certs.caFile());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QString caData = QString::fromLatin1(caFile.readAll());
    QTemporaryDir caDir;
    QVERIFY(QFile::copy(m_certs.caFile(), caDir.filePath("ca.pem")));
    const QStringList tlsAt{"-h", "localhost", "-p", QString::number(e.tls)};
    auto sub = startSubscribed(tlsAt + QStringList{"--ca-file", m_certs.caFile(), "-t", t, "-n",
                                                   "2", "--clean-session", "-v"});
    QCOMPARE(sub->state(), QProcess::Running);
    const auto first =
        run(QStringList{"pub"} + tlsAt + QStringList{"--ca-data", caData, "-t", t, "-m", "one"});
    QCOMPARE(first.exitCode, 0);
    const auto second = run(QStringList{"pub"} + tlsAt +
                            QStringList{"--ca-path", caDir.path(), "-t", t, "-m", "two"});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(sub->readAllStandardOutput(), (t + " one\n" + t + " two\n").toUtf8());

    // --will-message is --will-payload.
    const QString willTopic = topic("will");
    auto watcher = startSubscribed(at(e.tcp) + QStringList{"-t", willTopic, "-C", "1"});
    auto dying = startSubscribed(at(e.tcp) + QStringList{"-t", topic("idle"), "--will-topic",
                                                         willTopic, "--will-message", "bye"});
    QCOMPARE(dying->state(), QProcess::Running);
    dying->kill(); // no DISCONNECT: the broker publishes the will
    QVERIFY(finish(*watcher));
    QCOMPARE(watcher->readAllStandardOutput(), QByteArray("bye\n"));

    // --extra-headers: a JSON object of WebSocket upgrade headers.
    const QString url = QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(e.ws);
    QCOMPARE(run({"pub", "-L", url, "-t", t, "-m", "x", "--extra-headers",
                  R"({"X-Workbench": "yes", "X-Count": 2})"})
                 .exitCode,
             0);
    const auto notObject = run({"pub", "-L", url, "-t", t, "-m", "x", "--extra-headers", "[1]"});
    QCOMPARE(notObject.exitCode, 2);
    QVERIFY(notObject.err.contains("--extra-headers"));
    // -c stays mosquitto's (keep the session), so it cannot go with --clean-session.
    QCOMPARE(run(QStringList{"sub"} + at(e.tcp) + QStringList{"-t", t, "-c", "--clean-session"})
                 .exitCode,
             2);
}

void tst_CliPubSub::hbmqttClientConfig()
{
    // hbmqtt's client configuration (its scripts/default_client.yaml keys, plus topics).
    QTemporaryDir dir;
    const QString path = dir.filePath("client.yaml");
    const auto write = [&](const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    write("keep_alive: 17\n"
          "ping_delay: 1\n"
          "default_qos: 1\n"
          "default_retain: false\n"
          "auto_reconnect: false\n"
          "reconnect_max_interval: 10\n"
          "reconnect_retries: 2\n"
          "topics:\n"
          "  cli/config/kept: {qos: 2, retain: true}\n");
    const QString t = QStringLiteral("cli/config/kept");
    const auto kept = run(QStringList{"pub"} + at(m_oursAt.tcp) +
                          QStringList{"--config", path, "-t", t, "-m", "a", "-d"});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.err.contains("k17"), kept.err.constData());              // keep_alive
    QVERIFY2(kept.err.contains("received PUBCOMP"), kept.err.constData()); // topics: qos 2
    const auto retained = run(QStringList{"sub"} + at(m_oursAt.tcp) +
                              QStringList{"-t", t, "-q", "2", "-C", "1", "-F", "%q %r %p"});
    QCOMPARE(retained.out, QByteArray("2 1 a\n")); // topics: retain
    const auto other = run(QStringList{"pub"} + at(m_oursAt.tcp) +
                           QStringList{"--config", path, "-t", "cli/config/x", "-m", "b", "-d"});
    QVERIFY2(other.err.contains("received PUBACK"), other.err.constData()); // default_qos 1
    // Options given win over the file.
    const auto overridden = run(QStringList{"pub"} + at(m_oursAt.tcp) +
                                QStringList{"--config", path, "-t", "cli/config/x", "-m", "c", "-q",
                                            "0", "-k", "30", "-d"});
    QVERIFY(!overridden.err.contains("PUBACK"));
    QVERIFY(overridden.err.contains("k30"));
    QCOMPARE(run(QStringList{"pub"} + at(m_oursAt.tcp) + QStringList{"-t", t, "-n", "-r"}).exitCode,
             0);

    // Errors name the file and line, in one line, with the usage exit code.
    write("keep_alive: 10\ndefault_qos: 7\n");
    auto bad = run(QStringList{"pub"} + at(m_oursAt.tcp) +
                   QStringList{"--config", path, "-t", t, "-m", "x"});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.count('\n'), 1);
    QVERIFY2(bad.err.contains(path.toUtf8() + ":2: default_qos: expected 0, 1 or 2, got '7'"),
             bad.err.constData());
    write("keepalive: 10\n");
    bad = run(QStringList{"sub"} + at(m_oursAt.tcp) + QStringList{"--config", path, "-t", t});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(":1: keepalive: unknown key"), bad.err.constData());
}

void tst_CliPubSub::brokerTlsOptions()
{
    // mqttools' broker options: a TLS listener without a configuration file.
    auto brokerProcess = clitest::start({"broker", "--bind", "127.0.0.1", "-p", "0", "--certfile",
                                         m_certs.serverCertFile(), "--keyfile",
                                         m_certs.serverKeyFile(), "--cafile", m_certs.caFile()});
    QByteArray err;
    const QRegularExpression listening(QStringLiteral("port (\\d+) \\(tls\\)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (match = listening.match(QString::fromUtf8(err += brokerProcess->readAllStandardError())))
            .hasMatch(),
        15000);
    const QString port = match.captured(1);
    const QString t = topic("tls");
    const QStringList tlsAt{"-h", "localhost", "-p", port, "--cafile", m_certs.caFile()};
    auto sub = startSubscribed(tlsAt + QStringList{"-t", t, "-C", "1"});
    QCOMPARE(run(QStringList{"pub"} + tlsAt + QStringList{"-t", t, "-m", "over tls"}).exitCode, 0);
    QVERIFY(finish(*sub));
    QCOMPARE(sub->readAllStandardOutput(), QByteArray("over tls\n"));
    brokerProcess->terminate();
    QVERIFY(finish(*brokerProcess));
    QCOMPARE(brokerProcess->exitCode(), 0);

    // Usage errors, and files checked before starting (one line each).
    const auto alone = run({"broker", "--certfile", m_certs.serverCertFile()});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY(alone.err.contains("--keyfile"));
    const auto missing = run({"broker", "-p", "0", "--certfile", "/nonexistent/c.pem", "--keyfile",
                              m_certs.serverKeyFile()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("--certfile: file /nonexistent/c.pem not found"),
             missing.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliPubSub)
#include "tst_cli_pubsub.moc"
