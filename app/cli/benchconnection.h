#pragma once

#include <mqttcore/client.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <vector>

namespace cli {

class BenchTransport;

/// What a bench payload carries in its first PayloadHeaderSize bytes (native byte order: the
/// publisher and the subscriber are the same process).
struct BenchMessage
{
    qint64 sentNs = 0;     ///< steady clock when the publisher queued it
    quint32 publisher = 0; ///< BenchConnection::setPublisherId() of the sender
    quint64 sequence = 0;  ///< 0, 1, 2, ... per publisher
    qsizetype payloadSize = 0;
    bool dup = false;     ///< DUP flag of the PUBLISH
    bool retain = false;  ///< RETAIN flag of the PUBLISH
    bool stamped = false; ///< the payload was long enough to hold the header
};

/// One `bench` connection: an mqtt::Client over a BenchTransport, publishing with post() (no
/// object per message) payloads stamped with send time, publisher id and sequence number, so
/// that subscribers count what was lost or duplicated and how long it took.
class BenchConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchConnection)

public:
    /// Bytes of BenchMessage at the start of each payload.
    static constexpr int PayloadHeaderSize = 20;
    /// Topic of publish number `sequence`, written into `topic` (which it clears first).
    using TopicFunction = void (*)(quint64 sequence, QByteArray &topic);

    BenchConnection(const mqtt::ConnectOptions &options, const QString &clientId,
                    QObject *parent = nullptr);

    /// Connects; connected() or failed() follows. May be called again after failed() to
    /// reconnect (a persistent session resumes).
    void open();
    /// Sends DISCONNECT and closes.
    void close();

    void subscribe(const QString &filter, mqtt::QoS qos);

    /// Publisher id stamped into this connection's payloads.
    void setPublisherId(quint32 id) { m_publisherId = id; }
    /// false: incoming QoS 1/2 publishes are read but never acknowledged (manual
    /// acknowledgement that never comes). Takes effect on the next open().
    void setAcknowledging(bool on) { m_options.manualAcknowledgement = !on; }
    /// true: QoS 1/2 publishes do not wait for acknowledgements beyond what the protocol
    /// forces (the broker's receive maximum, 65,535 ids in 3.1.1).
    void setIgnoringWindow(bool on) { m_ignoreWindow = on; }
    /// Reads at most this many bytes a second from the socket; 0 = unlimited. Takes effect on
    /// the next open().
    void setReadRate(double bytesPerSecond) { m_readRate = bytesPerSecond; }

    /// Prepares what publishNext() sends: payloads of `size` bytes (0 = empty, otherwise at
    /// least PayloadHeaderSize), to `topic` or, when `topicOf` is given, to topicOf(sequence).
    void preparePublish(const QString &topic, int size, mqtt::QoS qos, bool retain = false,
                        TopicFunction topicOf = nullptr);
    /// Publishes the next message, stamped with the time now. False when the QoS 1/2 window is
    /// full or too many bytes wait to be written.
    bool publishNext(qint64 nowNs);

    bool isConnected() const;
    /// close() was called (and no open() since).
    bool isClosing() const { return m_closing; }
    int inflight() const;
    qint64 bytesToWrite() const;
    /// Publishes queued so far (the next sequence number).
    quint64 published() const { return m_sequence; }

    /// Monotonic nanoseconds, the clock of the payload timestamps.
    static qint64 nowNs();

Q_SIGNALS:
    void connected();
    void failed(const QString &message);
    void subscribed();
    /// A message arrived.
    void received(const cli::BenchMessage &message);
    /// A QoS 1/2 publish completed (PUBACK / PUBCOMP), sentNs when it was sent.
    void acknowledged(qint64 sentNs);
    /// Written bytes drained below the high-water mark: publishing may go on.
    void writable();

private:
    void onMessage(const mqtt::Message &message);

    mqtt::ConnectOptions m_options;
    mqtt::Client *m_client;
    BenchTransport *m_transport = nullptr; ///< of the current connection, owned by m_client
    QString m_topic;
    QByteArray m_topicBytes;
    TopicFunction m_topicOf = nullptr;
    double m_readRate = 0;
    int m_payloadSize = PayloadHeaderSize;
    mqtt::QoS m_qos = mqtt::QoS::AtMostOnce;
    bool m_retain = false;
    quint32 m_publisherId = 0;
    quint64 m_sequence = 0;
    int m_window = 100;
    bool m_closing = false;
    bool m_ignoreWindow = false;
    /// Send times of QoS 1/2 publishes by post() id; ids of messages in flight at once differ
    /// in their low 16 bits, as at most 65,535 are in flight.
    std::vector<qint64> m_sentAt;
};

} // namespace cli
