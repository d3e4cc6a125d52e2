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

/// The private key must be the one of the certificate (the first of certfile): otherwise
/// every TLS handshake fails while the listener looks fine. Compares the public half (RSA
/// modulus and exponent, EC point, DSA y) found in the key with the certificate's
/// subjectPublicKeyInfo. A key whose public half cannot be read (an EC key stored without
/// its public point, a PKCS#8 DSA key) is not refused. Paths are for the message:
/// "keyfile /k.pem does not belong to the certificate in certfile /c.pem (another key pair)".
QString checkKeyMatchesCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                   const QString &certPath, const QString &keyPath);
/// The same from the files (loading errors are reported by the functions above; here they
/// leave nothing to compare and return an empty string).
QString checkKeyMatchesCertificate(const QString &certPath, const QString &keyPath);

} // namespace broker::detail
