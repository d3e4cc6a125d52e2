#include "tlsmaterial.h"

#include <QDir>
#include <QFile>

#include <optional>

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

/// Just enough DER (X.690) to find a public key in a certificate and in a private key.
class DerReader
{
public:
    explicit DerReader(QByteArrayView data) : m_data(data) {}

    /// The next element's tag and content; false when malformed or at the end.
    bool next(quint8 *tag, QByteArrayView *content)
    {
        if (m_data.size() < 2)
            return false;
        qsizetype length = quint8(m_data[1]);
        qsizetype header = 2;
        if (length & 0x80) {
            const int bytes = int(length & 0x7f);
            if (bytes == 0 || bytes > 4 || m_data.size() < 2 + bytes)
                return false;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(m_data[2 + i]);
            header += bytes;
        }
        if (length > m_data.size() - header)
            return false;
        *tag = quint8(m_data[0]);
        *content = m_data.sliced(header, length);
        m_data = m_data.sliced(header + length);
        return true;
    }
    /// The next element's content if it has this tag.
    std::optional<QByteArrayView> expect(quint8 tag)
    {
        quint8 found = 0;
        QByteArrayView content;
        if (!next(&found, &content) || found != tag)
            return std::nullopt;
        return content;
    }

private:
    QByteArrayView m_data;
};

constexpr quint8 DerInteger = 0x02;
constexpr quint8 DerBitString = 0x03;
constexpr quint8 DerOctetString = 0x04;
constexpr quint8 DerSequence = 0x30;
constexpr quint8 DerContext0 = 0xa0;
constexpr quint8 DerContext1 = 0xa1;

/// An INTEGER's magnitude without the sign-padding zero bytes.
QByteArray integerBytes(QByteArrayView content)
{
    while (content.size() > 1 && content[0] == '\0')
        content = content.sliced(1);
    return content.toByteArray();
}

/// The public half of a key as comparable bytes: RSA n + e, EC point, DSA y.
std::optional<QByteArray> publicOfRsaPublicKey(QByteArrayView rsaPublicKey)
{
    DerReader outer(rsaPublicKey);
    const auto sequence = outer.expect(DerSequence);
    if (!sequence)
        return std::nullopt;
    DerReader fields(*sequence);
    const auto n = fields.expect(DerInteger);
    const auto e = fields.expect(DerInteger);
    if (!n || !e)
        return std::nullopt;
    return integerBytes(*n) + '/' + integerBytes(*e);
}

std::optional<QByteArray> publicOfCertificate(const QSslCertificate &certificate,
                                              QSsl::KeyAlgorithm algorithm)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serial,
    // signature, issuer, validity, subject, subjectPublicKeyInfo, ... }, ... }
    const QByteArray der = certificate.toDer();
    DerReader top(der);
    const auto cert = top.expect(DerSequence);
    if (!cert)
        return std::nullopt;
    DerReader certFields(*cert);
    const auto tbs = certFields.expect(DerSequence);
    if (!tbs)
        return std::nullopt;
    DerReader fields(*tbs);
    quint8 tag = 0;
    QByteArrayView content;
    if (!fields.next(&tag, &content))
        return std::nullopt;
    if (tag == DerContext0 && !fields.next(&tag, &content)) // version, then serial
        return std::nullopt;
    for (int i = 0; i < 4; ++i) { // signature, issuer, validity, subject
        if (!fields.expect(DerSequence))
            return std::nullopt;
    }
    const auto spki = fields.expect(DerSequence);
    if (!spki)
        return std::nullopt;
    DerReader spkiFields(*spki);
    const auto algorithmId = spkiFields.expect(DerSequence);
    const auto bits = spkiFields.expect(DerBitString);
    if (!algorithmId || !bits || bits->isEmpty() || (*bits)[0] != '\0')
        return std::nullopt;
    const QByteArrayView key = bits->sliced(1);
    switch (algorithm) {
    case QSsl::Rsa:
        return publicOfRsaPublicKey(key);
    case QSsl::Ec:
        return key.toByteArray();
    case QSsl::Dsa: {
        DerReader y(key);
        if (const auto value = y.expect(DerInteger))
            return integerBytes(*value);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QByteArray> publicOfPrivateKey(QByteArrayView der, QSsl::KeyAlgorithm algorithm)
{
    DerReader top(der);
    const auto sequence = top.expect(DerSequence);
    if (!sequence)
        return std::nullopt;
    DerReader fields(*sequence);
    const auto version = fields.expect(DerInteger);
    if (!version)
        return std::nullopt;
    // PKCS#8: SEQUENCE { version, AlgorithmIdentifier, OCTET STRING { the key as below } }.
    {
        DerReader pkcs8 = fields;
        if (pkcs8.expect(DerSequence)) {
            if (const auto inner = pkcs8.expect(DerOctetString))
                return publicOfPrivateKey(*inner, algorithm);
            return std::nullopt;
        }
    }
    switch (algorithm) {
    case QSsl::Rsa: { // PKCS#1: SEQUENCE { version, n, e, d, ... }
        const auto n = fields.expect(DerInteger);
        const auto e = fields.expect(DerInteger);
        if (!n || !e)
            return std::nullopt;
        return integerBytes(*n) + '/' + integerBytes(*e);
    }
    case QSsl::Ec: { // SEC1: SEQUENCE { 1, OCTET STRING d, [0] params, [1] BIT STRING point }
        quint8 tag = 0;
        QByteArrayView content;
        while (fields.next(&tag, &content)) {
            if (tag != DerContext1)
                continue;
            DerReader point(content);
            const auto bits = point.expect(DerBitString);
            if (!bits || bits->isEmpty() || (*bits)[0] != '\0')
                return std::nullopt;
            return bits->sliced(1).toByteArray();
        }
        return std::nullopt; // stored without its public point
    }
    case QSsl::Dsa: { // SEQUENCE { 0, p, q, g, y, x }
        for (int i = 0; i < 3; ++i) {
            if (!fields.expect(DerInteger))
                return std::nullopt;
        }
        if (const auto y = fields.expect(DerInteger))
            return integerBytes(*y);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
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

QString checkKeyMatchesCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                   const QString &certPath, const QString &keyPath)
{
    const QString mismatch =
        QStringLiteral("keyfile %1 does not belong to the certificate in certfile %2 (another "
                       "key pair: every TLS handshake would fail)")
            .arg(keyPath, certPath);
    const QSslKey certificateKey = certificate.publicKey();
    if (certificateKey.isNull() || key.isNull())
        return {};
    if (certificateKey.algorithm() != key.algorithm())
        return mismatch;
    const auto fromCertificate = publicOfCertificate(certificate, key.algorithm());
    const auto fromKey = publicOfPrivateKey(key.toDer(), key.algorithm());
    if (fromCertificate && fromKey && *fromCertificate != *fromKey)
        return mismatch;
    return {};
}

QString checkKeyMatchesCertificate(const QString &certPath, const QString &keyPath)
{
    QList<QSslCertificate> chain;
    QSslKey key;
    if (!loadCertificateChain(certPath, &chain).isEmpty() ||
        !loadPrivateKey(keyPath, &key).isEmpty())
        return {};
    return checkKeyMatchesCertificate(chain.first(), key, certPath, keyPath);
}

} // namespace broker::detail
