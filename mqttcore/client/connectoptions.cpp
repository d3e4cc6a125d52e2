#include <mqttcore/connectoptions.h>
#include <mqttcore/topic.h>

namespace mqtt {

const char *transportScheme(TransportKind kind)
{
    switch (kind) {
    case TransportKind::Tcp:
        return "mqtt";
    case TransportKind::Tls:
        return "mqtts";
    case TransportKind::WebSocket:
        return "ws";
    case TransportKind::SecureWebSocket:
        return "wss";
    }
    return "mqtt";
}

quint16 defaultPort(TransportKind kind)
{
    switch (kind) {
    case TransportKind::Tcp:
        return 1883;
    case TransportKind::Tls:
        return 8883;
    case TransportKind::WebSocket:
        return 80;
    case TransportKind::SecureWebSocket:
        return 443;
    }
    return 1883;
}

std::optional<ConnectOptions> ConnectOptions::fromUrl(const QString &url, QString *errorMessage)
{
    ConnectOptions options;
    if (!options.applyUrl(url, errorMessage))
        return std::nullopt;
    return options;
}

bool ConnectOptions::applyUrl(const QString &text, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };
    if (text.trimmed().isEmpty())
        return fail(
            QStringLiteral("no broker URL given (expected mqtt://, mqtts://, ws:// or wss://)"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("invalid URL '%1': %2").arg(text, url.errorString()));
    const QString scheme = url.scheme().toLower();
    TransportKind kind;
    if (scheme == QLatin1String("mqtt") || scheme == QLatin1String("tcp"))
        kind = TransportKind::Tcp;
    else if (scheme == QLatin1String("mqtts") || scheme == QLatin1String("ssl"))
        kind = TransportKind::Tls;
    else if (scheme == QLatin1String("ws"))
        kind = TransportKind::WebSocket;
    else if (scheme == QLatin1String("wss"))
        kind = TransportKind::SecureWebSocket;
    else if (scheme.isEmpty())
        return fail(
            QStringLiteral("URL '%1' has no scheme (expected mqtt://, mqtts://, ws:// or wss://)")
                .arg(text));
    else
        return fail(QStringLiteral("unsupported URL scheme '%1' (expected mqtt, mqtts, ws or wss)")
                        .arg(scheme));
    if (url.host().isEmpty())
        return fail(QStringLiteral("URL '%1' has no host").arg(text));
    const bool webSocketKind =
        kind == TransportKind::WebSocket || kind == TransportKind::SecureWebSocket;
    const QString path = url.path(QUrl::FullyEncoded);
    if (!webSocketKind && !path.isEmpty() && path != QLatin1String("/"))
        return fail(
            QStringLiteral("a path ('%1') is only meaningful for ws:// and wss:// URLs").arg(path));
    if (url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("URL '%1' has a query or fragment, which MQTT URLs do not use")
                        .arg(text));

    transport = kind;
    host = url.host();
    port = url.port() > 0 ? quint16(url.port()) : 0;
    if (!url.userName().isEmpty())
        userName = url.userName(QUrl::FullyDecoded);
    if (!url.password().isNull() && !url.password().isEmpty())
        password = url.password(QUrl::FullyDecoded).toUtf8();
    if (webSocketKind && !path.isEmpty())
        webSocket.path = path;
    return true;
}

QUrl ConnectOptions::url() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(transportScheme(transport)));
    url.setHost(host);
    url.setPort(effectivePort());
    if (userName)
        url.setUserName(*userName);
    if (transport == TransportKind::WebSocket || transport == TransportKind::SecureWebSocket)
        url.setPath(webSocket.path.isEmpty() ? QStringLiteral("/") : webSocket.path);
    return url;
}

quint16 ConnectOptions::effectivePort() const
{
    return port ? port : defaultPort(transport);
}

TopicDefaults ConnectOptions::defaultsFor(const QString &topic) const
{
    const TopicDefaults *best = nullptr;
    for (const TopicDefaults &entry : topicDefaults) {
        if (entry.filter == topic)
            return entry;
        if (!best && isValidTopicFilter(entry.filter) && hasWildcards(entry.filter) &&
            topicMatches(entry.filter, topic))
            best = &entry;
    }
    if (best)
        return *best;
    return TopicDefaults{topic, defaultQoS, defaultRetain};
}

QString ConnectOptions::validate() const
{
    if (host.isEmpty())
        return QStringLiteral("no broker host given");
    if (protocolVersion != ProtocolVersion::V5 && protocolVersion != ProtocolVersion::V3_1_1 &&
        protocolVersion != ProtocolVersion::V3_1)
        return QStringLiteral("unknown protocol version");
    if (password && !userName && protocolVersion != ProtocolVersion::V5)
        return QStringLiteral("MQTT %1 cannot send a password without a user name")
            .arg(QString::fromLatin1(protocolVersionName(protocolVersion)));
    if (protocolVersion == ProtocolVersion::V3_1 && clientId.toUtf8().size() > 23)
        return QStringLiteral("MQTT 3.1 client identifiers have at most 23 bytes");
    if (will && !isValidTopicName(will->topic))
        return QStringLiteral("invalid will topic '%1'").arg(will->topic);
    if (receiveMaximum == 0)
        return QStringLiteral("receive maximum must be at least 1");
    if (reconnect.initialDelayMs < 0 || reconnect.maxDelayMs < reconnect.initialDelayMs)
        return QStringLiteral("reconnect delays must satisfy 0 <= initial <= maximum");
    if ((tls.certFile.isEmpty()) != (tls.keyFile.isEmpty()))
        return QStringLiteral("a client certificate needs both certificate and key files");
    return {};
}

} // namespace mqtt
