#include "mqttcore/payloadformat.h"

#include "mqttcore/jsontext.h"

#include "messagepack.h"
#include "payloadtext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace mqtt {

namespace {

struct FormatName
{
    PayloadFormat format;
    QStringView name;
};

// The first entry of each format is its canonical name.
constexpr FormatName FormatNames[] = {
    {PayloadFormat::Auto, u"auto"},
    {PayloadFormat::Text, u"text"},
    {PayloadFormat::Json, u"json"},
    {PayloadFormat::Hex, u"hex"},
    {PayloadFormat::Base64, u"base64"},
    {PayloadFormat::Cbor, u"cbor"},
    {PayloadFormat::MessagePack, u"msgpack"},
    {PayloadFormat::Raw, u"raw"},
    {PayloadFormat::Bool, u"bool"},
    {PayloadFormat::Text, u"utf8"},
    {PayloadFormat::Text, u"utf-8"},
    {PayloadFormat::Text, u"string"},
    {PayloadFormat::MessagePack, u"messagepack"},
    {PayloadFormat::Base64, u"b64"},
    {PayloadFormat::Raw, u"binary"},
    {PayloadFormat::Raw, u"bytes"},
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/// True if `utf8` is one JSON value (RFC 8259), checked on its tokens (jsontext.h); *error
/// names the line and column of the first problem.
bool isJson(QByteArrayView utf8, QString *error)
{
    jsontext::Error jsonError;
    if (jsontext::isValid(utf8, &jsonError))
        return true;
    setError(error, jsontext::describe(utf8, jsonError));
    return false;
}

/// Any JSON value as a tree, for converting it (to CBOR, MessagePack): never for showing it,
/// since a tree loses member order, duplicates and the text of numbers. Checked by isJson()
/// first, so that every JSON path accepts the same texts; Qt's parser takes only objects and
/// arrays at the top, so the text is parsed inside "[...]".
std::optional<QJsonValue> parseJson(QByteArrayView utf8, QString *error)
{
    if (!isJson(utf8, error))
        return std::nullopt;
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped.append('[').append(utf8).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        setError(error,
                 QStringLiteral("JSON cannot be converted: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.array().first();
}

/// JSON numbers that are whole and exactly representable become integers, so that {"a":1}
/// encodes as a CBOR/MessagePack integer and not as a float.
QCborValue cborFromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Double: {
        const double number = json.toDouble();
        constexpr double Exact = 9007199254740992.0; // 2^53
        if (std::trunc(number) == number && std::fabs(number) <= Exact)
            return QCborValue(qint64(number));
        return QCborValue(number);
    }
    case QJsonValue::Array: {
        QCborArray array;
        for (const QJsonValue &item : json.toArray())
            array.append(cborFromJson(item));
        return QCborValue(std::move(array));
    }
    case QJsonValue::Object: {
        QCborMap map;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), cborFromJson(it.value()));
        return QCborValue(std::move(map));
    }
    default:
        return QCborValue::fromJsonValue(json);
    }
}

std::optional<QCborValue> decodeCbor(const QByteArray &payload, QString *error)
{
    QCborStreamReader reader(payload);
    const QCborValue value = QCborValue::fromCbor(reader);
    const QCborError cborError = reader.lastError();
    if (cborError != QCborError::NoError) {
        setError(error, QStringLiteral("invalid CBOR: %1 at offset %2")
                            .arg(cborError.toString())
                            .arg(reader.currentOffset()));
        return std::nullopt;
    }
    if (reader.currentOffset() != payload.size()) {
        setError(error, QStringLiteral("invalid CBOR: %1 trailing bytes after the value at "
                                       "offset %2")
                            .arg(payload.size() - reader.currentOffset())
                            .arg(reader.currentOffset()));
        return std::nullopt;
    }
    return value;
}

std::optional<QCborValue> decodeMessagePack(const QByteArray &payload, QString *error)
{
    QString reason;
    std::optional<QCborValue> value = messagepack::decode(payload, &reason);
    if (!value)
        setError(error, QStringLiteral("invalid MessagePack: %1").arg(reason));
    return value;
}

bool isContainer(const std::optional<QCborValue> &value)
{
    return value && (value->isArray() || value->isMap());
}

bool startsLikeJsonContainer(const QByteArray &payload)
{
    for (const char c : payload) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

std::optional<PayloadFormat> formatFromContentType(const QByteArray &payload,
                                                   QStringView contentType)
{
    // "application/json; charset=utf-8" -> "application/json"
    const QString type =
        contentType
            .first(contentType.indexOf(u';') < 0 ? contentType.size() : contentType.indexOf(u';'))
            .trimmed()
            .toString()
            .toLower();
    if (type.isEmpty())
        return std::nullopt;
    if (type == u"application/json" || type.endsWith(u"+json"))
        return isJson(payload, nullptr) ? std::optional(PayloadFormat::Json) : std::nullopt;
    if (type == u"application/cbor")
        return decodeCbor(payload, nullptr) ? std::optional(PayloadFormat::Cbor) : std::nullopt;
    if (type == u"application/msgpack" || type == u"application/x-msgpack" ||
        type == u"application/vnd.msgpack")
        return messagepack::decode(payload, nullptr) ? std::optional(PayloadFormat::MessagePack)
                                                     : std::nullopt;
    if (type.startsWith(u"text/"))
        return PayloadFormat::Text;
    return std::nullopt;
}

/// The payload as a boolean: the configured words, on/off, true/false, yes/no or 1/0 (any
/// case, surrounding whitespace ignored), or a single byte 0 or 1.
std::optional<bool> parseBool(QStringView text, const PayloadFormatOptions &options)
{
    const QStringView word = text.trimmed();
    auto is = [word](QStringView candidate) {
        return !candidate.isEmpty() && word.compare(candidate, Qt::CaseInsensitive) == 0;
    };
    if (is(options.onWord) || is(u"on") || is(u"true") || is(u"yes") || is(u"1"))
        return true;
    if (is(options.offWord) || is(u"off") || is(u"false") || is(u"no") || is(u"0"))
        return false;
    return std::nullopt;
}

std::optional<bool> payloadBool(const QByteArray &payload, const PayloadFormatOptions &options)
{
    if (payload.size() == 1 && (payload[0] == '\0' || payload[0] == '\1'))
        return payload[0] == '\1';
    if (!payloadtext::isPrintableUtf8(payload))
        return std::nullopt;
    return parseBool(QString::fromUtf8(payload), options);
}

QString diagnosticText(const QCborValue &value, bool pretty)
{
    return value.toDiagnosticNotation(pretty ? QCborValue::LineWrapped : QCborValue::Compact);
}

} // namespace

QString payloadFormatName(PayloadFormat format)
{
    for (const FormatName &entry : FormatNames) {
        if (entry.format == format)
            return entry.name.toString();
    }
    return QString();
}

bool payloadFormatFromString(QStringView name, PayloadFormat *out)
{
    const QStringView trimmed = name.trimmed();
    for (const FormatName &entry : FormatNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0) {
            *out = entry.format;
            return true;
        }
    }
    return false;
}

QStringList payloadFormatNames()
{
    QStringList names;
    for (const FormatName &entry : FormatNames) {
        const QString name = entry.name.toString();
        if (payloadFormatName(entry.format) == name)
            names.append(name);
    }
    return names;
}

PayloadFormat detectPayloadFormat(const QByteArray &payload, QStringView contentType)
{
    if (const std::optional<PayloadFormat> declared = formatFromContentType(payload, contentType))
        return *declared;
    if (payload.isEmpty())
        return PayloadFormat::Text;
    if (startsLikeJsonContainer(payload) && isJson(payload, nullptr))
        return PayloadFormat::Json;
    if (payloadtext::isPrintableUtf8(payload))
        return PayloadFormat::Text;
    if (isContainer(decodeCbor(payload, nullptr)))
        return PayloadFormat::Cbor;
    if (isContainer(messagepack::decode(payload, nullptr)))
        return PayloadFormat::MessagePack;
    return PayloadFormat::Hex;
}

QString formatPayload(const QByteArray &payload, PayloadFormat format,
                      const PayloadFormatOptions &options, QString *error)
{
    setError(error, QString());
    switch (format) {
    case PayloadFormat::Auto:
        return formatPayload(payload, detectPayloadFormat(payload), options, error);
    case PayloadFormat::Text:
        return payloadtext::fromUtf8Escaped(payload);
    case PayloadFormat::Json: {
        // The exact text of the payload, only its whitespace changed (jsontext.h).
        jsontext::Error jsonError;
        if (const std::optional<QByteArray> json = jsontext::reformat(
                payload, options.pretty ? jsontext::Layout::Pretty : jsontext::Layout::Compact,
                &jsonError))
            return QString::fromUtf8(*json);
        setError(error, jsontext::describe(payload, jsonError));
        return payloadtext::fromUtf8Escaped(payload);
    }
    case PayloadFormat::Hex:
        return payloadtext::toHex(payload, options.pretty);
    case PayloadFormat::Base64:
        return payloadtext::toBase64(payload, options.pretty);
    case PayloadFormat::Cbor:
    case PayloadFormat::MessagePack:
        if (const std::optional<QCborValue> value = decodeStructured(payload, format, error))
            return diagnosticText(*value, options.pretty);
        return payloadtext::toHex(payload, options.pretty);
    case PayloadFormat::Raw:
        return payloadtext::toRaw(payload);
    case PayloadFormat::Bool:
        if (const std::optional<bool> value = payloadBool(payload, options))
            return *value ? options.onWord : options.offWord;
        setError(error, QStringLiteral("not a boolean (expected %1/%2, true/false, yes/no or "
                                       "1/0)")
                            .arg(options.onWord, options.offWord));
        return payloadtext::fromUtf8Escaped(payload);
    }
    return payloadtext::fromUtf8Escaped(payload);
}

std::optional<QByteArray> encodePayload(QStringView text, PayloadFormat format,
                                        const PayloadFormatOptions &options, QString *error)
{
    QString reason;
    std::optional<QByteArray> bytes;
    switch (format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        return text.toUtf8();
    case PayloadFormat::Json: {
        QByteArray utf8 = text.toUtf8();
        if (isJson(utf8, &reason))
            bytes = std::move(utf8);
        break;
    }
    case PayloadFormat::Hex:
        bytes = payloadtext::parseHex(text, &reason);
        break;
    case PayloadFormat::Base64:
        bytes = payloadtext::parseBase64(text, &reason);
        break;
    case PayloadFormat::Cbor:
    case PayloadFormat::MessagePack:
        if (const std::optional<QJsonValue> json = parseJson(text.toUtf8(), &reason)) {
            const QCborValue value = cborFromJson(*json);
            bytes = format == PayloadFormat::Cbor ? value.toCbor(QCborValue::UseFloat16)
                                                  : messagepack::encode(value);
        }
        break;
    case PayloadFormat::Raw:
        bytes = payloadtext::parseRaw(text, &reason);
        break;
    case PayloadFormat::Bool:
        if (const std::optional<bool> value = parseBool(text, options))
            bytes = (*value ? options.onWord : options.offWord).toUtf8();
        else
            reason = QStringLiteral("not a boolean (expected %1/%2, true/false, yes/no or 1/0)")
                         .arg(options.onWord, options.offWord);
        break;
    }
    if (!bytes)
        setError(error, reason);
    return bytes;
}

std::optional<QCborValue> decodeStructured(const QByteArray &payload, PayloadFormat format,
                                           QString *error)
{
    if (format == PayloadFormat::Auto)
        format = detectPayloadFormat(payload);
    switch (format) {
    case PayloadFormat::Json:
        if (const std::optional<QJsonValue> json = parseJson(payload, error))
            return cborFromJson(*json);
        return std::nullopt;
    case PayloadFormat::Cbor:
        return decodeCbor(payload, error);
    case PayloadFormat::MessagePack:
        return decodeMessagePack(payload, error);
    default:
        setError(error, QStringLiteral("%1 payloads have no structure to decode")
                            .arg(payloadFormatName(format)));
        return std::nullopt;
    }
}

} // namespace mqtt
