#pragma once

#include <QSyntaxHighlighter>

namespace gui {

/// Colours keys, strings, numbers and literals of (pretty-printed) JSON, found by mqttcore's
/// JSON tokenizer (jsontext.h), with colours chosen by the background's lightness so that
/// they read on light and dark themes.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);
    void setEnabled(bool enabled);
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_enabled = true;
    bool m_dark = false;
};

} // namespace gui
