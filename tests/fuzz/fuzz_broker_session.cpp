// libFuzzer target for the broker core: whole client sessions through MemoryTransports, no
// sockets. Byte 0 chooses the limits (small queues, windows, marks). Then each step is an
// opcode byte:
//   0..3  <len> <bytes>   client N receives len bytes (opening the connection on first use)
//   4..7                  client N's network takes everything sent to it (writeProgress)
//   8..11                 client N's connection is lost
//   12    <ms>            the clock advances ms * 16 and the sweep runs
// Oracles: no crash, leak of state or sanitizer report; every byte the broker sends decodes as
// a well-formed packet of the connection's protocol version; a paused connection is resumed
// or closed once every client drains (no connection stays paused forever without a reason).
#include "core/brokercore.h"
#include "core/memorytransport.h"

#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct FuzzClient
{
    std::unique_ptr<broker::MemoryTransport> transport;
    broker::ClientConnection *connection = nullptr;
    mqtt::StreamDecoder output;
};

void checkOutput(FuzzClient &client)
{
    const QByteArray bytes = client.transport->takeOutput();
    if (bytes.isEmpty() || !client.connection)
        return;
    client.output.setProtocolVersion(client.connection->version);
    client.output.feed(bytes);
    mqtt::Frame frame;
    for (;;) {
        const auto status = client.output.nextFrame(frame);
        if (status == mqtt::StreamDecoder::Status::NeedMoreData)
            return;
        if (status == mqtt::StreamDecoder::Status::Error) {
            std::fprintf(stderr, "fuzz_broker_session: the broker sent a malformed frame: %s\n",
                         mqtt::codecErrorText(client.output.error().error));
            std::abort();
        }
        const auto packet =
            mqtt::decodePacket(frame.fixedHeader, frame.body(), client.connection->version);
        if (!packet) {
            std::fprintf(
                stderr, "fuzz_broker_session: the broker sent a malformed packet: %s (%s)\n",
                mqtt::codecErrorText(packet.error().error), frame.raw.toHex(' ').constData());
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // queued calls (deferred pumps) need one
    QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*=false")); // speed, not logs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    broker::BrokerLimits limits;
    limits.sysInterval = 0;
    limits.maxQueuedMessages = 1 + (data[0] & 0x07) * 4;
    limits.backPressureQueuedMessages = (data[0] >> 3) & 0x07;
    limits.maxInflightMessages = quint16(1 + ((data[0] >> 6) & 0x03));
    limits.maxOutgoingBufferBytes = 256;
    limits.slowConsumerTimeoutMs = 100;
    limits.topicAliasMaximum = 4;
    limits.receiveMaximum = 4;
    limits.maxPacketSize = 4096;
    qint64 now = 0;
    std::array<FuzzClient, 4> clients;
    {
        broker::BrokerCore core(limits);
        core.setClock([&now] { return now; });
        for (size_t i = 1; i < size;) {
            const uint8_t op = data[i++];
            const int index = op & 0x03;
            FuzzClient &client = clients[index];
            if (op < 4) {
                if (i >= size)
                    break;
                const size_t wanted = data[i++];
                const size_t length = std::min(wanted, size - i);
                if (!client.transport || client.transport->isClosed()) {
                    client.transport = std::make_unique<broker::MemoryTransport>();
                    client.output.reset();
                    client.connection =
                        core.openConnection(client.transport.get(), QHostAddress::LocalHost,
                                            quint16(1000 + index), QStringLiteral("fuzz"));
                }
                core.receive(client.connection,
                             QByteArrayView(reinterpret_cast<const char *>(data + i), length));
                i += length;
            } else if (op < 8) {
                if (client.transport && !client.transport->isClosed()) {
                    client.transport->drain();
                    core.writeProgress(client.connection);
                }
            } else if (op < 12) {
                if (client.transport && !client.transport->isClosed()) {
                    core.connectionLost(client.connection);
                    client.transport->close();
                }
            } else if (op == 12) {
                if (i < size)
                    now += qint64(data[i++]) * 16;
                core.sweepNow();
            }
            QCoreApplication::processEvents();
            for (FuzzClient &c : clients) {
                if (c.transport)
                    checkOutput(c);
            }
        }
        core.shutdown();
    }
    return 0;
}
