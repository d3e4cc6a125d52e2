// The payload codec registry (app/schema/payloadcodecs.h) that the window, the command line and
// the recording export share: every codec turns what it shows back into the same bytes, the
// schema codecs included (Sparkplug B against bytes protoc encoded), detection picks the
// Sparkplug codec only on its topics and only for payloads that decode, and bad input is an
// error that names where it is.
#include <schema/payloadcodecs.h>
#include <schema/protobufcodec.h>
#include <schema/protobufschema.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using schema::PayloadCodec;
using schema::PayloadCodecs;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QDir(QStringLiteral(SCHEMA_TEST_DATA)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::shared_ptr<const PayloadCodec> codec(const QString &name)
{
    static const PayloadCodecs codecs;
    return codecs.find(name);
}

} // namespace

class tst_PayloadCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryListsEveryCodecOnce()
    {
        const PayloadCodecs codecs;
        QStringList expected{"auto", "text",    "json", "hex",  "base64",
                             "cbor", "msgpack", "raw",  "bool", "sparkplug"};
        if (schema::ProtobufSchema::isAvailable())
            expected << "protobuf";
        QCOMPARE(codecs.names(), expected);
        for (const auto &c : codecs.codecs())
            QVERIFY2(!c->title().isEmpty(), qPrintable(c->name()));
        // mqttcore's aliases, any case; unknown names are not guessed.
        QCOMPARE(codecs.find(u"UTF8")->name(), QStringLiteral("text"));
        QCOMPARE(codecs.find(u"messagepack")->name(), QStringLiteral("msgpack"));
        QCOMPARE(codecs.find(u"Sparkplug")->name(), QStringLiteral("sparkplug"));
        QVERIFY(!codecs.find(u"sparkplugb"));
        QVERIFY(!codecs.find(u""));
    }

    void addReplacesInPlace()
    {
        PayloadCodecs codecs;
        const QStringList before = codecs.names();
        codecs.add(std::make_shared<schema::ProtobufCodec>());
        if (schema::ProtobufSchema::isAvailable())
            QCOMPARE(codecs.names(), before);
        else
            QCOMPARE(codecs.names(), before + QStringList{"protobuf"});
        // A copy keeps its own codecs.
        PayloadCodecs copy = codecs;
        copy.add(std::make_shared<schema::ProtobufCodec>());
        QCOMPARE(copy.names(), codecs.names());
    }

    // What a codec shows, typed back in, gives the payload's bytes.
    void textTurnsBackIntoTheBytes_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("text") << "text" << QByteArray("grüße, \t\"quoted\"\r\n");
        QTest::newRow("json") << "json" << QByteArray(R"({"b":1,"a":[0.10,1e400,-0],"b":2})");
        QTest::newRow("hex") << "hex" << QByteArray("\x00\x01\xfe\xff", 4);
        QTest::newRow("base64") << "base64" << QByteArray("\x00\xff\x10 binary", 10);
        QTest::newRow("raw") << "raw" << QByteArray("a\\b\n\x00\x7f\xc3\xa4", 8);
        QTest::newRow("cbor") << "cbor" << QByteArray::fromHex("a2616101616282f5f6");
        QTest::newRow("msgpack") << "msgpack" << QByteArray::fromHex("82a16101a16292c3c0");
        QTest::newRow("bool") << "bool" << QByteArray("off");
        QTest::newRow("sparkplug") << "sparkplug" << readData("sparkplug-ddata.bin");
        QTest::newRow("sparkplug, every kind of value")
            << "sparkplug" << readData("sparkplug-rich.bin");
    }

    void textTurnsBackIntoTheBytes()
    {
        QFETCH(QString, codec);
        QFETCH(QByteArray, payload);
        const auto c = ::codec(codec);
        QVERIFY(c);
        for (const bool pretty : {false, true}) {
            QString error = QStringLiteral("stale");
            const QString text = c->toText(payload, pretty, &error);
            QCOMPARE(error, QString());
            const std::optional<QByteArray> bytes = c->fromText(text, &error);
            QVERIFY2(bytes, qPrintable(error));
            if (codec == QLatin1String("json")) // typed JSON is sent as typed: whitespace differs
                QCOMPARE(QString::fromUtf8(*bytes).remove(QRegularExpression("\\s")),
                         QString::fromUtf8(payload));
            else
                QCOMPARE(*bytes, payload);
        }
    }

    void sparkplugJsonKeepsEveryValue()
    {
        QString error;
        const std::optional<QByteArray> json =
            codec("sparkplug")->toJson(readData("sparkplug-rich.bin"), &error);
        QVERIFY2(json, qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value("uuid").toString(), QStringLiteral("c0ffee"));
        const QJsonArray metrics = root.value("metrics").toArray();
        QCOMPARE(metrics.size(), 10);
        QCOMPARE(metrics[0].toObject().value("value").toInt(), -7);
        QCOMPARE(metrics[1].toObject().value("value").toInt(), -128);
        // Beyond 2^53 as decimal strings, so that no digit is lost.
        QCOMPARE(metrics[2].toObject().value("value").toString(),
                 QStringLiteral("18446744073709551615"));
        QCOMPARE(metrics[3].toObject().value("value").toInt(), -1);
        QVERIFY(metrics[6].toObject().value("value").isNull());
        QCOMPARE(metrics[8]
                     .toObject()
                     .value("value")
                     .toObject()
                     .value("rows")
                     .toArray()[0]
                     .toArray()[0]
                     .toInt(),
                 -1);
    }

    void sparkplugTypedWrongIsAnErrorWithItsPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << "{\"metrics\": ["
                                  << "not JSON";
        QTest::newRow("not an object") << "[1]"
                                       << "expected a JSON object";
        QTest::newRow("unknown key") << R"({"metrics":[{"nam":"x"}]})"
                                     << "metrics[0].nam: unknown key";
        QTest::newRow("out of range")
            << R"({"metrics":[{"dataType":"Int8","value":128}]})"
            << "metrics[0].value: expected a whole number from -128 to 127";
        QTest::newRow("unknown type") << R"({"metrics":[{"dataType":"Int9"}]})"
                                      << "metrics[0].dataType: unknown data type";
        QTest::newRow("not base64") << R"({"metrics":[{"dataType":"Bytes","value":"*"}]})"
                                    << "metrics[0].value: expected base64";
        QTest::newRow("fraction") << R"({"seq":1.5})"
                                  << "seq: expected a whole number from 0";
        QTest::newRow("nested") << R"({"metrics":[{"dataType":"Template","value":)"
                                   R"({"metrics":[{"dataType":"Boolean","value":1}]}}]})"
                                << "metrics[0].value.metrics[0].value: expected true or false";
    }

    void sparkplugTypedWrongIsAnErrorWithItsPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!codec("sparkplug")->fromText(json, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    // [MQTT-3.3.2-19] A Content Type is the sender's word for the payload: trusted when the
    // payload agrees. Sparkplug B is claimed on its topics only, and only when it decodes.
    void detection()
    {
        const PayloadCodecs codecs;
        const QByteArray sparkplug = readData("sparkplug-ddata.bin");
        QCOMPARE(codecs.detect(sparkplug, {"spBv1.0/g/DDATA/n/d", {}}).name(), "sparkplug");
        QVERIFY(codecs.detect(sparkplug, {"plant/d", {}}).name() != QLatin1String("sparkplug"));
        QCOMPARE(codecs.detect("plain", {"spBv1.0/g/STATE/h", {}}).name(), "text");
        QCOMPARE(codecs.detect(R"({"a":1})", {}).name(), "json");
        QCOMPARE(codecs.detect(QByteArray::fromHex("a16161f5"), {"x", "application/cbor"}).name(),
                 "cbor");
        QCOMPARE(codecs.detect(QByteArray("\x01\x02", 2), {}).name(), "hex");
        const auto automatic = codecs.find(PayloadCodecs::AutomaticName);
        QCOMPARE(&codecs.resolve(*automatic, "x", {}), &codecs.detect("x", {}));
        const auto hex = codecs.find(u"hex");
        QCOMPARE(&codecs.resolve(*hex, "x", {}), hex.get());
    }

    // A huge payload is detected from its first bytes, even when they end inside a character.
    void hugePayloadDetectedFromItsStart()
    {
        const PayloadCodecs codecs;
        QByteArray text = QByteArray(4095, 'a') + "\xc3\xa4";
        text += QByteArray(PayloadCodecs::FullDetectionLimit, 'b');
        QCOMPARE(codecs.detect(text, {}).name(), "text");
        QByteArray binary(PayloadCodecs::FullDetectionLimit + 1, '\x01');
        QCOMPARE(codecs.detect(binary, {}).name(), "hex");
        QByteArray json = "[" + QByteArray(PayloadCodecs::FullDetectionLimit, ' ') + "]";
        QCOMPARE(codecs.detect(json, {}).name(), "text"); // not decoded whole
    }

    void invalidPayloadsAreShownAndReported()
    {
        QString error;
        QCOMPARE(codec("json")->toText("{\"a\":", false, &error), QStringLiteral("{\"a\":"));
        QVERIFY(error.startsWith(QStringLiteral("invalid JSON")));
        QVERIFY(!codec("json")->toJson("{\"a\":", &error));
        // Schema codecs show the bytes escaped.
        QCOMPARE(codec("sparkplug")->toText(QByteArray("\x0a\xff", 2), true, &error),
                 QStringLiteral("\\n\\xff"));
        QVERIFY2(error.startsWith(QStringLiteral("Not a valid Sparkplug B payload: ")),
                 qPrintable(error));
        // Plain codecs always have a JSON form: a string of their text.
        QCOMPARE(*codec("hex")->toJson("AB", &error), QByteArray(R"("41 42")"));
        QCOMPARE(error, QString());
    }

    void protobufCodecWithAUserSchema()
    {
        if (!schema::ProtobufSchema::isAvailable())
            QSKIP("built without libprotobuf");
        QString error;
        QVERIFY(!schema::ProtobufCodec().fromText(u"{}", &error));
        QCOMPARE(error, QStringLiteral("Load a .proto file to decode Protobuf payloads."));
        auto loaded = std::make_shared<schema::ProtobufSchema>();
        QVERIFY2(loaded->load(QDir(QStringLiteral(SCHEMA_TEST_DATA))
                                  .filePath(QStringLiteral("plant/reading.proto")),
                              &error),
                 qPrintable(error));
        const schema::ProtobufCodec codec(loaded, QStringLiteral("plant.Reading"));
        const QByteArray payload = readData("plant/reading.bin");
        const QString text = codec.toText(payload, true, &error);
        QCOMPARE(error, QString());
        QVERIFY2(text.contains(QStringLiteral("\"sensor\"")), qPrintable(text));
        const std::optional<QByteArray> bytes = codec.fromText(text, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, payload);
        QVERIFY(!codec.fromText(uR"({"sensor": 5, "nope": 1})", &error));
        QVERIFY2(error.startsWith(QStringLiteral("not a valid plant.Reading")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_PayloadCodecs)
#include "tst_payloadcodecs.moc"
