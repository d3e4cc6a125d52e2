#include "profilereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace cli {

namespace {

mqtt::TransportKind transportFromScheme(const QString &scheme)
{
    for (mqtt::TransportKind kind :
         {mqtt::TransportKind::Tcp, mqtt::TransportKind::Tls, mqtt::TransportKind::WebSocket,
          mqtt::TransportKind::SecureWebSocket}) {
        if (scheme == QLatin1String(mqtt::transportScheme(kind)))
            return kind;
    }
    return mqtt::TransportKind::Tcp;
}

mqtt::QoS qosFrom(const QJsonValue &value)
{
    return mqtt::QoS(qBound(0, value.toInt(), 2));
}

QList<QPair<QString, QString>> pairsFrom(const QJsonValue &value)
{
    QList<QPair<QString, QString>> pairs;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            pairs.append({pair[0].toString(), pair[1].toString()});
    }
    return pairs;
}

// The fields of gui::ConnectionProfile::toJson() that describe the connection.
mqtt::ConnectOptions optionsFrom(const QJsonObject &json)
{
    mqtt::ConnectOptions o;
    o.transport = transportFromScheme(json.value(QStringLiteral("transport")).toString());
    o.host = json.value(QStringLiteral("host")).toString(o.host);
    o.port = quint16(qBound(0, json.value(QStringLiteral("port")).toInt(), 65535));
    o.connectTimeoutMs = json.value(QStringLiteral("connectTimeoutMs")).toInt(o.connectTimeoutMs);
    o.clientId = json.value(QStringLiteral("clientId")).toString();
    if (json.contains(QStringLiteral("userName")))
        o.userName = json.value(QStringLiteral("userName")).toString();
    if (json.contains(QStringLiteral("password")))
        o.password = json.value(QStringLiteral("password")).toString().toUtf8();
    switch (json.value(QStringLiteral("protocolVersion")).toInt(5)) {
    case 3:
        o.protocolVersion = mqtt::ProtocolVersion::V3_1;
        break;
    case 4:
        o.protocolVersion = mqtt::ProtocolVersion::V3_1_1;
        break;
    default:
        o.protocolVersion = mqtt::ProtocolVersion::V5;
        break;
    }
    o.cleanStart = json.value(QStringLiteral("cleanStart")).toBool(true);
    o.sessionExpiry = quint32(json.value(QStringLiteral("sessionExpiry")).toInteger(0));
    o.keepAlive = quint16(qBound(0, json.value(QStringLiteral("keepAlive")).toInt(60), 65535));
    o.receiveMaximum =
        quint16(qBound(1, json.value(QStringLiteral("receiveMaximum")).toInt(65535), 65535));
    o.maximumPacketSize = quint32(json.value(QStringLiteral("maximumPacketSize")).toInteger(0));
    o.topicAliasMaximum =
        quint16(qBound(0, json.value(QStringLiteral("topicAliasMaximum")).toInt(0), 65535));
    o.requestResponseInformation =
        json.value(QStringLiteral("requestResponseInformation")).toBool();
    for (const auto &[name, value] : pairsFrom(json.value(QStringLiteral("userProperties"))))
        o.connectProperties.userProperties.append({name, value});

    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    o.tls.caFile = tls.value(QStringLiteral("caFile")).toString();
    o.tls.caPath = tls.value(QStringLiteral("caPath")).toString();
    o.tls.certFile = tls.value(QStringLiteral("certFile")).toString();
    o.tls.keyFile = tls.value(QStringLiteral("keyFile")).toString();
    o.tls.verifyPeer = tls.value(QStringLiteral("verifyPeer")).toBool(true);
    o.tls.insecure = tls.value(QStringLiteral("insecure")).toBool();
    o.tls.peerName = tls.value(QStringLiteral("peerName")).toString();

    const QJsonObject ws = json.value(QStringLiteral("webSocket")).toObject();
    o.webSocket.path = ws.value(QStringLiteral("path")).toString(o.webSocket.path);
    for (const auto &[name, value] : pairsFrom(ws.value(QStringLiteral("headers"))))
        o.webSocket.extraHeaders.append({name.toUtf8(), value.toUtf8()});

    if (json.contains(QStringLiteral("will"))) {
        const QJsonObject w = json.value(QStringLiteral("will")).toObject();
        mqtt::Will will;
        will.topic = w.value(QStringLiteral("topic")).toString();
        will.payload =
            QByteArray::fromBase64(w.value(QStringLiteral("payload")).toString().toLatin1());
        will.qos = qosFrom(w.value(QStringLiteral("qos")));
        will.retain = w.value(QStringLiteral("retain")).toBool();
        if (const qint64 delay = w.value(QStringLiteral("delay")).toInteger(); delay > 0)
            will.properties.willDelayInterval = quint32(delay);
        o.will = will;
    }
    return o;
}

} // namespace

QString ProfileReader::defaultFilePath()
{
    // QStandardPaths::AppConfigLocation of the GUI (organisation "mqtt-workbench", application
    // "MQTT Workbench"), which the CLI's QCoreApplication does not carry.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/mqtt-workbench/MQTT Workbench/profiles.json");
}

std::optional<ProfileReader::Profile> ProfileReader::load(const QString &name, QString *error,
                                                          const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("no profile '%1': cannot read %2").arg(name, filePath);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1 is not a profile file: %2").arg(filePath, parseError.errorString());
        return std::nullopt;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject json = value.toObject();
        if (json.value(QStringLiteral("name")).toString() != name &&
            json.value(QStringLiteral("id")).toString() != name)
            continue;
        Profile profile;
        profile.options = optionsFrom(json);
        for (const QJsonValue &s : json.value(QStringLiteral("subscriptions")).toArray()) {
            const QJsonObject sub = s.toObject();
            const QString filter = sub.value(QStringLiteral("filter")).toString();
            if (!filter.isEmpty())
                profile.filters.append({filter, qosFrom(sub.value(QStringLiteral("qos")))});
        }
        const QString defaultFilter = json.value(QStringLiteral("defaultFilter")).toString();
        if (profile.filters.isEmpty() &&
            json.value(QStringLiteral("subscribeDefault")).toBool(true) && !defaultFilter.isEmpty())
            profile.filters.append({defaultFilter, mqtt::QoS::AtMostOnce});
        return profile;
    }
    *error = tr("no profile named '%1' in %2").arg(name, filePath);
    return std::nullopt;
}

} // namespace cli
