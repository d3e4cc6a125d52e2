#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace gui {

/// A file path field: `edit` with a "…" button beside it that picks an existing file.
/// `caption` titles the file dialog and is the button's tooltip.
QWidget *fileField(QWidget *parent, QLineEdit *edit, const QString &caption);

} // namespace gui
