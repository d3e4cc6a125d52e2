#include "tlsmaterial.h"

#include <QDir>
#include <QFile>

namespace broker::detail {

namespace {

QString readFile(const QString &key, const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 %2: cannot read: %3").arg(key, path, file.errorString());
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("%1 %2: cannot read: %3").arg(key, path, file.errorString());
    return {};
}

QString loadCertificates(const QString &key, const QString &path, QList<QSslCertificate> *out)
{
    QByteArray pem;
    if (QString error = readFile(key, path, &pem); !error.isEmpty())
        return error;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return QStringLiteral("%1 %2: no PEM certificate in it").arg(key, path);
    out->append(certificates);
    return {};
}

} // namespace

QString loadCertificateChain(const QString &path, QList<QSslCertificate> *chain)
{
    return loadCertificates(QStringLiteral("certfile"), path, chain);
}

QString loadPrivateKey(const QString &path, QSslKey *key)
{
    QByteArray pem;
    if (QString error = readFile(QStringLiteral("keyfile"), path, &pem); !error.isEmpty())
        return error;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        *key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key->isNull())
            return {};
    }
    return QStringLiteral("keyfile %1: no unencrypted PEM private key (RSA, EC or DSA) in it")
        .arg(path);
}

QString loadCaFile(const QString &path, QList<QSslCertificate> *cas)
{
    return loadCertificates(QStringLiteral("cafile"), path, cas);
}

QString loadCaPath(const QString &dir, QList<QSslCertificate> *cas)
{
    const QDir directory(dir);
    if (!directory.exists())
        return QStringLiteral("capath %1: directory not found").arg(dir);
    const QStringList names = directory.entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // OpenSSL's hashed names (c_rehash) are links to the same files: add each CA once.
        for (const QSslCertificate &certificate :
             QSslCertificate::fromData(file.readAll(), QSsl::Pem)) {
            if (!cas->contains(certificate))
                cas->append(certificate);
        }
    }
    return {};
}

QString loadCaData(const QByteArray &pem, QList<QSslCertificate> *cas)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return QStringLiteral("cadata: no PEM certificate in it");
    cas->append(certificates);
    return {};
}

} // namespace broker::detail
