#include "protofilechoice.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSettings>

namespace gui::protofile {

namespace {
constexpr auto FileKey = "schema/protoFile";
constexpr auto TypeKey = "schema/protoType";
} // namespace

QString choose(QWidget *parent, const QString &directory)
{
    // Translated in the context of the schema dock, which introduced the dialog.
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("gui::SchemaPanel", "Open Protobuf schema"), directory,
        QCoreApplication::translate("gui::SchemaPanel", "Protobuf schema (*.proto)"));
}

QString rememberedPath()
{
    return QSettings().value(QLatin1String(FileKey)).toString();
}

void rememberPath(const QString &path)
{
    QSettings().setValue(QLatin1String(FileKey), path);
}

QString rememberedMessageType()
{
    return QSettings().value(QLatin1String(TypeKey)).toString();
}

void rememberMessageType(const QString &type)
{
    QSettings().setValue(QLatin1String(TypeKey), type);
}

} // namespace gui::protofile
