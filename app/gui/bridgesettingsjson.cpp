#include "bridgesettingsjson.h"

#include <algorithm>

namespace gui {

namespace {

QString directionName(broker::BridgeTopic::Direction direction)
{
    switch (direction) {
    case broker::BridgeTopic::Direction::In:
        return QStringLiteral("in");
    case broker::BridgeTopic::Direction::Both:
        return QStringLiteral("both");
    case broker::BridgeTopic::Direction::Out:
        break;
    }
    return QStringLiteral("out");
}

broker::BridgeTopic::Direction directionFromName(const QString &name)
{
    if (name == QLatin1String("in"))
        return broker::BridgeTopic::Direction::In;
    if (name == QLatin1String("both"))
        return broker::BridgeTopic::Direction::Both;
    return broker::BridgeTopic::Direction::Out;
}

} // namespace

QJsonObject bridgeToJson(const broker::BridgeSettings &bridge, bool withPassword)
{
    QJsonArray topics;
    for (const broker::BridgeTopic &topic : bridge.topics) {
        topics.append(QJsonObject{
            {QStringLiteral("pattern"), topic.pattern},
            {QStringLiteral("direction"), directionName(topic.direction)},
            {QStringLiteral("qos"), int(topic.qos)},
            {QStringLiteral("localPrefix"), topic.localPrefix},
            {QStringLiteral("remotePrefix"), topic.remotePrefix},
        });
    }
    QJsonObject json{
        {QStringLiteral("name"), bridge.name},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(bridge.addresses)},
        {QStringLiteral("clientId"), bridge.clientId},
        {QStringLiteral("protocolVersion"), bridge.protocolVersion == mqtt::ProtocolVersion::V3_1_1
                                                ? QStringLiteral("3.1.1")
                                                : QStringLiteral("5")},
        {QStringLiteral("caFile"), bridge.caFile},
        {QStringLiteral("certFile"), bridge.certFile},
        {QStringLiteral("keyFile"), bridge.keyFile},
        {QStringLiteral("insecure"), bridge.insecure},
        {QStringLiteral("cleanStart"), bridge.cleanStart},
        {QStringLiteral("keepAlive"), int(bridge.keepAlive)},
        {QStringLiteral("reconnectDelayMs"), bridge.reconnectDelayMs},
        {QStringLiteral("reconnectMaxDelayMs"), bridge.reconnectMaxDelayMs},
        {QStringLiteral("topics"), topics},
    };
    if (bridge.userName)
        json.insert(QStringLiteral("userName"), *bridge.userName);
    if (bridge.localUsername)
        json.insert(QStringLiteral("localUsername"), *bridge.localUsername);
    if (bridge.password) {
        if (withPassword)
            json.insert(QStringLiteral("password"), QString::fromUtf8(*bridge.password));
        else
            json.insert(QStringLiteral("passwordInKeychain"), true);
    }
    return json;
}

broker::BridgeSettings bridgeFromJson(const QJsonObject &json)
{
    broker::BridgeSettings bridge;
    bridge.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue &address : json.value(QStringLiteral("addresses")).toArray())
        bridge.addresses.append(address.toString());
    bridge.clientId = json.value(QStringLiteral("clientId")).toString();
    if (json.contains(QStringLiteral("userName")))
        bridge.userName = json.value(QStringLiteral("userName")).toString();
    if (json.contains(QStringLiteral("password")))
        bridge.password = json.value(QStringLiteral("password")).toString().toUtf8();
    bridge.protocolVersion =
        json.value(QStringLiteral("protocolVersion")).toString() == QLatin1String("3.1.1")
            ? mqtt::ProtocolVersion::V3_1_1
            : mqtt::ProtocolVersion::V5;
    bridge.caFile = json.value(QStringLiteral("caFile")).toString();
    bridge.certFile = json.value(QStringLiteral("certFile")).toString();
    bridge.keyFile = json.value(QStringLiteral("keyFile")).toString();
    bridge.insecure = json.value(QStringLiteral("insecure")).toBool();
    bridge.cleanStart = json.value(QStringLiteral("cleanStart")).toBool();
    bridge.keepAlive =
        quint16(std::clamp(json.value(QStringLiteral("keepAlive")).toInt(60), 0, 65535));
    bridge.reconnectDelayMs =
        json.value(QStringLiteral("reconnectDelayMs")).toInt(bridge.reconnectDelayMs);
    bridge.reconnectMaxDelayMs =
        json.value(QStringLiteral("reconnectMaxDelayMs")).toInt(bridge.reconnectMaxDelayMs);
    if (json.contains(QStringLiteral("localUsername")))
        bridge.localUsername = json.value(QStringLiteral("localUsername")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("topics")).toArray()) {
        const QJsonObject object = value.toObject();
        broker::BridgeTopic topic;
        topic.pattern = object.value(QStringLiteral("pattern")).toString();
        topic.direction = directionFromName(object.value(QStringLiteral("direction")).toString());
        topic.qos = mqtt::QoS(std::clamp(object.value(QStringLiteral("qos")).toInt(), 0, 2));
        topic.localPrefix = object.value(QStringLiteral("localPrefix")).toString();
        topic.remotePrefix = object.value(QStringLiteral("remotePrefix")).toString();
        bridge.topics.append(topic);
    }
    return bridge;
}

bool bridgePasswordInKeychain(const QJsonObject &json)
{
    return json.value(QStringLiteral("passwordInKeychain")).toBool();
}

QJsonArray bridgesToJson(const QList<broker::BridgeSettings> &bridges, bool withPasswords)
{
    QJsonArray array;
    for (const broker::BridgeSettings &bridge : bridges)
        array.append(bridgeToJson(bridge, withPasswords));
    return array;
}

QList<broker::BridgeSettings> bridgesFromJson(const QJsonArray &array)
{
    QList<broker::BridgeSettings> bridges;
    for (const QJsonValue &value : array)
        bridges.append(bridgeFromJson(value.toObject()));
    return bridges;
}

} // namespace gui
