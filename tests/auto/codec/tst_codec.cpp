// Golden byte vectors for every control packet in MQTT 3.1, 3.1.1 and 5.0, written by hand from
// the specifications, plus malformed variants that each expect a specific error and reason code.
#include <mqttcore/codec.h>
#include <mqttcore/packetformat.h>

#include <QTest>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::Packet)
Q_DECLARE_METATYPE(mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(mqtt::CodecError)
Q_DECLARE_METATYPE(mqtt::ReasonCode)

namespace {

constexpr auto V31 = ProtocolVersion::V3_1;
constexpr auto V311 = ProtocolVersion::V3_1_1;
constexpr auto V5 = ProtocolVersion::V5;

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text); // spaces are skipped
}

ConnectPacket connectPacket(ProtocolVersion version, const QString &clientId)
{
    ConnectPacket packet;
    packet.protocolVersion = version;
    packet.clientId = clientId;
    return packet;
}

PublishPacket publish(const QString &topic, const QByteArray &payload, QoS qos = QoS::AtMostOnce,
                      quint16 packetId = 0)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.packetId = packetId;
    return packet;
}

template <typename Ack>
Ack ack(quint16 packetId, ReasonCode code = ReasonCode::Success, const Properties &props = {})
{
    Ack packet;
    packet.packetId = packetId;
    packet.reasonCode = code;
    packet.properties = props;
    return packet;
}

SubscribeTopic subscribeTopic(const QString &filter, QoS qos)
{
    SubscribeTopic topic;
    topic.filter = filter;
    topic.options.maximumQoS = qos;
    return topic;
}

} // namespace

class tst_Codec : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void decodeOnly_data();
    void decodeOnly();
    void malformed_data();
    void malformed();
    void packetTooLarge();
    void decodeRejectsIncompleteInput();
    void utf8Accepted_data();
    void utf8Accepted();
    void encodeToAppends();
    void version3DropsVersion5Fields();
    void encodeVersion3SubackFailure();
    void connectUsesOwnVersion();
    void unpairedSurrogateEncodesAsReplacement();
    void largeRemainingLengths_data();
    void largeRemainingLengths();
    void reasonCodeForEveryError();
    void connackCodeMapping();
    void describePacket_data();
    void describePacket();
    void dumpPacketListsFields();
};

void tst_Codec::golden_data()
{
    // Field order and presence by the flags: [MQTT-3.1.3-1] [MQTT-3.1.3-3]; 3.1.1 [MQTT-3.1.2-18]
    // [MQTT-3.1.2-20], 5.0 [MQTT-3.1.2-16] [MQTT-3.1.2-18]; no properties: length 0 (5.0
    // [MQTT-2.2.2-1]).
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QByteArray>("bytes");

    // CONNECT (3.1) -------------------------------------------------------------------------
    QTest::newRow("v311:connect-minimal") << V311 << Packet(connectPacket(V311, "test"))
                                          << hex("10 10 00044d515454 04 02 003c 000474657374");
    // MQTT 3.1: protocol name "MQIsdp", level 3.
    QTest::newRow("v31:connect-minimal") << V31 << Packet(connectPacket(V31, "test"))
                                         << hex("10 12 00064d5149736470 03 02 003c 000474657374");
    {
        // [MQTT-3.1.2-9] will flag, [MQTT-3.1.2-19] user name, [MQTT-3.1.2-21] password.
        ConnectPacket p = connectPacket(V311, "c");
        p.cleanStart = false;
        p.keepAlive = 10;
        p.will = Will{"w/t", "bye", QoS::AtLeastOnce, true, {}};
        p.userName = "u";
        p.password = "p";
        QTest::newRow("v311:connect-will-user-password")
            << V311 << Packet(p)
            << hex("10 1d 00044d515454 04 ec 000a 000163 0003772f74 0003627965 000175 000170");
        p.protocolVersion = V31;
        QTest::newRow("v31:connect-will-user-password")
            << V31 << Packet(p)
            << hex("10 1f 00064d5149736470 03 ec 000a 000163 0003772f74 0003627965 000175 "
                   "000170");
    }
    QTest::newRow("v5:connect-minimal") << V5 << Packet(connectPacket(V5, "test"))
                                        << hex("10 11 00044d515454 05 02 003c 00 000474657374");
    {
        ConnectPacket p = connectPacket(V5, "c");
        p.properties.sessionExpiryInterval = 120;
        p.properties.receiveMaximum = 20;
        p.properties.userProperties = {{"a", "b"}};
        Will will{"w", "x", QoS::AtMostOnce, false, {}};
        will.properties.willDelayInterval = 5;
        p.will = will;
        p.userName = "u";
        QTest::newRow("v5:connect-properties-will")
            << V5 << Packet(p)
            << hex("10 2c 00044d515454 05 86 003c 0f 1100000078 210014 26000161000162 000163 "
                   "05 1800000005 000177 000178 000175");
    }
    {
        // 5.0 allows a password without a user name (3.1.2.9).
        ConnectPacket p = connectPacket(V5, "c");
        p.password = "pw";
        QTest::newRow("v5:connect-password-only")
            << V5 << Packet(p) << hex("10 12 00044d515454 05 42 003c 00 000163 00027077");
    }
    {
        // 5.0 lets a client with clean start 0 leave the identifier to the server.
        ConnectPacket p = connectPacket(V5, "");
        p.cleanStart = false;
        QTest::newRow("v5:connect-empty-id-persistent")
            << V5 << Packet(p) << hex("10 0d 00044d515454 05 00 003c 00 0000");
    }

    {
        // As captured from `mosquitto_pub -V mqttv5 -i test -k 60 -q 1 -D connect
        // session-expiry-interval 120 -D publish message-expiry-interval 60` (mosquitto 2.0).
        ConnectPacket c = connectPacket(V5, "test");
        c.properties.sessionExpiryInterval = 120;
        c.properties.receiveMaximum = 20;
        QTest::newRow("v5:mosquitto-pub-connect")
            << V5 << Packet(c)
            << hex("10 19 00044d515454 05 02 003c 08 1100000078 210014 000474657374");
        PublishPacket p = publish("a/b", "hello", QoS::AtLeastOnce, 1);
        p.properties.messageExpiryInterval = 60;
        QTest::newRow("v5:mosquitto-pub-publish")
            << V5 << Packet(p) << hex("32 12 0003612f62 0001 05 020000003c 68656c6c6f");
    }

    // CONNACK (3.2) -------------------------------------------------------------------------
    QTest::newRow("v311:connack-accepted") << V311 << Packet(ConnackPacket{}) << hex("20 02 00 00");
    QTest::newRow("v31:connack-accepted") << V31 << Packet(ConnackPacket{}) << hex("20 02 00 00");
    QTest::newRow("v311:connack-session-present-not-authorized")
        << V311 << Packet(ConnackPacket{true, ReasonCode::NotAuthorized, {}}) << hex("20 02 01 05");
    QTest::newRow("v311:connack-bad-protocol")
        << V311 << Packet(ConnackPacket{false, ReasonCode::UnsupportedProtocolVersion, {}})
        << hex("20 02 00 01");
    QTest::newRow("v5:connack-success") << V5 << Packet(ConnackPacket{}) << hex("20 03 00 00 00");
    {
        ConnackPacket p;
        p.properties.assignedClientIdentifier = "ab";
        p.properties.topicAliasMaximum = 10;
        p.properties.maximumQoS = 1;
        QTest::newRow("v5:connack-properties")
            << V5 << Packet(p) << hex("20 0d 00 00 0a 1200026162 22000a 2401");
        p = ConnackPacket{};
        p.reasonCode = ReasonCode::NotAuthorized;
        p.properties.reasonString = "no";
        QTest::newRow("v5:connack-not-authorized")
            << V5 << Packet(p) << hex("20 08 00 87 05 1f00026e6f");
    }

    // PUBLISH (3.3) -------------------------------------------------------------------------
    for (const auto &[name, version] : {std::pair{"v31", V31}, std::pair{"v311", V311}}) {
        const QByteArray prefix = QByteArray(name) + ':';
        QTest::newRow(prefix + "qos0")
            << version << Packet(publish("a/b", "hello")) << hex("30 0a 0003612f62 68656c6c6f");
        PublishPacket p = publish("a/b", "hello", QoS::AtLeastOnce, 42);
        p.retain = true;
        QTest::newRow(prefix + "qos1-retain")
            << version << Packet(p) << hex("33 0c 0003612f62 002a 68656c6c6f");
        p = publish("a/b", "hello", QoS::ExactlyOnce, 1);
        p.dup = true;
        QTest::newRow(prefix + "qos2-dup")
            << version << Packet(p) << hex("3c 0c 0003612f62 0001 68656c6c6f");
        QTest::newRow(prefix + "qos0-empty-payload")
            << version << Packet(publish("a/b", {})) << hex("30 05 0003612f62");
    }
    QTest::newRow("v5:qos0") << V5 << Packet(publish("a/b", "hello"))
                             << hex("30 0b 0003612f62 00 68656c6c6f");
    {
        PublishPacket p = publish("a/b", "hi", QoS::AtLeastOnce, 7);
        p.properties.payloadFormatIndicator = 1;
        p.properties.messageExpiryInterval = 60;
        p.properties.contentType = "t";
        p.properties.responseTopic = "r";
        p.properties.correlationData = QByteArray("\x01\x02", 2);
        p.properties.subscriptionIdentifiers = {1, 200};
        p.properties.topicAlias = 3;
        p.properties.userProperties = {{"k", "v"}};
        QTest::newRow("v5:qos1-all-publish-properties")
            << V5 << Packet(p)
            << hex("32 2d 0003612f62 0007 23 0101 020000003c 03000174 08000172 0900020102 0b01 "
                   "0bc801 230003 2600016b000176 6869");
        // 3.3.2.1: an empty topic name is fine when a topic alias stands for it.
        p = publish("", "x");
        p.properties.topicAlias = 5;
        QTest::newRow("v5:qos0-topic-alias-only")
            << V5 << Packet(p) << hex("30 07 0000 03 230005 78");
        p = publish("a/b", "hello", QoS::ExactlyOnce, 1);
        p.dup = true;
        QTest::newRow("v5:qos2-dup")
            << V5 << Packet(p) << hex("3c 0d 0003612f62 0001 00 68656c6c6f");
    }

    // PUBACK, PUBREC, PUBREL, PUBCOMP (3.4 - 3.7) ----------------------------------------------
    for (const auto &[name, version] :
         {std::pair{"v31", V31}, std::pair{"v311", V311}, std::pair{"v5", V5}}) {
        const QByteArray prefix = QByteArray(name) + ':';
        // 5.0 sends the 2 byte short form for Success without properties (3.4.2.1).
        QTest::newRow(prefix + "puback")
            << version << Packet(ack<PubackPacket>(42)) << hex("40 02 002a");
        QTest::newRow(prefix + "pubrec")
            << version << Packet(ack<PubrecPacket>(42)) << hex("50 02 002a");
        // [MQTT-3.6.1-1] PUBREL fixed header flags are 0010.
        QTest::newRow(prefix + "pubrel")
            << version << Packet(ack<PubrelPacket>(42)) << hex("62 02 002a");
        QTest::newRow(prefix + "pubcomp")
            << version << Packet(ack<PubcompPacket>(42)) << hex("70 02 002a");
    }
    QTest::newRow("v5:puback-no-matching-subscribers")
        << V5 << Packet(ack<PubackPacket>(42, ReasonCode::NoMatchingSubscribers))
        << hex("40 03 002a 10");
    {
        Properties reason;
        reason.reasonString = "x";
        QTest::newRow("v5:pubrec-error-reason-string")
            << V5 << Packet(ack<PubrecPacket>(42, ReasonCode::UnspecifiedError, reason))
            << hex("50 08 002a 80 04 1f000178");
        Properties user;
        user.userProperties = {{"a", "b"}};
        QTest::newRow("v5:puback-success-user-property")
            << V5 << Packet(ack<PubackPacket>(42, ReasonCode::Success, user))
            << hex("40 0b 002a 00 07 26000161000162");
    }
    QTest::newRow("v5:pubrel-not-found")
        << V5 << Packet(ack<PubrelPacket>(42, ReasonCode::PacketIdentifierNotFound))
        << hex("62 03 002a 92");
    QTest::newRow("v5:pubcomp-not-found")
        << V5 << Packet(ack<PubcompPacket>(42, ReasonCode::PacketIdentifierNotFound))
        << hex("70 03 002a 92");

    // SUBSCRIBE / SUBACK (3.8, 3.9) ------------------------------------------------------------
    {
        SubscribePacket p;
        p.packetId = 1;
        p.topics = {subscribeTopic("a/#", QoS::AtLeastOnce), subscribeTopic("b", QoS::AtMostOnce)};
        // [MQTT-3.8.1-1] SUBSCRIBE fixed header flags are 0010.
        QTest::newRow("v311:subscribe")
            << V311 << Packet(p) << hex("82 0c 0001 0003612f23 01 000162 00");
        QTest::newRow("v31:subscribe")
            << V31 << Packet(p) << hex("82 0c 0001 0003612f23 01 000162 00");
        QTest::newRow("v5:subscribe-plain")
            << V5 << Packet(p) << hex("82 0d 0001 00 0003612f23 01 000162 00");
        SubscribePacket options;
        options.packetId = 2;
        options.properties.subscriptionIdentifiers = {5};
        SubscribeTopic topic = subscribeTopic("a/+", QoS::ExactlyOnce);
        topic.options.noLocal = true;
        topic.options.retainAsPublished = true;
        topic.options.retainHandling = RetainHandling::DoNotSend;
        options.topics = {topic};
        QTest::newRow("v5:subscribe-options-subscription-id")
            << V5 << Packet(options) << hex("82 0b 0002 02 0b05 0003612f2b 2e");
    }
    {
        SubackPacket p;
        p.packetId = 1;
        p.reasonCodes = {ReasonCode::GrantedQoS1, ReasonCode::UnspecifiedError};
        QTest::newRow("v311:suback") << V311 << Packet(p) << hex("90 04 0001 01 80");
        QTest::newRow("v31:suback") << V31 << Packet(p) << hex("90 04 0001 01 80");
        p.packetId = 2;
        p.reasonCodes = {ReasonCode::GrantedQoS2, ReasonCode::NotAuthorized};
        QTest::newRow("v5:suback") << V5 << Packet(p) << hex("90 05 0002 00 02 87");
    }

    // UNSUBSCRIBE / UNSUBACK (3.10, 3.11) ----------------------------------------------------
    {
        UnsubscribePacket p;
        p.packetId = 3;
        p.filters = {"a/#"};
        // [MQTT-3.10.1-1] UNSUBSCRIBE fixed header flags are 0010.
        QTest::newRow("v311:unsubscribe") << V311 << Packet(p) << hex("a2 07 0003 0003612f23");
        QTest::newRow("v31:unsubscribe") << V31 << Packet(p) << hex("a2 07 0003 0003612f23");
        QTest::newRow("v5:unsubscribe") << V5 << Packet(p) << hex("a2 08 0003 00 0003612f23");
        UnsubackPacket a;
        a.packetId = 3;
        QTest::newRow("v311:unsuback") << V311 << Packet(a) << hex("b0 02 0003");
        QTest::newRow("v31:unsuback") << V31 << Packet(a) << hex("b0 02 0003");
        a.reasonCodes = {ReasonCode::Success, ReasonCode::NoSubscriptionExisted};
        QTest::newRow("v5:unsuback") << V5 << Packet(a) << hex("b0 05 0003 00 00 11");
    }

    // PINGREQ, PINGRESP, DISCONNECT, AUTH (3.12 - 3.15) ------------------------------------------
    for (const auto &[name, version] :
         {std::pair{"v31", V31}, std::pair{"v311", V311}, std::pair{"v5", V5}}) {
        const QByteArray prefix = QByteArray(name) + ':';
        QTest::newRow(prefix + "pingreq") << version << Packet(PingreqPacket{}) << hex("c0 00");
        QTest::newRow(prefix + "pingresp") << version << Packet(PingrespPacket{}) << hex("d0 00");
        // 3.14.2.1: in 5.0 a remaining length of 0 means Normal disconnection.
        QTest::newRow(prefix + "disconnect")
            << version << Packet(DisconnectPacket{}) << hex("e0 00");
    }
    QTest::newRow("v5:disconnect-with-will")
        << V5 << Packet(DisconnectPacket{ReasonCode::DisconnectWithWillMessage, {}})
        << hex("e0 01 04");
    {
        DisconnectPacket p{ReasonCode::SessionTakenOver, {}};
        p.properties.sessionExpiryInterval = 0;
        QTest::newRow("v5:disconnect-session-taken-over")
            << V5 << Packet(p) << hex("e0 07 8e 05 1100000000");
    }
    QTest::newRow("v5:auth-success") << V5 << Packet(AuthPacket{}) << hex("f0 00");
    {
        AuthPacket p{ReasonCode::ContinueAuthentication, {}};
        p.properties.authenticationMethod = "SCRAM";
        p.properties.authenticationData = QByteArray("\x01\x02", 2);
        QTest::newRow("v5:auth-continue")
            << V5 << Packet(p) << hex("f0 0f 18 0d 15 0005 534352414d 16 0002 0102");
    }
}

// Encoding is byte-exact, the size is known in advance, and the bytes decode back to the value.
void tst_Codec::golden()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    QFETCH(QByteArray, bytes);

    const QByteArray encoded = encode(packet, version);
    QCOMPARE(encoded.toHex(' '), bytes.toHex(' '));
    QCOMPARE(encodedSize(packet, version), bytes.size());

    const Result<Packet> decoded = decode(bytes, version);
    QVERIFY2(decoded.ok(), codecErrorText(decoded.ok() ? CodecError::None : decoded.error().error));
    QCOMPARE(dumpPacket(decoded.value()), dumpPacket(packet));
    QVERIFY(decoded.value() == packet);
}

void tst_Codec::decodeOnly_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Packet>("packet");

    // Long forms that the encoder shortens but a receiver must accept (3.4.2.1, 3.14.2.1).
    QTest::newRow("v5:puback-reason-without-properties")
        << V5 << hex("40 03 002a 00") << Packet(ack<PubackPacket>(42));
    QTest::newRow("v5:puback-empty-properties")
        << V5 << hex("40 04 002a 00 00") << Packet(ack<PubackPacket>(42));
    QTest::newRow("v5:pubrel-empty-properties")
        << V5 << hex("62 04 002a 00 00") << Packet(ack<PubrelPacket>(42));
    QTest::newRow("v5:disconnect-reason-only")
        << V5 << hex("e0 01 00") << Packet(DisconnectPacket{});
    QTest::newRow("v5:disconnect-empty-properties")
        << V5 << hex("e0 02 00 00") << Packet(DisconnectPacket{});
    QTest::newRow("v5:auth-reason-only")
        << V5 << hex("f0 01 18") << Packet(AuthPacket{ReasonCode::ContinueAuthentication, {}});
    QTest::newRow("v5:auth-success-empty-properties")
        << V5 << hex("f0 02 00 00") << Packet(AuthPacket{});
    // A CONNECT carries its own level, whatever the session's version is.
    QTest::newRow("v311-session:connect-v5")
        << V311 << hex("10 11 00044d515454 05 02 003c 00 000474657374")
        << Packet(connectPacket(V5, "test"));
    // Non-minimal varints inside properties are tolerated (only the remaining length is checked).
    {
        PublishPacket p = publish("a", {});
        p.properties.subscriptionIdentifiers = {1};
        QTest::newRow("v5:publish-subscription-id-two-byte-form")
            << V5 << hex("30 07 000161 03 0b8100") << Packet(p);
    }
}

void tst_Codec::decodeOnly()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    QFETCH(Packet, packet);

    const Result<Packet> decoded = decode(bytes, version);
    QVERIFY2(decoded.ok(), codecErrorText(decoded.ok() ? CodecError::None : decoded.error().error));
    QCOMPARE(dumpPacket(decoded.value()), dumpPacket(packet));
    QVERIFY(decoded.value() == packet);
}

void tst_Codec::malformed_data()
{
    // One string reader decodes every UTF-8 field the broker receives (client id, will topic, user
    // name, topic names and filters, property strings and pairs), so the rows below check
    // 3.1.1 [MQTT-1.5.3-1] [MQTT-1.5.3-2] [MQTT-3.1.3-4] [MQTT-3.1.3-10] [MQTT-3.1.3-11]
    // [MQTT-3.3.2-1] [MQTT-3.8.3-1] [MQTT-3.10.3-1] and 5.0 [MQTT-1.5.7-1] [MQTT-3.1.3-4]
    // [MQTT-3.1.3-11] [MQTT-3.1.3-12] [MQTT-3.3.2-13] [MQTT-3.3.2-19]; fixed-header flags 3.1.1
    // [MQTT-2.2.2-1], AUTH flags 5.0 [MQTT-3.15.1-1]; an empty SUBSCRIBE 5.0 [MQTT-3.8.3-2].
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CodecError>("error");
    QTest::addColumn<ReasonCode>("reason");

    const auto row = [](const char *name, ProtocolVersion version, const char *bytes,
                        CodecError error, ReasonCode reason) {
        QTest::newRow(name) << version << hex(bytes) << error << reason;
    };
    constexpr auto Malformed = ReasonCode::MalformedPacket;
    constexpr auto Protocol = ReasonCode::ProtocolError;

    // Fixed header (2.1) ----------------------------------------------------------------------
    row("v311:reserved-type-0", V311, "00 00", CodecError::ReservedPacketType, Malformed);
    // [MQTT-2.1.3-1] reserved flags must be exactly as in table 2.2.
    row("v311:pubrel-flags-0000", V311, "60 02 0001", CodecError::InvalidFixedHeaderFlags,
        Malformed);
    row("v5:pubrel-flags-0000", V5, "60 02 0001", CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v311:subscribe-flags-0000", V311, "80 06 0001 000161 00",
        CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v311:unsubscribe-flags-0000", V311, "a0 05 0001 000161",
        CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v5:puback-flags-0010", V5, "42 02 0001", CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v311:connect-flags-0001", V311, "11 10 00044d515454 04 02 003c 000474657374",
        CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v311:pingreq-flags-0001", V311, "c1 00", CodecError::InvalidFixedHeaderFlags, Malformed);
    row("v5:auth-flags-0001", V5, "f1 00", CodecError::InvalidFixedHeaderFlags, Malformed);
    // [MQTT-1.5.5-1] at most 4 bytes, minimum number of bytes.
    row("v311:remaining-length-5-bytes", V311, "30 ff ff ff ff 7f",
        CodecError::RemainingLengthTooLong, Malformed);
    row("v311:remaining-length-not-minimal", V311, "c0 80 00",
        CodecError::RemainingLengthNotMinimal, Malformed);
    row("v5:remaining-length-not-minimal-3", V5, "30 83 80 00 000161",
        CodecError::RemainingLengthNotMinimal, Malformed);

    // Structure ------------------------------------------------------------------------------
    row("v311:truncated-header", V311, "30", CodecError::Truncated, Malformed);
    row("v311:truncated-body", V311, "30 0a 0003612f62", CodecError::Truncated, Malformed);
    row("v311:second-packet-after-first", V311, "c0 00 c0 00", CodecError::TrailingBytes,
        Malformed);
    row("v311:pingreq-with-body", V311, "c0 01 00", CodecError::TrailingBytes, Malformed);
    row("v311:puback-remaining-length-3", V311, "40 03 0001 00", CodecError::TrailingBytes,
        Malformed);
    row("v311:disconnect-with-body", V311, "e0 01 00", CodecError::TrailingBytes, Malformed);
    row("v311:unsuback-remaining-length-3", V311, "b0 03 0001 00", CodecError::TrailingBytes,
        Malformed);
    row("v311:connack-remaining-length-3", V311, "20 03 00 00 00", CodecError::TrailingBytes,
        Malformed);
    row("v5:connect-trailing-byte", V5, "10 12 00044d515454 05 02 003c 00 000474657374 00",
        CodecError::TrailingBytes, Malformed);
    row("v311:puback-truncated-id", V311, "40 01 00", CodecError::Truncated, Malformed);
    // [MQTT-1.5.4-1] ill-formed UTF-8 and surrogates; [MQTT-1.5.4-2] U+0000.
    row("v311:utf8-invalid-continuation", V311, "30 04 0002 c328", CodecError::InvalidUtf8,
        Malformed);
    row("v311:utf8-surrogate-d800", V311, "30 05 0003 eda080", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-surrogate-dfff", V311, "30 05 0003 edbfbf", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-overlong-slash", V311, "30 04 0002 c0af", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-overlong-3-byte", V311, "30 05 0003 e08080", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-above-10ffff", V311, "30 06 0004 f4908080", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-5-byte-form", V311, "30 07 0005 f888808080", CodecError::InvalidUtf8, Malformed);
    row("v311:utf8-truncated-sequence", V311, "30 04 0002 61e2", CodecError::InvalidUtf8,
        Malformed);
    row("v311:utf8-null-character", V311, "30 05 0003 610062", CodecError::NullCharacter,
        Malformed);
    row("v5:utf8-null-in-client-id", V5, "10 0e 00044d515454 05 02 003c 00 000100",
        CodecError::NullCharacter, Malformed);
    row("v5:user-property-invalid-utf8", V5,
        "10 18 00044d515454 05 02 003c 07 260001ff000162 000474657374", CodecError::InvalidUtf8,
        Malformed);

    // CONNECT (3.1) -------------------------------------------------------------------------
    // [MQTT-3.1.2-1] protocol name, [MQTT-3.1.2-2] level -> CONNACK 0x84 / return code 1.
    row("v311:connect-protocol-name-MQTX", V311, "10 10 00044d515458 04 02 003c 000474657374",
        CodecError::InvalidProtocolName, ReasonCode::UnsupportedProtocolVersion);
    row("v311:connect-level-6", V311, "10 10 00044d515454 06 02 003c 000474657374",
        CodecError::UnsupportedProtocolVersion, ReasonCode::UnsupportedProtocolVersion);
    row("v311:connect-MQTT-level-3", V311, "10 10 00044d515454 03 02 003c 000474657374",
        CodecError::UnsupportedProtocolVersion, ReasonCode::UnsupportedProtocolVersion);
    row("v31:connect-MQIsdp-level-4", V31, "10 12 00064d5149736470 04 02 003c 000474657374",
        CodecError::UnsupportedProtocolVersion, ReasonCode::UnsupportedProtocolVersion);
    // [MQTT-3.1.2-3] reserved flag.
    row("v311:connect-reserved-flag", V311, "10 10 00044d515454 04 03 003c 000474657374",
        CodecError::ConnectReservedFlag, Malformed);
    row("v5:connect-reserved-flag", V5, "10 11 00044d515454 05 03 003c 00 000474657374",
        CodecError::ConnectReservedFlag, Malformed);
    // [MQTT-3.1.2-11] will QoS and [MQTT-3.1.2-13] will retain need the will flag.
    row("v311:connect-will-qos-without-will", V311, "10 10 00044d515454 04 0a 003c 000474657374",
        CodecError::WillFlagsWithoutWill, Malformed);
    row("v311:connect-will-retain-without-will", V311, "10 10 00044d515454 04 22 003c 000474657374",
        CodecError::WillFlagsWithoutWill, Malformed);
    // [MQTT-3.1.2-14] will QoS 3.
    row("v311:connect-will-qos3", V311, "10 16 00044d515454 04 1e 003c 000474657374 000177 000178",
        CodecError::InvalidWillQoS, Malformed);
    // [MQTT-3.1.2-22] 3.1.1 password needs a user name (5.0 allows it, see golden rows).
    row("v311:connect-password-without-username", V311,
        "10 14 00044d515454 04 42 003c 000474657374 00027077", CodecError::PasswordWithoutUserName,
        Malformed);
    // [MQTT-3.1.3-8] empty client id needs clean session in 3.1.1.
    row("v311:connect-empty-id-persistent", V311, "10 0c 00044d515454 04 00 003c 0000",
        CodecError::ClientIdentifierNotValid, ReasonCode::ClientIdentifierNotValid);
    row("v311:connect-will-topic-wildcard", V311,
        "10 16 00044d515454 04 06 003c 000474657374 000123 000178", CodecError::WildcardInTopicName,
        ReasonCode::TopicNameInvalid);
    row("v311:connect-will-topic-empty", V311,
        "10 15 00044d515454 04 06 003c 000474657374 0000 000178", CodecError::EmptyTopicName,
        Protocol);
    row("v311:connect-will-truncated", V311, "10 12 00044d515454 04 06 003c 000474657374 0001",
        CodecError::Truncated, Malformed);
    row("v311:connect-username-flag-without-username", V311,
        "10 10 00044d515454 04 82 003c 000474657374", CodecError::Truncated, Malformed);
    // Properties on CONNECT (3.1.2.11).
    row("v5:connect-will-session-expiry-not-allowed", V5,
        "10 1d 00044d515454 05 06 003c 00 000474657374 05 1100000001 000177 000178",
        CodecError::PropertyNotAllowed, Protocol);
    row("v5:connect-receive-maximum-0", V5, "10 14 00044d515454 05 02 003c 03 210000 000474657374",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connect-maximum-packet-size-0", V5,
        "10 16 00044d515454 05 02 003c 05 2700000000 000474657374",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connect-request-problem-information-2", V5,
        "10 13 00044d515454 05 02 003c 02 1702 000474657374", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:connect-request-response-information-2", V5,
        "10 13 00044d515454 05 02 003c 02 1902 000474657374", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:connect-duplicate-session-expiry", V5,
        "10 1b 00044d515454 05 02 003c 0a 1100000001 1100000002 000474657374",
        CodecError::DuplicateProperty, Protocol);
    row("v5:connect-duplicate-authentication-method", V5,
        "10 18 00044d515454 05 02 003c 07 15000178 150000 000474657374",
        CodecError::DuplicateProperty, Protocol);
    // 3.1.2.11.10: Authentication Data without Authentication Method.
    row("v5:connect-authentication-data-without-method", V5,
        "10 15 00044d515454 05 02 003c 04 16000178 000474657374", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:auth-data-without-method", V5, "f0 06 18 04 16000178", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:connect-unknown-property-7", V5, "10 12 00044d515454 05 02 003c 01 07 000474657374",
        CodecError::UnknownProperty, Malformed);
    row("v5:connect-topic-alias-not-allowed", V5,
        "10 14 00044d515454 05 02 003c 03 230001 000474657374", CodecError::PropertyNotAllowed,
        Protocol);
    row("v5:connect-property-length-overrun", V5, "10 11 00044d515454 05 02 003c 20 000474657374",
        CodecError::Truncated, Malformed);
    row("v5:connect-property-length-5-bytes", V5,
        "10 15 00044d515454 05 02 003c ffffffff7f 000474657374", CodecError::VariableIntegerTooLong,
        Malformed);
    row("v5:connect-property-value-truncated", V5,
        "10 13 00044d515454 05 02 003c 02 2100 000474657374", CodecError::Truncated, Malformed);

    // CONNACK (3.2) -------------------------------------------------------------------------
    row("v311:connack-reserved-flags", V311, "20 02 02 00", CodecError::ConnackReservedFlags,
        Malformed); // [MQTT-3.2.2-1]
    row("v5:connack-reserved-flags", V5, "20 03 80 00 00", CodecError::ConnackReservedFlags,
        Malformed);
    row("v311:connack-return-code-6", V311, "20 02 00 06", CodecError::InvalidReasonCode, Protocol);
    row("v5:connack-reason-0x10", V5, "20 03 00 10 00", CodecError::InvalidReasonCode, Protocol);
    row("v5:connack-missing-properties", V5, "20 02 00 00", CodecError::Truncated, Malformed);
    row("v5:connack-maximum-qos-2", V5, "20 05 00 00 02 2402", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:connack-retain-available-2", V5, "20 05 00 00 02 2502",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connack-wildcard-available-2", V5, "20 05 00 00 02 2802",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connack-subscription-id-available-2", V5, "20 05 00 00 02 2902",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connack-shared-available-2", V5, "20 05 00 00 02 2a02",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connack-receive-maximum-0", V5, "20 06 00 00 03 210000",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:connack-will-delay-not-allowed", V5, "20 08 00 00 05 1800000001",
        CodecError::PropertyNotAllowed, Protocol);

    // PUBLISH (3.3) -------------------------------------------------------------------------
    row("v311:qos3", V311, "36 09 0003612f62 0001 6869", CodecError::InvalidQoS,
        Malformed); // [MQTT-3.3.1-4]
    row("v5:qos3", V5, "36 0a 0003612f62 0001 00 6869", CodecError::InvalidQoS, Malformed);
    row("v311:qos0-dup", V311, "38 07 0003612f62 6869", CodecError::DupWithQoS0,
        Malformed); // [MQTT-3.3.1-2]
    row("v5:qos0-dup", V5, "38 08 0003612f62 00 6869", CodecError::DupWithQoS0, Malformed);
    // [MQTT-3.3.2-2] no wildcards in topic names.
    row("v311:topic-name-plus", V311, "30 07 0003612f2b 6869", CodecError::WildcardInTopicName,
        ReasonCode::TopicNameInvalid);
    row("v311:topic-name-hash", V311, "30 03 000123", CodecError::WildcardInTopicName,
        ReasonCode::TopicNameInvalid);
    row("v5:topic-name-hash-inside", V5, "30 05 0002 6123 00", CodecError::WildcardInTopicName,
        ReasonCode::TopicNameInvalid);
    // [MQTT-4.7.3-1] topic names are at least one character; 5.0 3.3.4: Protocol Error.
    row("v311:topic-name-empty", V311, "30 04 0000 6869", CodecError::EmptyTopicName, Protocol);
    row("v5:topic-name-empty-without-alias", V5, "30 05 0000 00 6869", CodecError::EmptyTopicName,
        Protocol);
    // [MQTT-2.2.1-3] QoS > 0 needs a non-zero packet identifier.
    row("v311:qos1-packet-id-0", V311, "32 09 0003612f62 0000 6869",
        CodecError::PacketIdentifierZero, Protocol);
    row("v5:qos2-packet-id-0", V5, "34 0a 0003612f62 0000 00 6869",
        CodecError::PacketIdentifierZero, Protocol);
    row("v5:qos1-truncated-packet-id", V5, "32 06 0003612f62 00", CodecError::Truncated, Malformed);
    // [MQTT-3.3.2-8] topic alias 0.
    row("v5:topic-alias-0", V5, "30 09 0003612f62 03 230000", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:payload-format-2", V5, "30 08 0003612f62 02 0102", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:subscription-id-0", V5, "30 08 0003612f62 02 0b00", CodecError::InvalidPropertyValue,
        Protocol);
    row("v5:subscription-id-5-bytes", V5, "30 0b 0003612f62 05 0bffffffff",
        CodecError::VariableIntegerTooLong, Malformed);
    row("v5:duplicate-message-expiry", V5, "30 10 0003612f62 0a 0200000001 0200000002",
        CodecError::DuplicateProperty, Protocol);
    row("v5:duplicate-topic-alias", V5, "30 0c 0003612f62 06 230001 230002",
        CodecError::DuplicateProperty, Protocol);
    row("v5:duplicate-correlation-data", V5, "30 0e 0003612f62 08 09000161 09000162",
        CodecError::DuplicateProperty, Protocol);
    row("v5:response-topic-wildcard", V5, "30 0a 0003612f62 04 0800012b",
        CodecError::InvalidPropertyValue,
        Protocol); // [MQTT-3.3.2-14]
    row("v5:connect-will-response-topic-wildcard", V5,
        "10 1c 00044d515454 05 06 003c 00 000474657374 04 08000123 000177 000178",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:session-expiry-not-allowed", V5, "30 0b 0003612f62 05 1100000001",
        CodecError::PropertyNotAllowed, Protocol);
    row("v5:will-delay-not-allowed", V5, "30 0b 0003612f62 05 1800000001",
        CodecError::PropertyNotAllowed, Protocol);
    row("v5:property-id-0", V5, "30 08 0003612f62 02 0000", CodecError::UnknownProperty, Malformed);
    row("v5:property-id-two-byte-varint", V5, "30 09 0003612f62 03 810101",
        CodecError::UnknownProperty, Malformed);

    // PUBACK, PUBREC, PUBREL, PUBCOMP (3.4 - 3.7) ----------------------------------------------
    row("v311:puback-packet-id-0", V311, "40 02 0000", CodecError::PacketIdentifierZero, Protocol);
    row("v5:pubcomp-packet-id-0", V5, "70 02 0000", CodecError::PacketIdentifierZero, Protocol);
    row("v5:puback-reason-0x92", V5, "40 03 0001 92", CodecError::InvalidReasonCode, Protocol);
    row("v5:pubrel-reason-0x10", V5, "62 03 0001 10", CodecError::InvalidReasonCode, Protocol);
    row("v5:pubcomp-duplicate-reason-string", V5, "70 0c 0001 00 08 1f000161 1f000162",
        CodecError::DuplicateProperty, Protocol);
    row("v5:pubrec-topic-alias-not-allowed", V5, "50 07 0001 00 03 230001",
        CodecError::PropertyNotAllowed, Protocol);
    row("v5:puback-property-length-overrun", V5, "40 05 0001 00 05 1f", CodecError::Truncated,
        Malformed);

    // SUBSCRIBE (3.8) -----------------------------------------------------------------------
    row("v311:subscribe-no-filters", V311, "82 02 0001", CodecError::NoTopicFilters,
        Protocol); // [MQTT-3.8.3-3]
    row("v5:subscribe-no-filters", V5, "82 03 0001 00", CodecError::NoTopicFilters, Protocol);
    row("v311:subscribe-packet-id-0", V311, "82 06 0000 000161 00",
        CodecError::PacketIdentifierZero, Protocol);
    row("v311:subscribe-empty-filter", V311, "82 05 0001 0000 00", CodecError::EmptyTopicFilter,
        ReasonCode::TopicFilterInvalid); // [MQTT-4.7.3-1]
    // [MQTT-4.7.1-2] '#' last and alone, [MQTT-4.7.1-3] '+' alone in its level.
    row("v311:subscribe-hash-not-last", V311, "82 08 0001 0003232f61 00",
        CodecError::InvalidTopicFilter, ReasonCode::TopicFilterInvalid);
    row("v311:subscribe-hash-inside-level", V311, "82 07 0001 00026123 00",
        CodecError::InvalidTopicFilter, ReasonCode::TopicFilterInvalid);
    row("v5:subscribe-plus-inside-level", V5, "82 08 0001 00 0002612b 00",
        CodecError::InvalidTopicFilter, ReasonCode::TopicFilterInvalid);
    row("v311:subscribe-qos3", V311, "82 06 0001 000161 03",
        CodecError::SubscriptionOptionsReserved, Malformed);
    // [MQTT-3.8.3-4] (3.1.1): bits 2-7 are reserved; [MQTT-3.8.3-5] (5.0): bits 6-7.
    row("v311:subscribe-no-local-bit-reserved", V311, "82 06 0001 000161 04",
        CodecError::SubscriptionOptionsReserved, Malformed);
    row("v5:subscribe-reserved-bit-6", V5, "82 07 0001 00 000161 40",
        CodecError::SubscriptionOptionsReserved, Malformed);
    row("v5:subscribe-qos3", V5, "82 07 0001 00 000161 03", CodecError::SubscriptionOptionsReserved,
        Malformed);
    row("v5:subscribe-retain-handling-3", V5, "82 07 0001 00 000161 30",
        CodecError::InvalidRetainHandling, Protocol);
    row("v5:subscribe-two-subscription-ids", V5, "82 0b 0001 04 0b01 0b02 000161 00",
        CodecError::DuplicateProperty, Protocol);
    row("v5:subscribe-subscription-id-0", V5, "82 09 0001 02 0b00 000161 00",
        CodecError::InvalidPropertyValue, Protocol);
    row("v5:subscribe-reason-string-not-allowed", V5, "82 0b 0001 04 1f000161 000161 00",
        CodecError::PropertyNotAllowed, Protocol);
    row("v311:subscribe-missing-options", V311, "82 05 0001 000161", CodecError::Truncated,
        Malformed);

    // SUBACK (3.9) --------------------------------------------------------------------------
    row("v311:suback-code-3", V311, "90 03 0001 03", CodecError::InvalidReasonCode,
        Protocol); // [MQTT-3.9.3-2]
    row("v311:suback-code-0x87", V311, "90 03 0001 87", CodecError::InvalidReasonCode, Protocol);
    row("v5:suback-code-0x81", V5, "90 04 0001 00 81", CodecError::InvalidReasonCode, Protocol);
    row("v311:suback-no-codes", V311, "90 02 0001", CodecError::NoReasonCodes, Protocol);
    row("v5:suback-no-codes", V5, "90 03 0001 00", CodecError::NoReasonCodes, Protocol);
    row("v5:suback-packet-id-0", V5, "90 04 0000 00 00", CodecError::PacketIdentifierZero,
        Protocol);

    // UNSUBSCRIBE / UNSUBACK (3.10, 3.11) ----------------------------------------------------
    row("v311:unsubscribe-no-filters", V311, "a2 02 0001", CodecError::NoTopicFilters,
        Protocol); // [MQTT-3.10.3-2]
    row("v311:unsubscribe-empty-filter", V311, "a2 04 0001 0000", CodecError::EmptyTopicFilter,
        ReasonCode::TopicFilterInvalid);
    row("v5:unsubscribe-hash-first", V5, "a2 07 0001 00 00022361", CodecError::InvalidTopicFilter,
        ReasonCode::TopicFilterInvalid);
    row("v311:unsubscribe-packet-id-0", V311, "a2 05 0000 000161", CodecError::PacketIdentifierZero,
        Protocol);
    row("v5:unsuback-no-codes", V5, "b0 03 0001 00", CodecError::NoReasonCodes, Protocol);
    row("v5:unsuback-code-0x10", V5, "b0 04 0001 00 10", CodecError::InvalidReasonCode, Protocol);
    row("v311:unsuback-packet-id-0", V311, "b0 02 0000", CodecError::PacketIdentifierZero,
        Protocol);

    // DISCONNECT, AUTH (3.14, 3.15) --------------------------------------------------------------
    row("v5:disconnect-reason-0x84", V5, "e0 01 84", CodecError::InvalidReasonCode, Protocol);
    row("v5:disconnect-topic-alias-not-allowed", V5, "e0 05 00 03 230001",
        CodecError::PropertyNotAllowed, Protocol);
    row("v5:disconnect-property-length-overrun", V5, "e0 02 00 05", CodecError::Truncated,
        Malformed);
    row("v311:auth", V311, "f0 00", CodecError::PropertiesInOldProtocol, Malformed);
    row("v31:auth", V31, "f0 00", CodecError::PropertiesInOldProtocol, Malformed);
    row("v5:auth-reason-0x10", V5, "f0 02 10 00", CodecError::InvalidReasonCode, Protocol);
    row("v5:auth-session-expiry-not-allowed", V5, "f0 07 18 05 1100000001",
        CodecError::PropertyNotAllowed, Protocol);
}

void tst_Codec::malformed()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    QFETCH(CodecError, error);
    QFETCH(ReasonCode, reason);

    const Result<Packet> decoded = decode(bytes, version);
    QVERIFY2(!decoded.ok(), qPrintable(dumpPacket(decoded.ok() ? decoded.value() : Packet{})));
    QCOMPARE(codecErrorText(decoded.error().error), codecErrorText(error));
    QCOMPARE(decoded.error().reasonCode, reason);
    QCOMPARE(reasonCodeFor(error), reason);
}

// The maximum packet size counts the whole packet (fixed header included) (3.1.2.11.4).
void tst_Codec::packetTooLarge()
{
    const QByteArray bytes = hex("30 0a 0003612f62 68656c6c6f"); // 12 bytes
    QVERIFY(decode(bytes, V311, 12).ok());
    const Result<Packet> tooLarge = decode(bytes, V311, 11);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().error, CodecError::PacketTooLarge);
    QCOMPARE(tooLarge.error().reasonCode, ReasonCode::PacketTooLarge);
    // The declared length alone decides: a 200 MB header fails without its body.
    const Result<Packet> declared = decode(hex("30 80 80 80 64"), V5, 1024 * 1024);
    QVERIFY(!declared.ok());
    QCOMPARE(declared.error().error, CodecError::PacketTooLarge);
}

void tst_Codec::decodeRejectsIncompleteInput()
{
    for (const char *text : {"", "30", "30 8a", "30 05 0003"}) {
        const Result<Packet> decoded = decode(hex(text), V311);
        QVERIFY2(!decoded.ok(), text);
        QCOMPARE(decoded.error().error, CodecError::Truncated);
    }
}

void tst_Codec::utf8Accepted_data()
{
    QTest::addColumn<QByteArray>("topicUtf8");
    QTest::addColumn<QString>("topic");
    QTest::newRow("two-byte") << hex("c3a9") << QStringLiteral(u"é");
    QTest::newRow("three-byte") << hex("e282ac") << QStringLiteral(u"€");
    QTest::newRow("four-byte") << hex("f09f9880") << QString::fromUcs4(U"\U0001F600", 1);
    // Non-characters are allowed [MQTT-1.5.4-3] (only "SHOULD NOT" for control characters).
    QTest::newRow("noncharacter-fffe") << hex("efbfbe") << QString(QChar(0xFFFE));
    QTest::newRow("noncharacter-10ffff") << hex("f48fbfbf") << QString::fromUcs4(U"\U0010FFFF", 1);
    QTest::newRow("control-001f") << hex("1f") << QString(QChar(0x1F));
    QTest::newRow("bom-feff") << hex("efbbbf") << QString(QChar(0xFEFF));
}

void tst_Codec::utf8Accepted()
{
    // 3.1.1 [MQTT-1.5.3-3] (5.0 [MQTT-1.5.4-3]).
    QFETCH(QByteArray, topicUtf8);
    QFETCH(QString, topic);
    QByteArray bytes;
    bytes.append(char(0x30))
        .append(char(2 + topicUtf8.size()))
        .append(char(0))
        .append(char(topicUtf8.size()));
    bytes.append(topicUtf8);
    const Result<Packet> decoded = decode(bytes, V311);
    QVERIFY(decoded.ok());
    QCOMPARE(std::get<PublishPacket>(decoded.value()).topic, topic);
    QCOMPARE(encode(decoded.value(), V311), bytes);
}

void tst_Codec::encodeToAppends()
{
    QByteArray out = "xy";
    const qsizetype written = encodeTo(out, Packet(PingreqPacket{}), V311);
    QCOMPARE(written, 2);
    QCOMPARE(out, QByteArray("xy\xc0\x00", 4));
    QCOMPARE(encodeTo(out, Packet(publish("a/b", "hello")), V311), 12);
    QCOMPARE(out.mid(4).toHex(), hex("30 0a 0003612f62 68656c6c6f").toHex());
}

// MQTT 5 only fields are dropped when the session speaks 3.x.
void tst_Codec::version3DropsVersion5Fields()
{
    PublishPacket p = publish("a/b", "hello");
    p.properties.messageExpiryInterval = 10;
    QCOMPARE(encode(p, V311).toHex(' '), hex("30 0a 0003612f62 68656c6c6f").toHex(' '));
    PubackPacket a = ack<PubackPacket>(42, ReasonCode::NoMatchingSubscribers);
    QCOMPARE(encode(a, V311).toHex(' '), hex("40 02 002a").toHex(' '));
    DisconnectPacket d{ReasonCode::ServerShuttingDown, {}};
    QCOMPARE(encode(d, V311).toHex(' '), hex("e0 00").toHex(' '));
    ConnackPacket c{false, ReasonCode::Banned, {}}; // no 3.x code: nearest is 5 (not authorized)
    QCOMPARE(encode(c, V311).toHex(' '), hex("20 02 00 05").toHex(' '));
}

void tst_Codec::encodeVersion3SubackFailure()
{
    SubackPacket p;
    p.packetId = 9;
    p.reasonCodes = {ReasonCode::NotAuthorized, ReasonCode::GrantedQoS2};
    QCOMPARE(encode(p, V311).toHex(' '), hex("90 04 0009 80 02").toHex(' '));
}

void tst_Codec::connectUsesOwnVersion()
{
    QCOMPARE(encode(connectPacket(V5, "test"), V311).toHex(' '),
             hex("10 11 00044d515454 05 02 003c 00 000474657374").toHex(' '));
}

// A QString can hold what UTF-8 cannot [MQTT-1.5.4-1]; the encoder never emits a surrogate.
void tst_Codec::unpairedSurrogateEncodesAsReplacement()
{
    const PublishPacket p = publish(QString(QChar(0xD800)) + QLatin1Char('a'), {});
    const QByteArray bytes = encode(p, V311);
    QCOMPARE(bytes.toHex(' '), hex("30 06 0004 efbfbd 61").toHex(' '));
    QCOMPARE(encodedSize(p, V311), bytes.size());
    QVERIFY(decode(bytes, V311).ok());
}

void tst_Codec::largeRemainingLengths_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<QByteArray>("header");
    // 1.5.5: 127 is the largest 1-byte value, 16383 the largest 2-byte value.
    QTest::newRow("rl-127") << 127 - 5 << hex("30 7f");
    QTest::newRow("rl-128") << 128 - 5 << hex("30 8001");
    QTest::newRow("rl-16383") << 16383 - 5 << hex("30 ff7f");
    QTest::newRow("rl-16384") << 16384 - 5 << hex("30 808001");
    QTest::newRow("rl-2097152") << 2097152 - 5 << hex("30 80808001");
}

void tst_Codec::largeRemainingLengths()
{
    QFETCH(int, payloadSize);
    QFETCH(QByteArray, header);
    const PublishPacket p = publish("a/b", QByteArray(payloadSize, 'x'));
    const QByteArray bytes = encode(p, V311);
    QCOMPARE(bytes.left(header.size()).toHex(), header.toHex());
    QCOMPARE(bytes.size(), header.size() + 5 + payloadSize);
    QCOMPARE(encodedSize(p, V311), bytes.size());
    const Result<Packet> decoded = decode(bytes, V311);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == Packet(p));
}

void tst_Codec::reasonCodeForEveryError()
{
    for (int i = int(CodecError::ReservedPacketType); i <= int(CodecError::InvalidRetainHandling);
         ++i) {
        const auto error = CodecError(i);
        QVERIFY(isError(reasonCodeFor(error)));
        QVERIFY(qstrlen(codecErrorText(error)) > 5);
        QVERIFY(qstrcmp(codecErrorText(error), "Unknown codec error") != 0);
    }
    QCOMPARE(reasonCodeFor(CodecError::None), ReasonCode::Success);
    QCOMPARE(toDecodeError(CodecError::PacketTooLarge).reasonCode, ReasonCode::PacketTooLarge);
    QCOMPARE(reasonCodeName(ReasonCode::NotAuthorized), "Not authorized");
    QCOMPARE(reasonCodeName(ReasonCode(0x05)), "Unknown reason code");
}

// 3.1.1 table 3.1 against the 5.0 reason codes.
void tst_Codec::connackCodeMapping()
{
    for (quint8 code = 0; code <= 5; ++code)
        QCOMPARE(connackCodeV3(reasonFromConnackV3(code)), code);
    QCOMPARE(connackCodeV3(ReasonCode::ServerBusy), quint8(3));
    QCOMPARE(reasonFromConnackV3(9), ReasonCode::UnspecifiedError);
}

void tst_Codec::describePacket_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QString>("text");
    QTest::newRow("publish") << Packet(publish("a/b", "hello", QoS::AtLeastOnce, 42))
                             << "PUBLISH (d0, q1, r0, m42, 'a/b', ... (5 bytes))";
    ConnectPacket c = connectPacket(V5, "id");
    c.userName = "u";
    c.will = Will{"w", {}, QoS::AtLeastOnce, true, {}};
    QTest::newRow("connect") << Packet(c) << "CONNECT (p5, c1, k60, id 'id', u'u', will 'w' q1 r1)";
    QTest::newRow("connack") << Packet(ConnackPacket{true, ReasonCode::NotAuthorized, {}})
                             << "CONNACK (s1, rc135 Not authorized)";
    QTest::newRow("puback") << Packet(ack<PubackPacket>(7)) << "PUBACK (m7, rc0)";
    SubscribePacket s;
    s.packetId = 3;
    s.topics = {subscribeTopic("a/#", QoS::AtLeastOnce)};
    s.topics[0].options.noLocal = true;
    QTest::newRow("subscribe") << Packet(s) << "SUBSCRIBE (m3, 'a/#' q1 nl)";
    SubackPacket sa;
    sa.packetId = 3;
    sa.reasonCodes = {ReasonCode::GrantedQoS1, ReasonCode::UnspecifiedError};
    QTest::newRow("suback") << Packet(sa) << "SUBACK (m3, [1, 128])";
    QTest::newRow("pingreq") << Packet(PingreqPacket{}) << "PINGREQ";
    QTest::newRow("disconnect") << Packet(DisconnectPacket{}) << "DISCONNECT (rc0)";
}

void tst_Codec::describePacket()
{
    QFETCH(Packet, packet);
    QFETCH(QString, text);
    QCOMPARE(mqtt::describePacket(packet), text);
}

void tst_Codec::dumpPacketListsFields()
{
    PublishPacket p = publish("a/b", "hello", QoS::AtLeastOnce, 42);
    p.properties.userProperties = {{"k", "v"}};
    p.properties.messageExpiryInterval = 30;
    p.properties.correlationData = QByteArray("\x01\xff", 2);
    const QString dump = dumpPacket(p);
    QVERIFY2(dump.startsWith("PUBLISH\n"), qPrintable(dump));
    for (const char *line : {"  Topic: 'a/b'", "  QoS: 1", "  Packet Identifier: 42",
                             "  Payload: (5 bytes) 'hello'", "    Message Expiry Interval: 30",
                             "    Correlation Data: 0x01ff", "    User Property: 'k' = 'v'"}) {
        QVERIFY2(dump.contains(QLatin1String(line)), qPrintable(dump + "\nmissing: " + line));
    }
    PublishPacket binary = publish("t", QByteArray("\x00\x01", 2));
    QVERIFY(dumpPacket(binary).contains("Payload: (2 bytes) 0x0001"));
}

QTEST_APPLESS_MAIN(tst_Codec)
#include "tst_codec.moc"
