#pragma once

#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QObject>
#include <QSslSocket>

#include <deque>
#include <optional>

/// A bare MQTT client for broker tests: sends exactly the packets (or bytes) a test builds and
/// returns every packet the broker sends, decoded by the shared codec. Waiting runs the event
/// loop (bounded), so the broker may live in the same thread.
class RawClient : public QObject
{
    Q_OBJECT

public:
    explicit RawClient(mqtt::ProtocolVersion version = mqtt::ProtocolVersion::V3_1_1,
                       QObject *parent = nullptr);

    mqtt::ProtocolVersion version() const { return m_version; }
    /// TCP connection to 127.0.0.1:port (no MQTT yet).
    bool open(quint16 port, int timeoutMs = 5000);
    /// TLS connection to localhost:port, verifying the server against caFile.
    bool openTls(quint16 port, const QString &caFile, int timeoutMs = 10000);
    void sendPacket(const mqtt::Packet &packet);
    void sendRaw(const QByteArray &bytes);

    /// The next packet from the broker, or nullopt after the timeout / on close.
    std::optional<mqtt::Packet> receive(int timeoutMs = 5000);
    /// The next packet if it has type T (anything else, a timeout or a close gives nullopt).
    template <typename T> std::optional<T> expect(int timeoutMs = 5000)
    {
        auto packet = receive(timeoutMs);
        if (!packet || !std::holds_alternative<T>(*packet))
            return std::nullopt;
        return std::get<T>(std::move(*packet));
    }
    /// Sends PINGREQ and checks that the very next packet is PINGRESP: proves that nothing
    /// else was pending, without sleeping.
    bool expectNothingPending(int timeoutMs = 5000);
    /// True once the broker closed the connection (within the timeout).
    bool waitForClosed(int timeoutMs = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// Stops reading from the socket (slow-reader tests).
    void stopReading();
    /// Packets decoded and not yet taken.
    qsizetype pendingPackets() const { return qsizetype(m_packets.size()); }
    /// A decode error of the broker's bytes (never expected).
    bool hadDecodeError() const { return m_decodeError; }
    QSslSocket &socket() { return m_socket; }

    // Protocol shortcuts. Each returns false (or nullopt) on any unexpected answer.
    mqtt::ConnectPacket makeConnect(const QString &clientId, bool cleanStart = true,
                                    quint16 keepAlive = 60) const;
    std::optional<mqtt::ConnackPacket> connect(const mqtt::ConnectPacket &packet);
    std::optional<mqtt::ConnackPacket> connect(const QString &clientId, bool cleanStart = true);
    bool subscribe(const QString &filter, mqtt::QoS qos, quint16 packetId = 1,
                   const mqtt::Properties &properties = {});
    /// Publishes and completes the QoS flow (PUBACK / PUBREC-PUBREL-PUBCOMP).
    bool publish(const QString &topic, const QByteArray &payload, mqtt::QoS qos,
                 bool retain = false, quint16 packetId = 1,
                 const mqtt::Properties &properties = {});
    /// Receives one PUBLISH and acknowledges it according to its QoS.
    std::optional<mqtt::PublishPacket> receivePublish(int timeoutMs = 5000);
    void disconnect(mqtt::ReasonCode reason = mqtt::ReasonCode::NormalDisconnection);

Q_SIGNALS:
    /// Something happened on the socket (data, state change): waiters re-check.
    void progressed();

private:
    void readAvailable();
    /// Runs the event loop until pred() holds or the timeout passes; wakes on socket events
    /// rather than polling.
    template <typename Pred> bool waitFor(Pred pred, int timeoutMs);

    mqtt::ProtocolVersion m_version;
    QSslSocket m_socket;
    mqtt::StreamDecoder m_decoder;
    std::deque<mqtt::Packet> m_packets;
    bool m_reading = true;
    bool m_decodeError = false;
};
