#pragma once

#include <mqttcore/connectoptions.h>
#include <mqttcore/mqttcore_global.h>

#include <QJsonObject>

namespace mqtt {

/// ConnectOptions as the keys of a JSON object: the form the workbench's connection profiles
/// (profiles.json) store them in, read by the GUI and by the command line's --profile alike.
/// Keys: transport ("mqtt", "mqtts", "ws", "wss"), host, port, connectTimeoutMs, clientId,
/// userName, password, protocolVersion (3, 4, 5), cleanStart, sessionExpiry, keepAlive,
/// receiveMaximum, maximumPacketSize, topicAliasMaximum, requestResponseInformation,
/// userProperties ([[name, value], ...]), tls {caFile, caPath, certFile, keyFile, verifyPeer,
/// insecure, peerName}, webSocket {path, headers}, reconnect {enabled, initialDelayMs,
/// maxDelayMs, maxRetries}, will {topic, payload (base64), qos, retain, delay}.
/// The password is written only when `withPassword` is true.
MQTTCORE_EXPORT QJsonObject connectOptionsToJson(const ConnectOptions &options, bool withPassword);
/// The options in `json` (other keys are ignored); what is absent keeps its default, values
/// out of range are clamped.
MQTTCORE_EXPORT ConnectOptions connectOptionsFromJson(const QJsonObject &json);

} // namespace mqtt
