#include "filefield.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace gui {

QWidget *fileField(QWidget *parent, QLineEdit *edit, const QString &caption)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(QStringLiteral("…"), row);
    browse->setMaximumWidth(32);
    browse->setToolTip(caption);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, caption, row] {
        const QString file = QFileDialog::getOpenFileName(row, caption, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace gui
