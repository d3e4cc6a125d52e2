#include "brokercore.h"
#include "logging.h"

#include <broker/authmanager.h>

#include <QUuid>

using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

namespace broker {

void BrokerCore::handleConnect(ClientConnection &client, mqtt::ConnectPacket &&packet)
{
    if (client.state != ClientConnection::State::AwaitingConnect) {
        protocolViolation(client, BrokerError::SecondConnect); // [MQTT-3.1.0-2]
        return;
    }
    const ProtocolVersion version = packet.protocolVersion;
    const bool v5 = version == ProtocolVersion::V5;
    const mqtt::Properties &props = packet.properties;
    client.version = version;
    client.decoder.setProtocolVersion(version);

    auto refuse = [&](BrokerError error) {
        refuseConnect(client, version, reasonCodeFor(error), brokerErrorText(error));
    };
    if (v5 && props.authenticationMethod) {
        refuse(BrokerError::AuthenticationUnsupported); // [MQTT-4.12.0-1]
        return;
    }

    if (v5 && packet.will && packet.will->retain && !m_limits.retainAvailable) {
        refuse(BrokerError::RetainNotSupported); // [MQTT-3.2.2-13]
        return;
    }
    // MQTT 3.1: client identifiers of 1 to 23 characters (CONNACK 2 otherwise).
    constexpr qsizetype V31ClientIdMaximum = 23;
    if (version == ProtocolVersion::V3_1 && packet.clientId.size() > V31ClientIdMaximum) {
        refuse(BrokerError::ClientIdentifierRejected);
        return;
    }

    QString clientId = packet.clientId;
    bool assignedId = false;
    if (clientId.isEmpty()) {
        // 3.1 needs 1..23 characters; 3.1.1 accepts an empty id only with clean session
        // [MQTT-3.1.3-7] [MQTT-3.1.3-8]; MQTT 5 assigns one and says so [MQTT-3.2.2-16].
        if (version == ProtocolVersion::V3_1 || (!v5 && !packet.cleanStart)) {
            refuse(BrokerError::ClientIdentifierRejected);
            return;
        }
        clientId = QStringLiteral("auto-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        assignedId = true;
    }
    std::optional<QString> userName = packet.userName;
    if (m_auth) {
        const AuthOutcome outcome =
            m_auth->authenticate({clientId, packet.userName, packet.password, client.peer,
                                  client.listener, client.certificateCommonName});
        if (!outcome.allowed) {
            if (outcome.delayMs > 0)
                deferRefusal(client, version, outcome.reason, outcome.delayMs);
            else
                refuseConnect(client, version, outcome.reason, "refused by authentication");
            return;
        }
        userName = outcome.userName;
    } else if (!m_limits.allowAnonymous && !packet.userName) {
        refuse(BrokerError::NotAuthorized);
        return;
    }

    if (m_limits.refuseTakeoverByOtherUser) {
        const Session *existing = m_sessions->find(clientId);
        if (existing && existing->userName != userName) {
            refuse(BrokerError::TakeoverByOtherUser);
            return;
        }
    }

    client.clientId = clientId;
    client.userName = userName.value_or(QString());
    client.authenticatedUser = userName;
    client.cleanStart = packet.cleanStart;
    client.keepAlive = packet.keepAlive;
    bool keepAliveChanged = false;
    if (v5 && m_limits.maxKeepAlive > 0 &&
        (packet.keepAlive == 0 || packet.keepAlive > m_limits.maxKeepAlive)) {
        client.keepAlive = m_limits.maxKeepAlive; // server keep-alive [MQTT-3.2.2-21]
        keepAliveChanged = true;
    }
    quint32 expiry = 0;
    quint32 requestedExpiry = 0;
    if (v5) {
        requestedExpiry = props.sessionExpiryInterval.value_or(0);
        expiry = std::min(requestedExpiry, m_limits.maxSessionExpiry);
        client.connectExpiryZero = requestedExpiry == 0;
        client.receiveMaximum = props.receiveMaximum.value_or(65535);
        client.maximumPacketSize = props.maximumPacketSize.value_or(mqtt::MaximumPacketSizeLimit);
        client.topicAliasMaximum = props.topicAliasMaximum.value_or(0);
    } else {
        expiry = packet.cleanStart ? 0 : 0xFFFFFFFF; // 3.x: a persistent session never expires
    }

    bool sessionPresent = false;
    Session *session = takeSession(client, packet, expiry, sessionPresent);
    client.session = session;
    client.state = ClientConnection::State::Connected;
    client.connectedAt = QDateTime::currentDateTimeUtc();
    m_connectedById.insert(clientId, &client);

    mqtt::ConnackPacket connack;
    // In 3.1 the acknowledge flags byte is reserved and must be 0.
    connack.sessionPresent = sessionPresent && version != ProtocolVersion::V3_1;
    if (v5) {
        mqtt::Properties &out = connack.properties;
        if (assignedId)
            out.assignedClientIdentifier = clientId;
        if (m_limits.receiveMaximum != 65535)
            out.receiveMaximum = m_limits.receiveMaximum;
        if (m_limits.maxPacketSize < mqtt::MaximumPacketSizeLimit)
            out.maximumPacketSize = m_limits.maxPacketSize;
        if (m_limits.topicAliasMaximum > 0)
            out.topicAliasMaximum = m_limits.topicAliasMaximum;
        if (!m_limits.retainAvailable)
            out.retainAvailable = 0;
        if (keepAliveChanged)
            out.serverKeepAlive = client.keepAlive;
        if (expiry != requestedExpiry)
            out.sessionExpiryInterval = expiry;
    }
    send(client, connack); // CONNACK is the first packet the server sends [MQTT-3.2.0-1]

    ++m_stats.clientsConnected;
    m_stats.clientsMaximum = std::max(m_stats.clientsMaximum, m_stats.clientsConnected);
    qCInfo(lcConnection).nospace() << "client " << clientId << " connected from " << client.address
                                   << " (" << mqtt::protocolVersionName(version) << ", keep-alive "
                                   << client.keepAlive << ", clean " << packet.cleanStart << ")";
    emit clientConnected({clientId, client.address, client.listener, version, client.keepAlive,
                          packet.cleanStart, client.userName, client.connectedAt});

    if (sessionPresent) {
        resendInflight(*session); // [MQTT-4.4.0-1]
        pumpQueue(*session);
    }
}

} // namespace broker
