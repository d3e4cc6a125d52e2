#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/// Reading a listener's TLS files, shared by ConfigLoader::validatePaths (which names the
/// configuration line) and the Listener (which names the listener). Each function returns an
/// empty string on success, or one English sentence that names the file and what is wrong
/// ("certfile /etc/x.crt: no PEM certificate in it").
namespace broker::detail {

/// The server certificate chain from a PEM file (the first certificate is the server's).
QString loadCertificateChain(const QString &path, QList<QSslCertificate> *chain);
/// An unencrypted PEM private key (RSA, EC or DSA).
QString loadPrivateKey(const QString &path, QSslKey *key);
/// `cafile`: PEM file with at least one certificate.
QString loadCaFile(const QString &path, QList<QSslCertificate> *cas);
/// `capath`: every regular file in the directory that holds PEM certificates (others, like
/// a README, are skipped). An empty directory is not an error (nothing is added).
QString loadCaPath(const QString &dir, QList<QSslCertificate> *cas);
/// `cadata`: PEM text with at least one certificate.
QString loadCaData(const QByteArray &pem, QList<QSslCertificate> *cas);

} // namespace broker::detail
