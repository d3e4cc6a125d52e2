#include <broker/configerror.h>

namespace broker {

QString ConfigError::toString() const
{
    QString text;
    if (!file.isEmpty())
        text += file + (line > 0 ? QStringLiteral(":%1: ").arg(line) : QStringLiteral(": "));
    if (!key.isEmpty())
        text += key + QStringLiteral(": ");
    return text + message;
}

} // namespace broker
