#include "websocketframer.h"

#include <QtEndian>

namespace broker {

WebSocketFramer::WebSocketFramer(quint64 maxMessageSize) : m_maxMessageSize(maxMessageSize) {}

void WebSocketFramer::fail(Output *out, quint16 code, const char *why)
{
    out->closeCode = code;
    out->error = why;
    m_done = true;
    m_buffer.clear();
    m_message.clear();
}

void WebSocketFramer::feed(QByteArrayView bytes, Output *out)
{
    if (m_done)
        return;
    m_buffer.append(bytes);
    qsizetype at = 0;
    while (!m_done) {
        const qsizetype available = m_buffer.size() - at;
        if (available < 2)
            break;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + at);
        const bool fin = p[0] & 0x80;
        const quint8 opcode = p[0] & 0x0f;
        const bool masked = p[1] & 0x80;
        quint64 length = p[1] & 0x7f;
        qsizetype header = 2;
        if (p[0] & 0x70) {
            fail(out, ProtocolError, "RSV bits set without an extension (RFC 6455 5.2)");
            break;
        }
        if (!masked) {
            fail(out, ProtocolError, "unmasked client frame (RFC 6455 5.1)");
            break;
        }
        const bool control = opcode & 0x8;
        if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close &&
            opcode != Ping && opcode != Pong) {
            fail(out, ProtocolError, "unknown opcode (RFC 6455 5.2)");
            break;
        }
        if (control && (!fin || length > 125)) {
            fail(out, ProtocolError,
                 "fragmented or long control frame (RFC 6455 5.5)"); // 126/127 are > 125
            break;
        }
        if (length == 126) {
            if (available < 4)
                break;
            length = qFromBigEndian<quint16>(p + 2);
            header = 4;
            if (length < 126) {
                fail(out, ProtocolError, "length not in its shortest form (RFC 6455 5.2)");
                break;
            }
        } else if (length == 127) {
            if (available < 10)
                break;
            length = qFromBigEndian<quint64>(p + 2);
            header = 10;
            if (length <= 0xffff || (length >> 63)) {
                fail(out, ProtocolError, "bad 64-bit length (RFC 6455 5.2)");
                break;
            }
        }
        if (!control) {
            if (opcode == Text) {
                fail(out, UnsupportedData, "text frame: MQTT needs binary frames [MQTT-6.0.0-1]");
                break;
            }
            if (opcode == Continuation && !m_fragmented) {
                fail(out, ProtocolError, "continuation frame without a message (RFC 6455 5.4)");
                break;
            }
            if (opcode == Binary && m_fragmented) {
                fail(out, ProtocolError, "new message inside a fragmented one (RFC 6455 5.4)");
                break;
            }
            // Checked before the payload is waited for: nothing is buffered for a frame that
            // would make the message too big.
            if (length > m_maxMessageSize - quint64(m_message.size())) {
                fail(out, MessageTooBig, "message larger than the maximum packet size");
                break;
            }
        }
        header += 4; // masking key
        if (quint64(available) < quint64(header) + length)
            break;
        const uchar *key = p + header - 4;
        QByteArray payload(reinterpret_cast<const char *>(p + header), qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(uchar(payload[i]) ^ key[i % 4]);
        at += header + qsizetype(length);

        switch (opcode) {
        case Continuation:
        case Binary:
            m_message.append(payload);
            m_fragmented = !fin;
            if (fin) {
                out->messages.append(m_message);
                m_message.clear();
            }
            break;
        case Ping:
            out->pings.append(payload);
            break;
        case Pong:
            break;
        case Close:
            if (payload.size() == 1) {
                fail(out, ProtocolError, "close frame of one byte (RFC 6455 5.5.1)");
                break;
            }
            out->closeCode = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData())
                                                 : quint16(NoStatus);
            out->peerClosed = true;
            m_done = true;
            break;
        default:
            break;
        }
    }
    if (m_done)
        m_buffer.clear();
    else
        m_buffer.remove(0, at);
}

QByteArray WebSocketFramer::frame(Opcode opcode, QByteArrayView payload)
{
    QByteArray frame;
    const quint64 length = quint64(payload.size());
    frame.reserve(payload.size() + 10);
    frame.append(char(0x80 | opcode));
    if (length < 126) {
        frame.append(char(length));
    } else if (length <= 0xffff) {
        frame.append(char(126));
        char bytes[2];
        qToBigEndian<quint16>(quint16(length), bytes);
        frame.append(bytes, 2);
    } else {
        frame.append(char(127));
        char bytes[8];
        qToBigEndian<quint64>(length, bytes);
        frame.append(bytes, 8);
    }
    frame.append(payload);
    return frame;
}

QByteArray WebSocketFramer::closeFrame(quint16 code)
{
    char bytes[2];
    qToBigEndian<quint16>(code, bytes);
    return frame(Close, QByteArrayView(bytes, 2));
}

} // namespace broker
