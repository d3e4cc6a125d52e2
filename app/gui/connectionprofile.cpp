#include "connectionprofile.h"

#include <QJsonArray>

namespace gui {

namespace {

QString schemeOf(mqtt::TransportKind kind)
{
    return QString::fromLatin1(mqtt::transportScheme(kind));
}

mqtt::TransportKind transportFromScheme(const QString &scheme)
{
    for (mqtt::TransportKind kind :
         {mqtt::TransportKind::Tcp, mqtt::TransportKind::Tls, mqtt::TransportKind::WebSocket,
          mqtt::TransportKind::SecureWebSocket}) {
        if (schemeOf(kind) == scheme)
            return kind;
    }
    return mqtt::TransportKind::Tcp;
}

mqtt::ProtocolVersion versionFromInt(int level)
{
    switch (level) {
    case 3:
        return mqtt::ProtocolVersion::V3_1;
    case 4:
        return mqtt::ProtocolVersion::V3_1_1;
    default:
        return mqtt::ProtocolVersion::V5;
    }
}

mqtt::QoS qosFromInt(int qos)
{
    return mqtt::QoS(qBound(0, qos, 2));
}

QJsonArray userPropertiesToJson(const QList<mqtt::UserProperty> &properties)
{
    QJsonArray array;
    for (const mqtt::UserProperty &p : properties)
        array.append(QJsonArray{p.name, p.value});
    return array;
}

QList<mqtt::UserProperty> userPropertiesFromJson(const QJsonArray &array)
{
    QList<mqtt::UserProperty> properties;
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            properties.append({pair[0].toString(), pair[1].toString()});
    }
    return properties;
}

} // namespace

QString ConnectionProfile::displayName() const
{
    return name.isEmpty() ? options.url().toString() : name;
}

QJsonObject ConnectionProfile::toJson(bool withPassword) const
{
    const mqtt::ConnectOptions &o = options;
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("transport"), schemeOf(o.transport)},
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
        {QStringLiteral("userProperties"),
         userPropertiesToJson(o.connectProperties.userProperties)},
        {QStringLiteral("savePassword"), savePassword},
        {QStringLiteral("subscribeDefault"), subscribeDefault},
        {QStringLiteral("defaultFilter"), defaultFilter},
    };
    if (o.userName)
        json.insert(QStringLiteral("userName"), *o.userName);
    if (withPassword && o.password)
        json.insert(QStringLiteral("password"), QString::fromUtf8(*o.password));
    json.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), o.tls.caFile},
                                                   {QStringLiteral("caPath"), o.tls.caPath},
                                                   {QStringLiteral("certFile"), o.tls.certFile},
                                                   {QStringLiteral("keyFile"), o.tls.keyFile},
                                                   {QStringLiteral("verifyPeer"), o.tls.verifyPeer},
                                                   {QStringLiteral("insecure"), o.tls.insecure},
                                                   {QStringLiteral("peerName"), o.tls.peerName}});
    QJsonArray headers;
    for (const auto &[headerName, value] : o.webSocket.extraHeaders)
        headers.append(QJsonArray{QString::fromUtf8(headerName), QString::fromUtf8(value)});
    json.insert(QStringLiteral("webSocket"), QJsonObject{{QStringLiteral("path"), o.webSocket.path},
                                                         {QStringLiteral("headers"), headers}});
    json.insert(QStringLiteral("reconnect"),
                QJsonObject{{QStringLiteral("enabled"), o.reconnect.enabled},
                            {QStringLiteral("initialDelayMs"), o.reconnect.initialDelayMs},
                            {QStringLiteral("maxDelayMs"), o.reconnect.maxDelayMs},
                            {QStringLiteral("maxRetries"), o.reconnect.maxRetries}});
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
    QJsonArray subs;
    for (const SavedSubscription &s : subscriptions) {
        subs.append(QJsonObject{{QStringLiteral("filter"), s.filter},
                                {QStringLiteral("qos"), int(s.options.maximumQoS)},
                                {QStringLiteral("noLocal"), s.options.noLocal},
                                {QStringLiteral("retainAsPublished"), s.options.retainAsPublished},
                                {QStringLiteral("retainHandling"), int(s.options.retainHandling)},
                                {QStringLiteral("colour"), s.colour.name()}});
    }
    json.insert(QStringLiteral("subscriptions"), subs);
    return json;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile p;
    mqtt::ConnectOptions &o = p.options;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
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
    o.connectProperties.userProperties =
        userPropertiesFromJson(json.value(QStringLiteral("userProperties")).toArray());
    p.savePassword = json.value(QStringLiteral("savePassword")).toBool();
    p.subscribeDefault = json.value(QStringLiteral("subscribeDefault")).toBool(true);
    p.defaultFilter = json.value(QStringLiteral("defaultFilter")).toString(p.defaultFilter);

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
    for (const QJsonValue &v : ws.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            o.webSocket.extraHeaders.append(
                {pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    }

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
        mqtt::Will will;
        will.topic = w.value(QStringLiteral("topic")).toString();
        will.payload =
            QByteArray::fromBase64(w.value(QStringLiteral("payload")).toString().toLatin1());
        will.qos = qosFromInt(w.value(QStringLiteral("qos")).toInt());
        will.retain = w.value(QStringLiteral("retain")).toBool();
        if (const qint64 delay = w.value(QStringLiteral("delay")).toInteger(); delay > 0)
            will.properties.willDelayInterval = quint32(delay);
        o.will = will;
    }

    for (const QJsonValue &v : json.value(QStringLiteral("subscriptions")).toArray()) {
        const QJsonObject s = v.toObject();
        SavedSubscription sub;
        sub.filter = s.value(QStringLiteral("filter")).toString();
        sub.options.maximumQoS = qosFromInt(s.value(QStringLiteral("qos")).toInt());
        sub.options.noLocal = s.value(QStringLiteral("noLocal")).toBool();
        sub.options.retainAsPublished = s.value(QStringLiteral("retainAsPublished")).toBool();
        sub.options.retainHandling =
            mqtt::RetainHandling(qBound(0, s.value(QStringLiteral("retainHandling")).toInt(), 2));
        sub.colour = QColor(s.value(QStringLiteral("colour")).toString());
        if (!sub.filter.isEmpty())
            p.subscriptions.append(sub);
    }
    return p;
}

} // namespace gui
