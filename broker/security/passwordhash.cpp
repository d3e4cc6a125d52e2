#include "passwordhash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <algorithm>

namespace broker::detail {

namespace {

constexpr char CryptAlphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

constexpr int CryptDefaultRounds = 5000;
constexpr int CryptMinRounds = 1000;
constexpr int CryptMaxRounds = 999'999'999;
constexpr qsizetype CryptMaxSalt = 16;

/// `source` repeated (or cut) to `length` bytes: the P' and S' sequences of the specification.
QByteArray repeatedTo(QByteArrayView source, qsizetype length)
{
    QByteArray out;
    out.reserve(length);
    while (out.size() + source.size() <= length)
        out.append(source);
    out.append(source.first(length - out.size()));
    return out;
}

/// Step 22 of the specification: the 64 digest bytes in crypt's byte order and base64.
QByteArray encodeCryptDigest(const QByteArray &digest)
{
    // Each triple is written as one 24-bit group, least significant 6 bits first.
    static constexpr int order[21][3] = {
        {0, 21, 42},  {22, 43, 1},  {44, 2, 23},  {3, 24, 45},  {25, 46, 4},  {47, 5, 26},
        {6, 27, 48},  {28, 49, 7},  {50, 8, 29},  {9, 30, 51},  {31, 52, 10}, {53, 11, 32},
        {12, 33, 54}, {34, 55, 13}, {56, 14, 35}, {15, 36, 57}, {37, 58, 16}, {59, 17, 38},
        {18, 39, 60}, {40, 61, 19}, {62, 20, 41}};
    const auto byte = [&](int i) { return quint32(quint8(digest[i])); };
    QByteArray out;
    out.reserve(86);
    const auto put = [&](quint32 group, int chars) {
        for (int i = 0; i < chars; ++i, group >>= 6)
            out.append(CryptAlphabet[group & 0x3f]);
    };
    for (const auto &triple : order)
        put((byte(triple[0]) << 16) | (byte(triple[1]) << 8) | byte(triple[2]), 4);
    put(byte(63), 2);
    return out;
}

} // namespace

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

QByteArray sha512Crypt(const QByteArray &password, const QByteArray &saltText, int rounds,
                       bool roundsGiven)
{
    rounds = roundsGiven ? std::clamp(rounds, CryptMinRounds, CryptMaxRounds) : CryptDefaultRounds;
    const QByteArray salt = saltText.left(CryptMaxSalt);
    const QByteArrayView p(password);
    const QByteArrayView s(salt);
    QCryptographicHash sha(QCryptographicHash::Sha512);

    // Steps 4-8: digest B of password, salt, password.
    sha.addData(p);
    sha.addData(s);
    sha.addData(p);
    const QByteArray b = sha.result();

    // Steps 1-3 and 9-12: digest A.
    sha.reset();
    sha.addData(p);
    sha.addData(s);
    sha.addData(repeatedTo(b, p.size()));
    for (qsizetype n = p.size(); n > 0; n >>= 1)
        sha.addData(n & 1 ? QByteArrayView(b) : p);
    QByteArray c = sha.result();

    // Steps 13-16: P', the digest of the password repeated once per byte of it.
    sha.reset();
    for (qsizetype i = 0; i < p.size(); ++i)
        sha.addData(p);
    const QByteArray pPrime = repeatedTo(sha.result(), p.size());

    // Steps 17-20: S', the digest of the salt repeated 16 + A[0] times.
    sha.reset();
    for (int i = 0; i < 16 + quint8(c[0]); ++i)
        sha.addData(s);
    const QByteArray sPrime = repeatedTo(sha.result(), s.size());

    // Step 21: the rounds (hundreds of thousands: no allocation in them).
    c.detach();
    for (int i = 0; i < rounds; ++i) {
        sha.reset();
        sha.addData(i & 1 ? QByteArrayView(pPrime) : QByteArrayView(c));
        if (i % 3 != 0)
            sha.addData(sPrime);
        if (i % 7 != 0)
            sha.addData(pPrime);
        sha.addData(i & 1 ? QByteArrayView(c) : QByteArrayView(pPrime));
        const QByteArrayView digest = sha.resultView();
        std::copy(digest.begin(), digest.end(), c.data());
    }

    QByteArray out = "$6$";
    if (roundsGiven)
        out += "rounds=" + QByteArray::number(rounds) + '$';
    return out + salt + '$' + encodeCryptDigest(c);
}

bool isCryptBase64(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
               ch == '.' || ch == '/';
    });
}

} // namespace broker::detail
