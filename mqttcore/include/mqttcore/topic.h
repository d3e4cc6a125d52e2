#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Topic names and topic filters (MQTT 4.7): validation, matching and shared-subscription parsing.
namespace mqtt {

/// A topic name a client may PUBLISH to: 1..65535 UTF-8 bytes, no '+' or '#', no U+0000
/// [MQTT-4.7.3-1] [MQTT-3.3.2-2].
bool isValidTopicName(QStringView topic);

/// A topic filter a client may SUBSCRIBE to: non-empty, '#' only last and alone in its level,
/// '+' alone in its level [MQTT-4.7.1-1] [MQTT-4.7.1-2] [MQTT-4.7.3-1]. A '$share/...' filter is
/// valid when its group is non-empty without wildcards and its inner filter is valid.
bool isValidTopicFilter(QStringView filter);

/// True if `topic` (a valid name) matches `filter` (a valid, non-shared filter). Topics starting
/// with '$' are not matched by a filter starting with a wildcard [MQTT-4.7.2-1].
bool topicMatches(QStringView filter, QStringView topic);

/// True if the filter contains '+' or '#'.
bool hasWildcards(QStringView filter);

/// "$share/{group}/{filter}" split into its parts [MQTT-4.8.2].
struct SharedFilter
{
    QString group;
    QString filter;
};

/// The parts of a shared subscription filter, or nullopt if `filter` is not one
/// (or is malformed: empty group, wildcard in the group, no inner filter).
std::optional<SharedFilter> parseSharedFilter(QStringView filter);

} // namespace mqtt
