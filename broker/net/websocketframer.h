#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <broker/broker_global.h>

namespace broker {

/// The server side of RFC 6455 framing (section 5), without sockets: client frames in,
/// complete binary messages and control frames out; server frames (unmasked) built by frame().
/// Enforced: every client frame masked (5.1), no RSV bits or unknown opcodes (5.2), minimal
/// length encoding, control frames of at most 125 bytes and not fragmented (5.5), fragments
/// in order (5.4), only binary data [MQTT-6.0.0-1], and a bound on each message, checked at
/// a frame's header before its payload is buffered. After an error or a close frame it takes
/// nothing more.
class MQTTBROKER_AUTOTEST_EXPORT WebSocketFramer final
{
public:
    enum Opcode : quint8
    {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };
    /// RFC 6455 7.4.1 status codes the framer answers with.
    enum CloseCode : quint16
    {
        NormalClosure = 1000,
        ProtocolError = 1002,
        UnsupportedData = 1003,
        NoStatus = 1005,
        MessageTooBig = 1009,
    };

    struct Output
    {
        QList<QByteArray> messages; ///< complete binary messages, in order
        QList<QByteArray> pings;    ///< payloads to echo in a pong
        /// Set when the peer sent a close frame (its code, NoStatus without one) or when the
        /// input broke a rule (the code to close with); nothing more is read after it.
        quint16 closeCode = 0;
        bool peerClosed = false;     ///< closeCode came from the peer's close frame
        const char *error = nullptr; ///< the rule broken, in English, when not peerClosed
    };

    explicit WebSocketFramer(quint64 maxMessageSize);

    /// Consumes bytes; appends what became complete to `out`.
    void feed(QByteArrayView bytes, Output *out);
    /// Bytes waiting for the rest of their frame (at most one frame's header and payload).
    qsizetype pendingBytes() const { return m_buffer.size(); }

    /// A server frame: FIN set, unmasked (5.1: a server never masks).
    static QByteArray frame(Opcode opcode, QByteArrayView payload);
    static QByteArray closeFrame(quint16 code);

private:
    void fail(Output *out, quint16 code, const char *why);

    quint64 m_maxMessageSize;
    QByteArray m_buffer;
    QByteArray m_message; ///< fragments of the binary message being received
    bool m_fragmented = false;
    bool m_done = false;
};

} // namespace broker
