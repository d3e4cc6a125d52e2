#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// Byte <-> text renderings of payloads that need no parser library: UTF-8 text with escapes,
/// escaped raw bytes, hex and base64. Used by payloadformat.cpp.
namespace mqtt::payloadtext {

/// True if `bytes` is valid UTF-8 with no control characters other than tab, CR and LF.
bool isPrintableUtf8(QByteArrayView bytes);

/// UTF-8 decoded; bytes that are not valid UTF-8, and control characters other than tab,
/// CR and LF, become "\xNN" (never dropped or replaced).
QString fromUtf8Escaped(QByteArrayView bytes);

/// Printable ASCII as is; \\ \n \r \t \0 and \xNN for everything else. Inverse of parseRaw.
QString toRaw(QByteArrayView bytes);
std::optional<QByteArray> parseRaw(QStringView text, QString *error);

/// "48 65 6c", or (pretty) hexdump-style lines: "00000000  48 65 ...  |He...|".
QString toHex(QByteArrayView bytes, bool pretty);
/// Pairs of hex digits with optional spaces, tabs, newlines or ':' between them; lines in the
/// pretty format of toHex are accepted (offset and ASCII column are skipped).
std::optional<QByteArray> parseHex(QStringView text, QString *error);

/// Standard base64 (pretty: 76-column lines).
QString toBase64(QByteArrayView bytes, bool pretty);
/// Standard or URL alphabet, padding optional, whitespace ignored.
std::optional<QByteArray> parseBase64(QStringView text, QString *error);

/// "line L, column C" of a character offset in text (1-based, for error messages).
QString describePosition(QStringView text, qsizetype offset);

} // namespace mqtt::payloadtext
