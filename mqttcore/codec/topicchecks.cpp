#include "topicchecks.h"

namespace mqtt::detail {

bool hasWildcard(QByteArrayView topic)
{
    return topic.contains('+') || topic.contains('#');
}

bool hasValidWildcards(QByteArrayView filter)
{
    const qsizetype size = filter.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = filter[i];
        if (c != '+' && c != '#')
            continue;
        const bool startsLevel = i == 0 || filter[i - 1] == '/';
        const bool endsLevel = i + 1 == size || filter[i + 1] == '/';
        if (!startsLevel || !endsLevel)
            return false;
        if (c == '#' && i + 1 != size)
            return false;
    }
    return true;
}

} // namespace mqtt::detail
