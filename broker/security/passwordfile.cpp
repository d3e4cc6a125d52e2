#include <broker/passwordfile.h>

#include "passwordhash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <optional>

namespace broker {

namespace {

constexpr int SaltLength = 12; // what mosquitto_passwd writes
constexpr int HashLength = 64; // SHA-512 output
// Bounds a hostile or mistyped file: verifying must stay fast on the broker's thread.
constexpr int MaxIterations = 10'000'000;

struct ParsedHash
{
    PasswordFile::Algorithm algorithm = PasswordFile::Algorithm::Pbkdf2Sha512;
    int iterations = 0;
    bool roundsGiven = false; ///< Sha512Crypt: "rounds=N$" was written
    QByteArray salt;
    QByteArray hash; ///< raw bytes; for Sha512Crypt the 86 characters of crypt's base64
};

constexpr qsizetype CryptHashLength = 86; // 64 bytes in crypt's base64, no padding
constexpr int CryptDefaultRounds = 5000;

// "$6$[rounds=N$]salt$hash" of SHA-512 crypt: parts after splitting at '$'.
std::optional<ParsedHash> parseCryptHash(const QList<QByteArray> &parts)
{
    ParsedHash parsed;
    parsed.algorithm = PasswordFile::Algorithm::Sha512Crypt;
    parsed.iterations = CryptDefaultRounds;
    qsizetype saltIndex = 2;
    if (parts.size() == 5) {
        if (!parts[2].startsWith("rounds="))
            return std::nullopt;
        bool ok = false;
        parsed.iterations = parts[2].mid(7).toInt(&ok);
        if (!ok || parsed.iterations < 1 || parsed.iterations > MaxIterations)
            return std::nullopt;
        parsed.roundsGiven = true;
        saltIndex = 3;
    }
    parsed.salt = parts[saltIndex];
    parsed.hash = parts[saltIndex + 1];
    if (parsed.hash.size() != CryptHashLength || !detail::isCryptBase64(parsed.hash))
        return std::nullopt;
    return parsed;
}

bool decodeBase64(const QByteArray &text, QByteArray *out)
{
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return false;
    *out = result.decoded;
    return true;
}

// "$7$101$salt$hash", mosquitto's "$6$salt$hash" (standard base64, 88 characters of hash) or
// SHA-512 crypt's "$6$[rounds=N$]salt$hash" (crypt's base64, 86 characters).
std::optional<ParsedHash> parseHash(const QByteArray &encoded)
{
    const QList<QByteArray> parts = encoded.split('$');
    ParsedHash parsed;
    if (parts.size() >= 4 && parts.size() <= 5 && parts[0].isEmpty() && parts[1] == "6" &&
        parts.last().size() == CryptHashLength)
        return parseCryptHash(parts);
    if (parts.size() == 5 && parts[0].isEmpty() && parts[1] == "7") {
        bool ok = false;
        parsed.iterations = parts[2].toInt(&ok);
        if (!ok || parsed.iterations < 1 || parsed.iterations > MaxIterations)
            return std::nullopt;
        parsed.algorithm = PasswordFile::Algorithm::Pbkdf2Sha512;
        if (!decodeBase64(parts[3], &parsed.salt) || !decodeBase64(parts[4], &parsed.hash))
            return std::nullopt;
    } else if (parts.size() == 4 && parts[0].isEmpty() && parts[1] == "6") {
        parsed.algorithm = PasswordFile::Algorithm::Sha512;
        if (!decodeBase64(parts[2], &parsed.salt) || !decodeBase64(parts[3], &parsed.hash))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (parsed.hash.size() != HashLength)
        return std::nullopt;
    return parsed;
}

QByteArray computeHash(const QByteArray &password, const QByteArray &salt,
                       PasswordFile::Algorithm algorithm, int iterations, bool roundsGiven = true)
{
    if (algorithm == PasswordFile::Algorithm::Sha512Crypt)
        return detail::sha512Crypt(password, salt, iterations, roundsGiven).right(CryptHashLength);
    if (algorithm == PasswordFile::Algorithm::Pbkdf2Sha512)
        return detail::pbkdf2Sha512(password, salt, iterations, HashLength);
    QCryptographicHash sha(QCryptographicHash::Sha512);
    sha.addData(password);
    sha.addData(salt);
    return sha.result();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

bool PasswordFile::load(const QString &path, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, errorString);
}

bool PasswordFile::parse(const QByteArray &text, const QString &fileName, QString *errorString)
{
    QList<QByteArray> rawLines = text.split('\n');
    if (text.endsWith('\n'))
        rawLines.removeLast(); // the empty piece after the final newline is not a line
    QList<Line> lines;
    // Every bad line is reported, not just the first: one run shows all there is to fix.
    QStringList errors;
    int lineNumber = 0;
    for (QByteArray raw : rawLines) {
        ++lineNumber;
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QByteArray trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#')) {
            lines.append({QString(), raw});
            continue;
        }
        auto fail = [&](const QString &message) {
            errors.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(lineNumber).arg(message));
        };
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("expected user:hash"));
            continue;
        }
        const QString userName = QString::fromUtf8(raw.left(colon));
        const QByteArray hash = raw.mid(colon + 1).trimmed();
        if (!hash.startsWith('$'))
            fail(QStringLiteral("user %1: password is not hashed").arg(userName));
        else if (!isHash(hash))
            fail(QStringLiteral("user %1: malformed password hash").arg(userName));
        else
            lines.append({userName, hash});
    }
    if (!errors.isEmpty()) {
        *errorString = errors.join(u'\n');
        return false;
    }
    m_lines = lines;
    return true;
}

QByteArray PasswordFile::toText() const
{
    QByteArray out;
    for (const Line &line : m_lines) {
        if (line.userName.isEmpty())
            out += line.text;
        else
            out += line.userName.toUtf8() + ':' + line.text;
        out += '\n';
    }
    return out;
}

bool PasswordFile::save(const QString &path, QString *errorString) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toText());
    if (!file.commit()) {
        *errorString = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

qsizetype PasswordFile::indexOf(const QString &userName) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].userName.isEmpty() && m_lines[i].userName == userName)
            return i;
    }
    return -1;
}

bool PasswordFile::verify(const QString &userName, const QByteArray &password) const
{
    const qsizetype index = userName.isEmpty() ? -1 : indexOf(userName);
    return index >= 0 && verifyHash(m_lines[index].text, password);
}

std::optional<QByteArray> PasswordFile::hashOf(const QString &userName) const
{
    const qsizetype index = userName.isEmpty() ? -1 : indexOf(userName);
    if (index < 0)
        return std::nullopt;
    return m_lines[index].text;
}

bool PasswordFile::contains(const QString &userName) const
{
    return !userName.isEmpty() && indexOf(userName) >= 0;
}

QStringList PasswordFile::userNames() const
{
    QStringList names;
    for (const Line &line : m_lines) {
        if (!line.userName.isEmpty())
            names.append(line.userName);
    }
    return names;
}

void PasswordFile::setPassword(const QString &userName, const QByteArray &password,
                               Algorithm algorithm, int iterations)
{
    const QByteArray hash = hashPassword(password, algorithm, iterations);
    const qsizetype index = indexOf(userName);
    if (index >= 0)
        m_lines[index].text = hash;
    else
        m_lines.append({userName, hash});
}

bool PasswordFile::remove(const QString &userName)
{
    const qsizetype index = indexOf(userName);
    if (index < 0)
        return false;
    m_lines.removeAt(index);
    return true;
}

QByteArray PasswordFile::hashPassword(const QByteArray &password, Algorithm algorithm,
                                      int iterations)
{
    iterations = qBound(1, iterations, MaxIterations);
    if (algorithm == Algorithm::Sha512Crypt) {
        // 16 salt characters from crypt's alphabet, as glibc and passlib write them.
        static constexpr char alphabet[] =
            "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QByteArray salt(16, Qt::Uninitialized);
        for (char &ch : salt)
            ch = alphabet[QRandomGenerator::system()->bounded(64)];
        return detail::sha512Crypt(password, salt, iterations, true);
    }
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          SaltLength / sizeof(quint32));
    const QByteArray hash = computeHash(password, salt, algorithm, iterations);
    if (algorithm == Algorithm::Pbkdf2Sha512)
        return "$7$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
               hash.toBase64();
    return "$6$" + salt.toBase64() + '$' + hash.toBase64();
}

bool PasswordFile::verifyHash(const QByteArray &encodedHash, const QByteArray &password)
{
    const auto parsed = parseHash(encodedHash);
    if (!parsed)
        return false;
    return constantTimeEquals(computeHash(password, parsed->salt, parsed->algorithm,
                                          parsed->iterations, parsed->roundsGiven),
                              parsed->hash);
}

bool PasswordFile::isHash(const QByteArray &encodedHash)
{
    return parseHash(encodedHash).has_value();
}

bool PasswordFile::isSlowToVerify(const QByteArray &encodedHash)
{
    const auto parsed = parseHash(encodedHash);
    return parsed && parsed->iterations > SlowIterations;
}

} // namespace broker
