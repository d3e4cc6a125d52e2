// JSON as a token stream (issue 13): documents a tree-based parser changes come out with their
// exact text (compact = input without whitespace, pretty differs only in whitespace), every
// malformed text gets its own error at its own offset, deep nesting is an error and never a
// crash, and the tokenizer reads fragments (one line of pretty output) for the highlighter.
#include "jsondocuments.h"
#include "mqttcore/jsontext.h"
#include "mqttcore/payloadformat.h"

#include <QTest>

using namespace mqtt;
using jsontext::ErrorCode;
using jsontext::Layout;
using jsontext::TokenKind;
using testsupport::jsonWithoutWhitespace;

Q_DECLARE_METATYPE(mqtt::jsontext::ErrorCode)
Q_DECLARE_METATYPE(mqtt::jsontext::TokenKind)

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray reformatted(QByteArrayView text, Layout layout)
{
    jsontext::Error error;
    const std::optional<QByteArray> out = jsontext::reformat(text, layout, &error);
    if (!out)
        qWarning("%s", qPrintable(jsontext::describe(text, error)));
    return out.value_or(QByteArray("<invalid>"));
}

} // namespace

class tst_JsonText : public QObject
{
    Q_OBJECT

private slots:
    void keepsText_issue13_data();
    void keepsText_issue13();
    void prettyLayout_data();
    void prettyLayout();
    void invalid_data();
    void invalid();
    void describesPosition();
    void deepNesting_data();
    void deepNesting();
    void scansFragments_data();
    void scansFragments();
    void formatPayloadKeepsText_issue13_data();
    void formatPayloadKeepsText_issue13();
};

void tst_JsonText::keepsText_issue13_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const testsupport::JsonDocument &document : testsupport::trickyJsonDocuments())
        QTest::newRow(document.name) << document.text;
    // Scalars at the top level, as RFC 8259 allows.
    QTest::newRow("scalar big integer") << QByteArray("12345678901234567890");
    QTest::newRow("scalar 1e400") << QByteArray(" 1e400 ");
    QTest::newRow("scalar -0") << QByteArray("-0");
    QTest::newRow("scalar 0.10") << QByteArray("0.10\n");
    QTest::newRow("scalar escaped string") << QByteArray(R"("\u00e9\n")");
    QTest::newRow("scalar literal") << QByteArray("\ttrue\r\n");
    QTest::newRow("deepest nesting") << nested(jsontext::MaximumNesting);
    QTest::newRow("deepest objects")
        << QByteArray("{\"a\":").repeated(jsontext::MaximumNesting - 1) + "{}" +
               QByteArray(jsontext::MaximumNesting - 1, '}');
}

void tst_JsonText::keepsText_issue13()
{
    QFETCH(QByteArray, text);
    jsontext::Error error;
    QVERIFY2(jsontext::isValid(text, &error), qPrintable(jsontext::describe(text, error)));

    const QByteArray compact = reformatted(text, Layout::Compact);
    const QByteArray pretty = reformatted(text, Layout::Pretty);
    QCOMPARE(compact, jsonWithoutWhitespace(text));
    QCOMPARE(jsonWithoutWhitespace(pretty), jsonWithoutWhitespace(text));
    // Each layout is a fixed point, and either leads back to the other.
    QCOMPARE(reformatted(compact, Layout::Compact), compact);
    QCOMPARE(reformatted(pretty, Layout::Pretty), pretty);
    QCOMPARE(reformatted(pretty, Layout::Compact), compact);
    QCOMPARE(reformatted(compact, Layout::Pretty), pretty);
    // Pretty lines carry no trailing blanks, and the text has no final newline.
    for (const QByteArray &line : pretty.split('\n'))
        QVERIFY2(!line.endsWith(' '), line.constData());
    QVERIFY(!pretty.endsWith('\n'));
}

void tst_JsonText::prettyLayout_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("issue 13") << QByteArray(R"({"zeta":1,"id":12345678901234567890,"alpha":0.10})")
                              << QByteArray(
                                     "{\n    \"zeta\": 1,\n    \"id\": 12345678901234567890,\n"
                                     "    \"alpha\": 0.10\n}");
    QTest::newRow("nested") << QByteArray(R"({"a":1,"b":[true,{"c":null}]})")
                            << QByteArray("{\n    \"a\": 1,\n    \"b\": [\n        true,\n"
                                          "        {\n            \"c\": null\n        }\n"
                                          "    ]\n}");
    QTest::newRow("empty containers") << QByteArray(R"({ "a" : { } , "b" : [ ] })")
                                      << QByteArray("{\n    \"a\": {},\n    \"b\": []\n}");
    QTest::newRow("empty object") << QByteArray(" {\n} ") << QByteArray("{}");
    QTest::newRow("array of arrays")
        << QByteArray("[[1],[]]") << QByteArray("[\n    [\n        1\n    ],\n    []\n]");
    QTest::newRow("duplicates in order") << QByteArray(R"({"b":1,"a":2,"b":3})")
                                         << QByteArray("{\n    \"b\": 1,\n    \"a\": 2,\n"
                                                       "    \"b\": 3\n}");
    QTest::newRow("scalar") << QByteArray("  -0.0e-0  ") << QByteArray("-0.0e-0");
}

void tst_JsonText::prettyLayout()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(reformatted(text, Layout::Pretty), expected);
}

void tst_JsonText::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qsizetype>("offset");

    using E = ErrorCode;
    QTest::newRow("empty") << QByteArray() << E::Empty << qsizetype(0);
    QTest::newRow("only whitespace") << QByteArray(" \n\t") << E::Empty << qsizetype(3);
    QTest::newRow("open object") << QByteArray("{") << E::UnexpectedEnd << qsizetype(1);
    QTest::newRow("open array after comma")
        << QByteArray("[1,") << E::UnexpectedEnd << qsizetype(3);
    QTest::newRow("open string") << QByteArray("\"abc") << E::UnexpectedEnd << qsizetype(4);
    QTest::newRow("open escape") << QByteArray("\"\\") << E::UnexpectedEnd << qsizetype(2);
    QTest::newRow("short unicode escape")
        << QByteArray("\"\\u12") << E::UnexpectedEnd << qsizetype(5);
    QTest::newRow("no colon") << QByteArray(R"({"a" 1})") << E::MissingNameSeparator
                              << qsizetype(5);
    QTest::newRow("trailing comma in object")
        << QByteArray(R"({"a":1,})") << E::MissingName << qsizetype(7);
    QTest::newRow("number as name") << QByteArray("{1:2}") << E::MissingName << qsizetype(1);
    QTest::newRow("comma first in object") << QByteArray("{,}") << E::MissingName << qsizetype(1);
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,]") << E::IllegalValue << qsizetype(3);
    QTest::newRow("comma first in array") << QByteArray("[,1]") << E::IllegalValue << qsizetype(1);
    QTest::newRow("no comma") << QByteArray("[1 2]") << E::MissingValueSeparator << qsizetype(3);
    QTest::newRow("mismatched bracket")
        << QByteArray("[1}") << E::MissingValueSeparator << qsizetype(2);
    QTest::newRow("mismatched brace")
        << QByteArray(R"({"a":1])") << E::MissingValueSeparator << qsizetype(6);
    QTest::newRow("closing first") << QByteArray("]") << E::IllegalValue << qsizetype(0);
    QTest::newRow("colon in array")
        << QByteArray("[1:2]") << E::MissingValueSeparator << qsizetype(2);
    QTest::newRow("two values") << QByteArray("1 2") << E::TrailingContent << qsizetype(2);
    QTest::newRow("comma values") << QByteArray("1,2") << E::TrailingContent << qsizetype(1);
    QTest::newRow("garbage after object")
        << QByteArray("{} x") << E::TrailingContent << qsizetype(3);
    QTest::newRow("bracket trick") << QByteArray("1],[2") << E::TrailingContent << qsizetype(1);
    QTest::newRow("nul after value")
        << QByteArray("[1]\0", 4) << E::TrailingContent << qsizetype(3);
    QTest::newRow("leading zero") << QByteArray("[01]") << E::IllegalNumber << qsizetype(1);
    QTest::newRow("bare dot") << QByteArray("1.") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("minus alone") << QByteArray("-") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("minus letter") << QByteArray("-x") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("exponent without digits")
        << QByteArray("1e+") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("two dots") << QByteArray("[1.5.3]") << E::IllegalNumber << qsizetype(1);
    QTest::newRow("number run on") << QByteArray("2x") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("hex number") << QByteArray("0x10") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("plus") << QByteArray("+1") << E::IllegalValue << qsizetype(0);
    QTest::newRow("leading dot") << QByteArray(".5") << E::IllegalValue << qsizetype(0);
    QTest::newRow("NaN") << QByteArray("[NaN]") << E::IllegalValue << qsizetype(1);
    QTest::newRow("Infinity") << QByteArray("-Infinity") << E::IllegalNumber << qsizetype(0);
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << E::IllegalValue << qsizetype(1);
    QTest::newRow("literal case") << QByteArray("True") << E::IllegalValue << qsizetype(0);
    QTest::newRow("literal run on") << QByteArray("nullnull") << E::IllegalValue << qsizetype(0);
    QTest::newRow("single quotes") << QByteArray("['a']") << E::IllegalValue << qsizetype(1);
    QTest::newRow("byte order mark")
        << QByteArray("\xef\xbb\xbf{}") << E::IllegalValue << qsizetype(0);
    QTest::newRow("comment") << QByteArray("[1 /* x */]") << E::MissingValueSeparator
                             << qsizetype(3);
    QTest::newRow("raw newline in string")
        << QByteArray("[\"a\nb\"]") << E::ControlCharacter << qsizetype(3);
    QTest::newRow("raw nul in string")
        << QByteArray("[\"a\0\"]", 6) << E::ControlCharacter << qsizetype(3);
    QTest::newRow("unknown escape") << QByteArray(R"(["a\x"])") << E::IllegalEscape << qsizetype(4);
    QTest::newRow("escaped quote sign")
        << QByteArray(R"(["\'"])") << E::IllegalEscape << qsizetype(3);
    QTest::newRow("bad unicode escape")
        << QByteArray(R"("\u12G4")") << E::IllegalEscape << qsizetype(5);
    QTest::newRow("invalid byte") << QByteArray("[\"\xff\"]") << E::InvalidUtf8 << qsizetype(2);
    QTest::newRow("overlong") << QByteArray("[\"\xc0\xaf\"]") << E::InvalidUtf8 << qsizetype(2);
    QTest::newRow("encoded surrogate")
        << QByteArray("[\"\xed\xa0\x80\"]") << E::InvalidUtf8 << qsizetype(2);
    QTest::newRow("above U+10FFFF")
        << QByteArray("[\"\xf4\x90\x80\x80\"]") << E::InvalidUtf8 << qsizetype(2);
    QTest::newRow("cut sequence") << QByteArray("[\"\xe2\x82\"]") << E::InvalidUtf8 << qsizetype(2);
    QTest::newRow("cut at the end")
        << QByteArray("\"\xf0\x9f\x98") << E::InvalidUtf8 << qsizetype(1);
    QTest::newRow("utf-8 outside strings")
        << QByteArray("[\xc3\xa9]") << E::IllegalValue << qsizetype(1);
    QTest::newRow("too deep") << QByteArray(jsontext::MaximumNesting + 1, '[') << E::TooDeep
                              << qsizetype(jsontext::MaximumNesting);
}

void tst_JsonText::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorCode, code);
    QFETCH(qsizetype, offset);
    jsontext::Error error;
    QVERIFY(!jsontext::isValid(text, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.offset, offset);
    // reformat() says the same and produces nothing.
    jsontext::Error again;
    QVERIFY(!jsontext::reformat(text, Layout::Pretty, &again));
    QCOMPARE(again.code, code);
    QCOMPARE(again.offset, offset);
    QVERIFY(jsontext::describe(text, error)
                .startsWith(QStringLiteral("invalid JSON: ") + jsontext::errorString(code)));
}

void tst_JsonText::describesPosition()
{
    const QByteArray text("[1, 2,\n 3 x]");
    jsontext::Error error;
    QVERIFY(!jsontext::isValid(text, &error));
    QCOMPARE(jsontext::describe(text, error),
             QStringLiteral("invalid JSON: missing value separator (line 2, column 4)"));
    // Columns count characters, not bytes.
    const QByteArray utf8("{\"gr\xc3\xbc\xc3\x9f"
                          "e\": x}");
    QVERIFY(!jsontext::isValid(utf8, &error));
    QCOMPARE(jsontext::describe(utf8, error),
             QStringLiteral("invalid JSON: illegal value (line 1, column 11)"));
}

void tst_JsonText::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("10000 arrays") << nested(10000) << qsizetype(jsontext::MaximumNesting);
    QTest::newRow("10000 objects")
        << QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}')
        << qsizetype(5 * jsontext::MaximumNesting);
    QTest::newRow("a million open brackets")
        << QByteArray(1'000'000, '[') << qsizetype(jsontext::MaximumNesting);
    QTest::newRow("one level too deep")
        << nested(jsontext::MaximumNesting + 1) << qsizetype(jsontext::MaximumNesting);
}

void tst_JsonText::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    jsontext::Error error;
    QVERIFY(!jsontext::reformat(text, Layout::Pretty, &error));
    QCOMPARE(error.code, ErrorCode::TooDeep);
    QCOMPARE(error.offset, offset);
    QVERIFY2(jsontext::describe(text, error).contains(QStringLiteral("nesting deeper than 512")),
             qPrintable(jsontext::describe(text, error)));
}

void tst_JsonText::scansFragments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<TokenKind>>("kinds");
    QTest::addColumn<QList<qsizetype>>("lengths");

    using K = TokenKind;
    using L = QList<qsizetype>;
    QTest::newRow("pretty line") << QByteArray(R"(    "k\"ey": [)")
                                 << QList<K>{K::Whitespace, K::String,     K::NameSeparator,
                                             K::Whitespace, K::BeginArray, K::End}
                                 << L{4, 7, 1, 1, 1, 0};
    QTest::newRow("closing line") << QByteArray("        }],")
                                  << QList<K>{K::Whitespace, K::EndObject, K::EndArray,
                                              K::ValueSeparator, K::End}
                                  << L{8, 1, 1, 1, 0};
    QTest::newRow("numbers and literals")
        << QByteArray("-0.5e+3,12345678901234567890 null")
        << QList<K>{K::Number, K::ValueSeparator, K::Number, K::Whitespace, K::Literal, K::End}
        << L{7, 1, 20, 1, 4, 0};
    QTest::newRow("raw utf-8 string")
        << QByteArray("\"\xf0\x9f\x98\x80\"") << QList<K>{K::String, K::End} << L{6, 0};
    QTest::newRow("invalid then on")
        << QByteArray("01 \"x") << QList<K>{K::Invalid, K::Whitespace, K::Invalid, K::End}
        << L{2, 1, 2, 0};
}

void tst_JsonText::scansFragments()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<TokenKind>, kinds);
    QFETCH(QList<qsizetype>, lengths);
    QList<TokenKind> scannedKinds;
    QList<qsizetype> scannedLengths;
    qsizetype offset = 0;
    for (;;) {
        const jsontext::Token token = jsontext::scanToken(text, offset);
        QCOMPARE(token.offset, offset);
        scannedKinds.append(token.kind);
        scannedLengths.append(token.length);
        if (token.kind == TokenKind::End)
            break;
        QVERIFY(token.length > 0);
        offset += token.length;
    }
    QCOMPARE(scannedKinds, kinds);
    QCOMPARE(scannedLengths, lengths);
}

void tst_JsonText::formatPayloadKeepsText_issue13_data()
{
    QTest::addColumn<QByteArray>("payload");
    for (const testsupport::JsonDocument &document : testsupport::trickyJsonDocuments())
        QTest::newRow(document.name) << document.text;
}

void tst_JsonText::formatPayloadKeepsText_issue13()
{
    QFETCH(QByteArray, payload);
    QCOMPARE(detectPayloadFormat(payload), PayloadFormat::Json);
    for (const PayloadFormat format : {PayloadFormat::Json, PayloadFormat::Auto}) {
        QString error;
        const QString compact = formatPayload(payload, format, false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(compact.toUtf8(), jsonWithoutWhitespace(payload));
        const QString pretty = formatPayload(payload, format, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(jsonWithoutWhitespace(pretty.toUtf8()), jsonWithoutWhitespace(payload));
    }
    // What the JSON view shows goes back to the payload's meaning unchanged.
    const std::optional<QByteArray> back =
        encodePayload(formatPayload(payload, PayloadFormat::Json, true), PayloadFormat::Json);
    QVERIFY(back);
    QCOMPARE(jsonWithoutWhitespace(*back), jsonWithoutWhitespace(payload));
}

QTEST_APPLESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
