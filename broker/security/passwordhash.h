#pragma once

#include <QByteArray>

/// The hash functions behind the password file's formats, on QtCore's SHA-512.
namespace broker::detail {

/// PBKDF2-HMAC-SHA512 (RFC 8018, section 5.2), as mosquitto_passwd uses it (`$7$`).
QByteArray pbkdf2Sha512(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength);

/// SHA-512 crypt (Ulrich Drepper, "Unix crypt using SHA-256 and SHA-512", the `$6$` of glibc's
/// crypt(3) and of passlib's sha512_crypt, which hbmqtt's password files use).
///
/// `salt` is what follows "$6$" or "$6$rounds=N$" (at most its first 16 bytes count; it must
/// hold no '$'). `rounds` is clamped to [1000, 999999999] as the specification asks. Returns
/// the complete string, "$6$salt$hash" for the default 5000 rounds when `roundsGiven` is false,
/// else "$6$rounds=N$salt$hash".
QByteArray sha512Crypt(const QByteArray &password, const QByteArray &salt, int rounds,
                       bool roundsGiven);

/// The alphabet of crypt's base64 ("./0-9A-Za-z"); true when every byte of `text` is in it.
bool isCryptBase64(const QByteArray &text);

} // namespace broker::detail
