#include "payloadformatter.h"

#include "payloadpreview.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PayloadFormatter", text);
}

// Structured views (JSON, CBOR) need the whole payload; beyond this they fall back to text.
constexpr qsizetype StructuredLimit = 8 * 1024 * 1024;

} // namespace

QString payloadViewName(PayloadView view)
{
    switch (view) {
    case PayloadView::Auto:
        return tr("Automatic");
    case PayloadView::Text:
        return tr("Text");
    case PayloadView::Json:
        return tr("JSON");
    case PayloadView::Hex:
        return tr("Hex");
    case PayloadView::Base64:
        return tr("Base64");
    case PayloadView::Cbor:
        return tr("CBOR");
    case PayloadView::MessagePack:
        return tr("MessagePack");
    }
    return {};
}

PayloadView detectPayloadView(const QByteArray &payload)
{
    if (payload.isEmpty())
        return PayloadView::Text;
    const char first = payload.trimmed().isEmpty() ? ' ' : payload.trimmed().front();
    if ((first == '{' || first == '[') && payload.size() <= StructuredLimit) {
        QJsonParseError error;
        QJsonDocument::fromJson(payload, &error);
        if (error.error == QJsonParseError::NoError)
            return PayloadView::Json;
    }
    if (looksLikeText(payload))
        return PayloadView::Text;
    if (payload.size() <= StructuredLimit) {
        QCborParserError error;
        const QCborValue value = QCborValue::fromCbor(payload, &error);
        if (error.error == QCborError::NoError && (value.isMap() || value.isArray()))
            return PayloadView::Cbor;
    }
    return PayloadView::Hex;
}

QString hexDump(QByteArrayView bytes, qsizetype offset)
{
    QString out;
    out.reserve(bytes.size() / 16 * 78 + 80);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(offset + line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto b = quint8(bytes[line + i]);
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7F) ? QChar(b) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += u' ';
        }
        out += u' ';
        out += ascii;
        out += u'\n';
    }
    return out;
}

FormattedPayload formatPayload(const QByteArray &payload, PayloadView view, qsizetype maxBytes)
{
    FormattedPayload result;
    result.view = view == PayloadView::Auto ? detectPayloadView(payload) : view;
    const QByteArrayView head = QByteArrayView(payload).first(qMin(maxBytes, payload.size()));
    result.truncated = head.size() < payload.size();
    auto asText = [&] {
        QStringDecoder decoder(QStringDecoder::Utf8);
        result.text = decoder.decode(head);
        if (decoder.hasError())
            result.error = tr("The payload is not valid UTF-8; invalid bytes are shown as \uFFFD.");
    };
    switch (result.view) {
    case PayloadView::Auto:
    case PayloadView::Text:
        asText();
        break;
    case PayloadView::Json: {
        if (payload.size() > StructuredLimit) {
            result.error = tr("Too large to reformat; shown as text.");
            asText();
            break;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError) {
            result.error =
                tr("Not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
            asText();
            break;
        }
        result.text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        result.truncated = false;
        break;
    }
    case PayloadView::Hex:
        result.text = hexDump(head);
        break;
    case PayloadView::Base64:
        result.text = QString::fromLatin1(head.toByteArray().toBase64());
        break;
    case PayloadView::Cbor: {
        QCborParserError error;
        const QCborValue value = QCborValue::fromCbor(payload, &error);
        if (error.error != QCborError::NoError) {
            result.error = tr("Not valid CBOR: %1").arg(error.errorString());
            result.text = hexDump(head);
            break;
        }
        result.text = value.toDiagnosticNotation(QCborValue::LineWrapped);
        result.truncated = false;
        break;
    }
    case PayloadView::MessagePack:
        result.error = tr("MessagePack decoding is not available in this build.");
        result.text = hexDump(head);
        break;
    }
    return result;
}

} // namespace gui
