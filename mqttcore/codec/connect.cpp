#include "../topic/wildcardrules.h"
#include "packetcodec.h"
#include "propertycodec.h"
#include "utf8.h"

namespace mqtt::detail {

namespace {

// CONNECT flags (3.1.2.3).
constexpr quint8 ReservedFlag = 0x01;
constexpr quint8 CleanStartFlag = 0x02;
constexpr quint8 WillFlag = 0x04;
constexpr quint8 WillQoSShift = 3;
constexpr quint8 WillQoSMask = 0x18;
constexpr quint8 WillRetainFlag = 0x20;
constexpr quint8 PasswordFlag = 0x40;
constexpr quint8 UserNameFlag = 0x80;

quint8 connectFlags(const ConnectPacket &packet)
{
    quint8 flags = packet.cleanStart ? CleanStartFlag : 0;
    if (packet.will) {
        flags |= WillFlag | quint8(quint8(packet.will->qos) << WillQoSShift);
        if (packet.will->retain)
            flags |= WillRetainFlag;
    }
    if (packet.password)
        flags |= PasswordFlag;
    if (packet.userName)
        flags |= UserNameFlag;
    return flags;
}

} // namespace

// CONNECT always goes out in its own protocolVersion (the dispatcher passes it).
template <typename Writer>
void serialize(Writer &w, const ConnectPacket &packet, ProtocolVersion version)
{
    w.string(version == ProtocolVersion::V3_1 ? u"MQIsdp" : u"MQTT");
    w.byte(quint8(version));
    w.byte(connectFlags(packet));
    w.uint16(packet.keepAlive);
    const bool v5 = version == ProtocolVersion::V5;
    if (v5)
        w.properties(packet.properties);
    w.string(packet.clientId);
    if (packet.will) {
        if (v5)
            w.properties(packet.will->properties);
        w.string(packet.will->topic);
        w.binary(packet.will->payload);
    }
    if (packet.userName)
        w.string(*packet.userName);
    if (packet.password)
        w.binary(*packet.password);
}
MQTT_INSTANTIATE_SERIALIZE(ConnectPacket)

bool readBody(ByteReader &r, quint8, ProtocolVersion, ConnectPacket &packet)
{
    QByteArrayView name;
    quint8 level = 0;
    if (!r.readUtf8(name) || !r.readByte(level))
        return false;
    if (name != "MQTT" && name != "MQIsdp")
        return r.fail(CodecError::InvalidProtocolName); // [MQTT-3.1.2-1]
    const bool levelMatchesName = name == "MQIsdp" ? level == quint8(ProtocolVersion::V3_1)
                                                   : level == quint8(ProtocolVersion::V3_1_1) ||
                                                         level == quint8(ProtocolVersion::V5);
    if (!levelMatchesName)
        return r.fail(CodecError::UnsupportedProtocolVersion); // [MQTT-3.1.2-2]
    const auto version = ProtocolVersion(level);
    packet.protocolVersion = version;

    quint8 flags = 0;
    if (!r.readByte(flags))
        return false;
    if (flags & ReservedFlag)
        return r.fail(CodecError::ConnectReservedFlag); // [MQTT-3.1.2-3]
    const quint8 willQoS = (flags & WillQoSMask) >> WillQoSShift;
    if (!(flags & WillFlag) && (willQoS != 0 || (flags & WillRetainFlag)))
        return r.fail(CodecError::WillFlagsWithoutWill); // [MQTT-3.1.2-11] [MQTT-3.1.2-13]
    if (willQoS == 3)
        return r.fail(CodecError::InvalidWillQoS); // [MQTT-3.1.2-14]
    const bool v5 = version == ProtocolVersion::V5;
    if (!v5 && (flags & PasswordFlag) && !(flags & UserNameFlag))
        return r.fail(CodecError::PasswordWithoutUserName); // [MQTT-3.1.2-22]
    packet.cleanStart = flags & CleanStartFlag;

    if (!r.readUint16(packet.keepAlive))
        return false;
    if (v5 && !readProperties(r, contextOf(PacketType::Connect), packet.properties))
        return false;
    if (!r.readString(packet.clientId))
        return false;
    // [MQTT-3.1.3-8]: 3.1.1 rejects an empty client id unless the session is clean; 5.0
    // leaves that to the server (it may assign one).
    if (!v5 && packet.clientId.isEmpty() && !packet.cleanStart)
        return r.fail(CodecError::ClientIdentifierNotValid);

    if (flags & WillFlag) {
        Will will;
        will.qos = QoS(willQoS);
        will.retain = flags & WillRetainFlag;
        if (v5 && !readProperties(r, PropertyContext::Will, will.properties))
            return false;
        QByteArrayView topic;
        if (!r.readUtf8(topic) || !r.readBinary(will.payload))
            return false;
        // The will topic is a topic name a PUBLISH will carry [MQTT-3.1.3-11].
        if (topic.isEmpty())
            return r.fail(CodecError::EmptyTopicName);
        if (containsWildcard(topic))
            return r.fail(CodecError::WildcardInTopicName);
        will.topic = fromUtf8(topic);
        packet.will = std::move(will);
    }
    if (flags & UserNameFlag) {
        QString userName;
        if (!r.readString(userName))
            return false;
        packet.userName = std::move(userName);
    }
    if (flags & PasswordFlag) {
        QByteArray password;
        if (!r.readBinary(password))
            return false;
        packet.password = std::move(password);
    }
    return true;
}

} // namespace mqtt::detail
