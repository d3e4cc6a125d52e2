#pragma once

#include "payloadcodec.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace schema {

/// The registry of payload codecs: one list that the window's detail and publish panels, the
/// command line's `--format` (sub, pub, monitor) and the recording export all take their
/// formats from, so that a format added here is offered everywhere.
///
///   schema::PayloadCodecs codecs;
///   const schema::PayloadCodec &codec = codecs.detect(payload, {topic, contentType});
///   QString error;
///   const QString text = codec.toText(payload, true, &error);
///   const std::optional<QByteArray> bytes = codec.fromText(text, &error); // == payload
///
/// A registry is a cheap value (it shares its codecs); a copy can get codecs of its own, such
/// as the Protobuf codec of a .proto file the user loaded.
class PayloadCodecs
{
public:
    /// The name of the automatic codec, which stands for detection.
    static inline const QString AutomaticName = QStringLiteral("auto");
    /// Payloads larger than this are detected from their first bytes (text or hex only).
    static constexpr qsizetype FullDetectionLimit = 8 * 1024 * 1024;

    /// The built-in codecs, in menu order: auto, text, json, hex, base64, cbor, msgpack, raw,
    /// bool (mqttcore's formats), sparkplug, and protobuf (a placeholder until add() gets one
    /// with a schema; only in builds with Protobuf support).
    PayloadCodecs();

    /// Adds a codec at the end, or replaces the one with the same name in its place.
    void add(std::shared_ptr<const PayloadCodec> codec);
    /// The codec of a name, case-insensitively, also by the aliases mqttcore accepts ("utf8",
    /// "b64", "messagepack", ...); null for an unknown name.
    std::shared_ptr<const PayloadCodec> find(QStringView name) const;
    /// Every codec, in menu order.
    const QList<std::shared_ptr<const PayloadCodec>> &codecs() const { return m_codecs; }
    /// Every codec's name, in menu order.
    QStringList names() const;

    /// The codec automatic detection picks: a schema codec that claims the payload (Sparkplug B
    /// on its topics), else mqttcore's detectPayloadFormat() (payloadformat.h), which trusts a
    /// matching Content Type. Never the automatic codec itself.
    const PayloadCodec &detect(const QByteArray &payload, const PayloadContext &context) const;
    /// `codec`, or what detect() picks when `codec` is the automatic one.
    const PayloadCodec &resolve(const PayloadCodec &codec, const QByteArray &payload,
                                const PayloadContext &context) const;
    /// True for the automatic codec.
    static bool isAutomatic(const PayloadCodec &codec);

private:
    QList<std::shared_ptr<const PayloadCodec>> m_codecs;
};

} // namespace schema
