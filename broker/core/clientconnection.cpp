#include "clientconnection.h"

namespace broker {

ClientConnection::ClientConnection(Transport *transport, QString address, QString listener,
                                   qint64 nowMs, quint32 maximumPacketSize)
    : transport(transport), decoder(mqtt::ProtocolVersion::V3_1_1, maximumPacketSize),
      address(std::move(address)), listener(std::move(listener)), openedAtMs(nowMs),
      lastReceivedMs(nowMs)
{
}

} // namespace broker
