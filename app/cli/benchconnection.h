#pragma once

#include <mqttcore/connectoptions.h>
#include <mqttcore/streamdecoder.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <vector>

class QTcpSocket;
class QTimer;

namespace cli {

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

/// One lean MQTT connection for `bench`: the shared codec over a plain QTcpSocket, without
/// mqtt::Client's per-message objects, so that the benchmark measures the broker rather than
/// itself. Publishes are encoded straight into the output buffer (header, topic, payload stamped
/// with send time, publisher id and sequence number); writes are batched by the caller's flush().
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

    /// Opens the TCP connection and sends CONNECT; connected() or failed() follows. May be
    /// called again after failed() to reconnect (a persistent session resumes).
    void open();
    /// Sends DISCONNECT and closes.
    void close();

    void subscribe(const QString &filter, mqtt::QoS qos);

    /// Publisher id stamped into this connection's payloads.
    void setPublisherId(quint32 id) { m_publisherId = id; }
    /// false: incoming QoS 1/2 publishes are read but never acknowledged.
    void setAcknowledging(bool on) { m_acknowledging = on; }
    /// true: QoS 1/2 publishes do not wait for acknowledgements (packet ids are reused).
    void setIgnoringWindow(bool on) { m_ignoreWindow = on; }
    /// Reads at most this many bytes a second from the socket; 0 = unlimited.
    void setReadRate(double bytesPerSecond);

    /// Prepares what publishNext() sends: payloads of `size` bytes (0 = empty, otherwise at
    /// least PayloadHeaderSize), to `topic` or, when `topicOf` is given, to topicOf(sequence).
    void preparePublish(const QString &topic, int size, mqtt::QoS qos, bool retain = false,
                        TopicFunction topicOf = nullptr);
    /// Queues the next publish, stamped with the time now. False when the QoS 1/2 window is full
    /// or too many bytes wait to be written.
    bool publishNext(qint64 nowNs);
    /// Hands the queued bytes to the socket.
    void flush();

    bool isConnected() const { return m_connected; }
    /// close() was called (and no open() since).
    bool isClosing() const { return m_closing; }
    int inflight() const { return m_inflight; }
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
    void onReadyRead();
    void handle(const mqtt::Packet &packet);
    void send(const mqtt::Packet &packet);

    mqtt::ConnectOptions m_options;
    QString m_clientId;
    QTcpSocket *m_socket;
    QTimer *m_readTimer = nullptr;
    mqtt::StreamDecoder m_decoder;
    QByteArray m_out;
    QByteArray m_topic;
    QByteArray m_readBuffer;
    TopicFunction m_topicOf = nullptr;
    double m_readRate = 0;
    double m_readTokens = 0;
    qint64 m_readTokensAtNs = 0;
    int m_payloadSize = PayloadHeaderSize;
    mqtt::QoS m_qos = mqtt::QoS::AtMostOnce;
    bool m_retain = false;
    quint32 m_publisherId = 0;
    quint64 m_sequence = 0;
    quint16 m_nextPacketId = 1;
    int m_inflight = 0;
    int m_window = 100;
    bool m_connected = false;
    bool m_closing = false;
    bool m_acknowledging = true;
    bool m_ignoreWindow = false;
    std::vector<qint64> m_sentAt; ///< per packet id, for QoS 1/2 publishers only
};

} // namespace cli
