#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <optional>

namespace broker {

/// The Common Name of a TLS peer's certificate when the handshake verified it (the listener
/// runs with require-certificate, so QSslSocket::VerifyPeer), for use-identity-as-username.
/// A certificate that was merely offered (QueryPeer) is not trusted and gives nullopt.
inline std::optional<QString> verifiedCommonName(const QSslConfiguration &tls)
{
    if (tls.peerVerifyMode() != QSslSocket::VerifyPeer || tls.peerCertificate().isNull())
        return std::nullopt;
    const QStringList names = tls.peerCertificate().subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty() || names.constFirst().isEmpty())
        return std::nullopt;
    return names.constFirst();
}

} // namespace broker
