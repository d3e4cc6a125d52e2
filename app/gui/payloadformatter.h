#pragma once

#include <QByteArray>
#include <QString>

namespace gui {

/// How the message detail shows a payload.
enum class PayloadView
{
    Auto,
    Text,
    Json,
    Hex,
    Base64,
    Cbor,
    MessagePack,
};

/// A payload rendered for reading. Only `maxBytes` of the payload are rendered at a time, so a
/// payload of many megabytes never stalls the window; `truncated` says there is more.
struct FormattedPayload
{
    PayloadView view = PayloadView::Text; ///< the view used (Auto resolved)
    QString text;
    QString error; ///< why the payload is not valid in the requested view
    bool truncated = false;
};

/// The view that suits a payload best: JSON, text, CBOR or hex.
PayloadView detectPayloadView(const QByteArray &payload);
/// Renders up to `maxBytes` of the payload in `view`.
FormattedPayload formatPayload(const QByteArray &payload, PayloadView view, qsizetype maxBytes);
/// A classic hex dump (offset, 16 bytes, ASCII) of `bytes`, offsets starting at `offset`.
QString hexDump(QByteArrayView bytes, qsizetype offset = 0);
/// The view's name for menus.
QString payloadViewName(PayloadView view);

} // namespace gui
