#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>

namespace broker {

/// Recognises a bridge's own messages coming back from an upstream that cannot be asked not
/// to echo them (MQTT 3.1.1 has no No Local): each message sent upstream on a topic that is
/// also bridged in is remembered by topic and payload digest; the first arrival of the same
/// topic and payload is the echo. Memory is bounded: the oldest entries go first, and entries
/// older than a minute are forgotten.
class EchoFilter
{
public:
    void sent(const QString &topic, const QByteArray &payload, qint64 nowMs);
    /// True (and forgets it) when this is the echo of a message sent().
    bool isEcho(const QString &topic, const QByteArray &payload, qint64 nowMs);
    qsizetype size() const { return m_order.size(); }

private:
    static QByteArray key(const QString &topic, const QByteArray &payload);
    void expire(qint64 nowMs);

    static constexpr qsizetype MaxEntries = 10000;
    static constexpr qint64 MaxAgeMs = 60000;
    struct Sent
    {
        QByteArray key;
        quint64 sequence;
        qint64 atMs;
    };
    /// key -> sequence numbers of the messages sent with it and not yet seen back, oldest first
    QHash<QByteArray, std::deque<quint64>> m_pending;
    std::deque<Sent> m_order; ///< every sent message, oldest first, until it ages out
    quint64 m_nextSequence = 0;
};

} // namespace broker
