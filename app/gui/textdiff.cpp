#include "textdiff.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace gui {

QString htmlLineDiff(const QString &before, const QString &after, int maxLines)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() > maxLines || b.size() > maxLines)
        return QCoreApplication::translate("TextDiff", "Too large to compare (%1 and %2 lines).")
            .arg(a.size())
            .arg(b.size())
            .toHtmlEscaped();
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QString html = QStringLiteral("<pre style='margin:0'>");
    auto line = [&html](QChar sign, const QString &text, const char *colour) {
        const QString escaped = (QString(sign) + u' ' + text).toHtmlEscaped();
        if (colour)
            html += QStringLiteral("<span style='background-color:%1'>%2</span>\n")
                        .arg(QLatin1String(colour), escaped);
        else
            html += escaped + u'\n';
    };
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            line(u' ', a[qsizetype(i)], nullptr);
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            line(u'-', a[qsizetype(i)], "rgba(208,48,48,0.30)");
            ++i;
        } else {
            line(u'+', b[qsizetype(j)], "rgba(46,160,67,0.30)");
            ++j;
        }
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace gui
