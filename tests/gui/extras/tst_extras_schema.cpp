// Sparkplug B payload decoding (classes generated from sparkplug_b.proto), checked against
// payloads built field by field the way sparkplug_b.proto lays them out, and malformed input.
#include "protowriter.h"
#include "schemapanel.h"

#include <schema/protobufschema.h>
#include <schema/sparkplug.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <bit>

namespace {

using testsupport::Proto;

} // namespace

class TestExtrasSchema : public QObject
{
    Q_OBJECT

private slots:
    void topicNamespace()
    {
        QVERIFY(schema::sparkplug::isSparkplugTopic(QStringLiteral("spBv1.0/group/NDATA/node")));
        QVERIFY(!schema::sparkplug::isSparkplugTopic(QStringLiteral("spAv1.0/group/NDATA/node")));
    }

    void decodesMetricsOfEveryScalarType()
    {
        Proto payload;
        payload.u(1, 1700000000123ULL); // timestamp
        payload.m(2,
                  Proto().s(1, "Temperature").u(2, 5).u(3, 1700000000100ULL).u(4, 10).d(13, 21.5));
        payload.m(2,
                  Proto().s(1, "Offset").u(4, 3).u(10, quint32(-42))); // Int32 as two's complement
        payload.m(2, Proto().s(1, "Small").u(4, 1).u(10, 0xFFu));      // Int8 -1
        payload.m(2, Proto().s(1, "Big").u(4, 4).u(11, quint64(-5)));  // Int64 -5
        payload.m(2, Proto().s(1, "Ratio").u(4, 9).f(12, 0.25f));
        payload.m(2, Proto().s(1, "On").u(4, 11).u(14, 1));
        payload.m(2, Proto().s(1, "Name").u(4, 12).s(15, "pump \xc3\xa9"));
        payload.m(2, Proto().s(1, "Blob").u(4, 17).s(16, QByteArray("\x00\x01", 2)));
        payload.m(2, Proto().s(1, "Missing").u(4, 3).u(7, 1)); // is_null
        payload.u(3, 7);                                       // seq

        QString error;
        const std::optional<QJsonObject> json = schema::sparkplug::decode(payload.bytes, &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(json->value(QStringLiteral("timestamp")).toInteger(), 1700000000123LL);
        QCOMPARE(json->value(QStringLiteral("seq")).toInt(), 7);
        const QJsonArray metrics = json->value(QStringLiteral("metrics")).toArray();
        QCOMPARE(metrics.size(), 9);
        const auto metric = [&](int i) { return metrics.at(i).toObject(); };
        QCOMPARE(metric(0).value(QStringLiteral("name")).toString(), QStringLiteral("Temperature"));
        QCOMPARE(metric(0).value(QStringLiteral("alias")).toInt(), 5);
        QCOMPARE(metric(0).value(QStringLiteral("dataType")).toString(), QStringLiteral("Double"));
        QCOMPARE(metric(0).value(QStringLiteral("value")).toDouble(), 21.5);
        QCOMPARE(metric(1).value(QStringLiteral("value")).toInt(), -42);
        QCOMPARE(metric(2).value(QStringLiteral("value")).toInt(), -1);
        QCOMPARE(metric(3).value(QStringLiteral("value")).toInteger(), -5);
        QCOMPARE(metric(4).value(QStringLiteral("value")).toDouble(), 0.25);
        QCOMPARE(metric(5).value(QStringLiteral("value")).toBool(), true);
        QCOMPARE(metric(6).value(QStringLiteral("value")).toString(), QStringLiteral("pump é"));
        QCOMPARE(metric(7).value(QStringLiteral("value")).toString(), QStringLiteral("AAE="));
        QVERIFY(metric(8).value(QStringLiteral("value")).isNull());
        QVERIFY(metric(8).contains(QStringLiteral("value")));
    }

    void decodesDataSetsTemplatesAndProperties()
    {
        const Proto row1 = Proto().m(1, Proto().u(1, 1)).m(1, Proto().s(6, "a"));
        const Proto row2 = Proto().m(1, Proto().u(1, 2)).m(1, Proto().s(6, "b"));
        const Proto dataSet = Proto()
                                  .u(1, 2)
                                  .s(2, "id")
                                  .s(2, "label")
                                  .s(3, Proto().varint(7).varint(12).bytes)
                                  .m(4, row1)
                                  .m(4, row2);
        const Proto properties = Proto().s(1, "engUnit").m(2, Proto().u(1, 12).s(8, "degC"));
        const Proto templ =
            Proto().s(1, "v1").m(2, Proto().s(1, "inner").u(4, 7).u(10, 9)).s(4, "Motor");
        Proto payload;
        payload.m(2, Proto().s(1, "Table").u(4, 16).m(17, dataSet));
        payload.m(2, Proto().s(1, "Motor1").u(4, 19).m(18, templ).m(9, properties));

        QString error;
        const std::optional<QJsonObject> json = schema::sparkplug::decode(payload.bytes, &error);
        QVERIFY2(json, qPrintable(error));
        const QJsonArray metrics = json->value(QStringLiteral("metrics")).toArray();
        const QJsonObject table =
            metrics.at(0).toObject().value(QStringLiteral("value")).toObject();
        QCOMPARE(table.value(QStringLiteral("columns")).toArray(),
                 (QJsonArray{QStringLiteral("id"), QStringLiteral("label")}));
        QCOMPARE(table.value(QStringLiteral("types")).toArray(),
                 (QJsonArray{QStringLiteral("UInt32"), QStringLiteral("String")}));
        QCOMPARE(
            table.value(QStringLiteral("rows")).toArray(),
            (QJsonArray{QJsonArray{1, QStringLiteral("a")}, QJsonArray{2, QStringLiteral("b")}}));
        const QJsonObject motor = metrics.at(1).toObject();
        const QJsonObject value = motor.value(QStringLiteral("value")).toObject();
        QCOMPARE(value.value(QStringLiteral("templateRef")).toString(), QStringLiteral("Motor"));
        QCOMPARE(value.value(QStringLiteral("metrics"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 9);
        QCOMPARE(motor.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("engUnit"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("degC"));
    }

    void decodesMetaDataFlagsAndPlainFields()
    {
        const Proto metadata = Proto().u(1, 1).s(2, "text/csv").u(3, 12).s(7, "abc").s(8, "note");
        const Proto parameter = Proto().s(1, "limit").u(2, 3).u(3, quint32(-2));
        Proto payload;
        payload.u(3, 9).s(4, "schema-1").s(5, QByteArray("\x01\x02", 2));
        payload.m(2, Proto()
                         .s(1, "Log")
                         .u(4, 18)
                         .u(5, 1)
                         .u(6, 1)
                         .m(8, metadata)
                         .s(16, QByteArray("\xff", 1)));
        payload.m(2, Proto().s(1, "T").u(4, 19).m(18, Proto().u(5, 1).m(3, parameter)));
        payload.m(2, Proto().s(1, "Ext").u(4, 3).m(19, Proto().u(1, 7)));

        QString error;
        const std::optional<QJsonObject> json = schema::sparkplug::decode(payload.bytes, &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(json->value(QStringLiteral("seq")).toInt(), 9);
        QCOMPARE(json->value(QStringLiteral("uuid")).toString(), QStringLiteral("schema-1"));
        QCOMPARE(json->value(QStringLiteral("body")).toString(), QStringLiteral("AQI="));
        QVERIFY(!json->contains(QStringLiteral("timestamp")));
        const QJsonArray metrics = json->value(QStringLiteral("metrics")).toArray();
        const QJsonObject log = metrics.at(0).toObject();
        QCOMPARE(log, (QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("Log")},
                          {QStringLiteral("dataType"), QStringLiteral("File")},
                          {QStringLiteral("isHistorical"), true},
                          {QStringLiteral("isTransient"), true},
                          {QStringLiteral("value"), QStringLiteral("/w==")},
                          {QStringLiteral("metadata"),
                           QJsonObject{{QStringLiteral("isMultiPart"), true},
                                       {QStringLiteral("contentType"), QStringLiteral("text/csv")},
                                       {QStringLiteral("size"), 12},
                                       {QStringLiteral("md5"), QStringLiteral("abc")},
                                       {QStringLiteral("description"), QStringLiteral("note")}}}}));
        const QJsonObject templ =
            metrics.at(1).toObject().value(QStringLiteral("value")).toObject();
        QCOMPARE(templ.value(QStringLiteral("isDefinition")), QJsonValue(true));
        QCOMPARE(templ.value(QStringLiteral("parameters")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("limit")},
                                         {QStringLiteral("type"), QStringLiteral("Int32")},
                                         {QStringLiteral("value"), -2}}}));
        // An extension value is opaque: its bytes as they came, in base64.
        QCOMPARE(metrics.at(2).toObject().value(QStringLiteral("value")).toString(),
                 QString::fromLatin1(Proto().u(1, 7).bytes.toBase64()));
        QCOMPARE(schema::sparkplug::dataTypeName(34), QStringLiteral("DateTimeArray"));
        QCOMPARE(schema::sparkplug::dataTypeName(35), QStringLiteral("Unknown(35)"));
    }

    void malformedInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("truncated varint") << QByteArray("\x08\xff", 2);
        QTest::newRow("length past end") << QByteArray("\x12\x05\x0a", 3);
        QTest::newRow("field number 0") << QByteArray("\x00\x01", 2);
        QTest::newRow("wire type 3") << QByteArray("\x0b", 1);
        QTest::newRow("metric with bad inner length") << QByteArray("\x12\x02\x0a\x09", 4);
        QTest::newRow("truncated double") << QByteArray("\x12\x03\x69\x00\x00", 5);
        QTest::newRow("eleven-byte varint")
            << QByteArray("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12);
    }

    void malformedInputIsAnError()
    {
        QFETCH(QByteArray, payload);
        QString error;
        QVERIFY(!schema::sparkplug::decode(payload, &error));
        QVERIFY(!error.isEmpty());
    }

    void deepNestingIsBounded()
    {
        // Templates inside metrics inside templates, far deeper than any real payload.
        Proto metric = Proto().s(1, "leaf").u(4, 3).u(10, 1);
        for (int i = 0; i < 100; ++i)
            metric = Proto().s(1, "t").u(4, 19).m(18, Proto().m(2, metric));
        QString error;
        QVERIFY(!schema::sparkplug::decode(Proto().m(2, metric).bytes, &error));
        QVERIFY(error.contains(QStringLiteral("deep")));
    }

    void emptyPayloadIsAnEmptyMessage()
    {
        const std::optional<QJsonObject> json = schema::sparkplug::decode({});
        QVERIFY(json);
        QCOMPARE(json->value(QStringLiteral("metrics")).toArray().size(), 0);
    }
    void userProtoFileDecodesPayloads()
    {
        if (!schema::ProtobufSchema::isAvailable())
            QSKIP("built without libprotobuf");
        QTemporaryDir dir;
        QFile common(dir.filePath(QStringLiteral("units.proto")));
        QVERIFY(common.open(QIODevice::WriteOnly));
        common.write(
            "syntax = \"proto3\";\npackage plant;\nenum Unit { UNKNOWN = 0; CELSIUS = 1; }\n");
        common.close();
        QFile file(dir.filePath(QStringLiteral("reading.proto")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("syntax = \"proto3\";\npackage plant;\nimport \"units.proto\";\n"
                   "message Reading {\n  string sensor = 1;\n  double value = 2;\n"
                   "  Unit unit = 3;\n  repeated int32 history = 4;\n"
                   "  message Meta { bool calibrated = 1; }\n  Meta meta = 5;\n}\n");
        file.close();

        schema::ProtobufSchema schema;
        QString error;
        QVERIFY2(schema.load(file.fileName(), &error), qPrintable(error));
        QCOMPARE(schema.messageTypes(), (QStringList{QStringLiteral("plant.Reading"),
                                                     QStringLiteral("plant.Reading.Meta")}));
        Proto payload;
        payload.s(1, "boiler").d(2, 71.5).u(3, 1).s(4, Proto().varint(1).varint(2).bytes);
        payload.m(5, Proto().u(1, 1));
        const std::optional<QJsonObject> json =
            schema.decode(QStringLiteral("plant.Reading"), payload.bytes, &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(json->value(QStringLiteral("sensor")).toString(), QStringLiteral("boiler"));
        QCOMPARE(json->value(QStringLiteral("value")).toDouble(), 71.5);
        QCOMPARE(json->value(QStringLiteral("unit")).toString(), QStringLiteral("CELSIUS"));
        QCOMPARE(json->value(QStringLiteral("history")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(json->value(QStringLiteral("meta")).toObject().value(QStringLiteral("calibrated")),
                 QJsonValue(true));

        // Garbage is an error, not a crash; so is an unknown type.
        QVERIFY(!schema.decode(QStringLiteral("plant.Reading"), QByteArray("\x0a\xff", 2), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!schema.decode(QStringLiteral("plant.Nope"), payload.bytes, &error));
    }

    void brokenProtoFileIsReportedWithItsLine()
    {
        if (!schema::ProtobufSchema::isAvailable())
            QSKIP("built without libprotobuf");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("broken.proto")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("syntax = \"proto3\";\nmessage A {\n  string x = ;\n}\n");
        file.close();
        schema::ProtobufSchema schema;
        QString error;
        QVERIFY(!schema.load(file.fileName(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.proto:3:")), qPrintable(error));
        QVERIFY(!schema.load(dir.filePath(QStringLiteral("missing.proto")), &error));
    }
    void panelDecodesTheSelectedMessage()
    {
        gui::SchemaPanel panel;
        panel.show();
        Proto payload;
        payload.m(2, Proto().s(1, "Pressure").u(4, 10).d(13, 1.5));
        panel.showMessage(QStringLiteral("spBv1.0/plant/DDATA/edge1/pump"), payload.bytes);
        QVERIFY(panel.decodedText().contains(QStringLiteral("\"Pressure\"")));
        QVERIFY(panel.decodedText().contains(QStringLiteral("1.5")));
        panel.showMessage(QStringLiteral("plain/topic"), "hello");
        QVERIFY(panel.decodedText().isEmpty()); // no schema chosen for other topics
    }
};

QTEST_MAIN(TestExtrasSchema)
#include "tst_extras_schema.moc"
