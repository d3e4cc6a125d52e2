#include <mqttcore/connectoptionsjson.h>

#include <QJsonArray>

namespace mqtt {

namespace {

TransportKind transportFromScheme(const QString &scheme)
{
    for (TransportKind kind : {TransportKind::Tcp, TransportKind::Tls, TransportKind::WebSocket,
                               TransportKind::SecureWebSocket}) {
        if (scheme == QLatin1String(transportScheme(kind)))
            return kind;
    }
    return TransportKind::Tcp;
}

ProtocolVersion versionFromInt(int level)
{
    switch (level) {
    case 3:
        return ProtocolVersion::V3_1;
    case 4:
        return ProtocolVersion::V3_1_1;
    default:
        return ProtocolVersion::V5;
    }
}

QJsonArray pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &[name, value] : pairs)
        array.append(QJsonArray{name, value});
    return array;
}

QList<QPair<QString, QString>> pairsFromJson(const QJsonValue &value)
{
    QList<QPair<QString, QString>> pairs;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            pairs.append({pair[0].toString(), pair[1].toString()});
    }
    return pairs;
}

} // namespace

QJsonObject connectOptionsToJson(const ConnectOptions &o, bool withPassword)
{
    QList<QPair<QString, QString>> userProperties;
    for (const UserProperty &p : o.connectProperties.userProperties)
        userProperties.append({p.name, p.value});
    QList<QPair<QString, QString>> headers;
    for (const auto &[name, value] : o.webSocket.extraHeaders)
        headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    QJsonObject json{
        {QStringLiteral("transport"), QString::fromLatin1(transportScheme(o.transport))},
        {QStringLiteral("host"), o.host},
        {QStringLiteral("port"), int(o.port)},
        {QStringLiteral("connectTimeoutMs"), o.connectTimeoutMs},
        {QStringLiteral("clientId"), o.clientId},
        {QStringLiteral("protocolVersion"), int(o.protocolVersion)},
        {QStringLiteral("cleanStart"), o.cleanStart},
        {QStringLiteral("sessionExpiry"), qint64(o.sessionExpiry)},
        {QStringLiteral("keepAlive"), int(o.keepAlive)},
        {QStringLiteral("receiveMaximum"), int(o.receiveMaximum)},
        {QStringLiteral("maximumPacketSize"), qint64(o.maximumPacketSize)},
        {QStringLiteral("topicAliasMaximum"), int(o.topicAliasMaximum)},
        {QStringLiteral("requestResponseInformation"), o.requestResponseInformation},
        {QStringLiteral("manualAcknowledgement"), o.manualAcknowledgement},
        {QStringLiteral("userProperties"), pairsToJson(userProperties)},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), o.tls.caFile},
                                            {QStringLiteral("caPath"), o.tls.caPath},
                                            {QStringLiteral("certFile"), o.tls.certFile},
                                            {QStringLiteral("keyFile"), o.tls.keyFile},
                                            {QStringLiteral("verifyPeer"), o.tls.verifyPeer},
                                            {QStringLiteral("insecure"), o.tls.insecure},
                                            {QStringLiteral("peerName"), o.tls.peerName}}},
        {QStringLiteral("webSocket"),
         QJsonObject{{QStringLiteral("path"), o.webSocket.path},
                     {QStringLiteral("headers"), pairsToJson(headers)}}},
        {QStringLiteral("reconnect"),
         QJsonObject{{QStringLiteral("enabled"), o.reconnect.enabled},
                     {QStringLiteral("initialDelayMs"), o.reconnect.initialDelayMs},
                     {QStringLiteral("maxDelayMs"), o.reconnect.maxDelayMs},
                     {QStringLiteral("maxRetries"), o.reconnect.maxRetries}}},
    };
    if (o.userName)
        json.insert(QStringLiteral("userName"), *o.userName);
    if (withPassword && o.password)
        json.insert(QStringLiteral("password"), QString::fromUtf8(*o.password));
    if (o.will) {
        json.insert(QStringLiteral("will"),
                    QJsonObject{{QStringLiteral("topic"), o.will->topic},
                                {QStringLiteral("payload"),
                                 QString::fromLatin1(o.will->payload.toBase64())},
                                {QStringLiteral("qos"), int(o.will->qos)},
                                {QStringLiteral("retain"), o.will->retain},
                                {QStringLiteral("delay"),
                                 qint64(o.will->properties.willDelayInterval.value_or(0))}});
    }
    return json;
}

ConnectOptions connectOptionsFromJson(const QJsonObject &json)
{
    ConnectOptions o;
    o.transport = transportFromScheme(json.value(QStringLiteral("transport")).toString());
    o.host = json.value(QStringLiteral("host")).toString(o.host);
    o.port = quint16(qBound(0, json.value(QStringLiteral("port")).toInt(), 65535));
    o.connectTimeoutMs = json.value(QStringLiteral("connectTimeoutMs")).toInt(o.connectTimeoutMs);
    o.clientId = json.value(QStringLiteral("clientId")).toString();
    if (json.contains(QStringLiteral("userName")))
        o.userName = json.value(QStringLiteral("userName")).toString();
    if (json.contains(QStringLiteral("password")))
        o.password = json.value(QStringLiteral("password")).toString().toUtf8();
    o.protocolVersion = versionFromInt(json.value(QStringLiteral("protocolVersion")).toInt(5));
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
    o.manualAcknowledgement = json.value(QStringLiteral("manualAcknowledgement")).toBool();
    for (const auto &[name, value] : pairsFromJson(json.value(QStringLiteral("userProperties"))))
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
    for (const auto &[name, value] : pairsFromJson(ws.value(QStringLiteral("headers"))))
        o.webSocket.extraHeaders.append({name.toUtf8(), value.toUtf8()});

    const QJsonObject reconnect = json.value(QStringLiteral("reconnect")).toObject();
    o.reconnect.enabled = reconnect.value(QStringLiteral("enabled")).toBool(o.reconnect.enabled);
    o.reconnect.initialDelayMs =
        reconnect.value(QStringLiteral("initialDelayMs")).toInt(o.reconnect.initialDelayMs);
    o.reconnect.maxDelayMs =
        reconnect.value(QStringLiteral("maxDelayMs")).toInt(o.reconnect.maxDelayMs);
    o.reconnect.maxRetries =
        reconnect.value(QStringLiteral("maxRetries")).toInt(o.reconnect.maxRetries);

    if (json.contains(QStringLiteral("will"))) {
        const QJsonObject w = json.value(QStringLiteral("will")).toObject();
        Will will;
        will.topic = w.value(QStringLiteral("topic")).toString();
        will.payload =
            QByteArray::fromBase64(w.value(QStringLiteral("payload")).toString().toLatin1());
        will.qos = QoS(qBound(0, w.value(QStringLiteral("qos")).toInt(), 2));
        will.retain = w.value(QStringLiteral("retain")).toBool();
        if (const qint64 delay = w.value(QStringLiteral("delay")).toInteger(); delay > 0)
            will.properties.willDelayInterval = quint32(delay);
        o.will = will;
    }
    return o;
}

} // namespace mqtt
