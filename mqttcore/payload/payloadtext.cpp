#include "payloadtext.h"

namespace mqtt::payloadtext {

namespace {

/// Length (1..4) of the well-formed UTF-8 sequence at p and its code point, or 0 if the byte
/// at p does not start one (overlong forms, surrogates and values above U+10FFFF are not
/// well-formed, RFC 3629).
int utf8Sequence(const uchar *p, qsizetype remaining, char32_t *codePoint)
{
    const uchar lead = p[0];
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    int length;
    char32_t value;
    char32_t minimum;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        value = lead & 0x1f;
        minimum = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        value = lead & 0x0f;
        minimum = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (remaining < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3f);
    }
    if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return 0;
    *codePoint = value;
    return length;
}

bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f;
}

void appendByteEscape(QString &out, uchar byte)
{
    static const char digits[] = "0123456789abcdef";
    out.append(u"\\x");
    out.append(QLatin1Char(digits[byte >> 4]));
    out.append(QLatin1Char(digits[byte & 0x0f]));
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isHexSeparator(QChar c)
{
    return c == u' ' || c == u'\t' || c == u':' || c == u'\r' || c == u'\n';
}

/// The hex part of a line in toHex's pretty format: "00000000  48 65  |He|" -> "48 65".
QStringView hexPartOfDumpLine(QStringView line)
{
    if (line.size() < 10 || line[8] != u' ' || line[9] != u' ' || !line.endsWith(u'|'))
        return line;
    for (qsizetype i = 0; i < 8; ++i) {
        if (hexDigit(line[i]) < 0)
            return line;
    }
    const qsizetype ascii = line.indexOf(u"  |");
    return ascii < 10 ? line : line.sliced(10, ascii - 10);
}

} // namespace

bool isPrintableUtf8(QByteArrayView bytes)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c;
        const int length = utf8Sequence(p + i, size - i, &c);
        if (length == 0 || isControl(c))
            return false;
        i += length;
    }
    return true;
}

QString fromUtf8Escaped(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c;
        const int length = utf8Sequence(p + i, size - i, &c);
        if (length == 0 || isControl(c)) {
            appendByteEscape(out, p[i]);
            ++i;
            continue;
        }
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
        i += length;
    }
    return out;
}

QString toRaw(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar byte = uchar(ch);
        switch (byte) {
        case '\\':
            out.append(u"\\\\");
            break;
        case '\n':
            out.append(u"\\n");
            break;
        case '\r':
            out.append(u"\\r");
            break;
        case '\t':
            out.append(u"\\t");
            break;
        case 0:
            out.append(u"\\0");
            break;
        default:
            if (byte >= 0x20 && byte < 0x7f)
                out.append(QLatin1Char(ch));
            else
                appendByteEscape(out, byte);
        }
    }
    return out;
}

std::optional<QByteArray> parseRaw(QStringView text, QString *error)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (text[i] != u'\\') {
            qsizetype end = text.indexOf(u'\\', i);
            if (end < 0)
                end = size;
            out.append(text.sliced(i, end - i).toUtf8());
            i = end;
            continue;
        }
        if (i + 1 >= size) {
            *error = QStringLiteral("backslash at the end (%1); write \\\\ for a backslash")
                         .arg(describePosition(text, i));
            return std::nullopt;
        }
        const QChar escape = text[i + 1];
        if (escape == u'x') {
            const int high = i + 2 < size ? hexDigit(text[i + 2]) : -1;
            const int low = i + 3 < size ? hexDigit(text[i + 3]) : -1;
            if (high < 0 || low < 0) {
                *error =
                    QStringLiteral("\\x needs two hex digits (%1)").arg(describePosition(text, i));
                return std::nullopt;
            }
            out.append(char(high << 4 | low));
            i += 4;
            continue;
        }
        static constexpr struct
        {
            char16_t escape;
            char byte;
        } simple[] = {{u'\\', '\\'}, {u'n', '\n'}, {u'r', '\r'}, {u't', '\t'}, {u'0', '\0'}};
        bool known = false;
        for (const auto &s : simple) {
            if (escape == s.escape) {
                out.append(s.byte);
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("unknown escape \\%1 (%2); use \\\\ \\n \\r \\t \\0 or \\xNN")
                         .arg(escape)
                         .arg(describePosition(text, i));
            return std::nullopt;
        }
        i += 2;
    }
    return out;
}

QString toHex(QByteArrayView bytes, bool pretty)
{
    if (!pretty)
        return QString::fromLatin1(bytes.toByteArray().toHex(' '));
    static const char digits[] = "0123456789abcdef";
    constexpr qsizetype BytesPerLine = 16;
    QString out;
    out.reserve((bytes.size() / BytesPerLine + 1) * 80);
    for (qsizetype offset = 0; offset < bytes.size(); offset += BytesPerLine) {
        if (offset > 0)
            out.append(u'\n');
        out.append(QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0')));
        const QByteArrayView line = bytes.sliced(offset, qMin(BytesPerLine, bytes.size() - offset));
        for (qsizetype i = 0; i < BytesPerLine; ++i) {
            if (i < line.size()) {
                const uchar byte = uchar(line[i]);
                out.append(QLatin1Char(digits[byte >> 4]));
                out.append(QLatin1Char(digits[byte & 0x0f]));
                out.append(u' ');
            } else {
                out.append(u"   ");
            }
            if (i == 7)
                out.append(u' ');
        }
        out.append(u" |");
        for (const char ch : line)
            out.append(QLatin1Char(uchar(ch) >= 0x20 && uchar(ch) < 0x7f ? ch : '.'));
        out.append(u'|');
    }
    return out;
}

std::optional<QByteArray> parseHex(QStringView text, QString *error)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        const QStringView hex = hexPartOfDumpLine(line);
        const qsizetype hexOffset = lineStart + (hex.data() - line.data());
        for (qsizetype i = 0; i < hex.size();) {
            if (isHexSeparator(hex[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < hex.size() && !isHexSeparator(hex[end]))
                ++end;
            for (qsizetype k = i; k < end; ++k) {
                if (hexDigit(hex[k]) < 0) {
                    *error = QStringLiteral("'%1' is not a hex digit (%2)")
                                 .arg(hex[k])
                                 .arg(describePosition(text, hexOffset + k));
                    return std::nullopt;
                }
            }
            if ((end - i) % 2 != 0) {
                *error = QStringLiteral("odd number of hex digits in \"%1\" (%2)")
                             .arg(hex.sliced(i, end - i))
                             .arg(describePosition(text, hexOffset + i));
                return std::nullopt;
            }
            for (qsizetype k = i; k < end; k += 2)
                out.append(char(hexDigit(hex[k]) << 4 | hexDigit(hex[k + 1])));
            i = end;
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

QString toBase64(QByteArrayView bytes, bool pretty)
{
    const QString encoded = QString::fromLatin1(bytes.toByteArray().toBase64());
    if (!pretty)
        return encoded;
    constexpr qsizetype Columns = 76; // as MIME (RFC 2045)
    QString out;
    out.reserve(encoded.size() + encoded.size() / Columns);
    for (qsizetype i = 0; i < encoded.size(); i += Columns) {
        if (i > 0)
            out.append(u'\n');
        out.append(QStringView(encoded).sliced(i, qMin(Columns, encoded.size() - i)));
    }
    return out;
}

std::optional<QByteArray> parseBase64(QStringView text, QString *error)
{
    QByteArray compact;
    compact.reserve(text.size());
    bool url = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool standard = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                              (u >= u'0' && u <= u'9') || u == u'+' || u == u'/';
        if (u == u'-' || u == u'_')
            url = true;
        else if (!standard && u != u'=') {
            *error = QStringLiteral("'%1' is not a base64 character (%2)")
                         .arg(c)
                         .arg(describePosition(text, i));
            return std::nullopt;
        }
        compact.append(char(u));
    }
    const QByteArray::Base64Options options =
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
        QByteArray::AbortOnBase64DecodingErrors;
    QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(compact, options);
    if (!result) {
        *error = QStringLiteral("invalid base64 (mixed alphabets, misplaced '=' or a length "
                                "that cannot be base64)");
        return std::nullopt;
    }
    return std::move(result.decoded);
}

QString describePosition(QStringView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QStringView before = text.first(offset);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf(u'\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace mqtt::payloadtext
