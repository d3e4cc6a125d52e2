// Payload codecs: names, detection, every format shown and encoded, MessagePack types one by
// one, malformed input giving errors (never crashes), and byte-exact round trips.
#include "messagepack.h"
#include "mqttcore/payloadformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::PayloadFormat)

namespace {

QByteArray hex(const char *digits)
{
    if (qstrlen(digits) % 2 != 0)
        qFatal("odd number of hex digits in test data: %s", digits);
    return QByteArray::fromHex(digits);
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

class tst_PayloadFormat : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void format_data();
    void format();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
    void detect_data();
    void detect();
    void messagePackTypes_data();
    void messagePackTypes();
    void messagePackEncodesSmallest_data();
    void messagePackEncodesSmallest();
    void malformedStructured_data();
    void malformedStructured();
    void everyTruncationIsAnError_data();
    void everyTruncationIsAnError();
    void randomBytesNeverCrash();
    void jsonNumbersStayIntegers();
};

void tst_PayloadFormat::names()
{
    const QList<PayloadFormat> all{
        PayloadFormat::Auto,        PayloadFormat::Text,   PayloadFormat::Json,
        PayloadFormat::Hex,         PayloadFormat::Base64, PayloadFormat::Cbor,
        PayloadFormat::MessagePack, PayloadFormat::Raw,    PayloadFormat::Bool};
    QCOMPARE(payloadFormatNames(), (QStringList{"auto", "text", "json", "hex", "base64", "cbor",
                                                "msgpack", "raw", "bool"}));
    for (const PayloadFormat format : all) {
        PayloadFormat parsed = PayloadFormat::Auto;
        QVERIFY(payloadFormatFromString(payloadFormatName(format), &parsed));
        QCOMPARE(parsed, format);
    }
    PayloadFormat parsed = PayloadFormat::Auto;
    QVERIFY(payloadFormatFromString(u"UTF-8", &parsed));
    QCOMPARE(parsed, PayloadFormat::Text);
    QVERIFY(payloadFormatFromString(u"MessagePack", &parsed));
    QCOMPARE(parsed, PayloadFormat::MessagePack);
    QVERIFY(payloadFormatFromString(u"bytes", &parsed));
    QCOMPARE(parsed, PayloadFormat::Raw);
    QVERIFY(!payloadFormatFromString(u"xml", &parsed));
    QVERIFY(!payloadFormatFromString(u"", &parsed));
    QCOMPARE(parsed, PayloadFormat::Raw); // untouched on failure
}

void tst_PayloadFormat::format_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("error");

    using F = PayloadFormat;
    QTest::newRow("text") << QByteArray("hello") << F::Text << false << "hello" << false;
    QTest::newRow("text empty") << QByteArray() << F::Text << false << "" << false;
    QTest::newRow("text utf8") << QByteArray("gr\xc3\xbc\xc3\x9f") << F::Text << false
                               << QStringLiteral(u"gr\u00fc\u00df") << false;
    QTest::newRow("text astral") << hex("f09f9880") << F::Text << false
                                 << QStringLiteral(u"\U0001F600") << false;
    QTest::newRow("text keeps tab cr lf")
        << QByteArray("a\tb\r\nc") << F::Text << false << "a\tb\r\nc" << false;
    QTest::newRow("text keeps bom")
        << hex("efbbbf41") << F::Text << false << QStringLiteral(u"\uFEFFA") << false;
    QTest::newRow("text invalid byte") << QByteArray("a\xff"
                                                     "b")
                                       << F::Text << false << "a\\xffb" << false;
    QTest::newRow("text control") << QByteArray("a\x01\x7f", 3) << F::Text << false << "a\\x01\\x7f"
                                  << false;
    QTest::newRow("text nul") << QByteArray("a\0b", 3) << F::Text << false << "a\\x00b" << false;
    QTest::newRow("text overlong") << hex("c0af") << F::Text << false << "\\xc0\\xaf" << false;
    QTest::newRow("text surrogate")
        << hex("eda080") << F::Text << false << "\\xed\\xa0\\x80" << false;
    QTest::newRow("text truncated") << hex("41e282") << F::Text << false << "A\\xe2\\x82" << false;
    QTest::newRow("text above U+10FFFF")
        << hex("f4908080") << F::Text << false << "\\xf4\\x90\\x80\\x80" << false;

    QTest::newRow("json compact") << QByteArray("{ \"a\" : 1, \"b\": [true, null] }") << F::Json
                                  << false << "{\"a\":1,\"b\":[true,null]}" << false;
    QTest::newRow("json pretty") << QByteArray("{\"a\":1,\"b\":[true]}") << F::Json << true
                                 << "{\n    \"a\": 1,\n    \"b\": [\n        true\n    ]\n}"
                                 << false;
    QTest::newRow("json scalar") << QByteArray(" 42 ") << F::Json << true << "42" << false;
    QTest::newRow("json string") << QByteArray("\"x\"") << F::Json << false << "\"x\"" << false;
    // Issue 13: the text of the payload, only its whitespace changed (more in tst_jsontext).
    QTest::newRow("json keeps text compact")
        << QByteArray("{ \"zeta\": 1, \"id\": 12345678901234567890, \"alpha\": 0.10 }") << F::Json
        << false << R"({"zeta":1,"id":12345678901234567890,"alpha":0.10})" << false;
    QTest::newRow("json keeps text pretty")
        << QByteArray(R"({"zeta":1,"id":12345678901234567890,"alpha":0.10,"e":"\u00e9"})")
        << F::Json << true
        << "{\n    \"zeta\": 1,\n    \"id\": 12345678901234567890,\n    \"alpha\": 0.10,\n"
           "    \"e\": \"\\u00e9\"\n}"
        << false;
    QTest::newRow("json too deep falls back to text")
        << QByteArray(10000, '[') + QByteArray(10000, ']') << F::Json << true
        << QString(10000, u'[') + QString(10000, u']') << true;
    QTest::newRow("json invalid falls back to text")
        << QByteArray("{\"a\":") << F::Json << false << "{\"a\":" << true;

    QTest::newRow("hex") << QByteArray("Hel") << F::Hex << false << "48 65 6c" << false;
    QTest::newRow("hex empty") << QByteArray() << F::Hex << true << "" << false;
    QTest::newRow("hexdump") << QByteArray("Hello, world!\n\x00\xff-", 17) << F::Hex << true
                             << "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  "
                                "|Hello, world!...|\n"
                                "00000010  2d                                                "
                                "|-|"
                             << false;

    QTest::newRow("base64") << QByteArray("hello") << F::Base64 << false << "aGVsbG8=" << false;
    QTest::newRow("base64 binary") << hex("fbff") << F::Base64 << false << "+/8=" << false;
    QTest::newRow("base64 lines") << QByteArray(60, 'a') << F::Base64 << true
                                  << QString("YWFh").repeated(19) + "\nYWFh" << false;

    // {"a": 1, "b": [true, null]}
    QTest::newRow("cbor") << hex("a2616101616282f5f6") << F::Cbor << false
                          << "{\"a\": 1, \"b\": [true, null]}" << false;
    QTest::newRow("cbor bytes and tag")
        << hex("c1430102ff") << F::Cbor << false << "1(h'0102ff')" << false;
    QTest::newRow("cbor malformed shows hex")
        << hex("a26161") << F::Cbor << false << "a2 61 61" << true;
    QTest::newRow("msgpack") << hex("82a16101a16292c3c0") << F::MessagePack << false
                             << "{\"a\": 1, \"b\": [true, null]}" << false;
    QTest::newRow("msgpack malformed shows hex")
        << hex("92c3") << F::MessagePack << false << "92 c3" << true;

    QTest::newRow("raw") << QByteArray("a\\b\n\r\t\0\xff~", 9) << F::Raw << false
                         << "a\\\\b\\n\\r\\t\\0\\xff~" << false;

    QTest::newRow("bool 1") << QByteArray("1") << F::Bool << false << "on" << false;
    QTest::newRow("bool OFF") << QByteArray(" OFF\n") << F::Bool << false << "off" << false;
    QTest::newRow("bool true") << QByteArray("true") << F::Bool << false << "on" << false;
    QTest::newRow("bool byte 1") << QByteArray("\x01") << F::Bool << false << "on" << false;
    QTest::newRow("bool byte 0") << QByteArray("\0", 1) << F::Bool << false << "off" << false;
    QTest::newRow("bool not") << QByteArray("maybe") << F::Bool << false << "maybe" << true;

    QTest::newRow("auto json") << QByteArray("[1,2]") << F::Auto << false << "[1,2]" << false;
    QTest::newRow("auto binary") << hex("00ff10") << F::Auto << false << "00 ff 10" << false;
}

void tst_PayloadFormat::format()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, format);
    QFETCH(bool, pretty);
    QFETCH(QString, expected);
    QFETCH(bool, error);
    QString reason = QStringLiteral("stale");
    QCOMPARE(formatPayload(payload, format, pretty, &reason), expected);
    QCOMPARE(!reason.isEmpty(), error);
}

void tst_PayloadFormat::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("error"); // a part of the expected message; empty = success

    using F = PayloadFormat;
    QTest::newRow("text") << QStringLiteral(u"gr\u00fc\u00df") << F::Text
                          << QByteArray("gr\xc3\xbc\xc3\x9f") << "";
    QTest::newRow("json object") << "{\"a\": [1, 2]}" << F::Json << QByteArray("{\"a\": [1, 2]}")
                                 << "";
    QTest::newRow("json scalar") << "true" << F::Json << QByteArray("true") << "";
    QTest::newRow("json error position")
        << "[1, 2,\n 3 x]" << F::Json << QByteArray() << "missing value separator (line 2,";
    QTest::newRow("json two values") << "1 2" << F::Json << QByteArray() << "invalid JSON";
    QTest::newRow("json comma values")
        << "1,2" << F::Json << QByteArray() << "text after the value";
    QTest::newRow("json empty") << "  " << F::Json << QByteArray() << "no value";
    QTest::newRow("json bracket trick") << "1],[2" << F::Json << QByteArray() << "invalid JSON";

    QTest::newRow("hex spaced") << "48 65 6c" << F::Hex << QByteArray("Hel") << "";
    QTest::newRow("hex packed") << "48656C" << F::Hex << QByteArray("Hel") << "";
    QTest::newRow("hex colons lines") << "48:65\n6c\r\n" << F::Hex << QByteArray("Hel") << "";
    QTest::newRow("hex empty") << "" << F::Hex << QByteArray() << "";
    QTest::newRow("hex odd") << "48 6" << F::Hex << QByteArray() << "odd number of hex digits";
    QTest::newRow("hex not digit") << "48\n6g" << F::Hex << QByteArray() << "line 2, column 2";
    QTest::newRow("hexdump lines") << "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 "
                                      "ff  |Hello, world!...|\n00000010  2d                     "
                                      "                           |-|"
                                   << F::Hex << QByteArray("Hello, world!\n\x00\xff-", 17) << "";
    QTest::newRow("hex lookalike is data")
        << "48656c6c  6f|" << F::Hex << QByteArray() << "not a hex digit";

    QTest::newRow("base64") << "aGVsbG8=" << F::Base64 << QByteArray("hello") << "";
    QTest::newRow("base64 no padding") << "aGVsbG8" << F::Base64 << QByteArray("hello") << "";
    QTest::newRow("base64 whitespace") << " aGVs\nbG8= " << F::Base64 << QByteArray("hello") << "";
    QTest::newRow("base64 url") << "-_8" << F::Base64 << hex("fbff") << "";
    QTest::newRow("base64 bad char")
        << "aGV@" << F::Base64 << QByteArray() << "not a base64 character";

    QTest::newRow("cbor from json") << "{\"a\": 1, \"b\": [true, null, 1.5, \"x\"]}" << F::Cbor
                                    << hex("a26161016162"
                                           "84f5f6f93e006178")
                                    << "";
    QTest::newRow("cbor bad json") << "{" << F::Cbor << QByteArray() << "invalid JSON";
    QTest::newRow("msgpack from json")
        << "{\"a\": 1, \"b\": [true, null, 1.5, -1, 300, \"x\"]}" << F::MessagePack
        << hex("82a16101a16296c3c0cb3ff8000000000000ffcd012ca178") << "";

    QTest::newRow("raw") << "a\\\\b\\n\\r\\t\\0\\xff~\u00e9" << F::Raw
                         << QByteArray("a\\b\n\r\t\0\xff~\xc3\xa9", 11) << "";
    QTest::newRow("raw bad escape") << "a\\q" << F::Raw << QByteArray() << "unknown escape \\q";
    QTest::newRow("raw short x") << "\\x4" << F::Raw << QByteArray() << "two hex digits";
    QTest::newRow("raw dangling") << "a\\" << F::Raw << QByteArray() << "backslash at the end";

    QTest::newRow("bool yes") << "Yes" << F::Bool << QByteArray("on") << "";
    QTest::newRow("bool 0") << "0" << F::Bool << QByteArray("off") << "";
    QTest::newRow("bool bad") << "2" << F::Bool << QByteArray() << "not a boolean";
}

void tst_PayloadFormat::encode()
{
    QFETCH(QString, text);
    QFETCH(PayloadFormat, format);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);
    QString reason;
    const std::optional<QByteArray> bytes = encodePayload(text, format, &reason);
    if (error.isEmpty()) {
        QVERIFY2(bytes, qPrintable(reason));
        QCOMPARE(bytes->toHex(), expected.toHex());
    } else {
        QVERIFY(!bytes);
        QVERIFY2(reason.contains(error), qPrintable(reason));
    }
}

void tst_PayloadFormat::roundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<bool>("pretty");

    const QByteArray binary = allByteValues() + allByteValues().right(7);
    QRandomGenerator random(4711);
    QByteArray noise(1000, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    for (const bool pretty : {false, true}) {
        const char *suffix = pretty ? " pretty" : "";
        for (const auto &[name, format] :
             {std::pair{"hex", PayloadFormat::Hex}, std::pair{"base64", PayloadFormat::Base64},
              std::pair{"raw", PayloadFormat::Raw}}) {
            QTest::addRow("%s all bytes%s", name, suffix) << binary << format << pretty;
            QTest::addRow("%s noise%s", name, suffix) << noise << format << pretty;
            QTest::addRow("%s empty%s", name, suffix) << QByteArray() << format << pretty;
        }
    }
    QTest::newRow("text utf8") << QByteArray("gr\xc3\xbc\xc3\x9f \xf0\x9f\x98\x80 \\x41")
                               << PayloadFormat::Text << false;
    QTest::newRow("bool on") << QByteArray("on") << PayloadFormat::Bool << false;
    QTest::newRow("json") << QByteArray("{\"k\":[1,\"\\u0000\"]}") << PayloadFormat::Json << false;
}

void tst_PayloadFormat::roundTrip()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, format);
    QFETCH(bool, pretty);
    QString error;
    const QString text = formatPayload(payload, format, pretty, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<QByteArray> back = encodePayload(text, format, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toHex(), payload.toHex()); // byte for byte
}

void tst_PayloadFormat::detect_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<PayloadFormat>("expected");

    using F = PayloadFormat;
    QTest::newRow("empty") << QByteArray() << "" << F::Text;
    QTest::newRow("object") << QByteArray(" {\"a\":1}\n") << "" << F::Json;
    QTest::newRow("array") << QByteArray("[1,2]") << "" << F::Json;
    QTest::newRow("broken json is text") << QByteArray("{\"a\":") << "" << F::Text;
    QTest::newRow("number is text") << QByteArray("21.5") << "" << F::Text;
    QTest::newRow("text") << QByteArray("hello world\n") << "" << F::Text;
    QTest::newRow("utf8 text") << QByteArray("gr\xc3\xbc\xc3\x9f") << "" << F::Text;
    QTest::newRow("cbor map") << hex("a2616101616282f5f6") << "" << F::Cbor;
    QTest::newRow("msgpack map") << hex("82a16101a16292c3c0") << "" << F::MessagePack;
    QTest::newRow("cbor with trailing byte") << hex("a1616101ff") << "" << F::Hex;
    QTest::newRow("binary") << hex("00010203fffe") << "" << F::Hex;
    QTest::newRow("control chars") << QByteArray("ab\x01", 3) << "" << F::Hex;
    QTest::newRow("content type json scalar") << QByteArray("42") << "application/json" << F::Json;
    QTest::newRow("content type json params")
        << QByteArray("\"x\"") << "Application/JSON; charset=utf-8" << F::Json;
    QTest::newRow("content type +json") << QByteArray("{}") << "application/ld+json" << F::Json;
    QTest::newRow("content type json but broken")
        << QByteArray("{") << "application/json" << F::Text;
    QTest::newRow("content type cbor") << hex("1820") << "application/cbor" << F::Cbor;
    QTest::newRow("content type msgpack")
        << hex("cd012c") << "application/x-msgpack" << F::MessagePack;
    QTest::newRow("content type text") << QByteArray("a\x01") << "text/plain" << F::Text;
    QTest::newRow("content type unknown") << QByteArray("x") << "image/png" << F::Text;
}

void tst_PayloadFormat::detect()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, contentType);
    QFETCH(PayloadFormat, expected);
    QCOMPARE(detectPayloadFormat(payload, contentType), expected);
}

void tst_PayloadFormat::messagePackTypes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QCborValue>("expected");
    QTest::addColumn<bool>("canonical"); // the smallest encoding, so the writer gives it back

    QTest::newRow("positive fixint") << hex("7f") << QCborValue(127) << true;
    QTest::newRow("negative fixint") << hex("e0") << QCborValue(-32) << true;
    QTest::newRow("nil") << hex("c0") << QCborValue(nullptr) << true;
    QTest::newRow("false") << hex("c2") << QCborValue(false) << true;
    QTest::newRow("true") << hex("c3") << QCborValue(true) << true;
    QTest::newRow("uint8") << hex("ccff") << QCborValue(255) << true;
    QTest::newRow("uint16") << hex("cdffff") << QCborValue(65535) << true;
    QTest::newRow("uint32") << hex("ceffffffff") << QCborValue(qint64(4294967295)) << true;
    QTest::newRow("uint64") << hex("cf7fffffffffffffff")
                            << QCborValue(std::numeric_limits<qint64>::max()) << true;
    QTest::newRow("uint64 above int64")
        << hex("cfffffffffffffffff")
        << QCborValue(QCborKnownTags::PositiveBignum, hex("ffffffffffffffff")) << true;
    QTest::newRow("int8") << hex("d080") << QCborValue(-128) << true;
    QTest::newRow("int16") << hex("d18000") << QCborValue(-32768) << true;
    QTest::newRow("int32") << hex("d280000000") << QCborValue(qint64(-2147483648LL)) << true;
    QTest::newRow("int64") << hex("d38000000000000000")
                           << QCborValue(std::numeric_limits<qint64>::min()) << true;
    QTest::newRow("int8 positive") << hex("d07f") << QCborValue(127) << false;
    QTest::newRow("float32") << hex("ca3fc00000") << QCborValue(1.5) << false;
    QTest::newRow("float64") << hex("cb400921fb54442d18") << QCborValue(3.141592653589793) << true;
    QTest::newRow("fixstr") << hex("a3616263") << QCborValue(QStringLiteral("abc")) << true;
    QTest::newRow("fixstr empty") << hex("a0") << QCborValue(QString("")) << true;
    QTest::newRow("str8") << hex("d903c3bc21") << QCborValue(QStringLiteral(u"\u00fc!")) << false;
    QTest::newRow("str16") << (hex("da0020") + QByteArray(32, 'x')) << QCborValue(QString(32, u'x'))
                           << false;
    QTest::newRow("str32") << (hex("db00000003") + "abc") << QCborValue(QStringLiteral("abc"))
                           << false;
    QTest::newRow("str not utf8 stays bytes") << hex("a2c328") << QCborValue(hex("c328")) << false;
    QTest::newRow("str keeps bom")
        << hex("a3efbbbf") << QCborValue(QStringLiteral(u"\uFEFF")) << true;
    QTest::newRow("bin8") << hex("c40200ff") << QCborValue(hex("00ff")) << true;
    QTest::newRow("bin16") << hex("c5000100") << QCborValue(hex("00")) << false;
    QTest::newRow("bin32") << hex("c600000000") << QCborValue(QByteArray("")) << false;
    QTest::newRow("fixarray") << hex("930102a0") << QCborValue(QCborArray{1, 2, QString("")})
                              << true;
    QTest::newRow("array16") << hex("dc0001c0") << QCborValue(QCborArray{nullptr}) << false;
    QTest::newRow("array32") << hex("dd00000000") << QCborValue(QCborArray{}) << false;
    QTest::newRow("fixmap") << hex("81a16101") << QCborValue(QCborMap{{QString("a"), 1}}) << true;
    QTest::newRow("map16 int key") << hex("de00010102") << QCborValue(QCborMap{{1, 2}}) << false;
    QTest::newRow("map32") << hex("df00000000") << QCborValue(QCborMap{}) << false;
    const auto ext = [](int type, const char *data) {
        return QCborValue(QCborTag(MessagePackExtensionTag), QCborArray{type, hex(data)});
    };
    QTest::newRow("fixext1") << hex("d40501") << ext(5, "01") << true;
    QTest::newRow("fixext2") << hex("d5050102") << ext(5, "0102") << true;
    QTest::newRow("fixext4") << hex("d6f001020304") << ext(-16, "01020304") << true;
    QTest::newRow("fixext8") << hex("d7050102030405060708") << ext(5, "0102030405060708") << true;
    QTest::newRow("fixext16") << (hex("d805") + QByteArray(16, 'z'))
                              << QCborValue(QCborTag(MessagePackExtensionTag),
                                            QCborArray{5, QByteArray(16, 'z')})
                              << true;
    QTest::newRow("ext8") << hex("c7030501ff02") << ext(5, "01ff02") << true;
    QTest::newRow("ext16") << hex("c800000a") << ext(10, "") << false;
    QTest::newRow("ext32") << hex("c9000000010aee") << ext(10, "ee") << false;
    const auto utc = [](qint64 milliseconds) {
        return QCborValue(QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC));
    };
    QTest::newRow("timestamp32") << hex("d6ff5f5e1000") << utc(1600000000000) << true;
    // 500000000 ns << 34 | 1600000000 s
    QTest::newRow("timestamp64") << hex("d7ff77359400"
                                        "5f5e1000")
                                 << utc(1600000000500) << true;
    QTest::newRow("timestamp96") << hex("c70cff00000000ffffffffffffffff") << utc(-1000) << true;
    // 1 ns cannot be a QDateTime: kept as the extension, bytes intact
    QTest::newRow("timestamp64 ns")
        << hex("d7ff000000045f5e1000") << ext(-1, "000000045f5e1000") << true;
}

void tst_PayloadFormat::messagePackTypes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QCborValue, expected);
    QFETCH(bool, canonical);
    QString error;
    const std::optional<QCborValue> value =
        decodeStructured(bytes, PayloadFormat::MessagePack, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, expected);
    // The writer keeps what the reader produced, tags included.
    const QByteArray written = messagepack::encode(*value);
    if (canonical)
        QCOMPARE(written.toHex(), bytes.toHex());
    QCOMPARE(decodeStructured(written, PayloadFormat::MessagePack), value);
}

void tst_PayloadFormat::messagePackEncodesSmallest_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("fixint") << "127" << hex("7f");
    QTest::newRow("uint8") << "128" << hex("cc80");
    QTest::newRow("uint16") << "256" << hex("cd0100");
    QTest::newRow("uint32") << "65536" << hex("ce00010000");
    QTest::newRow("uint64") << "4294967296" << hex("cf0000000100000000");
    QTest::newRow("negative fixint") << "-32" << hex("e0");
    QTest::newRow("int8") << "-33" << hex("d0df");
    QTest::newRow("int16") << "-129" << hex("d1ff7f");
    QTest::newRow("int32") << "-32769" << hex("d2ffff7fff");
    QTest::newRow("int64") << "-2147483649" << hex("d3ffffffff7fffffff");
    QTest::newRow("float64") << "0.5" << hex("cb3fe0000000000000");
    QTest::newRow("str8") << QString("\"%1\"").arg(QString(32, u'x'))
                          << hex("d920") + QByteArray(32, 'x');
    QTest::newRow("array16") << QString("[%1]").arg(QString("0,").repeated(15) + "0")
                             << hex("dc0010") + QByteArray(16, '\0');
    QTest::newRow("map") << "{\"a\":null,\"b\":false}" << hex("82a161c0a162c2");
}

void tst_PayloadFormat::messagePackEncodesSmallest()
{
    QFETCH(QString, json);
    QFETCH(QByteArray, expected);
    QString error;
    const std::optional<QByteArray> bytes = encodePayload(json, PayloadFormat::MessagePack, &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(bytes->toHex(), expected.toHex());
    const std::optional<QCborValue> back = decodeStructured(*bytes, PayloadFormat::MessagePack);
    QVERIFY(back);
    QCOMPARE(back->toJsonValue(),
             decodeStructured(json.toUtf8(), PayloadFormat::Json)->toJsonValue());
}

void tst_PayloadFormat::malformedStructured_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<QString>("error");

    using F = PayloadFormat;
    QTest::newRow("msgpack empty") << QByteArray() << F::MessagePack << "truncated value";
    QTest::newRow("msgpack c1") << hex("c1") << F::MessagePack << "invalid type byte 0xc1";
    QTest::newRow("msgpack trailing") << hex("c0c0") << F::MessagePack << "1 trailing bytes";
    // msgpack-cxx's parser reports a cut item without its type: the innermost container is named.
    QTest::newRow("msgpack str32 huge") << hex("dbffffffff61") << F::MessagePack
                                        << "truncated value: the payload ends after 6 bytes";
    QTest::newRow("msgpack bin32 huge") << hex("c6ffffffff") << F::MessagePack << "truncated value";
    QTest::newRow("msgpack str in array")
        << hex("92a1") << F::MessagePack << "truncated array: the payload ends after 2 bytes";
    QTest::newRow("msgpack array32 huge")
        << hex("ddffffffff00") << F::MessagePack << "truncated array";
    QTest::newRow("msgpack map32 huge")
        << hex("dfffffffff0000") << F::MessagePack << "truncated map";
    QTest::newRow("msgpack ext32 huge")
        << hex("c9ffffffff01") << F::MessagePack << "truncated value";
    QTest::newRow("msgpack map odd") << hex("820102") << F::MessagePack << "truncated map";
    QTest::newRow("msgpack bad timestamp")
        << hex("d5ff0000") << F::MessagePack << "invalid timestamp";
    QTest::newRow("msgpack timestamp ns") << hex("c70cff"
                                                 "3b9aca00"
                                                 "0000000000000000")
                                          << F::MessagePack << "invalid timestamp";
    QTest::newRow("msgpack too deep") << QByteArray(100000, char(0x91)) + hex("c0")
                                      << F::MessagePack << "nesting deeper than 512";
    QTest::newRow("cbor empty") << QByteArray() << F::Cbor << "invalid CBOR";
    QTest::newRow("cbor trailing") << hex("0101") << F::Cbor << "1 trailing bytes";
    QTest::newRow("cbor huge string") << hex("7bffffffffffffffff61") << F::Cbor << "invalid CBOR";
    QTest::newRow("cbor huge array") << hex("9bffffffffffffffff") << F::Cbor << "invalid CBOR";
    QTest::newRow("cbor break alone") << hex("ff") << F::Cbor << "invalid CBOR";
    QTest::newRow("cbor too deep")
        << QByteArray(100000, char(0x81)) + hex("f6") << F::Cbor << "invalid CBOR";
    QTest::newRow("json unterminated") << QByteArray("{\"a\": \"x") << F::Json << "line 1";
    QTest::newRow("json bad utf8") << QByteArray("[\"\xff\"]") << F::Json << "invalid JSON";
    QTest::newRow("json too deep") << QByteArray(100000, '[') << F::Json << "invalid JSON";
    QTest::newRow("text has no structure") << QByteArray("x") << F::Text << "no structure";
}

void tst_PayloadFormat::malformedStructured()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, format);
    QFETCH(QString, error);
    QString reason;
    QVERIFY(!decodeStructured(payload, format, &reason));
    QVERIFY2(reason.contains(error), qPrintable(reason));
    // formatPayload shows something (text or hex) and reports the same problem.
    QString formatError;
    formatPayload(payload, format, true, &formatError);
    if (format != PayloadFormat::Text)
        QVERIFY(!formatError.isEmpty());
}

void tst_PayloadFormat::everyTruncationIsAnError_data()
{
    QTest::addColumn<QByteArray>("complete");
    QTest::addColumn<PayloadFormat>("format");
    // Every MessagePack type in one document: map32, array16, str8/16/32, bin8, ext8/fixext,
    // timestamp, float32/64, uint/int 8-64.
    QTest::newRow("msgpack") << hex("df00000004"
                                    "d903616263"
                                    "dc0003"
                                    "cf0102030405060708"
                                    "d38000000000000000"
                                    "ca3fc00000"
                                    "da0001"
                                    "78"
                                    "c40201ff"
                                    "db00000001"
                                    "79"
                                    "c701050a"
                                    "a1"
                                    "7a"
                                    "d6ff5f5e1000")
                             << PayloadFormat::MessagePack;
    QTest::newRow("cbor") << hex("a26161830102fb400921fb54442d186162c1430102ff")
                          << PayloadFormat::Cbor;
}

void tst_PayloadFormat::everyTruncationIsAnError()
{
    QFETCH(QByteArray, complete);
    QFETCH(PayloadFormat, format);
    QString error;
    QVERIFY2(decodeStructured(complete, format, &error), qPrintable(error));
    for (qsizetype length = 0; length < complete.size(); ++length) {
        error.clear();
        QVERIFY2(!decodeStructured(complete.first(length), format, &error),
                 qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
}

void tst_PayloadFormat::randomBytesNeverCrash()
{
    // Random input through every decoder and renderer: any result is fine, a crash or a
    // sanitizer report is not.
    QRandomGenerator random(99);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes(random.bounded(1, 64), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 2 == 0)
            bytes[0] = char(0x80 + random.bounded(0x60)); // container type bytes
        for (const PayloadFormat format :
             {PayloadFormat::Auto, PayloadFormat::Text, PayloadFormat::Json, PayloadFormat::Hex,
              PayloadFormat::Base64, PayloadFormat::Cbor, PayloadFormat::MessagePack,
              PayloadFormat::Raw, PayloadFormat::Bool}) {
            QString error;
            const QString text = formatPayload(bytes, format, i % 3 == 0, &error);
            QVERIFY(!text.isEmpty() || bytes.isEmpty() || format == PayloadFormat::Auto);
            decodeStructured(bytes, format, &error);
        }
    }
}

void tst_PayloadFormat::jsonNumbersStayIntegers()
{
    const std::optional<QCborValue> value =
        decodeStructured("{\"n\": 9007199254740993, \"i\": 3, \"d\": 2.5}", PayloadFormat::Json);
    QVERIFY(value);
    QVERIFY(value->toMap().value(QStringLiteral("i")).isInteger());
    QVERIFY(value->toMap().value(QStringLiteral("d")).isDouble());
    QCOMPARE(value->toMap().value(QStringLiteral("d")).toDouble(), 2.5);
}

QTEST_APPLESS_MAIN(tst_PayloadFormat)
#include "tst_payloadformat.moc"
