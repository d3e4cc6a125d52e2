#pragma once

#include <QByteArray>

/// PBKDF2-HMAC-SHA512 (RFC 8018, section 5.2) on QtCore's HMAC, as mosquitto_passwd uses it.
namespace broker::detail {

QByteArray pbkdf2Sha512(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength);

} // namespace broker::detail
