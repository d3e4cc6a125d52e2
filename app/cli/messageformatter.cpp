#include "messageformatter.h"

#include <mqttcore/jsontext.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringDecoder>

#include <ctime>

namespace cli {

namespace {

// printf("%*d") / ("%-*d") / ("%0*d") of mosquitto_sub's integer fields.
void appendInt(QByteArray &out, qint64 value, char align, char pad, int width)
{
    QByteArray digits = QByteArray::number(value);
    const qsizetype fill = qMax<qsizetype>(0, width - digits.size());
    if (align == '-') {
        out += digits;
        out.append(fill, ' ');
    } else if (pad == '0') {
        if (value < 0) {
            out += '-';
            digits.remove(0, 1);
        }
        out.append(fill, '0');
        out += digits;
    } else {
        out.append(fill, ' ');
        out += digits;
    }
}

// printf("%*.*s") on bytes: precision cuts, width pads with blanks.
void appendString(QByteArray &out, QByteArrayView value, char align, int width, int precision)
{
    if (precision >= 0 && value.size() > precision)
        value = value.first(precision);
    const qsizetype fill = qMax<qsizetype>(0, width - value.size());
    if (align != '-')
        out.append(fill, ' ');
    out += value;
    if (align == '-')
        out.append(fill, ' ');
}

enum class PayloadForm
{
    Raw,
    LowerHex,
    UpperHex,
};

// mosquitto_sub's payload field, including its quirks: a width shorter than the payload cuts
// it, in hex the byte count is halved, and "-" pads by the (possibly negative) difference.
void appendPayload(QByteArray &out, const QByteArray &payload, PayloadForm form, char align,
                   char pad, int width)
{
    qsizetype length = payload.size();
    qsizetype padding = 0;
    if (width > 0) {
        length = qMin<qsizetype>(length, width);
        if (form != PayloadForm::Raw) {
            length /= 2;
            padding = width - length * 2;
        } else {
            padding = width - length;
        }
    } else {
        padding = width - length;
    }
    if (align != '-' && padding > 0)
        out.append(padding, pad);
    const QByteArrayView bytes = QByteArrayView(payload).first(length);
    if (form == PayloadForm::Raw)
        out += bytes;
    else if (form == PayloadForm::LowerHex)
        out += bytes.toByteArray().toHex();
    else
        out += bytes.toByteArray().toHex().toUpper();
    if (align == '-')
        out.append(qAbs(padding), ' ');
}

// A JSON string the way cJSON prints it: the text up to the first NUL, short escapes for
// " \ \b \f \n \r \t, \u00xx for other control bytes, everything else as is.
void appendJsonString(QByteArray &out, QByteArrayView text)
{
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0)
        text = text.first(nul);
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// The payload as compact JSON if it is one JSON value, else nullopt: its exact text without
// the whitespace between tokens (no reparsing, so member order, duplicates, numbers
// and escapes stay as they were sent).
std::optional<QByteArray> compactJson(const QByteArray &payload)
{
    return mqtt::jsontext::reformat(payload, mqtt::jsontext::Layout::Compact);
}

std::tm localTime(qint64 seconds)
{
    const std::time_t t = std::time_t(seconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

QByteArray strftimeBytes(const char *format, const std::tm &tm)
{
    char buffer[128];
    const size_t n = std::strftime(buffer, sizeof buffer, format, &tm);
    return QByteArray(buffer, qsizetype(n));
}

// mosquitto_sub's %j / %J object (its cJSON build): tst, topic, qos, retain, payloadlen, mid,
// properties, payload.
std::optional<QByteArray> mosquittoJson(const mqtt::Message &message, qint64 seconds,
                                        long nanoseconds, bool escapedPayload)
{
    const std::tm tm = localTime(seconds);
    QByteArray out = "{\"tst\":\"" + strftimeBytes("%Y-%m-%dT%H:%M:%S", tm) + '.' +
                     QByteArray::number(nanoseconds / 1000).rightJustified(6, '0') + 'Z' +
                     strftimeBytes("%z", tm) + "\",\"topic\":";
    appendJsonString(out, message.topic().toUtf8());
    out += ",\"qos\":" + QByteArray::number(int(message.qos()));
    out += ",\"retain\":" + QByteArray::number(message.retain() ? 1 : 0);
    out += ",\"payloadlen\":" + QByteArray::number(message.payload().size());
    if (message.qos() != mqtt::QoS::AtMostOnce)
        out += ",\"mid\":" + QByteArray::number(message.packetId());

    const mqtt::Properties &p = message.properties();
    if (!p.isEmpty()) {
        QByteArrayList fields;
        if (!p.subscriptionIdentifiers.isEmpty())
            fields += "\"subscription-identifier\":" +
                      QByteArray::number(p.subscriptionIdentifiers.first());
        if (!p.userProperties.isEmpty()) {
            QByteArray users = "\"user-properties\":{";
            for (qsizetype i = 0; i < p.userProperties.size(); ++i) {
                if (i)
                    users += ',';
                appendJsonString(users, p.userProperties[i].name.toUtf8());
                users += ':';
                appendJsonString(users, p.userProperties[i].value.toUtf8());
            }
            fields += users + '}';
        }
        const auto stringField = [&fields](const char *name, QByteArrayView value) {
            QByteArray field = QByteArray("\"") + name + "\":";
            appendJsonString(field, value);
            fields += field;
        };
        if (p.contentType)
            stringField("content-type", p.contentType->toUtf8());
        if (p.correlationData)
            stringField("correlation-data", *p.correlationData);
        if (p.responseTopic)
            stringField("response-topic", p.responseTopic->toUtf8());
        if (p.payloadFormatIndicator)
            fields +=
                "\"payload-format-indicator\":" + QByteArray::number(*p.payloadFormatIndicator);
        if (p.messageExpiryInterval)
            fields += "\"message-expiry-interval\":" + QByteArray::number(*p.messageExpiryInterval);
        if (p.topicAlias)
            fields += "\"topic-alias\":" + QByteArray::number(*p.topicAlias);
        out += ",\"properties\":{" + fields.join(',') + '}';
    }

    out += ",\"payload\":";
    if (message.payload().isEmpty()) {
        out += "null";
    } else if (escapedPayload) {
        appendJsonString(out, message.payload());
    } else {
        const std::optional<QByteArray> json = compactJson(message.payload());
        if (!json)
            return std::nullopt;
        out += *json;
    }
    out += '}';
    return out;
}

bool isConversion(char c)
{
    return QByteArrayView("%ACDEFIlmPpqRSrtjJUxX").contains(c);
}

bool isEscape(char c)
{
    return QByteArrayView("\\0aenrtv").contains(c);
}

} // namespace

MessageFormatter::MessageFormatter(Style style, const QString &format)
    : m_style(style), m_format(format.toUtf8())
{
}

bool MessageFormatter::validateFormat(const QString &format, QString *error)
{
    const QByteArray f = format.toUtf8();
    const qsizetype n = f.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (f[i] == '%') {
            // %[-|0][width][.precision]conversion; every part must leave room for the conversion.
            qsizetype j = i + 1;
            if (j < n && (f[j] == '0' || f[j] == '-'))
                ++j;
            while (j < n && f[j] >= '0' && f[j] <= '9')
                ++j;
            if (j < n && f[j] == '.') {
                ++j;
                while (j < n && f[j] >= '0' && f[j] <= '9')
                    ++j;
            }
            if (j >= n) {
                *error = tr("incomplete format specifier in -F");
                return false;
            }
            if (!isConversion(f[j])) {
                *error = tr("invalid format specifier '%1' in -F").arg(QChar::fromLatin1(f[j]));
                return false;
            }
            i = j;
        } else if (f[i] == '@') {
            if (i == n - 1) {
                *error = tr("incomplete format specifier in -F");
                return false;
            }
            ++i;
        } else if (f[i] == '\\') {
            if (i == n - 1) {
                *error = tr("incomplete escape specifier in -F");
                return false;
            }
            if (!isEscape(f[i + 1])) {
                *error = tr("invalid escape specifier '%1' in -F").arg(QChar::fromLatin1(f[i + 1]));
                return false;
            }
            ++i;
        }
    }
    return true;
}

QByteArray MessageFormatter::payloadText(const mqtt::Message &message, QString *warning) const
{
    const schema::PayloadCodec *codec = codecFor(message);
    if (!codec)
        return message.payload();
    QString error;
    QByteArray text = codec->toText(message.payload(), false, &error).toUtf8();
    if (!error.isEmpty() && warning)
        *warning = decodeWarning(message, error);
    return text;
}

QString MessageFormatter::decodeWarning(const mqtt::Message &message, const QString &reason) const
{
    return tr("cannot decode the payload on topic %1 as %2: %3")
        .arg(message.topic(), m_codec->name(), reason);
}

const schema::PayloadCodec *MessageFormatter::codecFor(const mqtt::Message &message) const
{
    if (!m_codec)
        return nullptr;
    return &m_codecs.resolve(
        *m_codec, message.payload(),
        {message.topic(), message.properties().contentType.value_or(QString())});
}

QByteArray MessageFormatter::render(const mqtt::Message &message, QString *warning) const
{
    QByteArray out;
    switch (m_style) {
    case Style::PayloadOnly:
        if (!message.payload().isEmpty()) {
            out = payloadText(message, warning);
            if (m_endOfLine)
                out += '\n';
        }
        break;
    case Style::Verbose:
        if (!message.payload().isEmpty()) {
            out = message.topic().toUtf8() + ' ' + payloadText(message, warning);
            if (m_endOfLine)
                out += '\n';
        } else if (m_endOfLine) {
            out = message.topic().toUtf8() + " (null)\n";
        }
        break;
    case Style::Template:
        renderTemplate(out, message, warning);
        if (m_endOfLine)
            out += '\n';
        break;
    case Style::JsonLines:
        out = renderJsonLine(message, warning);
        out += '\n';
        break;
    }
    return out;
}

void MessageFormatter::renderTemplate(QByteArray &out, const mqtt::Message &message,
                                      QString *warning) const
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const Clock clock{qint64(now.tv_sec), now.tv_nsec};

    const QByteArray &f = m_format;
    const qsizetype n = f.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = f[i];
        if (c == '%') {
            Spec spec;
            if (++i >= n)
                break;
            if (f[i] == '-') {
                spec.align = '-';
                if (i < n - 1)
                    ++i;
            }
            if (f[i] == '0') {
                spec.pad = '0';
                if (i < n - 1)
                    ++i;
            }
            while (i < n - 1 && f[i] >= '0' && f[i] <= '9')
                spec.width = spec.width * 10 + (f[i++] - '0');
            if (f[i] == '.' && i < n - 1) {
                ++i;
                spec.precision = 0;
                while (i < n - 1 && f[i] >= '0' && f[i] <= '9')
                    spec.precision = spec.precision * 10 + (f[i++] - '0');
            }
            renderPlaceholder(out, f[i], spec, message, clock, warning);
        } else if (c == '@') {
            if (++i >= n)
                break;
            if (f[i] == '@') {
                out += '@';
            } else if (f[i] == 'N') {
                out += QByteArray::number(qlonglong(clock.nanoseconds)).rightJustified(9, '0');
            } else {
                const char field[3] = {'%', f[i], '\0'};
                out += strftimeBytes(field, localTime(clock.seconds));
            }
        } else if (c == '\\') {
            if (++i >= n)
                break;
            switch (f[i]) {
            case '\\':
                out += '\\';
                break;
            case '0':
                out += '\0';
                break;
            case 'a':
                out += '\a';
                break;
            case 'e':
                out += '\033';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'v':
                out += '\v';
                break;
            default:
                break;
            }
        } else {
            out += c;
        }
    }
}

void MessageFormatter::renderPlaceholder(QByteArray &out, char conversion, const Spec &spec,
                                         const mqtt::Message &message, const Clock &clock,
                                         QString *warning) const
{
    const mqtt::Properties &p = message.properties();
    const auto optionalInt = [&](const auto &value) {
        if (value)
            appendInt(out, qint32(*value), spec.align, spec.pad, spec.width);
        else
            out.append(spec.width, spec.pad);
    };
    switch (conversion) {
    case '%':
        out += '%';
        break;
    case 'A':
        optionalInt(p.topicAlias);
        break;
    case 'C':
        if (p.contentType)
            appendString(out, p.contentType->toUtf8(), spec.align, spec.width, spec.precision);
        else
            out.append(spec.width, ' ');
        break;
    case 'D':
        if (p.correlationData)
            out += *p.correlationData;
        break;
    case 'E':
        optionalInt(p.messageExpiryInterval);
        break;
    case 'F':
        optionalInt(p.payloadFormatIndicator);
        break;
    case 'I':
        appendString(out, strftimeBytes("%FT%T%z", localTime(clock.seconds)), spec.align,
                     spec.width, spec.precision);
        break;
    case 'j':
    case 'J': {
        const auto json =
            mosquittoJson(message, clock.seconds, clock.nanoseconds, conversion == 'j');
        if (json)
            out += *json;
        else if (warning)
            *warning = tr("message payload is not valid JSON on topic %1").arg(message.topic());
        break;
    }
    case 'l':
        appendInt(out, message.payload().size(), spec.align, spec.pad, spec.width);
        break;
    case 'm':
        appendInt(out, message.packetId(), spec.align, spec.pad, spec.width);
        break;
    case 'P':
        for (qsizetype i = 0; i < p.userProperties.size(); ++i) {
            if (i)
                out += ' ';
            out += p.userProperties[i].name.toUtf8() + ':' + p.userProperties[i].value.toUtf8();
        }
        break;
    case 'p':
        appendPayload(out, payloadText(message, warning), PayloadForm::Raw, spec.align, spec.pad,
                      spec.width);
        break;
    case 'q':
        out += char('0' + int(message.qos()));
        break;
    case 'R':
        if (p.responseTopic)
            appendString(out, p.responseTopic->toUtf8(), spec.align, spec.width, spec.precision);
        break;
    case 'r':
        out += message.retain() ? '1' : '0';
        break;
    case 'S':
        if (p.subscriptionIdentifiers.isEmpty())
            out.append(spec.width, spec.pad);
        else
            appendInt(out, qint32(p.subscriptionIdentifiers.first()), spec.align, spec.pad,
                      spec.width);
        break;
    case 't':
        appendString(out, message.topic().toUtf8(), spec.align, spec.width, spec.precision);
        break;
    case 'U':
        out += QByteArray::number(clock.seconds) + '.' +
               QByteArray::number(qlonglong(clock.nanoseconds)).rightJustified(9, '0');
        break;
    case 'x':
        appendPayload(out, message.payload(), PayloadForm::LowerHex, spec.align, spec.pad,
                      spec.width);
        break;
    case 'X':
        appendPayload(out, message.payload(), PayloadForm::UpperHex, spec.align, spec.pad,
                      spec.width);
        break;
    default:
        break;
    }
}

QByteArray MessageFormatter::renderJsonLine(const mqtt::Message &message, QString *warning) const
{
    const QByteArray payload = message.payload();
    // Members as JSON text, sorted by name (the order QJsonObject has always given them), so
    // that a JSON payload goes in as its own text instead of a reparsed copy.
    QMap<QString, QByteArray> members{
        {QStringLiteral("time"),
         schema::compactJson(message.receivedAt().isValid()
                                 ? message.receivedAt().toString(Qt::ISODateWithMs)
                                 : QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))},
        {QStringLiteral("topic"), schema::compactJson(message.topic())},
        {QStringLiteral("qos"), QByteArray::number(int(message.qos()))},
        {QStringLiteral("retain"), message.retain() ? "true" : "false"},
        {QStringLiteral("payloadlen"), QByteArray::number(payload.size())},
    };
    if (message.dup())
        members.insert(QStringLiteral("dup"), "true");
    if (message.qos() != mqtt::QoS::AtMostOnce)
        members.insert(QStringLiteral("mid"), QByteArray::number(message.packetId()));

    QString error;
    const schema::PayloadCodec *codec = codecFor(message);
    const std::optional<QByteArray> rendered =
        codec ? codec->toJson(payload, &error) : std::nullopt;
    if (rendered) {
        members.insert(QStringLiteral("payload"), *rendered);
        members.insert(QStringLiteral("format"), schema::compactJson(m_codec->name()));
    } else {
        if (!error.isEmpty()) {
            members.insert(QStringLiteral("error"), schema::compactJson(error));
            if (warning)
                *warning = decodeWarning(message, error);
        }
        // Text when the bytes are UTF-8, base64 otherwise: never a lossy conversion.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(payload);
        if (decoder.hasError()) {
            members.insert(QStringLiteral("payload"),
                           schema::compactJson(QString::fromLatin1(payload.toBase64())));
            members.insert(QStringLiteral("format"), schema::compactJson(QStringLiteral("base64")));
        } else {
            members.insert(QStringLiteral("payload"), schema::compactJson(text));
        }
    }

    const mqtt::Properties &p = message.properties();
    if (!p.isEmpty()) {
        QJsonObject properties;
        if (p.payloadFormatIndicator)
            properties.insert(QStringLiteral("payload-format-indicator"),
                              *p.payloadFormatIndicator);
        if (p.messageExpiryInterval)
            properties.insert(QStringLiteral("message-expiry-interval"),
                              qint64(*p.messageExpiryInterval));
        if (p.contentType)
            properties.insert(QStringLiteral("content-type"), *p.contentType);
        if (p.responseTopic)
            properties.insert(QStringLiteral("response-topic"), *p.responseTopic);
        if (p.correlationData)
            properties.insert(QStringLiteral("correlation-data"),
                              QString::fromLatin1(p.correlationData->toBase64()));
        if (p.topicAlias)
            properties.insert(QStringLiteral("topic-alias"), *p.topicAlias);
        if (!p.subscriptionIdentifiers.isEmpty()) {
            QJsonArray ids;
            for (quint32 id : p.subscriptionIdentifiers)
                ids.append(qint64(id));
            properties.insert(QStringLiteral("subscription-identifiers"), ids);
        }
        if (!p.userProperties.isEmpty()) {
            QJsonArray users;
            for (const mqtt::UserProperty &u : p.userProperties)
                users.append(QJsonArray{u.name, u.value});
            properties.insert(QStringLiteral("user-properties"), users);
        }
        members.insert(QStringLiteral("properties"), schema::compactJson(properties));
    }

    QByteArray out = "{";
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (it != members.cbegin())
            out += ',';
        out += schema::compactJson(it.key()) + ':' + it.value();
    }
    out += '}';
    return out;
}

} // namespace cli
