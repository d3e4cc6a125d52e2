// libFuzzer target for the codec. Byte 0 picks the protocol version and how the rest is cut
// into 1-3 reads; the rest is fed to a StreamDecoder. Every packet decoded is encoded again,
// and that encoding must decode to an equal packet, of the size encodedSize() announced.
#include <mqttcore/codec.h>
#include <mqttcore/packetformat.h>
#include <mqttcore/streamdecoder.h>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr mqtt::ProtocolVersion Versions[] = {
    mqtt::ProtocolVersion::V3_1, mqtt::ProtocolVersion::V3_1_1, mqtt::ProtocolVersion::V5};
// Small enough that the fuzzer also reaches PacketTooLarge.
constexpr quint32 MaximumPacketSize = 64 * 1024;

[[noreturn]] void fail(const char *what, const mqtt::Packet &packet)
{
    std::fprintf(stderr, "fuzz_decoder: %s\n%s\n", what, qPrintable(mqtt::dumpPacket(packet)));
    std::abort();
}

void checkRoundTrip(const mqtt::Packet &packet, mqtt::ProtocolVersion version)
{
    const QByteArray bytes = mqtt::encode(packet, version);
    if (mqtt::encodedSize(packet, version) != bytes.size())
        fail("encodedSize differs from the encoding", packet);
    const mqtt::Result<mqtt::Packet> again = mqtt::decode(bytes, version);
    if (!again.ok()) {
        std::fprintf(stderr, "re-encoding does not decode: %s\n%s\n",
                     mqtt::codecErrorText(again.error().error), bytes.toHex(' ').constData());
        fail("re-encoding does not decode", packet);
    }
    if (!(again.value() == packet))
        fail("decode(encode(packet)) != packet", packet);
    // The trace formatting must cope with anything the decoder accepts.
    (void)mqtt::describePacket(packet);
    (void)mqtt::dumpPacket(packet);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 control = data[0];
    const mqtt::ProtocolVersion version = Versions[control % 3];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // The whole-packet entry point sees the same bytes.
    const mqtt::Result<mqtt::Packet> whole = mqtt::decode(input, version, MaximumPacketSize);
    if (whole.ok())
        checkRoundTrip(whole.value(), version);

    // Cut points from the upper bits of the control byte.
    const int chunks = 1 + (control / 3) % 3;
    const qsizetype first = input.size() * ((control >> 4) + 1) / 17;
    const qsizetype cuts[] = {0, chunks == 1 ? input.size() : first,
                              chunks == 3 ? (first + input.size()) / 2 : input.size(),
                              input.size()};
    mqtt::StreamDecoder decoder(version, MaximumPacketSize);
    for (int i = 0; i < 3; ++i) {
        decoder.feed(input.sliced(cuts[i], cuts[i + 1] - cuts[i]));
        mqtt::Packet packet;
        mqtt::StreamDecoder::Status status;
        while ((status = decoder.next(packet)) == mqtt::StreamDecoder::Status::PacketReady)
            checkRoundTrip(packet, version);
        if (status == mqtt::StreamDecoder::Status::Error)
            break;
    }
    return 0;
}
