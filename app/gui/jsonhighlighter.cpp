#include "jsonhighlighter.h"

#include <mqttcore/jsontext.h>

namespace gui {

namespace {

/// The UTF-16 length of a piece of UTF-8 (four-byte sequences are surrogate pairs).
int utf16Length(QByteArrayView utf8)
{
    int length = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<uchar>(c);
        if ((byte & 0xc0) != 0x80)
            length += byte >= 0xf0 ? 2 : 1;
    }
    return length;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void JsonHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled || text.size() > 10'000)
        return;
    QTextCharFormat key, string, number, literal;
    key.setForeground(m_dark ? QColor(0x7C, 0xB7, 0xFF) : QColor(0x1A, 0x4F, 0xA0));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(m_dark ? QColor(0x9C, 0xDB, 0x8A) : QColor(0x2E, 0x7D, 0x32));
    number.setForeground(m_dark ? QColor(0xF2, 0xB4, 0x6B) : QColor(0xB3, 0x5C, 0x00));
    literal.setForeground(m_dark ? QColor(0xE0, 0x8A, 0xE0) : QColor(0x8E, 0x24, 0xAA));

    // The tokens of mqttcore's JSON tokenizer, the one that checked and laid out the payload.
    // A line at a time is enough: no token spans lines in pretty JSON.
    using mqtt::jsontext::TokenKind;
    const QByteArray utf8 = text.toUtf8();
    int position = 0; // in UTF-16 units, where the token starts
    // A string is a member's name when a ':' follows it: coloured once the next token is known.
    int stringStart = -1;
    int stringLength = 0;
    for (qsizetype offset = 0;;) {
        const mqtt::jsontext::Token token = mqtt::jsontext::scanToken(utf8, offset);
        if (token.kind == TokenKind::End)
            break;
        offset += token.length;
        const int length = utf16Length(QByteArrayView(utf8).sliced(token.offset, token.length));
        if (token.kind != TokenKind::Whitespace && stringStart >= 0) {
            setFormat(stringStart, stringLength,
                      token.kind == TokenKind::NameSeparator ? key : string);
            stringStart = -1;
        }
        switch (token.kind) {
        case TokenKind::String:
            stringStart = position;
            stringLength = length;
            break;
        case TokenKind::Number:
            setFormat(position, length, number);
            break;
        case TokenKind::Literal:
            setFormat(position, length, literal);
            break;
        default:
            break;
        }
        position += length;
    }
    if (stringStart >= 0)
        setFormat(stringStart, stringLength, string);
}

} // namespace gui
