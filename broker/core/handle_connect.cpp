#include "brokercore.h"
#include "logging.h"
#include "transport.h"

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
    // The broker's own connections (bridges) have client ids nobody else may take over.
    if (clientId.startsWith(InternalClientIdPrefix) != client.internal) {
        refuse(BrokerError::ClientIdentifierRejected);
        return;
    }
    if (client.internal) {
        // Configured by the operator, not claimed: no check.
        acceptConnect(client, std::move(packet), clientId, assignedId, client.internalIdentity);
        return;
    }
    if (!m_auth) {
        if (!m_limits.allowAnonymous && !packet.userName) {
            refuse(BrokerError::NotAuthorized);
            return;
        }
        const std::optional<QString> userName = packet.userName;
        acceptConnect(client, std::move(packet), clientId, assignedId, userName);
        return;
    }
    AuthRequest request{clientId,    packet.userName, packet.password,
                        client.peer, client.listener, client.certificateCommonName};
    AuthOutcome outcome = m_auth->authenticate(request);
    if (outcome.pendingCheck) {
        checkLoginOffThread(client, std::make_unique<PendingLogin>(
                                        PendingLogin{0, std::move(packet), clientId, assignedId,
                                                     std::move(request), std::move(outcome)}));
        return;
    }
    concludeLogin(client, std::move(packet), clientId, assignedId, outcome);
}

void BrokerCore::checkLoginOffThread(ClientConnection &client, std::unique_ptr<PendingLogin> login)
{
    // Bounded: a flood of logins waits in no queue longer than this, and is told to come back.
    // Per address too: guesses sent in parallel are checked before any failure is counted, so
    // an address gets no more checks at once than a failed-login delay would let through.
    constexpr int MaxPendingLoginChecks = 256;
    constexpr int MaxPendingLoginChecksPerAddress = 4;
    const QHostAddress peer = client.peer;
    if (m_pendingLoginChecks >= MaxPendingLoginChecks ||
        m_pendingLoginsByAddress.value(peer) >= MaxPendingLoginChecksPerAddress) {
        refuseConnect(client, client.version, reasonCodeFor(BrokerError::LoginChecksBusy),
                      brokerErrorText(BrokerError::LoginChecksBusy));
        return;
    }
    ++m_pendingLoginChecks;
    ++m_pendingLoginsByAddress[peer];
    login->ticket = ++m_loginTicket;
    // Whatever the client sent after its CONNECT waits for the answer.
    client.readPaused = true;
    client.transport->setReadingPaused(true);
    std::function<bool()> check = login->outcome.pendingCheck;
    ClientConnection *target = &client;
    const quint64 ticket = login->ticket;
    client.pendingLogin = std::move(login);
    m_loginChecks.start([this, check = std::move(check), target, ticket, peer] {
        const bool passed = check();
        // The core outlives its pool's work (~BrokerCore waits for it).
        QMetaObject::invokeMethod(
            this,
            [this, target, ticket, peer, passed] {
                --m_pendingLoginChecks;
                if (--m_pendingLoginsByAddress[peer] <= 0)
                    m_pendingLoginsByAddress.remove(peer);
                completeLogin(target, ticket, passed);
            },
            Qt::QueuedConnection);
    });
}

void BrokerCore::completeLogin(ClientConnection *target, quint64 ticket, bool passed)
{
    // The connection may be gone (and its memory reused): only a live one still waiting for
    // this very check goes on.
    if (!m_connections.contains(target) || !target->pendingLogin ||
        target->pendingLogin->ticket != ticket)
        return;
    TurnGuard turn(*this);
    ClientConnection &client = *target;
    const std::unique_ptr<PendingLogin> login = std::move(client.pendingLogin);
    const AuthOutcome outcome =
        m_auth ? m_auth->completeAuthentication(login->request, std::move(login->outcome), passed)
               : AuthOutcome{passed, login->outcome.reason, login->request.userName, 0, {}};
    concludeLogin(client, std::move(login->packet), login->clientId, login->assignedId, outcome);
    if (client.state == ClientConnection::State::Connected && client.refuseAtMs < 0) {
        client.readPaused = false;
        client.transport->setReadingPaused(false);
        processInput(client); // what came after the CONNECT
    }
}

void BrokerCore::concludeLogin(ClientConnection &client, mqtt::ConnectPacket &&packet,
                               const QString &clientId, bool assignedId, const AuthOutcome &outcome)
{
    if (!outcome.allowed) {
        if (outcome.delayMs > 0)
            deferRefusal(client, client.version, outcome.reason, outcome.delayMs);
        else
            refuseConnect(client, client.version, outcome.reason, "refused by authentication");
        return;
    }
    acceptConnect(client, std::move(packet), clientId, assignedId, outcome.userName);
}

void BrokerCore::acceptConnect(ClientConnection &client, mqtt::ConnectPacket &&packet,
                               const QString &clientId, bool assignedId,
                               const std::optional<QString> &userName)
{
    const ProtocolVersion version = client.version;
    const bool v5 = version == ProtocolVersion::V5;
    const mqtt::Properties &props = packet.properties;
    if (m_limits.refuseTakeoverByOtherUser) {
        const Session *existing = m_sessions->find(clientId);
        if (existing && existing->userName != userName) {
            refuseConnect(client, version, reasonCodeFor(BrokerError::TakeoverByOtherUser),
                          brokerErrorText(BrokerError::TakeoverByOtherUser));
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
