#pragma once

#include <mqttcore/mqttcore_global.h>

#include "mqttcore/topiclevels.h"

#include <QString>
#include <QStringView>

#include <optional>

/// Topic names and topic filters (MQTT 4.7): validation, matching and shared-subscription parsing.
namespace mqtt {

/// A topic name a client may PUBLISH to: 1..65535 UTF-8 bytes, no '+' or '#', no U+0000, no
/// unpaired surrogates [MQTT-4.7.1-1] [MQTT-4.7.3-1] [MQTT-4.7.3-2] [MQTT-4.7.3-3] [MQTT-3.3.2-2].
MQTTPROTOCOL_EXPORT bool isValidTopicName(QStringView topic);

/// A topic filter a client may SUBSCRIBE to: 1..65535 UTF-8 bytes, no U+0000, '#' only last and
/// alone in its level [MQTT-4.7.1-2], '+' alone in its level [MQTT-4.7.1-3] [MQTT-4.7.3-1].
/// A filter starting with "$share/" is valid only as a shared subscription (see
/// parseSharedFilter). Strings with unpaired UTF-16 surrogates are not valid (they have no
/// UTF-8 form [MQTT-1.5.4-1]).
MQTTPROTOCOL_EXPORT bool isValidTopicFilter(QStringView filter);

/// True if `topic` (a valid name) matches `filter` (a valid, non-shared filter): '+' matches
/// exactly one level, '#' matches its parent level and any number of levels below it
/// ("a/#" matches "a", "a/b" and "a/b/c") [MQTT-4.7.1-2]. Topics starting with '$' are not
/// matched by a filter starting with a wildcard [MQTT-4.7.2-1]. Levels compare exactly
/// (case-sensitive, no normalisation) [MQTT-4.7.3-4].
MQTTPROTOCOL_EXPORT bool topicMatches(QStringView filter, QStringView topic);

/// True if the filter contains '+' or '#' (anywhere, including inside a '$share' group).
MQTTPROTOCOL_EXPORT bool hasWildcards(QStringView filter);

/// "$share/{group}/{filter}" split into its parts (MQTT 5, 4.8.2).
struct MQTTPROTOCOL_EXPORT SharedFilter
{
    QString group;  ///< share name ("g" of "$share/g/f")
    QString filter; ///< the filter ("f" of "$share/g/f")
};

/// The parts of a shared subscription filter, or nullopt if `filter` does not start with
/// "$share/" or is malformed: empty group [MQTT-4.8.2-1], '+', '#' or '/' in the group, or an
/// inner filter that is missing or not a valid filter [MQTT-4.8.2-2].
/// The inner filter is validated as a plain filter, so "$share/g/$share/x" has the inner
/// filter "$share/x" (a literal topic filter).
MQTTPROTOCOL_EXPORT std::optional<SharedFilter> parseSharedFilter(QStringView filter);

} // namespace mqtt
