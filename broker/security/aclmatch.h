#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace broker::detail {

/// True when every topic that `subject` (a topic name, or a topic filter being subscribed to)
/// can match is matched by `aclFilter`. For a topic name this is plain MQTT matching (4.7):
/// '+' one level, '#' this level and below, including the parent ("a/#" covers "a"); a
/// wildcard at the first level does not cover topics starting with '$' [MQTT-4.7.2-1].
bool filterCovers(QStringView aclFilter, QStringView subject);

/// Replaces %c with the client id and %u with the user name (mosquitto ACL patterns). nullopt
/// when the pattern cannot apply: %u for an anonymous client, or a value containing '+', '#'
/// or '/', which would widen the rule.
std::optional<QString> expandPattern(const QString &pattern, const QString &clientId,
                                     const std::optional<QString> &userName);

} // namespace broker::detail
