#include "aclmatch.h"

namespace broker::detail {

bool filterCovers(QStringView aclFilter, QStringView subject)
{
    const bool subjectIsSystem = subject.startsWith(u'$');
    qsizetype a = 0; // start of the current level in aclFilter
    qsizetype s = 0; // start of the current level in subject
    for (int level = 0;; ++level) {
        qsizetype aEnd = aclFilter.indexOf(u'/', a);
        qsizetype sEnd = subject.indexOf(u'/', s);
        if (aEnd < 0)
            aEnd = aclFilter.size();
        if (sEnd < 0)
            sEnd = subject.size();
        const QStringView aLevel = aclFilter.mid(a, aEnd - a);
        const QStringView sLevel = subject.mid(s, sEnd - s);
        const bool wildcard = aLevel == u"#" || aLevel == u"+";
        if (level == 0 && wildcard && subjectIsSystem)
            return false;
        if (aLevel == u"#")
            return true;
        if (sLevel == u"#")
            return false; // only '#' covers '#'
        if (aLevel != u"+" && (sLevel == u"+" || aLevel != sLevel))
            return false;
        const bool aLast = aEnd == aclFilter.size();
        const bool sLast = sEnd == subject.size();
        if (aLast || sLast) {
            if (aLast && sLast)
                return true;
            // "a/#" also covers "a" (the parent level).
            return sLast && aclFilter.mid(aEnd + 1) == u"#";
        }
        a = aEnd + 1;
        s = sEnd + 1;
    }
}

std::optional<QString> expandPattern(const QString &pattern, const QString &clientId,
                                     const std::optional<QString> &userName)
{
    auto unsafe = [](const QString &value) {
        return value.contains(u'+') || value.contains(u'#') || value.contains(u'/');
    };
    QString result = pattern;
    if (result.contains(QLatin1String("%c"))) {
        if (unsafe(clientId))
            return std::nullopt;
        result.replace(QLatin1String("%c"), clientId);
    }
    if (pattern.contains(QLatin1String("%u"))) {
        if (!userName || unsafe(*userName))
            return std::nullopt;
        result.replace(QLatin1String("%u"), *userName);
    }
    return result;
}

} // namespace broker::detail
