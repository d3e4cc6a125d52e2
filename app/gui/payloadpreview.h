#pragma once

#include <QByteArray>
#include <QString>

namespace gui {

/// A one-line preview of a payload of at most `maxChars` characters, built from a bounded prefix
/// only (a megabyte payload costs no more than a short one). Valid UTF-8 is shown as text with
/// line breaks and tabs folded into spaces; anything else as hex bytes.
QString payloadPreview(const QByteArray &payload, int maxChars = 160);

/// True when the payload (checked on a bounded prefix) decodes as UTF-8 without control
/// characters other than whitespace.
bool looksLikeText(const QByteArray &payload);

} // namespace gui
