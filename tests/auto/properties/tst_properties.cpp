// MQTT 5 properties: every identifier against every packet that can carry properties, checked
// against table 2.2.2.2 of the specification as written out below (independently of the codec).
#include <mqttcore/codec.h>
#include <mqttcore/packetformat.h>

#include <QTest>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::PropertyId)

namespace {

// Packets (and the will of CONNECT) that carry a property block.
enum class Carrier
{
    Connect,
    Will,
    Connack,
    Publish,
    Puback,
    Pubrec,
    Pubrel,
    Pubcomp,
    Subscribe,
    Suback,
    Unsubscribe,
    Unsuback,
    Disconnect,
    Auth,
};
constexpr Carrier AllCarriers[] = {Carrier::Connect,    Carrier::Will,        Carrier::Connack,
                                   Carrier::Publish,    Carrier::Puback,      Carrier::Pubrec,
                                   Carrier::Pubrel,     Carrier::Pubcomp,     Carrier::Subscribe,
                                   Carrier::Suback,     Carrier::Unsubscribe, Carrier::Unsuback,
                                   Carrier::Disconnect, Carrier::Auth};
constexpr const char *CarrierNames[] = {
    "connect", "will",      "connack", "publish",     "puback",   "pubrec",     "pubrel",
    "pubcomp", "subscribe", "suback",  "unsubscribe", "unsuback", "disconnect", "auth"};

struct TableRow
{
    PropertyId id;
    QList<Carrier> carriers;
};

// Table 2.2.2.2 (MQTT 5.0): identifier and the packets it may appear in.
const QList<TableRow> &specificationTable()
{
    using C = Carrier;
    static const QList<TableRow> table = {
        {PropertyId::PayloadFormatIndicator, {C::Publish, C::Will}},
        {PropertyId::MessageExpiryInterval, {C::Publish, C::Will}},
        {PropertyId::ContentType, {C::Publish, C::Will}},
        {PropertyId::ResponseTopic, {C::Publish, C::Will}},
        {PropertyId::CorrelationData, {C::Publish, C::Will}},
        {PropertyId::SubscriptionIdentifier, {C::Publish, C::Subscribe}},
        {PropertyId::SessionExpiryInterval, {C::Connect, C::Connack, C::Disconnect}},
        {PropertyId::AssignedClientIdentifier, {C::Connack}},
        {PropertyId::ServerKeepAlive, {C::Connack}},
        {PropertyId::AuthenticationMethod, {C::Connect, C::Connack, C::Auth}},
        {PropertyId::AuthenticationData, {C::Connect, C::Connack, C::Auth}},
        {PropertyId::RequestProblemInformation, {C::Connect}},
        {PropertyId::WillDelayInterval, {C::Will}},
        {PropertyId::RequestResponseInformation, {C::Connect}},
        {PropertyId::ResponseInformation, {C::Connack}},
        {PropertyId::ServerReference, {C::Connack, C::Disconnect}},
        {PropertyId::ReasonString,
         {C::Connack, C::Puback, C::Pubrec, C::Pubrel, C::Pubcomp, C::Suback, C::Unsuback,
          C::Disconnect, C::Auth}},
        {PropertyId::ReceiveMaximum, {C::Connect, C::Connack}},
        {PropertyId::TopicAliasMaximum, {C::Connect, C::Connack}},
        {PropertyId::TopicAlias, {C::Publish}},
        {PropertyId::MaximumQoS, {C::Connack}},
        {PropertyId::RetainAvailable, {C::Connack}},
        {PropertyId::UserProperty, QList<Carrier>(std::begin(AllCarriers), std::end(AllCarriers))},
        {PropertyId::MaximumPacketSize, {C::Connect, C::Connack}},
        {PropertyId::WildcardSubscriptionAvailable, {C::Connack}},
        {PropertyId::SubscriptionIdentifierAvailable, {C::Connack}},
        {PropertyId::SharedSubscriptionAvailable, {C::Connack}},
    };
    return table;
}

// A valid value for one property.
Properties withProperty(PropertyId id)
{
    Properties p;
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        p.payloadFormatIndicator = 1;
        break;
    case PropertyId::MessageExpiryInterval:
        p.messageExpiryInterval = 3600;
        break;
    case PropertyId::ContentType:
        p.contentType = QStringLiteral("text/plain");
        break;
    case PropertyId::ResponseTopic:
        p.responseTopic = QStringLiteral("reply/here");
        break;
    case PropertyId::CorrelationData:
        p.correlationData = QByteArray("\x00\x01\x02", 3);
        break;
    case PropertyId::SubscriptionIdentifier:
        p.subscriptionIdentifiers = {268'435'455}; // the largest (3.8.2.1.2)
        break;
    case PropertyId::SessionExpiryInterval:
        p.sessionExpiryInterval = 0xFFFFFFFF;
        break;
    case PropertyId::AssignedClientIdentifier:
        p.assignedClientIdentifier = QStringLiteral("auto-1");
        break;
    case PropertyId::ServerKeepAlive:
        p.serverKeepAlive = 30;
        break;
    case PropertyId::AuthenticationMethod:
        p.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
        break;
    case PropertyId::AuthenticationData:
        // Data needs a method (3.1.2.11.10); the method goes first on the wire.
        p.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
        p.authenticationData = QByteArray("secret");
        break;
    case PropertyId::RequestProblemInformation:
        p.requestProblemInformation = 0;
        break;
    case PropertyId::WillDelayInterval:
        p.willDelayInterval = 10;
        break;
    case PropertyId::RequestResponseInformation:
        p.requestResponseInformation = 1;
        break;
    case PropertyId::ResponseInformation:
        p.responseInformation = QStringLiteral("resp/");
        break;
    case PropertyId::ServerReference:
        p.serverReference = QStringLiteral("other:1883");
        break;
    case PropertyId::ReasonString:
        p.reasonString = QStringLiteral("because");
        break;
    case PropertyId::ReceiveMaximum:
        p.receiveMaximum = 65535;
        break;
    case PropertyId::TopicAliasMaximum:
        p.topicAliasMaximum = 0; // 0 is allowed: no aliases (3.1.2.11.5)
        break;
    case PropertyId::TopicAlias:
        p.topicAlias = 1;
        break;
    case PropertyId::MaximumQoS:
        p.maximumQoS = 0;
        break;
    case PropertyId::RetainAvailable:
        p.retainAvailable = 0;
        break;
    case PropertyId::UserProperty:
        p.userProperties = {{"b", "2"}, {"a", "1"}, {"b", "3"}}; // order and repeats kept
        break;
    case PropertyId::MaximumPacketSize:
        p.maximumPacketSize = 1;
        break;
    case PropertyId::WildcardSubscriptionAvailable:
        p.wildcardSubscriptionAvailable = 1;
        break;
    case PropertyId::SubscriptionIdentifierAvailable:
        p.subscriptionIdentifierAvailable = 0;
        break;
    case PropertyId::SharedSubscriptionAvailable:
        p.sharedSubscriptionAvailable = 1;
        break;
    }
    return p;
}

template <typename Ack> Packet ackWith(const Properties &properties)
{
    Ack ack;
    ack.packetId = 1;
    ack.properties = properties;
    return ack;
}

// A valid packet of the carrier type with `properties` in its property block.
Packet packetWith(Carrier carrier, const Properties &properties)
{
    switch (carrier) {
    case Carrier::Connect:
    case Carrier::Will: {
        ConnectPacket p;
        p.protocolVersion = ProtocolVersion::V5;
        p.clientId = QStringLiteral("c");
        p.will = Will{QStringLiteral("w"), "x", QoS::AtMostOnce, false, {}};
        (carrier == Carrier::Will ? p.will->properties : p.properties) = properties;
        return p;
    }
    case Carrier::Connack:
        return ConnackPacket{false, ReasonCode::Success, properties};
    case Carrier::Publish: {
        PublishPacket p;
        p.topic = QStringLiteral("t");
        p.properties = properties;
        return p;
    }
    case Carrier::Puback:
        return ackWith<PubackPacket>(properties);
    case Carrier::Pubrec:
        return ackWith<PubrecPacket>(properties);
    case Carrier::Pubrel:
        return ackWith<PubrelPacket>(properties);
    case Carrier::Pubcomp:
        return ackWith<PubcompPacket>(properties);
    case Carrier::Subscribe:
        return SubscribePacket{1, {{QStringLiteral("t"), {}}}, properties};
    case Carrier::Suback:
        return SubackPacket{1, {ReasonCode::GrantedQoS0}, properties};
    case Carrier::Unsubscribe:
        return UnsubscribePacket{1, {QStringLiteral("t")}, properties};
    case Carrier::Unsuback:
        return UnsubackPacket{1, {ReasonCode::Success}, properties};
    case Carrier::Disconnect:
        return DisconnectPacket{ReasonCode::NormalDisconnection, properties};
    case Carrier::Auth:
        return AuthPacket{ReasonCode::ContinueAuthentication, properties};
    }
    return PingreqPacket{};
}

} // namespace

class tst_Properties : public QObject
{
    Q_OBJECT

private slots:
    void allowedOnPacket_data();
    void allowedOnPacket();
    void everyPropertyAtOnce();
    void isEmpty();
    void names();
    void subscriptionIdentifiersOnPublish();
};

void tst_Properties::allowedOnPacket_data()
{
    QTest::addColumn<PropertyId>("id");
    QTest::addColumn<int>("carrier");
    QTest::addColumn<bool>("allowed");
    for (const TableRow &row : specificationTable()) {
        for (const Carrier carrier : AllCarriers) {
            const QByteArray name = QByteArray("v5:") + CarrierNames[int(carrier)] + ':' +
                                    QByteArray(propertyName(row.id)).replace(' ', '-').toLower();
            QTest::newRow(name) << row.id << int(carrier) << row.carriers.contains(carrier);
        }
    }
}

// Table 2.2.2.2; a property on a packet that may not carry it is a Protocol Error.
void tst_Properties::allowedOnPacket()
{
    QFETCH(PropertyId, id);
    QFETCH(int, carrier);
    QFETCH(bool, allowed);

    const Packet packet = packetWith(Carrier(carrier), withProperty(id));
    const QByteArray bytes = encode(packet, ProtocolVersion::V5);
    QCOMPARE(encodedSize(packet, ProtocolVersion::V5), bytes.size());
    const Result<Packet> decoded = decode(bytes, ProtocolVersion::V5);
    if (allowed) {
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : codecErrorText(decoded.error().error));
        QCOMPARE(dumpPacket(decoded.value()), dumpPacket(packet));
        QVERIFY(decoded.value() == packet);
    } else {
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().error, CodecError::PropertyNotAllowed);
        QCOMPARE(decoded.error().reasonCode, ReasonCode::ProtocolError);
    }
}

// Every property a CONNACK may carry, together, survives a round trip.
void tst_Properties::everyPropertyAtOnce()
{
    Properties all;
    for (const TableRow &row : specificationTable()) {
        if (!row.carriers.contains(Carrier::Connack))
            continue;
        const Properties one = withProperty(row.id);
        // Merge: every field set in `one` is copied; the rest of `all` stays as it is.
        const auto merge = [](auto &target, const auto &source) {
            if (source != std::decay_t<decltype(source)>{})
                target = source;
        };
        merge(all.sessionExpiryInterval, one.sessionExpiryInterval);
        merge(all.assignedClientIdentifier, one.assignedClientIdentifier);
        merge(all.serverKeepAlive, one.serverKeepAlive);
        merge(all.authenticationMethod, one.authenticationMethod);
        merge(all.authenticationData, one.authenticationData);
        merge(all.responseInformation, one.responseInformation);
        merge(all.serverReference, one.serverReference);
        merge(all.reasonString, one.reasonString);
        merge(all.receiveMaximum, one.receiveMaximum);
        merge(all.topicAliasMaximum, one.topicAliasMaximum);
        merge(all.maximumQoS, one.maximumQoS);
        merge(all.retainAvailable, one.retainAvailable);
        merge(all.userProperties, one.userProperties);
        merge(all.maximumPacketSize, one.maximumPacketSize);
        merge(all.wildcardSubscriptionAvailable, one.wildcardSubscriptionAvailable);
        merge(all.subscriptionIdentifierAvailable, one.subscriptionIdentifierAvailable);
        merge(all.sharedSubscriptionAvailable, one.sharedSubscriptionAvailable);
    }
    const ConnackPacket packet{true, ReasonCode::Success, all};
    const QByteArray bytes = encode(packet, ProtocolVersion::V5);
    const Result<Packet> decoded = decode(bytes, ProtocolVersion::V5);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == Packet(packet));
    QVERIFY(dumpPacket(packet).contains("Maximum Packet Size: 1"));
}

void tst_Properties::isEmpty()
{
    Properties p;
    QVERIFY(p.isEmpty());
    p.topicAliasMaximum = 0; // set to 0 is not absent
    QVERIFY(!p.isEmpty());
    p = {};
    p.userProperties = {{"", ""}};
    QVERIFY(!p.isEmpty());
}

void tst_Properties::names()
{
    for (const TableRow &row : specificationTable())
        QVERIFY(qstrcmp(propertyName(row.id), "Unknown property") != 0);
    QCOMPARE(propertyName(PropertyId::TopicAlias), "Topic Alias");
    QCOMPARE(propertyName(PropertyId(0x07)), "Unknown property");
}

// 3.3.2.3.8: a PUBLISH carries one Subscription Identifier per matching subscription.
void tst_Properties::subscriptionIdentifiersOnPublish()
{
    Properties p;
    p.subscriptionIdentifiers = {1, 127, 128, 16383, 16384, 268'435'455};
    const Packet packet = packetWith(Carrier::Publish, p);
    const Result<Packet> decoded = decode(encode(packet, ProtocolVersion::V5), ProtocolVersion::V5);
    QVERIFY(decoded.ok());
    QCOMPARE(std::get<PublishPacket>(decoded.value()).properties.subscriptionIdentifiers,
             p.subscriptionIdentifiers);
}

QTEST_APPLESS_MAIN(tst_Properties)
#include "tst_properties.moc"
