#pragma once

#include <mqttcore/connectoptions.h>
#include <mqttcore/streamdecoder.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <array>

class QTcpSocket;

namespace cli {

/// One lean MQTT connection for `bench`: the shared codec over a plain QTcpSocket, without
/// mqtt::Client's per-message objects, so that the benchmark measures the broker rather than
/// itself. Publishes are copies of one pre-encoded PUBLISH with the packet id and an 8-byte
/// send timestamp (steady clock, ns) patched in; writes are batched by the caller's flush().
class BenchConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchConnection)

public:
    BenchConnection(const mqtt::ConnectOptions &options, const QString &clientId,
                    QObject *parent = nullptr);

    /// Opens the TCP connection and sends CONNECT; connected() or failed() follows.
    void open();
    /// Sends DISCONNECT and closes.
    void close();

    void subscribe(const QString &filter, mqtt::QoS qos);

    /// Prepares the PUBLISH that publishNext() sends (payload of `size` bytes, >= 8).
    void preparePublish(const QString &topic, int size, mqtt::QoS qos);
    /// Queues one publish of the prepared message, stamped with the time now. False when the
    /// QoS 1/2 window is full or too many bytes wait to be written.
    bool publishNext(qint64 nowNs);
    /// Hands the queued bytes to the socket.
    void flush();

    bool isConnected() const { return m_connected; }
    int inflight() const { return m_inflight; }
    qint64 bytesToWrite() const;

    /// Monotonic nanoseconds, the clock of the payload timestamps.
    static qint64 nowNs();

Q_SIGNALS:
    void connected();
    void failed(const QString &message);
    void subscribed();
    /// A message arrived; sentNs is the timestamp its publisher put in the payload.
    void received(qint64 sentNs, qsizetype payloadSize);
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
    mqtt::StreamDecoder m_decoder;
    QByteArray m_out;
    QByteArray m_template;
    qsizetype m_packetIdOffset = -1;
    qsizetype m_stampOffset = 0;
    quint16 m_nextPacketId = 1;
    int m_inflight = 0;
    int m_window = 100;
    bool m_connected = false;
    bool m_closing = false;
    std::array<qint64, 65536> m_sentAt{};
};

} // namespace cli
