#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace schema {

/// What automatic detection may look at besides the bytes.
struct PayloadContext
{
    QString topic;       ///< the message's topic ("spBv1.0/..." suggests Sparkplug B)
    QString contentType; ///< its MQTT 5 Content Type, if any
};

/// One way of reading and writing payloads: plain formats (text, JSON, hex, CBOR, ...) and
/// schema formats (Sparkplug B, a user's Protobuf message type). Codecs live in the registry
/// (payloadcodecs.h) that the window's detail and publish panels, the command line's
/// `--format` and the recording export share. A codec never loses a byte: what it cannot show
/// is shown escaped, and what it shows can be turned back into the payload's bytes.
class PayloadCodec
{
public:
    virtual ~PayloadCodec() = default;

    /// The name `--format` takes and settings store ("json", "sparkplug", ...).
    virtual QString name() const = 0;
    /// The translated name for menus ("JSON", "Sparkplug B", ...).
    virtual QString title() const = 0;

    /// True when automatic detection may choose this codec for `payload` without trying the
    /// plain formats (a schema codec that recognises its topic and decodes the payload).
    virtual bool claims(const QByteArray &payload, const PayloadContext &context) const;

    /// The payload as text (`pretty`: indented or in lines, for reading). When the payload is
    /// not valid in this codec, *error (if given) gets a one-line reason and the text is a
    /// rendering that still shows every byte (escaped text or hex); otherwise *error is cleared.
    virtual QString toText(const QByteArray &payload, bool pretty, QString *error) const = 0;

    /// The payload as one compact JSON value, for JSON output: the structure of a structured
    /// codec (a JSON payload as its own text), a JSON string of the text for the others.
    /// nullopt with *error when the payload is not valid in this codec.
    virtual std::optional<QByteArray> toJson(const QByteArray &payload, QString *error) const = 0;

    /// Payload bytes from text in the form toText() gives (for structured codecs: JSON).
    /// nullopt with a one-line *error when the text is not valid.
    virtual std::optional<QByteArray> fromText(QStringView text, QString *error) const = 0;

    /// True when the text of a payload's first bytes is the start of the payload's text
    /// (text, hex, base64, ...): a huge payload can then be shown a part at a time. Structured
    /// codecs need the whole payload.
    virtual bool rendersPrefix() const { return false; }
    /// True when toText() gives JSON-like structure (highlighting, numeric fields for charts).
    virtual bool isStructured() const { return false; }
    /// True when fromText() takes JSON that it encodes (CBOR, MessagePack, schema codecs).
    virtual bool typedAsJson() const { return false; }
};

/// A JSON value of our own making (not a payload's text) as compact JSON text: 1, "x", {"a":1}.
QByteArray compactJson(const QJsonValue &value);

} // namespace schema
