#pragma once

#include <QString>

namespace gui {

/// A line diff of `before` and `after` as HTML (removed lines red, added green, common lines
/// plain), computed with a longest-common-subsequence table. Inputs beyond `maxLines` lines are
/// not diffed (the result says so) to keep the window responsive.
QString htmlLineDiff(const QString &before, const QString &after, int maxLines = 1000);

} // namespace gui
