// validateBridgeSettings (brokersettings.h).
#include <broker/brokersettings.h>

#include <mqttcore/connectoptions.h>
#include <mqttcore/topic.h>

namespace broker {

QStringList validateBridgeSettings(const BridgeSettings &bridge)
{
    QStringList problems;
    // The name becomes part of $SYS/broker/connection/<name>/state and of a client id.
    if (bridge.name.isEmpty() || bridge.name.contains(u'/') || mqtt::hasWildcards(bridge.name))
        problems.append(QStringLiteral("the name must be non-empty, without '/', '+' or '#'"));
    if (bridge.addresses.isEmpty())
        problems.append(QStringLiteral("no address"));
    for (const QString &address : bridge.addresses) {
        QString error;
        if (!mqtt::ConnectOptions::fromUrl(address, &error))
            problems.append(QStringLiteral("address: %1").arg(error));
    }
    if (bridge.topics.isEmpty())
        problems.append(QStringLiteral("no topics"));
    for (const BridgeTopic &topic : bridge.topics) {
        if (const QString problem = validateBridgeTopic(topic); !problem.isEmpty())
            problems.append(QStringLiteral("topic '%1': %2").arg(topic.pattern, problem));
    }
    if (bridge.protocolVersion != mqtt::ProtocolVersion::V5 &&
        bridge.protocolVersion != mqtt::ProtocolVersion::V3_1_1)
        problems.append(QStringLiteral("protocol-version must be 5 or 3.1.1"));
    if (bridge.reconnectDelayMs <= 0 || bridge.reconnectMaxDelayMs < bridge.reconnectDelayMs)
        problems.append(QStringLiteral("reconnect delays must be positive, the maximum no less "
                                       "than the first"));
    return problems;
}

} // namespace broker
