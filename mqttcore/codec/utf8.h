#pragma once

#include <mqttcore/codecerror.h>

#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// UTF-8 as MQTT wants it (1.5.4): well-formed, no surrogates, no U+0000. Non-characters and
/// other control characters are allowed (the spec says SHOULD NOT, not MUST NOT).
namespace mqtt::detail {

/// CodecError::None, InvalidUtf8 or NullCharacter.
CodecError validateUtf8(QByteArrayView bytes);

/// The QString of validated UTF-8; a leading U+FEFF is kept, not taken for a byte order
/// mark [MQTT-1.5.4-3].
QString fromUtf8(QByteArrayView bytes);

/// Number of bytes appendUtf8 writes for `text`; an unpaired surrogate becomes U+FFFD.
qsizetype utf8Length(QStringView text);

/// Writes the UTF-8 form of `text` to `out`, which has room for utf8Length(text) bytes.
void writeUtf8(char *out, QStringView text);

} // namespace mqtt::detail
