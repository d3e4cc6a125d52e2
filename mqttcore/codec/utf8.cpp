#include "utf8.h"

#include <QStringDecoder>

namespace mqtt::detail {

CodecError validateUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            if (lead == 0)
                return CodecError::NullCharacter; // [MQTT-1.5.4-2]
            ++p;
            continue;
        }
        // Unicode 3.9 table 3-7: the allowed ranges of the second byte depend on the first,
        // which excludes overlong forms, surrogates (ED A0..BF) and code points over U+10FFFF.
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F; // [MQTT-1.5.4-1] no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return CodecError::InvalidUtf8;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return CodecError::InvalidUtf8;
        for (int i = 2; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return CodecError::InvalidUtf8;
        }
        p += length;
    }
    return CodecError::None;
}

QString fromUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    // QString::fromUtf8 would drop it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

namespace {

// Calls sink(codePoint) for every code point; unpaired surrogates become U+FFFD.
template <typename Sink> void forEachCodePoint(QStringView text, Sink &&sink)
{
    const qsizetype size = text.size();
    const QChar *const data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = data[i].unicode();
        if (unit < 0xD800 || unit > 0xDFFF) {
            sink(char32_t(unit));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size &&
                   QChar::isLowSurrogate(data[i + 1].unicode())) {
            sink(QChar::surrogateToUcs4(unit, data[i + 1].unicode()));
            ++i;
        } else {
            sink(char32_t(0xFFFD));
        }
    }
}

} // namespace

qsizetype utf8Length(QStringView text)
{
    qsizetype length = 0;
    forEachCodePoint(text, [&length](char32_t c) {
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    });
    return length;
}

void writeUtf8(char *out, QStringView text)
{
    auto *p = reinterpret_cast<uchar *>(out);
    forEachCodePoint(text, [&p](char32_t c) {
        if (c < 0x80) {
            *p++ = uchar(c);
        } else if (c < 0x800) {
            *p++ = uchar(0xC0 | (c >> 6));
            *p++ = uchar(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = uchar(0xE0 | (c >> 12));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *p++ = uchar(0x80 | (c & 0x3F));
        } else {
            *p++ = uchar(0xF0 | (c >> 18));
            *p++ = uchar(0x80 | ((c >> 12) & 0x3F));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *p++ = uchar(0x80 | (c & 0x3F));
        }
    });
}

} // namespace mqtt::detail
