#include "listener.h"

#include "core/brokercore.h"
#include "core/logging.h"
#include "descriptortransport.h"
#include "security/tlsmaterial.h"
#include "sockettransport.h"
#include "websockethandshakegate.h"
#include "websockettransport.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <unistd.h>

namespace broker {

namespace {

/// Bytes a WebSocket message may carry beyond BrokerLimits::maxPacketSize.
constexpr quint64 WebSocketMessageSlack = 1024;

/// A QTcpServer that hands over each accepted descriptor instead of making a QTcpSocket of it
/// (plain MQTT connections are served by DescriptorTransport).
class DescriptorServer final : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(int)> accept) : m_accept(std::move(accept)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(int(descriptor)); }

private:
    std::function<void(int)> m_accept;
};

} // namespace

Listener::Listener(const ListenerSettings &settings, BrokerCore *core, QObject *parent)
    : QObject(parent), m_settings(settings), m_core(core)
{
}

Listener::~Listener() = default;

bool Listener::loadTls(QSslConfiguration &configuration)
{
    configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> chain;
    QSslKey privateKey;
    QList<QSslCertificate> cas;
    QString error = detail::loadCertificateChain(m_settings.certFile, &chain);
    if (error.isEmpty())
        error = detail::loadPrivateKey(m_settings.keyFile, &privateKey);
    if (error.isEmpty()) {
        error = detail::checkKeyMatchesCertificate(chain.first(), privateKey, m_settings.certFile,
                                                   m_settings.keyFile);
    }
    if (error.isEmpty() && !m_settings.caFile.isEmpty())
        error = detail::loadCaFile(m_settings.caFile, &cas);
    if (error.isEmpty() && !m_settings.caPath.isEmpty())
        error = detail::loadCaPath(m_settings.caPath, &cas);
    if (error.isEmpty() && !m_settings.caData.isEmpty())
        error = detail::loadCaData(m_settings.caData, &cas);
    // use-identity-as-username trusts the certificate's CN: only ever a verified one.
    const bool verifyPeer = m_settings.requireClientCertificate || m_settings.useIdentityAsUsername;
    if (error.isEmpty() && verifyPeer && cas.isEmpty())
        error = QStringLiteral("client certificates required but no CA certificate to verify "
                               "them (cafile, capath, cadata)");
    if (!error.isEmpty()) {
        m_error = QStringLiteral("listener %1: %2").arg(m_settings.name, error);
        return false;
    }
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    if (!cas.isEmpty())
        configuration.setCaCertificates(cas);
    // VerifyPeer: a client without a certificate the CAs verify fails the handshake.
    // QueryPeer: a certificate is asked for but not required (and its CN is not trusted).
    configuration.setPeerVerifyMode(verifyPeer      ? QSslSocket::VerifyPeer
                                    : cas.isEmpty() ? QSslSocket::VerifyNone
                                                    : QSslSocket::QueryPeer);
    return true;
}

bool Listener::open()
{
    m_error.clear();
    QSslConfiguration tls;
    if (m_settings.tls && !loadTls(tls))
        return false;

    if (m_settings.tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError error) {
                    qCInfo(lcListener) << m_settings.name << "TLS handshake failed:" << error;
                });
        m_tcp = std::move(server);
    } else if (m_settings.type == ListenerSettings::Type::WebSocket) {
        m_tcp = std::make_unique<QTcpServer>();
    } else {
        m_tcp = std::make_unique<DescriptorServer>([this](int fd) { acceptDescriptor(fd); });
    }
    connect(m_tcp.get(), &QTcpServer::pendingConnectionAvailable, this, &Listener::acceptTcp);
    if (!m_tcp->listen(m_settings.bindAddress, m_settings.port)) {
        m_error = QStringLiteral("listener %1 (%2 port %3): %4")
                      .arg(m_settings.name, m_settings.bindAddress.toString())
                      .arg(m_settings.port)
                      .arg(m_tcp->errorString());
        close();
        return false;
    }
    qCInfo(lcListener).nospace() << "listener " << m_settings.name << " on "
                                 << m_settings.bindAddress.toString() << ":" << port()
                                 << (m_settings.type == ListenerSettings::Type::WebSocket
                                         ? (m_settings.tls ? " (wss)" : " (ws)")
                                         : (m_settings.tls ? " (tls)" : " (tcp)"));
    return true;
}

void Listener::close()
{
    if (m_tcp)
        m_tcp->close();
}

quint16 Listener::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool Listener::admit()
{
    if (m_settings.maxConnections >= 0 && m_active >= m_settings.maxConnections) {
        qCInfo(lcListener) << m_settings.name << "at max-connections" << m_settings.maxConnections
                           << ": connection refused";
        m_core->countRefusedConnection();
        return false;
    }
    ++m_active;
    return true;
}

void Listener::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_settings.type == ListenerSettings::Type::WebSocket) {
            // max-connections counts upgraded connections (acceptWebSocket); the gate bounds
            // what a connection may cost before that: a header, for a limited time.
            auto *gate = new WebSocketHandshakeGate(socket, m_settings.webSocketAllowNoSubprotocol,
                                                    m_core->limits().connectTimeoutMs, this);
            connect(gate, &WebSocketHandshakeGate::accepted, this, &Listener::acceptWebSocket);
            continue;
        }
        if (!admit()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *transport = new SocketTransport(socket, m_core, m_settings.name, this);
        connect(transport, &SocketTransport::finished, this, [this] { --m_active; });
    }
}

void Listener::acceptDescriptor(int fd)
{
    if (!admit()) {
        ::close(fd);
        return;
    }
    new DescriptorTransport(
        fd, m_core, m_settings.name, [this] { --m_active; }, this);
}

void Listener::acceptWebSocket(QTcpSocket *socket)
{
    if (!admit()) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // A message carries MQTT packets of at most maxPacketSize bytes; the slack lets a small
    // packet share a message with a largest one. The framer checks each frame's declared
    // length before its payload is buffered, so an oversized one closes the connection
    // (1009) at its header.
    const quint64 bound = quint64(m_core->limits().maxPacketSize) + WebSocketMessageSlack;
    auto *transport = new WebSocketTransport(socket, m_core, m_settings.name, bound, this);
    connect(transport, &WebSocketTransport::finished, this, [this] { --m_active; });
}

} // namespace broker
