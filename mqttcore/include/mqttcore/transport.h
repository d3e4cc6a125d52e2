#pragma once

#include <mqttcore/clienterror.h>
#include <mqttcore/connectoptions.h>
#include <mqttcore/mqttcore_global.h>

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

namespace mqtt {

/// One byte-stream interface over TCP, TLS, WebSocket and secure WebSocket, so that the
/// protocol engine never knows which it talks through: connected() once the stream is usable
/// (after the TLS / WebSocket handshake), readyRead() when readAll() has bytes, and closed()
/// exactly once when the stream ends for any reason other than close()/abort() by the owner.
///
/// The client makes its own transports from ConnectOptions::transport; implement this class
/// and hand a factory to Client::setTransportFactory() to run MQTT over anything else (an
/// in-process pipe, a serial line, a test double). connected(), readyRead() and closed() must
/// not be emitted from inside the call that caused them (open(), write()); queue them.
class MQTTCORE_EXPORT Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override = default;

    /// Starts connecting as the options say (host, port, TLS, WebSocket settings).
    virtual void open(const ConnectOptions &options) = 0;
    /// Queues bytes for the broker; they leave as soon as the stream takes them.
    virtual void write(const QByteArray &bytes) = 0;
    /// Everything received and not yet read.
    virtual QByteArray readAll() = 0;
    /// Flushes pending bytes, then closes.
    virtual void close() = 0;
    /// Drops the connection at once, without flushing.
    virtual void abort() = 0;
    /// Bytes accepted by write() and not yet handed to the network.
    virtual qint64 bytesToWrite() const = 0;

Q_SIGNALS:
    /// The stream is usable (after the TLS / WebSocket handshake).
    void connected();
    /// readAll() has bytes.
    void readyRead();
    /// The stream ended or could not be opened; `reason` says why (HostNotFound, TlsError, ...).
    void closed(const mqtt::ClientError &reason);
};

/// Makes a fresh transport for each connection attempt.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace mqtt
