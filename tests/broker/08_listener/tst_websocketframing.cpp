// Broker area 10, without sockets: the WebSocket opening handshake answer (RFC 6455 4.2) and
// the frame reader (RFC 6455 5) of the broker's WebSocket listener.
#include "net/websocketframer.h"
#include "net/websockethandshakegate.h"

#include <QTest>

using broker::WebSocketFramer;
using broker::WebSocketHandshakeGate;

class TestWebSocketFraming : public QObject
{
    Q_OBJECT

private:
    /// A masked client frame.
    static QByteArray clientFrame(quint8 opcode, bool fin, const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char((fin ? 0x80 : 0) | opcode));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
        }
        const QByteArray key = "\xa1\xb2\xc3\xd4";
        frame.append(key);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ key[i % 4]));
        return frame;
    }

private Q_SLOTS:
    void acceptKey()
    {
        // The example of RFC 6455 1.3 / 4.2.2: this key gives this Sec-WebSocket-Accept.
        const auto answer = WebSocketHandshakeGate::answer(
            "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n"
            "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Protocol: chat, mqtt\r\nsec-websocket-version: 13\r\n\r\n",
            false);
        QVERIFY(answer.accepted);
        QCOMPARE(answer.response,
                 QByteArray("HTTP/1.1 101 Switching Protocols\r\n"
                            "Upgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                            "Sec-WebSocket-Protocol: mqtt\r\n"
                            "\r\n"));
    }

    void anySplitGivesTheSameMessages()
    {
        // [MQTT-6.0.0-2]
        // Frames arrive in arbitrary pieces: every split point, and byte by byte, must give
        // the same messages (fragments joined, RFC 6455 5.4) and pings.
        const QByteArray big(300, 'b'); // a 16-bit length
        const QByteArray stream = clientFrame(WebSocketFramer::Binary, false, "ab") +
                                  clientFrame(WebSocketFramer::Ping, true, "p") +
                                  clientFrame(WebSocketFramer::Continuation, true, "cd") +
                                  clientFrame(WebSocketFramer::Binary, true, big) +
                                  clientFrame(WebSocketFramer::Pong, true, "") +
                                  clientFrame(WebSocketFramer::Binary, true, "");
        const QList<QByteArray> expected = {"abcd", big, ""};
        auto check = [&](const QList<QByteArrayView> &pieces) {
            WebSocketFramer framer(1024);
            WebSocketFramer::Output out;
            for (QByteArrayView piece : pieces)
                framer.feed(piece, &out);
            return out.messages == expected && out.pings == QList<QByteArray>{"p"} &&
                   out.closeCode == 0 && framer.pendingBytes() == 0;
        };
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            const QByteArrayView view(stream);
            QVERIFY2(check({view.first(split), view.sliced(split)}),
                     qPrintable(QString::number(split)));
        }
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < stream.size(); ++i)
            bytes.append(QByteArrayView(stream).sliced(i, 1));
        QVERIFY(check(bytes));
    }

    void oversizedFrameBuffersNothing()
    {
        // The bound is checked at the header: the payload is never waited for.
        WebSocketFramer framer(1024);
        WebSocketFramer::Output out;
        framer.feed(clientFrame(WebSocketFramer::Binary, false, QByteArray(1000, 'x')), &out);
        QCOMPARE(out.closeCode, 0);
        QByteArray header("\x80\xc0\x01\x02\x03\x04", 6); // final continuation, 64 bytes
        framer.feed(header, &out);
        QCOMPARE(out.closeCode, quint16(WebSocketFramer::MessageTooBig));
        QCOMPARE(framer.pendingBytes(), 0);
        framer.feed(QByteArray(64, 'x'), &out); // nothing more is taken
        QCOMPARE(framer.pendingBytes(), 0);
        QVERIFY(out.messages.isEmpty());
    }

    void serverFrames()
    {
        // Server frames are never masked (RFC 6455 5.1) and use the shortest length.
        QCOMPARE(WebSocketFramer::frame(WebSocketFramer::Binary, "hi"), QByteArray("\x82\x02hi"));
        QCOMPARE(WebSocketFramer::frame(WebSocketFramer::Binary, QByteArray(200, 'x')).left(4),
                 QByteArray("\x82\x7e\x00\xc8", 4));
        QCOMPARE(WebSocketFramer::frame(WebSocketFramer::Binary, QByteArray(70000, 'x')).left(10),
                 QByteArray("\x82\x7f\x00\x00\x00\x00\x00\x01\x11\x70", 10));
        QCOMPARE(WebSocketFramer::closeFrame(1009), QByteArray("\x88\x02\x03\xf1", 4));
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFraming)
#include "tst_websocketframing.moc"
