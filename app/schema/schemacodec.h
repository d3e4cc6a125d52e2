#pragma once

#include "payloadcodec.h"

#include <QJsonObject>

namespace schema {

/// A codec for payloads a schema describes (Sparkplug B, a Protobuf message type): the payload
/// is shown as a JSON object and typed as one. Subclasses decode and encode; the text forms are
/// made here. A payload that does not decode is shown escaped (printable ASCII as is, \n,
/// \xNN, ...), so that nothing is hidden, with the reason in *error.
class SchemaCodec : public PayloadCodec
{
public:
    QString toText(const QByteArray &payload, bool pretty, QString *error) const override;
    std::optional<QByteArray> toJson(const QByteArray &payload, QString *error) const override;
    std::optional<QByteArray> fromText(QStringView text, QString *error) const override;
    bool isStructured() const override { return true; }
    bool typedAsJson() const override { return true; }

protected:
    /// The payload as a JSON object, or nullopt with a one-line *error (never null).
    virtual std::optional<QJsonObject> decode(const QByteArray &payload, QString *error) const = 0;
    /// The payload for a JSON object (its text is `json`), or nullopt with *error (never null).
    virtual std::optional<QByteArray> encode(const QJsonObject &object, const QByteArray &json,
                                             QString *error) const = 0;
};

} // namespace schema
