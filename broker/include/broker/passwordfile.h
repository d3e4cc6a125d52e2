#pragma once

#include <broker/broker_global.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace broker {

/// A password file in mosquitto_passwd's format, one `user:hash` per line:
///   alice:$7$101$<base64 salt>$<base64 PBKDF2-HMAC-SHA512(password, salt, 101 iterations)>
///   bob:$6$<base64 salt>$<base64 SHA512(password + salt)>
/// Files written by mosquitto_passwd work unchanged and files written here work with mosquitto
/// (12-byte salts, 64-byte hashes, standard base64 with padding, as mosquitto writes them).
/// Lines written by hbmqtt / MoaT-MQTT (passlib's sha512_crypt) and by crypt(3) are read too:
///   carol:$6$rounds=656000$<salt>$<86 characters of crypt's base64>
///   dave:$6$<salt>$<86 characters>            (no rounds= : 5000 rounds)
/// The two `$6$` forms differ in the hash: 88 characters of standard base64 ending in "=="
/// (mosquitto) against 86 of crypt's "./0-9A-Za-z" alphabet (SHA-512 crypt).
/// Blank lines and lines starting with '#' are kept as they are when saving.
class MQTTBROKER_EXPORT PasswordFile
{
public:
    /// How a password is hashed.
    enum class Algorithm
    {
        Pbkdf2Sha512, ///< `$7$`, mosquitto 2.0's default
        Sha512,       ///< `$6$`, mosquitto 1.6 and earlier
        /// `$6$rounds=N$salt$hash`, SHA-512 crypt (crypt(3), passlib's sha512_crypt as hbmqtt
        /// writes it); `iterations` are its rounds (glibc's default 5000 when not written).
        Sha512Crypt,
    };
    static constexpr int DefaultIterations = 101; ///< mosquitto_passwd's default for `$7$`

    /// Replaces the content with the file's. On error (unreadable file, a line that is not
    /// `user:hash`, an unhashed password, a hash that does not decode) returns false with
    /// "passwd:3: user bob: password is not hashed" in errorString and keeps the old content;
    /// every bad line is named, one per line ('\n' between them).
    bool load(const QString &path, QString *errorString);
    /// Parses text as load() would; `fileName` is used in messages.
    bool parse(const QByteArray &text, const QString &fileName, QString *errorString);
    /// Writes atomically (a temporary file renamed over the old one), mode 0600.
    bool save(const QString &path, QString *errorString) const;
    /// The file's text: one "user:hash" line per user.
    QByteArray toText() const;

    /// True when the user exists and the password matches (constant-time comparison).
    bool verify(const QString &userName, const QByteArray &password) const;
    /// True if `userName` has an entry.
    bool contains(const QString &userName) const;
    /// The stored hash of `userName` (for verifyHash), absent when there is no such user.
    std::optional<QByteArray> hashOf(const QString &userName) const;
    /// Every user name, in file order.
    QStringList userNames() const;
    /// Adds the user, or changes the password in place, with a fresh random salt.
    void setPassword(const QString &userName, const QByteArray &password,
                     Algorithm algorithm = Algorithm::Pbkdf2Sha512,
                     int iterations = DefaultIterations);
    /// Returns false when the user did not exist.
    bool remove(const QString &userName);

    /// The `$7$...` / `$6$...` text for a password with a fresh random salt (16 characters
    /// for Sha512Crypt, whose `iterations` are its rounds, at least 1000).
    static QByteArray hashPassword(const QByteArray &password, Algorithm algorithm,
                                   int iterations = DefaultIterations);
    /// True when `encodedHash` (the part after "user:") is a well-formed $6$/$7$ hash of
    /// `password`. Rounds or iterations above 10,000,000 make a hash malformed (verifying it
    /// would hold up the broker's thread).
    static bool verifyHash(const QByteArray &encodedHash, const QByteArray &password);
    /// True when `encodedHash` is a well-formed $6$ or $7$ hash (used by `passwd -U`).
    static bool isHash(const QByteArray &encodedHash);
    /// True when verifying `encodedHash` takes more than a few milliseconds: over
    /// SlowIterations rounds or iterations (hbmqtt's passlib files have 656,000).
    static bool isSlowToVerify(const QByteArray &encodedHash);
    /// Rounds or iterations above which a hash is checked off the broker's thread.
    static constexpr int SlowIterations = 10'000;

private:
    struct Line
    {
        QString userName; ///< empty for a comment or blank line
        QByteArray text;  ///< the hash, or the whole comment line
    };
    qsizetype indexOf(const QString &userName) const;
    QList<Line> m_lines;
};

} // namespace broker
