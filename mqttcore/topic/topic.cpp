#include "mqttcore/topic.h"

#include "wildcardrules.h"

namespace mqtt {

namespace {

constexpr qsizetype MaximumTopicBytes = 65535; // [MQTT-4.7.3-3]

/// Checks what names and filters share: 1..65535 UTF-8 bytes [MQTT-4.7.3-1] [MQTT-4.7.3-3],
/// no U+0000 [MQTT-4.7.3-2], and no unpaired surrogate, which has no UTF-8 form.
bool isValidTopicString(QStringView text)
{
    if (text.isEmpty())
        return false;
    qsizetype utf8Bytes = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return false;
        if (c < 0x80) {
            utf8Bytes += 1;
        } else if (c < 0x800) {
            utf8Bytes += 2;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= size || !QChar::isLowSurrogate(text[i + 1].unicode()))
                return false;
            utf8Bytes += 4;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        } else {
            utf8Bytes += 3;
        }
        if (utf8Bytes > MaximumTopicBytes)
            return false;
    }
    return true;
}

bool isValidPlainFilter(QStringView filter)
{
    return isValidTopicString(filter) && detail::wildcardsWellPlaced(filter);
}

constexpr QStringView SharePrefix = u"$share/";

} // namespace

bool isValidTopicName(QStringView topic)
{
    return isValidTopicString(topic) && !hasWildcards(topic);
}

bool isValidTopicFilter(QStringView filter)
{
    if (filter.startsWith(SharePrefix))
        return isValidTopicString(filter) && parseSharedFilter(filter).has_value();
    return isValidPlainFilter(filter);
}

bool hasWildcards(QStringView filter)
{
    return detail::containsWildcard(filter);
}

bool topicMatches(QStringView filter, QStringView topic)
{
    // [MQTT-4.7.2-1] a filter starting with a wildcard never matches a '$' topic.
    if (topic.startsWith(u'$') && (filter.startsWith(u'+') || filter.startsWith(u'#')))
        return false;
    TopicLevels filterLevels(filter);
    TopicLevels topicLevels(topic);
    while (!filterLevels.atEnd()) {
        const QStringView filterLevel = filterLevels.next();
        if (filterLevel == u"#")
            return true; // this level and everything below, including nothing ("a/#" ~ "a")
        if (topicLevels.atEnd())
            return false;
        const QStringView topicLevel = topicLevels.next();
        if (filterLevel != u"+" && filterLevel != topicLevel)
            return false;
    }
    return topicLevels.atEnd();
}

std::optional<SharedFilter> parseSharedFilter(QStringView filter)
{
    if (!filter.startsWith(SharePrefix))
        return std::nullopt;
    const QStringView rest = filter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0) // no group [MQTT-4.8.2-1] or no '/' and filter after it [MQTT-4.8.2-2]
        return std::nullopt;
    const QStringView group = rest.first(slash);
    const QStringView inner = rest.sliced(slash + 1);
    if (hasWildcards(group) || !isValidTopicString(group) || !isValidPlainFilter(inner))
        return std::nullopt;
    return SharedFilter{group.toString(), inner.toString()};
}

} // namespace mqtt
