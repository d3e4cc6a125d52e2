#include "datasize.h"

#include <QCoreApplication>
#include <QLocale>

namespace gui {

QString formatDataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes == 1)
        return QCoreApplication::translate("gui::DataSize", "%1 byte").arg(locale.toString(bytes));
    if (bytes > -1024 && bytes < 1024)
        return QCoreApplication::translate("gui::DataSize", "%1 bytes").arg(locale.toString(bytes));
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace gui
