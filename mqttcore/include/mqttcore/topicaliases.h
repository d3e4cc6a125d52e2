#pragma once

#include <mqttcore/mqttcore_global.h>
#include <mqttcore/packets.h>

#include <QHash>
#include <QString>

namespace mqtt {

/// The topic aliases of one MQTT 5 network connection (3.3.2.3.4), for both directions: the
/// aliases the peer sets in the PUBLISH packets it sends (resolved on receipt) and the ones this
/// side sets in what it sends. The client and the broker both keep one per connection, as the
/// mappings end with the connection [MQTT-3.3.2-7].
class MQTTPROTOCOL_EXPORT TopicAliases
{
public:
    /// What resolve() found.
    enum class Resolution
    {
        Resolved,   ///< the packet has its topic and no alias property any more
        OutOfRange, ///< alias 0 or above what this side announced [MQTT-3.3.2-8] [MQTT-3.3.2-9]
        Unknown,    ///< an empty topic with an alias the peer never set
    };

    /// Receiving: replaces an alias by its topic, or records the mapping a packet with both a
    /// topic and an alias sets. `maximum` is the Topic Alias Maximum this side announced.
    Resolution resolve(PublishPacket &packet, quint16 maximum);

    /// Sending: puts the alias of packet.topic into the packet (and empties the topic) if one
    /// was set before, or a new alias while fewer than `maximum` (the peer's Topic Alias
    /// Maximum) are in use. Returns the new alias, which counts only once remember()ed after the
    /// packet was really sent; 0 when none was made.
    quint16 substitute(PublishPacket &packet, quint16 maximum) const;
    /// Records a new alias substitute() made, once its packet is sent.
    void remember(const QString &topic, quint16 alias);

    /// Forgets every mapping (a new network connection).
    void clear();

private:
    QHash<quint16, QString> m_received;
    QHash<QString, quint16> m_sent;
};

} // namespace mqtt
