// `mqtt-workbench sub --format sparkplug` and `--format protobuf --proto FILE --proto-type TYPE`
// run as the real binary: payloads encoded by protoc (tests/data/schema/README.md) are published
// retained with `pub -f` to our broker (in this process) and decoded by `sub`, as plain output,
// -j JSON lines and -F %p; bad schemas and types end sub with exit code 2 and one line.
#include "clirunner.h"
#include "testsupport.h"

#include <broker/brokerthread.h>
#include <schema/protobufschema.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QtTest>

using clitest::run;

// The Protobuf tests skip in a build without libprotobuf, except under CI, which installs it.
#define REQUIRE_PROTOBUF()                                                                         \
    do {                                                                                           \
        if (!schema::ProtobufSchema::isAvailable()) {                                              \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL("built without libprotobuf but CI is set");                                  \
            QSKIP("built without libprotobuf");                                                    \
        }                                                                                          \
    } while (false)

class tst_CliSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sparkplugPayloadOnly();
    void sparkplugJsonLinesAndTemplate();
    void sparkplugMalformedPayloadIsShownAndReported();
    void protobufWithUserProto();
    void protobufTypeWithoutPackage();
    void protobufSchemaErrors_data();
    void protobufSchemaErrors();
    void protobufOptionsNeedTheProtobufFormat();
    void helpNamesTheSchemaFormats();
    void pubEncodesWhatSubShows_data();
    void pubEncodesWhatSubShows();
    void pubRefusesWhatDoesNotEncode();

private:
    QStringList at() const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port)};
    }
    static QString data(const char *name)
    {
        return QDir(QStringLiteral(SCHEMA_TEST_DATA)).filePath(QString::fromLatin1(name));
    }
    /// Publishes a file's bytes as a retained message.
    void publishRetained(const QString &topic, const QString &file);
    /// `sub -t topic -C 1 extra...`: the retained message decoded.
    clitest::Result subOnce(const QString &topic, const QStringList &extra) const
    {
        return run(
            QStringList{QStringLiteral("sub")} + at() +
            QStringList{QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("1")} +
            extra);
    }
    static void checkSparkplug(const QJsonObject &payload);
    static void checkReading(const QJsonObject &payload);

    std::unique_ptr<broker::BrokerThread> m_broker;
    quint16 m_port = 0;
    const QString m_sparkplugTopic = QStringLiteral("spBv1.0/plant/DDATA/edge1/pump");
    const QString m_readingTopic = QStringLiteral("plant/boiler/reading");
};

void tst_CliSchema::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MQTT_WORKBENCH").isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*.debug=false\nmqtt.*.info=false"));
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    settings.listeners = {tcp};
    m_broker = std::make_unique<broker::BrokerThread>(settings);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->broker()->errorString()));
    m_port = m_broker->broker()->listeningPorts().value(0);
    QVERIFY(m_port != 0);
    publishRetained(m_sparkplugTopic, data("sparkplug-ddata.bin"));
    publishRetained(m_readingTopic, data("plant/reading.bin"));
}

void tst_CliSchema::publishRetained(const QString &topic, const QString &file)
{
    QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    const auto pub =
        run(QStringList{QStringLiteral("pub")} + at() +
            QStringList{QStringLiteral("-t"), topic, QStringLiteral("-r"), QStringLiteral("-q"),
                        QStringLiteral("1"), QStringLiteral("-f"), file});
    QVERIFY2(pub.exitCode == 0, pub.err.constData());
}

// tests/data/schema/sparkplug-ddata.txtpb, as the Sparkplug B decoder shows it.
void tst_CliSchema::checkSparkplug(const QJsonObject &payload)
{
    QCOMPARE(payload.value("seq").toInteger(), 3);
    QCOMPARE(payload.value("timestamp").toInteger(), Q_INT64_C(1700000000000));
    const QJsonArray metrics = payload.value("metrics").toArray();
    QCOMPARE(metrics.size(), 4);
    const QJsonObject temperature = metrics[0].toObject();
    QCOMPARE(temperature.value("name").toString(), QStringLiteral("Temperature"));
    QCOMPARE(temperature.value("alias").toInteger(), 5);
    QCOMPARE(temperature.value("dataType").toString(), QStringLiteral("Double"));
    QCOMPARE(temperature.value("value").toDouble(), 21.5);
    QCOMPARE(metrics[1].toObject().value("dataType").toString(), QStringLiteral("Boolean"));
    QCOMPARE(metrics[1].toObject().value("value"), QJsonValue(true));
    QCOMPARE(metrics[2].toObject().value("dataType").toString(), QStringLiteral("Int32"));
    QCOMPARE(metrics[2].toObject().value("value").toInteger(), 42);
    QCOMPARE(metrics[3].toObject().value("name").toString(), QStringLiteral("Mode"));
    QCOMPARE(metrics[3].toObject().value("value").toString(), QStringLiteral("auto"));
}

// tests/data/schema/plant/reading.txtpb in the canonical Protobuf JSON mapping.
void tst_CliSchema::checkReading(const QJsonObject &payload)
{
    QCOMPARE(payload.value("sensor").toString(), QStringLiteral("boiler"));
    QCOMPARE(payload.value("value").toDouble(), 71.5);
    QCOMPARE(payload.value("unit").toString(), QStringLiteral("CELSIUS")); // from the import
    QCOMPARE(payload.value("history").toArray(), (QJsonArray{1, 2, 3}));
    QCOMPARE(payload.value("meta").toObject().value("calibrated"), QJsonValue(true));
}

void tst_CliSchema::sparkplugPayloadOnly()
{
    const auto sub = subOnce(m_sparkplugTopic, {QStringLiteral("--format"), "sparkplug"});
    QVERIFY2(sub.exitCode == 0, sub.err.constData());
    QVERIFY(sub.err.isEmpty());
    // One line of compact JSON per message.
    QVERIFY(sub.out.endsWith('\n'));
    QCOMPARE(sub.out.count('\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sub.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, sub.out.constData());
    checkSparkplug(document.object());
}

void tst_CliSchema::sparkplugJsonLinesAndTemplate()
{
    const auto lines = subOnce(m_sparkplugTopic, {"-j", "--format", "sparkplug"});
    QVERIFY2(lines.exitCode == 0, lines.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(lines.out).object();
    QCOMPARE(line.value("topic").toString(), m_sparkplugTopic);
    QCOMPARE(line.value("format").toString(), QStringLiteral("sparkplug"));
    QCOMPARE(line.value("retain"), QJsonValue(true));
    QVERIFY(!line.contains("error"));
    checkSparkplug(line.value("payload").toObject());

    const auto templated = subOnce(m_sparkplugTopic, {"-F", "%t|%p", "--format", "SparkPlug"});
    QVERIFY2(templated.exitCode == 0, templated.err.constData());
    const QByteArray prefix = m_sparkplugTopic.toUtf8() + '|';
    QVERIFY2(templated.out.startsWith(prefix), templated.out.constData());
    checkSparkplug(QJsonDocument::fromJson(templated.out.mid(prefix.size())).object());

    // -v: "topic payload", as mosquitto_sub prints it.
    const auto verbose = subOnce(m_sparkplugTopic, {"-v", "--format", "sparkplug"});
    QVERIFY(verbose.out.startsWith(m_sparkplugTopic.toUtf8() + " {\""));
}

void tst_CliSchema::sparkplugMalformedPayloadIsShownAndReported()
{
    // Sparkplug 3.0 STATE messages are JSON, not Protobuf: shown as they are, with a warning.
    const QString topic = QStringLiteral("spBv1.0/STATE/host1");
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"online":true,"timestamp":1700000000000})");
    file.close();
    publishRetained(topic, file.fileName());
    const auto sub = subOnce(topic, {"--format", "sparkplug"});
    QCOMPARE(sub.exitCode, 0);
    QCOMPARE(sub.out, QByteArray(R"({"online":true,"timestamp":1700000000000})"
                                 "\n"));
    QVERIFY2(sub.err.contains("cannot decode the payload on topic spBv1.0/STATE/host1 as "
                              "sparkplug"),
             sub.err.constData());
    QCOMPARE(sub.err.count('\n'), 1);

    // -j keeps the payload (as without --format) and says why it was not decoded.
    const auto lines = subOnce(topic, {"-j", "--format", "sparkplug", "--quiet"});
    QCOMPARE(lines.exitCode, 0);
    const QJsonObject line = QJsonDocument::fromJson(lines.out).object();
    QCOMPARE(line.value("payload").toString(),
             QStringLiteral(R"({"online":true,"timestamp":1700000000000})"));
    QVERIFY(!line.value("error").toString().isEmpty());
    QVERIFY(!line.contains("format"));
    QCOMPARE(run(QStringList{"pub"} + at() + QStringList{"-t", topic, "-n", "-r"}).exitCode, 0);
}

void tst_CliSchema::protobufWithUserProto()
{
    REQUIRE_PROTOBUF();
    const QStringList schemaOptions{"--format",     "protobuf",
                                    "--proto",      data("plant/reading.proto"),
                                    "--proto-type", "plant.Reading"};
    const auto plain = subOnce(m_readingTopic, schemaOptions);
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(plain.err.isEmpty());
    QCOMPARE(plain.out.count('\n'), 1);
    checkReading(QJsonDocument::fromJson(plain.out).object());

    const auto lines = subOnce(m_readingTopic, QStringList{"-j"} + schemaOptions);
    QVERIFY2(lines.exitCode == 0, lines.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(lines.out).object();
    QCOMPARE(line.value("format").toString(), QStringLiteral("protobuf"));
    checkReading(line.value("payload").toObject());

    const auto templated = subOnce(m_readingTopic, QStringList{"-F", "%p"} + schemaOptions);
    QVERIFY2(templated.exitCode == 0, templated.err.constData());
    checkReading(QJsonDocument::fromJson(templated.out).object());

    // A payload that is not a plant.Reading (a length past its end): shown escaped, reported
    // on stderr, and sub goes on.
    const QString garbage = QStringLiteral("plant/boiler/garbage");
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("\x0a\xff", 2);
    file.close();
    publishRetained(garbage, file.fileName());
    const auto other = subOnce(garbage, schemaOptions);
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(other.out, QByteArray("\\n\\xff\n")); // escaped, one line
    QVERIFY2(other.err.contains("as protobuf: the payload is not a valid plant.Reading"),
             other.err.constData());
}

void tst_CliSchema::protobufTypeWithoutPackage()
{
    REQUIRE_PROTOBUF();
    // --proto implies --format protobuf; a type name without its package is found when unique.
    const auto sub = subOnce(m_readingTopic,
                             {"--proto", data("plant/reading.proto"), "--proto-type", "Reading"});
    QVERIFY2(sub.exitCode == 0, sub.err.constData());
    checkReading(QJsonDocument::fromJson(sub.out).object());
    // The built-in Sparkplug B schema read as a user's file: many types, nested ones too.
    const auto nested =
        subOnce(m_sparkplugTopic, {"--proto", QStringLiteral(SPARKPLUG_PROTO), "--proto-type",
                                   "org.eclipse.tahu.protobuf.Payload"});
    QVERIFY2(nested.exitCode == 0, nested.err.constData());
    const QJsonObject payload = QJsonDocument::fromJson(nested.out).object();
    QCOMPARE(payload.value("metrics").toArray().size(), 4);
}

void tst_CliSchema::protobufSchemaErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message"); // what the one line on stderr says
    QTest::newRow("unknown-type")
        << QStringList{"--format",     "protobuf",  "--proto", data("plant/reading.proto"),
                       "--proto-type", "plant.Nope"}
        << QStringLiteral("unknown message type 'plant.Nope' in %1 (it defines: plant.Reading, "
                          "plant.Reading.Meta)")
               .arg(data("plant/reading.proto"));
    QTest::newRow("bad-proto-syntax")
        << QStringList{"--format",           "protobuf",     "--proto",
                       data("broken.proto"), "--proto-type", "Broken"}
        << QStringLiteral("broken.proto:4:");
    QTest::newRow("missing-import")
        << QStringList{"--proto", data("badimport.proto")}
        << QStringLiteral("badimport.proto:2:1: Import \"gone.proto\" was not found");
    QTest::newRow("missing-file") << QStringList{"--format", "protobuf", "--proto",
                                                 data("missing.proto")}
                                  << QStringLiteral("%1: no such file").arg(data("missing.proto"));
    QTest::newRow("no-type-and-several")
        << QStringList{"--format", "protobuf", "--proto", data("plant/reading.proto")}
        << QStringLiteral("defines several message types (plant.Reading, plant.Reading.Meta)");
    QTest::newRow("no-proto") << QStringList{"--format", "protobuf"}
                              << QStringLiteral("--format protobuf needs --proto FILE");
}

void tst_CliSchema::protobufSchemaErrors()
{
    REQUIRE_PROTOBUF();
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const auto sub = subOnce(m_readingTopic, options);
    QCOMPARE(sub.exitCode, 2);
    QVERIFY(sub.out.isEmpty());
    QCOMPARE(sub.err.count('\n'), 1);
    QVERIFY2(sub.err.startsWith("mqtt-workbench sub: "), sub.err.constData());
    QVERIFY2(QString::fromUtf8(sub.err).contains(message), sub.err.constData());
}

void tst_CliSchema::protobufOptionsNeedTheProtobufFormat()
{
    if (!schema::ProtobufSchema::isAvailable()) {
        // A build without libprotobuf says so, in one line, whatever the other options.
        const auto sub = subOnce(m_readingTopic,
                                 {"--format", "protobuf", "--proto", data("plant/reading.proto")});
        QCOMPARE(sub.exitCode, 2);
        QVERIFY2(sub.err.contains("this build has no Protobuf support"), sub.err.constData());
        QCOMPARE(sub.err.count('\n'), 1);
    }
    const auto sub =
        subOnce(m_readingTopic, {"--format", "hex", "--proto", data("plant/reading.proto")});
    QCOMPARE(sub.exitCode, 2);
    QVERIFY2(sub.err.contains("--proto and --proto-type go with --format protobuf"),
             sub.err.constData());
}

void tst_CliSchema::helpNamesTheSchemaFormats()
{
    const auto help = run({"sub", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("|sparkplug"));
    QVERIFY(help.out.contains("--proto FILE"));
    QVERIFY(help.out.contains("--proto-type MESSAGE"));
    QCOMPARE(help.out.contains("|protobuf"), schema::ProtobufSchema::isAvailable());
}

// What `sub --format CODEC` prints, given to `pub --format CODEC`, is published as the very
// bytes protoc encoded (one codec registry for both directions).
void tst_CliSchema::pubEncodesWhatSubShows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("codec");
    QTest::newRow("sparkplug") << "sparkplug-ddata.bin" << QStringList{"--format", "sparkplug"};
    QTest::newRow("sparkplug, every kind of value")
        << "sparkplug-rich.bin" << QStringList{"--format", "sparkplug"};
    QTest::newRow("protobuf") << "plant/reading.bin"
                              << QStringList{"--proto", data("plant/reading.proto"), "--proto-type",
                                             "Reading"};
}

void tst_CliSchema::pubEncodesWhatSubShows()
{
    QFETCH(QString, file);
    QFETCH(QStringList, codec);
    if (codec.contains(QStringLiteral("--proto")))
        REQUIRE_PROTOBUF();
    const QString source = QStringLiteral("roundtrip/source/") + QTest::currentDataTag();
    const QString copy = QStringLiteral("roundtrip/copy/") + QTest::currentDataTag();
    publishRetained(source, data(file.toUtf8().constData()));
    const auto shown = subOnce(source, codec);
    QVERIFY2(shown.exitCode == 0 && shown.err.isEmpty(), shown.err.constData());
    const auto pub = run(QStringList{QStringLiteral("pub")} + at() +
                         QStringList{QStringLiteral("-t"), copy, QStringLiteral("-r"),
                                     QStringLiteral("-m"), QString::fromUtf8(shown.out.trimmed())} +
                         codec);
    QVERIFY2(pub.exitCode == 0, pub.err.constData());
    const auto raw = subOnce(copy, {QStringLiteral("-N")});
    QVERIFY2(raw.exitCode == 0, raw.err.constData());
    QFile original(data(file.toUtf8().constData()));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(raw.out, original.readAll());
}

void tst_CliSchema::pubRefusesWhatDoesNotEncode()
{
    const auto pub =
        run(QStringList{QStringLiteral("pub")} + at() +
            QStringList{QStringLiteral("-t"), QStringLiteral("never"), QStringLiteral("--format"),
                        QStringLiteral("sparkplug"), QStringLiteral("-m"),
                        R"({"metrics":[{"dataType":"UInt8","value":256}]})"});
    QCOMPARE(pub.exitCode, 2);
    QVERIFY2(pub.err.contains("metrics[0].value: expected a whole number from 0 to 255"),
             pub.err.constData());
    QCOMPARE(pub.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(tst_CliSchema)
#include "tst_cli_schema.moc"
