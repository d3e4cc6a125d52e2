#include "payloadcodecs.h"

#include "formatcodec.h"
#include "protobufcodec.h"
#include "protobufschema.h"
#include "sparkplugcodec.h"

#include <mqttcore/payloadformat.h>

namespace schema {

namespace {

using F = mqtt::PayloadFormat;

/// mqttcore's plain formats, in menu order.
constexpr F PlainFormats[] = {F::Text, F::Json,        F::Hex, F::Base64,
                              F::Cbor, F::MessagePack, F::Raw, F::Bool};

/// The bytes of `payload` up to `limit`, without a UTF-8 sequence cut at the end.
QByteArray wholeCharacterPrefix(const QByteArray &payload, qsizetype limit)
{
    qsizetype end = qMin(limit, payload.size());
    for (qsizetype back = 1; back <= 3 && end - back >= 0; ++back) {
        const auto byte = quint8(payload.at(end - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead byte
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (length > back)
            end -= back;
        break;
    }
    return payload.first(end);
}

/// mqttcore's detection; for a huge payload, on its first bytes (text or hex).
F plainFormat(const QByteArray &payload, const QString &contentType)
{
    if (payload.size() <= PayloadCodecs::FullDetectionLimit)
        return mqtt::detectPayloadFormat(payload, contentType);
    const F format = mqtt::detectPayloadFormat(wholeCharacterPrefix(payload, 4096));
    return format == F::Text ? F::Text : F::Hex;
}

/// "auto": each payload in the plain format detected for it (without a topic, schema codecs
/// cannot claim a payload; PayloadCodecs::detect() lets them).
class AutomaticCodec final : public PayloadCodec
{
public:
    QString name() const override { return PayloadCodecs::AutomaticName; }
    QString title() const override { return FormatCodec(F::Auto).title(); }
    QString toText(const QByteArray &payload, bool pretty, QString *error) const override
    {
        return FormatCodec(plainFormat(payload, {})).toText(payload, pretty, error);
    }
    std::optional<QByteArray> toJson(const QByteArray &payload, QString *error) const override
    {
        return FormatCodec(plainFormat(payload, {})).toJson(payload, error);
    }
    std::optional<QByteArray> fromText(QStringView text, QString *error) const override
    {
        return FormatCodec(F::Text).fromText(text, error);
    }
};

} // namespace

PayloadCodecs::PayloadCodecs()
{
    m_codecs << std::make_shared<AutomaticCodec>();
    for (const F format : PlainFormats)
        m_codecs << std::make_shared<FormatCodec>(format);
    m_codecs << std::make_shared<SparkplugCodec>();
    if (ProtobufSchema::isAvailable())
        m_codecs << std::make_shared<ProtobufCodec>();
}

void PayloadCodecs::add(std::shared_ptr<const PayloadCodec> codec)
{
    for (auto &existing : m_codecs) {
        if (existing->name() == codec->name()) {
            existing = std::move(codec);
            return;
        }
    }
    m_codecs << std::move(codec);
}

std::shared_ptr<const PayloadCodec> PayloadCodecs::find(QStringView name) const
{
    QString canonical = name.toString();
    if (F format{}; mqtt::payloadFormatFromString(name, &format))
        canonical = mqtt::payloadFormatName(format);
    for (const auto &codec : m_codecs) {
        if (codec->name().compare(canonical, Qt::CaseInsensitive) == 0)
            return codec;
    }
    return nullptr;
}

QStringList PayloadCodecs::names() const
{
    QStringList names;
    for (const auto &codec : m_codecs)
        names << codec->name();
    return names;
}

const PayloadCodec &PayloadCodecs::detect(const QByteArray &payload,
                                          const PayloadContext &context) const
{
    for (const auto &codec : m_codecs) {
        if (codec->claims(payload, context))
            return *codec;
    }
    const F format = plainFormat(payload, context.contentType);
    for (const auto &codec : m_codecs) {
        const auto *plain = dynamic_cast<const FormatCodec *>(codec.get());
        if (plain && plain->format() == format)
            return *codec;
    }
    static const FormatCodec hex(F::Hex); // only when a registry's plain codecs were replaced
    return hex;
}

const PayloadCodec &PayloadCodecs::resolve(const PayloadCodec &codec, const QByteArray &payload,
                                           const PayloadContext &context) const
{
    return isAutomatic(codec) ? detect(payload, context) : codec;
}

bool PayloadCodecs::isAutomatic(const PayloadCodec &codec)
{
    return codec.name() == AutomaticName;
}

} // namespace schema
