#pragma once

//  W A R N I N G: internal to mqttcore; not part of the public API.

#include <QChar>

/// The wildcard rules of topic filters, written once for both forms a filter takes: the codec
/// checks the UTF-8 bytes of a SUBSCRIBE (QByteArrayView), the topic layer a QStringView.
namespace mqtt::detail {

inline char16_t codeUnit(char c)
{
    return char16_t(uchar(c));
}
inline char16_t codeUnit(QChar c)
{
    return c.unicode();
}

/// True if the text contains '+' or '#' (a topic name may not [MQTT-3.3.2-2]).
template <typename View> bool containsWildcard(View text)
{
    for (const auto c : text) {
        if (codeUnit(c) == u'+' || codeUnit(c) == u'#')
            return true;
    }
    return false;
}

/// True if every '+' fills a whole level and '#' is alone in the last level
/// [MQTT-4.7.1-2] [MQTT-4.7.1-3].
template <typename View> bool wildcardsWellPlaced(View filter)
{
    const qsizetype size = filter.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = codeUnit(filter[i]);
        if (c != u'+' && c != u'#')
            continue;
        const bool startsLevel = i == 0 || codeUnit(filter[i - 1]) == u'/';
        const bool endsLevel = i + 1 == size || codeUnit(filter[i + 1]) == u'/';
        if (!startsLevel || !endsLevel || (c == u'#' && i + 1 != size))
            return false;
    }
    return true;
}

} // namespace mqtt::detail
