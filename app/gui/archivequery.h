#pragma once

#include <mqttcore/message.h>

#include <QDateTime>
#include <QString>

namespace gui {

/// What MessageArchive::search() looks for; empty fields match everything.
struct ArchiveQuery
{
    QString connection;  ///< the connection's name as archived; empty: all connections
    QString topicFilter; ///< an MQTT topic filter (`a/+/c`, `a/#`); empty: all topics
    QString text;        ///< bytes (UTF-8) the payload contains, case-sensitive; empty: any
    QDateTime from;      ///< received at or after; invalid: no lower bound
    QDateTime to;        ///< received at or before; invalid: no upper bound
    int limit = 1000;    ///< at most this many results (the newest)
};

/// One message found in the archive, with the connection it came through.
struct ArchivedMessage
{
    QString connection;
    mqtt::Message message;
};

} // namespace gui
