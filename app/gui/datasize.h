#pragma once

#include <QString>
#include <QtGlobal>

namespace gui {

/// A size as the whole GUI writes it: binary units ("512 bytes", "1 byte", "1.5 KiB",
/// "1.0 MiB"), one decimal, in the language in use.
QString formatDataSize(qint64 bytes);

} // namespace gui
