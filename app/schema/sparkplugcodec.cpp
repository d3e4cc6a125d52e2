#include "sparkplugcodec.h"

#include "schematext.h"

#include "sparkplug.h"

namespace schema {

QString SparkplugCodec::name() const
{
    return QStringLiteral("sparkplug");
}

QString SparkplugCodec::title() const
{
    return SchemaText::tr("Sparkplug B");
}

bool SparkplugCodec::claims(const QByteArray &payload, const PayloadContext &context) const
{
    return sparkplug::isSparkplugTopic(context.topic) && payload.size() <= DetectionLimit &&
           sparkplug::decode(payload).has_value();
}

std::optional<QJsonObject> SparkplugCodec::decode(const QByteArray &payload, QString *error) const
{
    std::optional<QJsonObject> json = sparkplug::decode(payload, error);
    if (!json)
        *error = SchemaText::tr("Not a valid Sparkplug B payload: %1").arg(*error);
    return json;
}

std::optional<QByteArray> SparkplugCodec::encode(const QJsonObject &object, const QByteArray &,
                                                 QString *error) const
{
    return sparkplug::encode(object, error);
}

} // namespace schema
