#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

/// JSON text (RFC 8259) worked on as a stream of tokens, never as a tree of values: checking
/// that a payload is JSON, and showing it compact or indented, keeps every byte of meaning as
/// it was sent. Members keep their order and duplicates; every number and every string keeps its
/// exact text (12345678901234567890, 1e400, -0, 0.10, "\u00e9", "\ud83d\ude00" and raw UTF-8
/// alike). The outputs differ from the input only in whitespace outside strings:
///  - Compact is the input without that whitespace;
///  - Pretty puts each member and element on its own line, indented by four spaces per level,
///    "name": value with one space after the colon, empty containers as {} and [].
/// Used by every JSON view of payloads (mqtt::formatPayload, the GUI's detail view, `sub
/// --format json`, `-F %J`, `-j`). Nesting is tracked on a stack of its own, not on the call
/// stack, and limited to MaximumNesting levels.
/// Offsets are byte offsets into the UTF-8 text.
namespace mqtt::jsontext {

/// Deepest nesting of arrays and objects accepted; deeper text is reported as TooDeep. (The
/// limit bounds the indentation of pretty output, which grows with the square of the depth.)
inline constexpr int MaximumNesting = 512;

/// Kind of a JSON token.
enum class TokenKind : quint8
{
    Whitespace,     ///< a run of space, tab, LF and CR
    BeginObject,    ///< {
    EndObject,      ///< }
    BeginArray,     ///< [
    EndArray,       ///< ]
    NameSeparator,  ///< :
    ValueSeparator, ///< ,
    String,         ///< "...", escapes included
    Number,         ///< -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    Literal,        ///< true, false, null
    Invalid,        ///< not a token: Token::error says why
    End,            ///< the end of the text (length 0)
};

/// Every way a text can fail to be one JSON value.
enum class ErrorCode : quint8
{
    None = 0,
    Empty,                 ///< no value, only whitespace
    UnexpectedEnd,         ///< the text ends inside a string, an array or an object
    IllegalValue,          ///< no value starts here (e.g. ', +1, .5, ], a misspelt literal)
    IllegalNumber,         ///< a number broken off or run on: 01, 1., -, 1e+, 1.5.3, 2x
    ControlCharacter,      ///< an unescaped U+0000..U+001F in a string [RFC 8259 7]
    IllegalEscape,         ///< \ not followed by " \ / b f n r t or u and 4 hex digits [RFC 8259 7]
    InvalidUtf8,           ///< ill-formed UTF-8 in a string [RFC 8259 8.1]
    MissingName,           ///< an object member that does not start with a string
    MissingNameSeparator,  ///< no ':' after a member's name
    MissingValueSeparator, ///< no ',' or closing bracket after a value
    TrailingContent,       ///< something other than whitespace after the value
    TooDeep,               ///< arrays and objects nested deeper than MaximumNesting
};

/// One JSON token found by scanToken().
struct MQTTPROTOCOL_EXPORT Token
{
    TokenKind kind = TokenKind::End;   ///< what the token is
    ErrorCode error = ErrorCode::None; ///< for Invalid
    qsizetype offset = 0;              ///< byte offset of its first character
    /// For Invalid: up to and including the offending byte (to the end for UnexpectedEnd).
    qsizetype length = 0;
};

/// The token that starts at `offset` (End at or past the end). Lexical only, without grammar,
/// so that it also reads a fragment such as one line of pretty output.
MQTTPROTOCOL_EXPORT Token scanToken(QByteArrayView text, qsizetype offset);

/// Where and why a text is not valid JSON.
struct MQTTPROTOCOL_EXPORT Error
{
    ErrorCode code = ErrorCode::None; ///< what is wrong; None for valid text
    qsizetype offset = 0; ///< the offending byte (the end of the text for Empty, UnexpectedEnd)
};

/// The reason alone, in English: "missing value separator".
MQTTPROTOCOL_EXPORT QString errorString(ErrorCode code);
/// One English line for an error in `text`: "invalid JSON: <reason> (line L, column C)".
MQTTPROTOCOL_EXPORT QString describe(QByteArrayView text, const Error &error);

/// How reformat() lays out JSON.
enum class Layout : quint8
{
    Compact,
    Pretty,
};

/// True if `text` is exactly one JSON value, with optional whitespace around it.
MQTTPROTOCOL_EXPORT bool isValid(QByteArrayView text, Error *error = nullptr);

/// `text` (one JSON value) re-emitted in `layout` (see above), or nullopt and *error.
MQTTPROTOCOL_EXPORT std::optional<QByteArray> reformat(QByteArrayView text, Layout layout,
                                                       Error *error = nullptr);

} // namespace mqtt::jsontext
