#include <broker/settingsfromconfig.h>

namespace broker {

namespace {

QHostAddress bindAddress(const QString &host)
{
    if (host.isEmpty() || host == QLatin1String("*"))
        return QHostAddress::Any;
    if (host == QLatin1String("localhost"))
        return QHostAddress::LocalHost;
    return QHostAddress(host);
}

} // namespace

BrokerSettings settingsFromConfig(const BrokerConfig &config)
{
    BrokerSettings settings;
    for (const ListenerConfig &in : config.listeners) {
        ListenerSettings out;
        out.name = in.name;
        out.type = in.type == ListenerConfig::Type::WebSocket ? ListenerSettings::Type::WebSocket
                                                              : ListenerSettings::Type::Tcp;
        out.tls = in.ssl;
        out.bindAddress = bindAddress(in.bindHost);
        out.port = in.port;
        out.maxConnections = in.maxConnections > 0 ? in.maxConnections : -1;
        out.certFile = in.certFile;
        out.keyFile = in.keyFile;
        out.caFile = in.caFile;
        out.caPath = in.caPath;
        out.caData = in.caData.toUtf8();
        // The certificate's CN can only stand in for a user name when it was verified.
        out.requireClientCertificate = in.requireCertificate || in.useIdentityAsUsername;
        out.webSocketAllowNoSubprotocol = in.webSocketAllowNoSubprotocol;
        settings.listeners.append(out);
    }
    BrokerLimits &limits = settings.limits;
    limits.maxQueuedMessages = config.limits.maxQueuedMessages;
    limits.backPressureQueuedMessages = config.limits.backPressureQueuedMessages;
    limits.backPressureQueuedBytes = config.limits.backPressureQueuedBytes;
    limits.slowConsumerTimeoutMs = config.limits.slowConsumerTimeout * 1000;
    limits.maxOutgoingBufferBytes = config.limits.maxOutgoingBuffer;
    limits.refuseTakeoverByOtherUser = config.limits.refuseTakeoverByOtherUser;
    limits.maxQueuedBytes = config.limits.maxQueuedBytes;
    limits.maxInflightMessages = quint16(std::clamp(config.limits.maxInflight, 1, 65535));
    limits.receiveMaximum = quint16(std::clamp(config.limits.receiveMaximum, 1, 65535));
    limits.maxPacketSize =
        quint32(std::clamp<qint64>(config.limits.maxPacketSize, 16, mqtt::MaximumPacketSizeLimit));
    limits.maxKeepAlive = quint16(std::clamp(config.limits.maxKeepAlive, 0, 65535));
    limits.keepAliveGraceMs = config.timeoutDisconnectDelay * 1000;
    limits.sysInterval = config.sysInterval;
    limits.allowAnonymous = config.auth.allowAnonymous;
    // ConfigLoader already made a relative persistence.file absolute (config file's directory).
    settings.persistence.enabled = config.persistence.enabled;
    settings.persistence.file = config.persistence.file;
    settings.persistence.mode = config.persistence.mode == PersistenceConfig::Mode::Relaxed
                                    ? PersistenceSettings::Mode::Relaxed
                                    : PersistenceSettings::Mode::Durable;
    return settings;
}

} // namespace broker
