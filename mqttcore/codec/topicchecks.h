#pragma once

#include <QByteArrayView>

/// Byte-level topic checks the decoder needs (4.7). Kept here rather than in the topic layer so
/// that the codec depends on QtCore only.
namespace mqtt::detail {

/// True if the topic name contains '+' or '#' [MQTT-3.3.2-2].
bool hasWildcard(QByteArrayView topic);

/// True if every '+' fills a whole level and '#' is alone in the last level
/// [MQTT-4.7.1-2] [MQTT-4.7.1-3]. The filter is not empty.
bool hasValidWildcards(QByteArrayView filter);

} // namespace mqtt::detail
