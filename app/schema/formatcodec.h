#pragma once

#include "payloadcodec.h"

#include <mqttcore/payloadformat.h>

namespace schema {

/// A codec for one of mqttcore's payload formats (payloadformat.h): text, JSON, hex, base64,
/// CBOR, MessagePack, escaped raw bytes, on/off words. Not for PayloadFormat::Auto: automatic
/// detection is the registry's (PayloadCodecs::resolve).
class FormatCodec final : public PayloadCodec
{
public:
    /// `options` carries the Bool format's words; `pretty` is chosen per call.
    explicit FormatCodec(mqtt::PayloadFormat format,
                         const mqtt::PayloadFormatOptions &options = {});

    /// The mqttcore format this codec stands for.
    mqtt::PayloadFormat format() const { return m_format; }

    QString name() const override;
    QString title() const override;
    QString toText(const QByteArray &payload, bool pretty, QString *error) const override;
    std::optional<QByteArray> toJson(const QByteArray &payload, QString *error) const override;
    std::optional<QByteArray> fromText(QStringView text, QString *error) const override;
    bool rendersPrefix() const override;
    bool isStructured() const override;
    bool typedAsJson() const override;

private:
    mqtt::PayloadFormat m_format;
    mqtt::PayloadFormatOptions m_options;
};

} // namespace schema
