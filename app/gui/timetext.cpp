#include "timetext.h"

namespace gui {

QString timeOfDayText(const QDateTime &time)
{
    return time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString dateTimeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString isoTimeText(const QDateTime &time)
{
    return time.toLocalTime().toString(Qt::ISODateWithMs);
}

} // namespace gui
