#pragma once

#include <mqttcore/message.h>

#include <QList>
#include <QString>

namespace mqtt {

/// The client's session state that must outlive the process: QoS 1/2 messages sent and not yet
/// acknowledged, QoS 1/2 messages queued while offline, and the ids of QoS 2 messages received
/// and waiting for PUBREL. Stored as a small JSON document (version 1), replaced atomically.
struct InflightState
{
    struct Outgoing
    {
        quint16 packetId = 0;  ///< 0 = queued, not yet sent
        bool released = false; ///< PUBREC received, PUBREL sent (QoS 2)
        Message message;
    };
    QString clientId;
    QList<Outgoing> outgoing; ///< in send order
    QList<quint16> incomingQos2;

    bool isEmpty() const { return outgoing.isEmpty() && incomingQos2.isEmpty(); }
};

/// Reads the file at path. A missing file gives an empty state and true; a corrupt or
/// unknown-version file gives false and *errorMessage.
bool loadInflightState(const QString &path, InflightState &state, QString *errorMessage);
/// Writes the file at path atomically (QSaveFile).
bool saveInflightState(const QString &path, const InflightState &state, QString *errorMessage);

} // namespace mqtt
