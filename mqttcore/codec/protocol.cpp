#include <mqttcore/protocol.h>

const char *mqtt::packetTypeName(PacketType type)
{
    static constexpr const char *names[] = {"RESERVED",  "CONNECT",  "CONNACK",     "PUBLISH",
                                            "PUBACK",    "PUBREC",   "PUBREL",      "PUBCOMP",
                                            "SUBSCRIBE", "SUBACK",   "UNSUBSCRIBE", "UNSUBACK",
                                            "PINGREQ",   "PINGRESP", "DISCONNECT",  "AUTH"};
    const auto index = static_cast<quint8>(type);
    return index < 16 ? names[index] : "INVALID";
}

const char *mqtt::protocolVersionName(ProtocolVersion version)
{
    switch (version) {
    case ProtocolVersion::V3_1:
        return "3.1";
    case ProtocolVersion::V3_1_1:
        return "3.1.1";
    case ProtocolVersion::V5:
        return "5.0";
    }
    return "unknown";
}
