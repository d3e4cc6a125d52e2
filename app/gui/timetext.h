#pragma once

#include <QDateTime>
#include <QString>

namespace gui {

// Times as the GUI shows them, in local time with milliseconds (messages and packets arrive
// many a second).

/// "14:03:07.123": for lists of recent messages or packets.
QString timeOfDayText(const QDateTime &time);
/// "2026-11-22 14:03:07.123": where the day matters (recordings, a message's details).
QString dateTimeText(const QDateTime &time);
/// ISO 8601 ("2026-11-22T14:03:07.123"): the full time in a tooltip.
QString isoTimeText(const QDateTime &time);

} // namespace gui
