#include "tlsconfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace mqtt {

namespace {

bool readFile(const QString &path, QByteArray &data, ClientError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ClientError(ClientError::Kind::TlsError,
                             QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    data = file.readAll();
    return true;
}

} // namespace

bool buildSslConfiguration(const TlsOptions &options, QSslConfiguration &configuration,
                           ClientError *error)
{
    configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = configuration.caCertificates();
    if (!options.caFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(options.caFile, pem, error))
            return false;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty()) {
            *error =
                ClientError(ClientError::Kind::TlsError,
                            QStringLiteral("no PEM certificate in CA file %1").arg(options.caFile));
            return false;
        }
        cas += certs;
    }
    if (!options.caPath.isEmpty())
        cas += QSslCertificate::fromPath(options.caPath + QStringLiteral("/*"), QSsl::Pem,
                                         QSslCertificate::PatternSyntax::Wildcard);
    if (!options.caData.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(options.caData, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = ClientError(ClientError::Kind::TlsError,
                                 QStringLiteral("no PEM certificate in the CA data"));
            return false;
        }
        cas += certs;
    }
    configuration.setCaCertificates(cas);

    if (!options.certFile.isEmpty()) {
        QByteArray certPem;
        QByteArray keyPem;
        if (!readFile(options.certFile, certPem, error) ||
            !readFile(options.keyFile, keyPem, error))
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = ClientError(ClientError::Kind::TlsError,
                                 QStringLiteral("no PEM certificate in %1").arg(options.certFile));
            return false;
        }
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *error = ClientError(ClientError::Kind::TlsError,
                                 QStringLiteral("cannot load the private key %1 (RSA or EC PEM, "
                                                "unencrypted)")
                                     .arg(options.keyFile));
            return false;
        }
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
    }
    configuration.setPeerVerifyMode(options.verifyPeer ? QSslSocket::VerifyPeer
                                                       : QSslSocket::VerifyNone);
    return true;
}

QList<QSslError> ignorableSslErrors(const TlsOptions &options, const QList<QSslError> &errors)
{
    QList<QSslError> ignorable;
    for (const QSslError &e : errors) {
        if (options.insecure && e.error() == QSslError::HostNameMismatch)
            ignorable << e;
    }
    return ignorable;
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        parts << e.errorString();
    return QStringLiteral("certificate problem: ") + parts.join(QStringLiteral("; "));
}

} // namespace mqtt
