#include "jsonhighlighter.h"

namespace gui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_token(QStringLiteral(
          R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"))
{
}

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
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      m.capturedLength(2) > 0 ? key : string);
        else if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), number);
        else if (m.capturedLength(4) > 0)
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), literal);
    }
}

} // namespace gui
