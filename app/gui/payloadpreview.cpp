#include "payloadpreview.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace {

constexpr qsizetype TextCheckPrefix = 4096;

bool isUnprintable(QChar c)
{
    return c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t';
}

// Decodes at most `bytes` bytes of the payload; a multi-byte sequence cut at the end of the
// prefix is not an error (the stateful decoder keeps it pending).
std::optional<QString> decodePrefix(const QByteArray &payload, qsizetype bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(payload).first(qMin(bytes, payload.size())));
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString gui::payloadPreview(const QByteArray &payload, int maxChars)
{
    if (payload.isEmpty())
        return {};
    const qsizetype prefixBytes = qsizetype(maxChars) * 4;
    std::optional<QString> text = decodePrefix(payload, prefixBytes);
    bool binary = !text;
    if (text) {
        for (QChar &c : *text) {
            if (isUnprintable(c)) {
                binary = true;
                break;
            }
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
    }
    if (binary) {
        const qsizetype bytes = qMin(payload.size(), qsizetype(maxChars / 3));
        QString hex = QString::fromLatin1(payload.first(bytes).toHex(' '));
        if (bytes < payload.size())
            hex += QChar(0x2026);
        return hex;
    }
    const bool truncated = text->size() > maxChars || payload.size() > prefixBytes;
    if (text->size() > maxChars)
        text->truncate(maxChars);
    if (truncated)
        *text += QChar(0x2026);
    return *text;
}

bool gui::looksLikeText(const QByteArray &payload)
{
    const std::optional<QString> text = decodePrefix(payload, TextCheckPrefix);
    if (!text)
        return false;
    return std::none_of(text->cbegin(), text->cend(), isUnprintable);
}
