#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QByteArray>
#include <QCborValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Payload codecs shared by the GUI detail view, the publish panel and the CLI's `--format`:
/// showing a payload as text in a chosen format, turning user text back into payload bytes,
/// and decoding structured payloads (JSON, CBOR, MessagePack) for field views and charts.
/// No payload byte is ever dropped: what cannot be shown as text is escaped or shown as hex.
namespace mqtt {

/// How a payload is shown and entered.
enum class PayloadFormat
{
    Auto,        ///< detectPayloadFormat() picks one of the others
    Text,        ///< UTF-8; invalid bytes and control characters shown as `\xNN`
    Json,        ///< any JSON value, compact or indented, its text kept exactly (jsontext.h)
    Hex,         ///< "48 65 6c", or hexdump-style lines (offset, hex, ASCII) when pretty
    Base64,      ///< RFC 4648 (the URL alphabet is accepted on input)
    Cbor,        ///< RFC 8949, shown in CBOR diagnostic notation
    MessagePack, ///< shown in CBOR diagnostic notation (see decodeStructured)
    Raw,         ///< bytes as escaped ASCII: printable ASCII as is, `\\ \n \r \t \0` and `\xNN`
    Bool,        ///< a boolean shown and sent as on/off words (MoaT's "bool" codec)
};

/// Lower-case name of a format as used by `--format`: "auto", "text", "json", "hex", "base64",
/// "cbor", "msgpack", "raw", "bool".
MQTTPROTOCOL_EXPORT QString payloadFormatName(PayloadFormat format);

/// Parses a format name, case-insensitively; also accepts "utf8", "utf-8", "string" (Text),
/// "messagepack" (MessagePack), "b64" (Base64), "binary", "bytes" (Raw).
/// Returns false and leaves *out alone for an unknown name.
MQTTPROTOCOL_EXPORT bool payloadFormatFromString(QStringView name, PayloadFormat *out);

/// Every format name, in enum order (for --help and combo boxes).
MQTTPROTOCOL_EXPORT QStringList payloadFormatNames();

/// Options for formatPayload and encodePayload.
struct MQTTPROTOCOL_EXPORT PayloadFormatOptions
{
    /// Json: indented (jsontext::Layout::Pretty); Hex: hexdump-style lines; Base64: 76-column
    /// lines; Cbor/MessagePack: line-wrapped diagnostic notation.
    bool pretty = false;
    /// The words of the Bool format (MoaT's codec_params: on/off, ON/OFF, yes/no, ...).
    QString onWord = QStringLiteral("on");
    QString offWord = QStringLiteral("off"); ///< text for a false Bool payload
};

/// Guesses the format of a payload, in this order:
///  1. an MQTT 5 Content Type naming JSON ("application/json", "...+json"), CBOR
///     ("application/cbor") or MessagePack ("application/msgpack", "application/x-msgpack",
///     "application/vnd.msgpack") is trusted when the payload decodes completely in it, and
///     "text/..." gives Text;
///  2. an empty payload is Text;
///  3. a JSON object or array is Json;
///  4. valid UTF-8 without control characters (other than tab, CR, LF) is Text;
///  5. a CBOR, then MessagePack, map or array that decodes with no byte left over;
///  6. anything else is Hex.
/// Never returns Auto, Base64, Raw or Bool.
MQTTPROTOCOL_EXPORT PayloadFormat detectPayloadFormat(const QByteArray &payload,
                                                      QStringView contentType = {});

/// The payload as text in a format (Auto: detected). If the payload is not valid in that
/// format (malformed JSON, CBOR or MessagePack, not a boolean), sets *error to a one-line
/// English reason and returns the Text rendering (Json, Bool) or the Hex rendering (Cbor,
/// MessagePack) instead, so that the bytes are still visible. Clears *error on success.
MQTTPROTOCOL_EXPORT QString formatPayload(const QByteArray &payload, PayloadFormat format,
                                          const PayloadFormatOptions &options,
                                          QString *error = nullptr);
/// Same, with only the `pretty` option.
inline QString formatPayload(const QByteArray &payload, PayloadFormat format, bool pretty = false,
                             QString *error = nullptr)
{
    PayloadFormatOptions options;
    options.pretty = pretty;
    return formatPayload(payload, format, options, error);
}

/// Payload bytes from user text (publish panel, `pub --format`):
///  Text/Auto: UTF-8;
///  Json: the text as UTF-8 after checking it is one JSON value (errors give line and column);
///  Hex: pairs of hex digits, separated or not by spaces, newlines or ':'; hexdump-style
///       lines as produced by formatPayload(pretty) are accepted too;
///  Base64: standard or URL alphabet, whitespace ignored;
///  Cbor, MessagePack: the text is JSON, encoded as CBOR or MessagePack;
///  Raw: the escapes produced by formatPayload(Raw) (other characters as UTF-8);
///  Bool: on/off words, true/false, yes/no or 1/0, sent as options.onWord/offWord.
/// Returns nullopt and sets *error (one English line) if the text is not valid for the format.
MQTTPROTOCOL_EXPORT std::optional<QByteArray> encodePayload(QStringView text, PayloadFormat format,
                                                            const PayloadFormatOptions &options,
                                                            QString *error = nullptr);
/// Same, with default options.
inline std::optional<QByteArray> encodePayload(QStringView text, PayloadFormat format,
                                               QString *error = nullptr)
{
    return encodePayload(text, format, PayloadFormatOptions(), error);
}

/// The structure of a Json, Cbor or MessagePack payload (Auto: detected; other formats give
/// an error) as a QCborValue, which holds every type of the three (use toJsonValue() or
/// toVariant() to walk it). MessagePack maps as: nil -> null, bin -> byte array, str that is
/// not UTF-8 -> byte array (bytes kept), uint64 above INT64_MAX -> tag 2 (bignum), timestamp
/// extension (-1) -> DateTime when exact (whole milliseconds, years 1..9999), other
/// extensions (and inexact timestamps) -> tag MessagePackExtensionTag holding [type, data].
/// Cbor/MessagePack encoding from JSON makes whole numbers integers; CBOR floats use the
/// shortest exact width. Returns nullopt and sets *error for malformed or truncated input,
/// trailing bytes, or nesting deeper than MaximumPayloadNesting (MessagePack),
/// jsontext::MaximumNesting (JSON) or Qt's limit (CBOR). A JSON tree has lost member order,
/// duplicate members and numbers beyond a double: to show JSON, use formatPayload (or
/// jsontext.h), which keeps its text.
MQTTPROTOCOL_EXPORT std::optional<QCborValue>
decodeStructured(const QByteArray &payload, PayloadFormat format, QString *error = nullptr);

/// The CBOR tag that carries a MessagePack extension (type, data) in decodeStructured results.
inline constexpr quint64 MessagePackExtensionTag = 0x6d70'6578; // "mpex"
/// Deepest nesting of arrays/maps accepted when decoding.
inline constexpr int MaximumPayloadNesting = 512;

} // namespace mqtt
