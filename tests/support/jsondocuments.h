#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// JSON documents that a tree-based parser changes (issue 13), shared by the tests of every JSON
/// view: mqttcore's jsontext, `sub --format json` / `-F %J` / `-j`, and the GUI's detail view.
namespace testsupport {

struct JsonDocument
{
    const char *name;
    QByteArray text;
};

/// Valid JSON objects and arrays (arrays and objects only, so that automatic detection takes
/// them for JSON) whose text must come out unchanged but for whitespace.
inline QList<JsonDocument> trickyJsonDocuments()
{
    return {
        {"issue 13", R"({"zeta":1,"id":12345678901234567890,"alpha":0.10})"},
        {"big integers",
         R"([12345678901234567890, -98765432109876543210987654321, 9007199254740993])"},
        {"huge exponents", R"([1e400, -1E-400, 1E+2, 2.5e-0])"},
        {"zeros and trailing digits", R"([-0, -0.0, 0.10, 1.50e+01, 0])"},
        {"duplicate keys", R"({"a": 1, "a": 2, "b": {"a": 3, "a": [4]}})"},
        {"key order", R"({"z": 1, "y": 2, "x": 3, "Z": 4, "": 5})"},
        {"escapes", R"(["\u00e9\n", "\"\\\/\b\f\r\t", "\u0000", "\u00E9"])"},
        {"non-BMP escapes", R"({"smile": "\ud83d\ude00", "lone": "\udc00"})"},
        {"raw utf-8", "{\"raw\": \"\xf0\x9f\x98\x80 gr\xc3\xbc\xc3\x9f"
                      "e \xe2\x98\x83\"}"},
        {"empty object", "{}"},
        {"empty array", "[]"},
        {"empty containers inside", R"({"a": {}, "b": [], "c": [{}, [[]]]})"},
        {"whitespace in strings", R"({"s": "  a , b : [ ] { } \" ", " k ": "\t"})"},
        {"whitespace variants", "\t{\r\n  \"a\" :\n[ 1 ,2 ]\t,\"b\"  :  null  }\n "},
        {"literals", R"([true,false,null,{"t":true}])"},
        {"nested", R"({"a": [1, {"b": [2, {"c": []}]}], "d": {"e": {"f": "g"}}})"},
    };
}

/// `text` without the whitespace outside strings: what compact JSON must equal, and what pretty
/// JSON must reduce to. Written apart from mqttcore's tokenizer on purpose.
inline QByteArray jsonWithoutWhitespace(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            out += c;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

} // namespace testsupport
