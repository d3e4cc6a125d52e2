#pragma once

#include "schemacodec.h"

namespace schema {

/// Sparkplug B (sparkplug.h): claimed by automatic detection on "spBv1.0/" topics when the
/// payload decodes; typed and shown as the JSON form of sparkplug::decode().
class SparkplugCodec final : public SchemaCodec
{
public:
    /// Detection decodes at most this many bytes.
    static constexpr qsizetype DetectionLimit = 8 * 1024 * 1024;

    QString name() const override;
    QString title() const override;
    bool claims(const QByteArray &payload, const PayloadContext &context) const override;

protected:
    std::optional<QJsonObject> decode(const QByteArray &payload, QString *error) const override;
    std::optional<QByteArray> encode(const QJsonObject &object, const QByteArray &json,
                                     QString *error) const override;
};

} // namespace schema
