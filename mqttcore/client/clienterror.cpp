#include <mqttcore/clienterror.h>

#include <QMetaEnum>

namespace mqtt {

ClientError::ClientError(Kind kind, QString message, ReasonCode reasonCode, CodecError codecError)
    : kind(kind), reasonCode(reasonCode), codecError(codecError), message(std::move(message))
{
}

const char *ClientError::kindName(Kind kind)
{
    return QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind));
}

QString ClientError::toString() const
{
    QString text = QString::fromLatin1(kindName(kind));
    if (reasonCode != ReasonCode::Success)
        text += QStringLiteral(": %1 (0x%2)")
                    .arg(QString::fromLatin1(reasonCodeName(reasonCode)))
                    .arg(static_cast<int>(reasonCode), 2, 16, QLatin1Char('0'));
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

QDebug operator<<(QDebug debug, const ClientError &error)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "ClientError(" << error.toString() << ')';
    return debug;
}

} // namespace mqtt
