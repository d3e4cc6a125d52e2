// The incremental decoder: any split of the stream, coalesced packets, errors as soon as the
// bytes that prove them have arrived, and no buffering of a packet over the maximum size.
#include <mqttcore/streamdecoder.h>

#include <QRandomGenerator>
#include <QTest>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::ProtocolVersion)

namespace {

PublishPacket publish(const QString &topic, const QByteArray &payload, QoS qos, quint16 id)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.packetId = qos == QoS::AtMostOnce ? 0 : id;
    return packet;
}

// A session's worth of packets of every shape (short, long, 2-byte remaining length).
QList<Packet> samplePackets(ProtocolVersion version)
{
    QList<Packet> packets;
    ConnectPacket connect;
    connect.protocolVersion = version;
    connect.clientId = QStringLiteral("client");
    packets << connect << ConnackPacket{};
    packets << publish("a/b", "hello", QoS::AtMostOnce, 0);
    packets << publish("a/c", QByteArray(300, 'x'), QoS::AtLeastOnce, 1);
    PubackPacket puback;
    puback.packetId = 1;
    packets << puback;
    SubscribePacket subscribe;
    subscribe.packetId = 2;
    subscribe.topics = {{QStringLiteral("a/#"), {}}};
    packets << subscribe << PingreqPacket{} << PingrespPacket{};
    packets << publish(QString(200, 't'), {}, QoS::ExactlyOnce, 3);
    packets << DisconnectPacket{};
    return packets;
}

QByteArray encodeAll(const QList<Packet> &packets, ProtocolVersion version)
{
    QByteArray bytes;
    for (const Packet &packet : packets)
        encodeTo(bytes, packet, version);
    return bytes;
}

// Takes every ready packet out of the decoder; fails the test on an error.
bool drain(StreamDecoder &decoder, QList<Packet> &out)
{
    Packet packet;
    StreamDecoder::Status status;
    while ((status = decoder.next(packet)) == StreamDecoder::Status::PacketReady)
        out << packet;
    return status == StreamDecoder::Status::NeedMoreData;
}

} // namespace

class tst_StreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void everySplitPoint_data();
    void everySplitPoint();
    void byteByByte_data();
    void byteByByte();
    void coalesced();
    void randomChunks();
    void packetTooLargeBeforeBody();
    void packetAtMaximumSize();
    void remainingLengthTooLongAfterFiveBytes();
    void errorIsSticky();
    void resetClearsError();
    void decodeErrorKeepsReason();
    void frames();
    void frameOfDecodedPacket();
    void protocolVersionSwitch();
    void consumedBytesAreDropped();
};

void tst_StreamDecoder::everySplitPoint_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("v311") << ProtocolVersion::V3_1_1;
    QTest::newRow("v5") << ProtocolVersion::V5;
}

void tst_StreamDecoder::everySplitPoint()
{
    QFETCH(ProtocolVersion, version);
    const QList<Packet> expected = samplePackets(version);
    const QByteArray stream = encodeAll(expected, version);
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        StreamDecoder decoder(version);
        QList<Packet> decoded;
        decoder.feed(QByteArrayView(stream).first(split));
        QVERIFY(drain(decoder, decoded));
        decoder.feed(QByteArrayView(stream).sliced(split));
        QVERIFY(drain(decoder, decoded));
        QVERIFY2(decoded == expected, qPrintable(QString::number(split)));
        QCOMPARE(decoder.bufferedBytes(), 0);
    }
}

void tst_StreamDecoder::byteByByte_data()
{
    everySplitPoint_data();
}

void tst_StreamDecoder::byteByByte()
{
    QFETCH(ProtocolVersion, version);
    const QList<Packet> expected = samplePackets(version);
    const QByteArray stream = encodeAll(expected, version);
    StreamDecoder decoder(version);
    QList<Packet> decoded;
    for (const char byte : stream) {
        decoder.feed(QByteArrayView(&byte, 1));
        QVERIFY(drain(decoder, decoded));
    }
    QVERIFY(decoded == expected);
}

void tst_StreamDecoder::coalesced()
{
    const QList<Packet> expected = samplePackets(ProtocolVersion::V5);
    const QByteArray stream = encodeAll(expected, ProtocolVersion::V5);
    StreamDecoder decoder(ProtocolVersion::V5);
    decoder.feed(stream + stream);
    QList<Packet> decoded;
    QVERIFY(drain(decoder, decoded));
    QVERIFY(decoded == expected + expected);
}

void tst_StreamDecoder::randomChunks()
{
    const QList<Packet> expected = samplePackets(ProtocolVersion::V3_1_1);
    const QByteArray stream = encodeAll(expected, ProtocolVersion::V3_1_1);
    QRandomGenerator random(42); // fixed seed: reproducible
    for (int round = 0; round < 50; ++round) {
        StreamDecoder decoder;
        QList<Packet> decoded;
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype chunk = qMin<qsizetype>(random.bounded(1, 64), stream.size() - pos);
            decoder.feed(QByteArrayView(stream).sliced(pos, chunk));
            pos += chunk;
            QVERIFY(drain(decoder, decoded));
        }
        QVERIFY(decoded == expected);
    }
}

// A 200 MB declared length against a 1 MB limit fails once the 5 header bytes are in, and the
// decoder holds nothing beyond them.
void tst_StreamDecoder::packetTooLargeBeforeBody()
{
    StreamDecoder decoder(ProtocolVersion::V5, 1024 * 1024);
    QByteArray header(1, char(0x30));
    appendVariableByteInteger(header, 200 * 1024 * 1024);
    QCOMPARE(header.size(), 5);
    Packet packet;
    decoder.feed(header.first(4));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::NeedMoreData);
    decoder.feed(header.sliced(4));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().error, CodecError::PacketTooLarge);
    QCOMPARE(decoder.error().reasonCode, ReasonCode::PacketTooLarge);
    QVERIFY(decoder.bufferedBytes() <= 5);
    decoder.feed(QByteArray(4096, 'x')); // ignored once broken
    QVERIFY(decoder.bufferedBytes() <= 5);
}

// The maximum counts the whole packet, fixed header included (3.1.2.11.4, 3.2.2.3.6).
void tst_StreamDecoder::packetAtMaximumSize()
{
    const QByteArray bytes =
        encode(publish("a/b", "hello", QoS::AtMostOnce, 0), ProtocolVersion::V3_1_1);
    Packet packet;
    StreamDecoder exact(ProtocolVersion::V3_1_1, quint32(bytes.size()));
    exact.feed(bytes);
    QCOMPARE(exact.next(packet), StreamDecoder::Status::PacketReady);
    StreamDecoder below(ProtocolVersion::V3_1_1, quint32(bytes.size() - 1));
    below.feed(bytes.first(2));
    QCOMPARE(below.next(packet), StreamDecoder::Status::Error);
    QCOMPARE(below.error().error, CodecError::PacketTooLarge);
}

// [MQTT-1.5.5-1]: the fifth length byte proves the error; nothing more is awaited.
void tst_StreamDecoder::remainingLengthTooLongAfterFiveBytes()
{
    StreamDecoder decoder;
    Packet packet;
    decoder.feed(QByteArray::fromHex("30ffffff"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::NeedMoreData);
    decoder.feed(QByteArray::fromHex("ff"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().error, CodecError::RemainingLengthTooLong);
    QCOMPARE(decoder.error().reasonCode, ReasonCode::MalformedPacket);
}

void tst_StreamDecoder::errorIsSticky()
{
    StreamDecoder decoder;
    Packet packet;
    decoder.feed(QByteArray::fromHex("c001"
                                     "00"
                                     "c000"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().error, CodecError::TrailingBytes);
    decoder.feed(QByteArray::fromHex("c000"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::Error);
    Frame frame;
    QCOMPARE(decoder.nextFrame(frame), StreamDecoder::Status::Error);
}

void tst_StreamDecoder::resetClearsError()
{
    StreamDecoder decoder;
    Packet packet;
    decoder.feed(QByteArray::fromHex("00 00"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().error, CodecError::ReservedPacketType);
    decoder.reset();
    QCOMPARE(decoder.error().error, CodecError::None);
    QCOMPARE(decoder.bufferedBytes(), 0);
    decoder.feed(QByteArray::fromHex("d0 00"));
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::PacketReady);
    QVERIFY(std::holds_alternative<PingrespPacket>(packet));
}

// A complete but invalid packet reports the rule and the reason the spec prescribes.
void tst_StreamDecoder::decodeErrorKeepsReason()
{
    StreamDecoder decoder(ProtocolVersion::V5);
    Packet packet;
    decoder.feed(QByteArray::fromHex("30 07 0003 612f2b 00 00")); // "a/+" [MQTT-3.3.2-2]
    Frame frame;
    QCOMPARE(decoder.next(packet, &frame), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().error, CodecError::WildcardInTopicName);
    QCOMPARE(decoder.error().reasonCode, ReasonCode::TopicNameInvalid);
    QCOMPARE(frame.raw.size(), 9); // the offending packet, for the trace
}

void tst_StreamDecoder::frames()
{
    StreamDecoder decoder;
    const QByteArray publishBytes =
        encode(publish("a", QByteArray(200, 'p'), QoS::AtLeastOnce, 9), ProtocolVersion::V3_1_1);
    decoder.feed(publishBytes + QByteArray::fromHex("c000"));
    Frame frame;
    QCOMPARE(decoder.nextFrame(frame), StreamDecoder::Status::PacketReady);
    QCOMPARE(frame.type(), PacketType::Publish);
    QCOMPARE(frame.fixedHeader, quint8(0x32));
    QCOMPARE(frame.headerSize, 3); // 200 + 5 needs a 2-byte remaining length
    QCOMPARE(frame.raw, publishBytes);
    QCOMPARE(frame.body().size(), publishBytes.size() - 3);
    QCOMPARE(decoder.nextFrame(frame), StreamDecoder::Status::PacketReady);
    QCOMPARE(frame.type(), PacketType::Pingreq);
    QCOMPARE(frame.raw, QByteArray::fromHex("c000"));
    QCOMPARE(decoder.nextFrame(frame), StreamDecoder::Status::NeedMoreData);
}

void tst_StreamDecoder::frameOfDecodedPacket()
{
    StreamDecoder decoder;
    const QByteArray bytes = QByteArray::fromHex("40 02 0007");
    decoder.feed(bytes);
    Packet packet;
    Frame frame;
    QCOMPARE(decoder.next(packet, &frame), StreamDecoder::Status::PacketReady);
    QCOMPARE(frame.raw, bytes);
    QCOMPARE(frame.headerSize, 2);
    QCOMPARE(std::get<PubackPacket>(packet).packetId, quint16(7));
}

// A broker learns the version from CONNECT and decodes what follows with it.
void tst_StreamDecoder::protocolVersionSwitch()
{
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = QStringLiteral("c");
    PubackPacket puback;
    puback.packetId = 5;
    puback.reasonCode = ReasonCode::NoMatchingSubscribers;
    StreamDecoder decoder(ProtocolVersion::V3_1_1);
    decoder.feed(encode(connect, ProtocolVersion::V5) + encode(puback, ProtocolVersion::V5));
    Packet packet;
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::PacketReady);
    decoder.setProtocolVersion(std::get<ConnectPacket>(packet).protocolVersion);
    QCOMPARE(decoder.protocolVersion(), ProtocolVersion::V5);
    QCOMPARE(decoder.next(packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(std::get<PubackPacket>(packet).reasonCode, ReasonCode::NoMatchingSubscribers);
}

// A long-lived connection does not accumulate consumed bytes.
void tst_StreamDecoder::consumedBytesAreDropped()
{
    const QByteArray one =
        encode(publish("a/b", QByteArray(100, 'x'), QoS::AtMostOnce, 0), ProtocolVersion::V3_1_1);
    StreamDecoder decoder;
    Packet packet;
    for (int i = 0; i < 10000; ++i) {
        decoder.feed(one.first(50));
        decoder.feed(one.sliced(50));
        QCOMPARE(decoder.next(packet), StreamDecoder::Status::PacketReady);
        QCOMPARE(decoder.bufferedBytes(), 0);
    }
    QVERIFY(std::get<PublishPacket>(packet).payload == QByteArray(100, 'x'));
}

QTEST_APPLESS_MAIN(tst_StreamDecoder)
#include "tst_streamdecoder.moc"
