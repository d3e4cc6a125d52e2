// Encode and decode throughput of PUBLISH, the packet that dominates real traffic.
// Encoding builds one new QByteArray per packet (encode()); decoding feeds a stream of
// packets in 64 KiB reads to a StreamDecoder and takes every packet out, as a connection does.
#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

using namespace mqtt;

namespace {

struct Figures
{
    double packetsPerSecond = 0;
    double megabytesPerSecond = 0;
};

PublishPacket samplePublish(QoS qos, qsizetype payloadSize)
{
    PublishPacket packet;
    packet.topic = QStringLiteral("sensors/building-7/floor-3/temperature");
    packet.payload = QByteArray(payloadSize, 'x');
    packet.qos = qos;
    packet.packetId = qos == QoS::AtMostOnce ? 0 : 4242;
    return packet;
}

Figures measureEncode(const Packet &packet, ProtocolVersion version, qint64 budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    qint64 packets = 0;
    qint64 bytes = 0;
    do {
        for (int i = 0; i < 1000; ++i) {
            const QByteArray encoded = encode(packet, version);
            bytes += encoded.size();
        }
        packets += 1000;
    } while (timer.elapsed() < budgetMs);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {double(packets) / seconds, double(bytes) / seconds / 1e6};
}

Figures measureDecode(const Packet &packet, ProtocolVersion version, qint64 budgetMs)
{
    QByteArray stream;
    while (stream.size() < 4 * 1024 * 1024)
        encodeTo(stream, packet, version);
    constexpr qsizetype ReadSize = 64 * 1024;
    QElapsedTimer timer;
    timer.start();
    qint64 packets = 0;
    qint64 bytes = 0;
    Packet decoded;
    do {
        StreamDecoder decoder(version);
        for (qsizetype pos = 0; pos < stream.size(); pos += ReadSize) {
            decoder.feed(QByteArrayView(stream).sliced(pos, qMin(ReadSize, stream.size() - pos)));
            while (decoder.next(decoded) == StreamDecoder::Status::PacketReady)
                ++packets;
            if (decoder.error().error != CodecError::None) {
                std::fprintf(stderr, "decode error: %s\n", codecErrorText(decoder.error().error));
                std::exit(1);
            }
        }
        bytes += stream.size();
    } while (timer.elapsed() < budgetMs);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {double(packets) / seconds, double(bytes) / seconds / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 budgetMs = argc > 1 ? std::atoll(argv[1]) : 200;
    std::printf("%-7s %-5s %-8s %14s %10s %14s %10s\n", "version", "qos", "payload", "encode pkt/s",
                "enc MB/s", "decode pkt/s", "dec MB/s");
    for (const ProtocolVersion version : {ProtocolVersion::V3_1_1, ProtocolVersion::V5}) {
        for (const QoS qos : {QoS::AtMostOnce, QoS::AtLeastOnce}) {
            for (const qsizetype payloadSize : {16, 256, 4096}) {
                const Packet packet = samplePublish(qos, payloadSize);
                const Figures encoded = measureEncode(packet, version, budgetMs);
                const Figures decoded = measureDecode(packet, version, budgetMs);
                std::printf("%-7s q%-4d %-8lld %14.0f %10.1f %14.0f %10.1f\n",
                            protocolVersionName(version), int(qos), qint64(payloadSize),
                            encoded.packetsPerSecond, encoded.megabytesPerSecond,
                            decoded.packetsPerSecond, decoded.megabytesPerSecond);
            }
        }
    }
    return 0;
}
