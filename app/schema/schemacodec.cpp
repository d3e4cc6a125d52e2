#include "schemacodec.h"

#include "schematext.h"

#include <mqttcore/payloadformat.h>

#include <QJsonDocument>

namespace schema {

namespace {

/// The reason, or a generic one when a decoder gave none.
void setError(QString *error, const QString &reason)
{
    if (error)
        *error = reason.isEmpty() ? SchemaText::tr("malformed payload") : reason;
}

} // namespace

QString SchemaCodec::toText(const QByteArray &payload, bool pretty, QString *error) const
{
    QString why;
    if (const std::optional<QJsonObject> json = decode(payload, &why)) {
        if (error)
            error->clear();
        return QString::fromUtf8(
            QJsonDocument(*json).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact));
    }
    setError(error, why);
    return mqtt::formatPayload(payload, mqtt::PayloadFormat::Raw);
}

std::optional<QByteArray> SchemaCodec::toJson(const QByteArray &payload, QString *error) const
{
    QString why;
    if (const std::optional<QJsonObject> json = decode(payload, &why)) {
        if (error)
            error->clear();
        return QJsonDocument(*json).toJson(QJsonDocument::Compact);
    }
    setError(error, why);
    return std::nullopt;
}

std::optional<QByteArray> SchemaCodec::fromText(QStringView text, QString *error) const
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (!document.isObject()) {
        setError(error, document.isNull() ? SchemaText::tr("not JSON: %1 at byte %2")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset + 1)
                                          : SchemaText::tr("expected a JSON object"));
        return std::nullopt;
    }
    QString why;
    std::optional<QByteArray> bytes = encode(document.object(), utf8, &why);
    if (!bytes)
        setError(error, why);
    else if (error)
        error->clear();
    return bytes;
}

} // namespace schema
