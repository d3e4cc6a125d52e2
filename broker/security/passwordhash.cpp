#include "passwordhash.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace broker::detail {

QByteArray pbkdf2Sha512(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength)
{
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha512, password);
    QByteArray key;
    key.reserve(keyLength);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        char blockIndex[4];
        qToBigEndian(block, blockIndex);
        hmac.reset();
        hmac.addData(salt);
        hmac.addData(blockIndex, sizeof blockIndex);
        QByteArray u = hmac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        key += t.left(keyLength - key.size());
    }
    return key;
}

} // namespace broker::detail
