#include "mqttcore/jsontext.h"

#include "payloadtext.h"

#include <QVarLengthArray>

namespace mqtt::jsontext {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isWordCharacter(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

Token token(TokenKind kind, qsizetype offset, qsizetype length)
{
    return {kind, ErrorCode::None, offset, length};
}

Token invalid(ErrorCode error, qsizetype offset, qsizetype end)
{
    return {TokenKind::Invalid, error, offset, end - offset};
}

/// The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7: no overlong forms,
/// no surrogates, nothing above U+10FFFF), or 0.
qsizetype utf8SequenceLength(QByteArrayView text, qsizetype i)
{
    const auto byte = [&text](qsizetype at) { return static_cast<uchar>(text[at]); };
    const uchar lead = byte(i);
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xbf)
            return 0;
    }
    return length;
}

Token scanString(QByteArrayView text, qsizetype offset)
{
    const qsizetype size = text.size();
    qsizetype i = offset + 1;
    while (i < size) {
        const char c = text[i];
        if (c == '"')
            return token(TokenKind::String, offset, i + 1 - offset);
        if (c == '\\') {
            if (i + 1 >= size)
                return invalid(ErrorCode::UnexpectedEnd, offset, size);
            const char escape = text[i + 1];
            if (escape == 'u') {
                for (qsizetype k = i + 2; k < i + 6; ++k) {
                    if (k >= size)
                        return invalid(ErrorCode::UnexpectedEnd, offset, size);
                    if (!isHexDigit(text[k]))
                        return invalid(ErrorCode::IllegalEscape, offset, k + 1);
                }
                i += 6;
            } else if (QByteArrayView("\"\\/bfnrt").contains(escape)) {
                i += 2;
            } else {
                return invalid(ErrorCode::IllegalEscape, offset, i + 2);
            }
        } else if (static_cast<uchar>(c) < 0x20) {
            return invalid(ErrorCode::ControlCharacter, offset, i + 1);
        } else if (static_cast<uchar>(c) < 0x80) {
            ++i;
        } else {
            const qsizetype length = utf8SequenceLength(text, i);
            if (length == 0)
                return invalid(ErrorCode::InvalidUtf8, offset, i + 1);
            i += length;
        }
    }
    return invalid(ErrorCode::UnexpectedEnd, offset, size);
}

Token scanNumber(QByteArrayView text, qsizetype offset)
{
    const qsizetype size = text.size();
    qsizetype i = offset;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < size && isDigit(text[i]))
            ++i;
        return i > start;
    };
    const auto broken = [&] {
        return invalid(ErrorCode::IllegalNumber, offset, qMin(i + 1, size));
    };
    if (text[i] == '-')
        ++i;
    if (i < size && text[i] == '0')
        ++i;
    else if (!digits())
        return broken();
    if (i < size && text[i] == '.') {
        ++i;
        if (!digits())
            return broken();
    }
    if (i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return broken();
    }
    // A number runs up to a delimiter: "01", "1.5.3" and "2x" are broken numbers, not two tokens.
    if (i < size &&
        (isWordCharacter(text[i]) || text[i] == '.' || text[i] == '+' || text[i] == '-'))
        return broken();
    return token(TokenKind::Number, offset, i - offset);
}

Token scanWord(QByteArrayView text, qsizetype offset)
{
    qsizetype i = offset;
    while (i < text.size() && isWordCharacter(text[i]))
        ++i;
    const QByteArrayView word = text.sliced(offset, i - offset);
    if (word == "true" || word == "false" || word == "null")
        return token(TokenKind::Literal, offset, word.size());
    return invalid(ErrorCode::IllegalValue, offset, i);
}

/// Where an invalid token goes wrong: the end of the text, the offending byte in a string,
/// or the start of a broken number or word.
qsizetype errorOffset(QByteArrayView text, const Token &t)
{
    switch (t.error) {
    case ErrorCode::UnexpectedEnd:
        return text.size();
    case ErrorCode::ControlCharacter:
    case ErrorCode::IllegalEscape:
    case ErrorCode::InvalidUtf8:
        return t.offset + t.length - 1;
    default:
        return t.offset;
    }
}

/// What the grammar allows next.
enum class Expect : quint8
{
    Value,          ///< the top-level value, or after ':' or after ',' in an array
    ValueOrEnd,     ///< after '['
    NameOrEnd,      ///< after '{'
    Name,           ///< after ',' in an object
    NameSeparator,  ///< after a member's name
    SeparatorOrEnd, ///< after a value in an array or object
    Nothing,        ///< after the top-level value
};

/// The error for a token that does not fit where it is.
ErrorCode misplaced(Expect expect)
{
    switch (expect) {
    case Expect::Value:
    case Expect::ValueOrEnd:
        return ErrorCode::IllegalValue;
    case Expect::NameOrEnd:
    case Expect::Name:
        return ErrorCode::MissingName;
    case Expect::NameSeparator:
        return ErrorCode::MissingNameSeparator;
    case Expect::SeparatorOrEnd:
        return ErrorCode::MissingValueSeparator;
    case Expect::Nothing:
        return ErrorCode::TrailingContent;
    }
    return ErrorCode::IllegalValue;
}

/// Where the output goes: nowhere (validation), or compact or pretty text. Tokens are copied
/// as they are; only the whitespace between them is chosen here.
class Writer
{
public:
    Writer(QByteArray *out, Layout layout) : m_out(out), m_pretty(layout == Layout::Pretty) {}

    /// A value or a member's name: on a line of its own in a pretty container.
    void item(QByteArrayView text)
    {
        if (!m_out)
            return;
        if (m_pretty && m_breakDue)
            newLine();
        m_breakDue = false;
        m_out->append(text);
    }
    void open(char bracket)
    {
        item(QByteArrayView(&bracket, 1));
        ++m_depth;
        m_breakDue = true;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_out)
            return;
        // Still due right after the opening bracket: an empty container stays on its line.
        if (m_pretty && !m_breakDue)
            newLine();
        m_breakDue = false;
        m_out->append(bracket);
    }
    void nameSeparator()
    {
        if (m_out)
            m_out->append(m_pretty ? QByteArrayView(": ") : QByteArrayView(":"));
    }
    void valueSeparator()
    {
        if (m_out)
            m_out->append(',');
        m_breakDue = true;
    }

private:
    void newLine()
    {
        m_out->append('\n');
        m_out->append(qsizetype(m_depth) * 4, ' ');
    }

    QByteArray *m_out;
    bool m_pretty;
    bool m_breakDue = false;
    int m_depth = 0;
};

/// The one walk over the tokens behind isValid() and reformat(): an explicit stack of open
/// containers, so that depth never costs call stack.
bool walk(QByteArrayView text, Writer &writer, Error *error)
{
    const auto fail = [error](ErrorCode code, qsizetype offset) {
        if (error)
            *error = {code, offset};
        return false;
    };
    QVarLengthArray<TokenKind, 64> open; // BeginObject or BeginArray
    Expect expect = Expect::Value;
    const auto afterValue = [&] {
        expect = open.isEmpty() ? Expect::Nothing : Expect::SeparatorOrEnd;
    };
    qsizetype offset = 0;
    for (;;) {
        const Token t = scanToken(text, offset);
        offset = t.offset + t.length;
        const QByteArrayView bytes = text.sliced(t.offset, t.length);
        switch (t.kind) {
        case TokenKind::Whitespace:
            continue;
        case TokenKind::End:
            if (expect == Expect::Nothing)
                return true;
            return fail(open.isEmpty() ? ErrorCode::Empty : ErrorCode::UnexpectedEnd, t.offset);
        case TokenKind::Invalid:
            // Where only a separator could follow, that is the better reason.
            if (expect == Expect::Nothing || expect == Expect::SeparatorOrEnd ||
                expect == Expect::NameSeparator)
                return fail(misplaced(expect), t.offset);
            return fail(t.error, errorOffset(text, t));
        case TokenKind::String:
            if (expect == Expect::NameOrEnd || expect == Expect::Name) {
                writer.item(bytes);
                expect = Expect::NameSeparator;
                continue;
            }
            [[fallthrough]];
        case TokenKind::Number:
        case TokenKind::Literal:
            if (expect != Expect::Value && expect != Expect::ValueOrEnd)
                return fail(misplaced(expect), t.offset);
            writer.item(bytes);
            afterValue();
            continue;
        case TokenKind::BeginObject:
        case TokenKind::BeginArray:
            if (expect != Expect::Value && expect != Expect::ValueOrEnd)
                return fail(misplaced(expect), t.offset);
            if (open.size() >= MaximumNesting)
                return fail(ErrorCode::TooDeep, t.offset);
            open.append(t.kind);
            writer.open(bytes.front());
            expect = t.kind == TokenKind::BeginObject ? Expect::NameOrEnd : Expect::ValueOrEnd;
            continue;
        case TokenKind::EndObject:
        case TokenKind::EndArray: {
            const bool object = t.kind == TokenKind::EndObject;
            const bool fits =
                !open.isEmpty() &&
                open.last() == (object ? TokenKind::BeginObject : TokenKind::BeginArray) &&
                (expect == Expect::SeparatorOrEnd ||
                 expect == (object ? Expect::NameOrEnd : Expect::ValueOrEnd));
            if (!fits)
                return fail(misplaced(expect), t.offset);
            open.removeLast();
            writer.close(bytes.front());
            afterValue();
            continue;
        }
        case TokenKind::NameSeparator:
            if (expect != Expect::NameSeparator)
                return fail(misplaced(expect), t.offset);
            writer.nameSeparator();
            expect = Expect::Value;
            continue;
        case TokenKind::ValueSeparator:
            if (expect != Expect::SeparatorOrEnd)
                return fail(misplaced(expect), t.offset);
            writer.valueSeparator();
            expect = open.last() == TokenKind::BeginObject ? Expect::Name : Expect::Value;
            continue;
        }
    }
}

} // namespace

Token scanToken(QByteArrayView text, qsizetype offset)
{
    const qsizetype size = text.size();
    if (offset >= size)
        return token(TokenKind::End, size, 0);
    const char c = text[offset];
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r': {
        qsizetype end = offset + 1;
        while (end < size && isWhitespace(text[end]))
            ++end;
        return token(TokenKind::Whitespace, offset, end - offset);
    }
    case '{':
        return token(TokenKind::BeginObject, offset, 1);
    case '}':
        return token(TokenKind::EndObject, offset, 1);
    case '[':
        return token(TokenKind::BeginArray, offset, 1);
    case ']':
        return token(TokenKind::EndArray, offset, 1);
    case ':':
        return token(TokenKind::NameSeparator, offset, 1);
    case ',':
        return token(TokenKind::ValueSeparator, offset, 1);
    case '"':
        return scanString(text, offset);
    default:
        break;
    }
    if (c == '-' || isDigit(c))
        return scanNumber(text, offset);
    if (isWordCharacter(c))
        return scanWord(text, offset);
    return invalid(ErrorCode::IllegalValue, offset, offset + 1);
}

QString errorString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("no error");
    case ErrorCode::Empty:
        return QStringLiteral("no value");
    case ErrorCode::UnexpectedEnd:
        return QStringLiteral("unexpected end of the text");
    case ErrorCode::IllegalValue:
        return QStringLiteral("illegal value");
    case ErrorCode::IllegalNumber:
        return QStringLiteral("illegal number");
    case ErrorCode::ControlCharacter:
        return QStringLiteral("control character in a string");
    case ErrorCode::IllegalEscape:
        return QStringLiteral("illegal escape sequence");
    case ErrorCode::InvalidUtf8:
        return QStringLiteral("invalid UTF-8 in a string");
    case ErrorCode::MissingName:
        return QStringLiteral("missing member name");
    case ErrorCode::MissingNameSeparator:
        return QStringLiteral("missing name separator");
    case ErrorCode::MissingValueSeparator:
        return QStringLiteral("missing value separator");
    case ErrorCode::TrailingContent:
        return QStringLiteral("text after the value");
    case ErrorCode::TooDeep:
        return QStringLiteral("nesting deeper than %1 levels").arg(MaximumNesting);
    }
    return QString();
}

QString describe(QByteArrayView text, const Error &error)
{
    const qsizetype offset = qBound(qsizetype(0), error.offset, text.size());
    const QString before = QString::fromUtf8(text.first(offset));
    const QString all = before + QString::fromUtf8(text.sliced(offset));
    return QStringLiteral("invalid JSON: %1 (%2)")
        .arg(errorString(error.code), payloadtext::describePosition(all, before.size()));
}

bool isValid(QByteArrayView text, Error *error)
{
    Writer nowhere(nullptr, Layout::Compact);
    return walk(text, nowhere, error);
}

std::optional<QByteArray> reformat(QByteArrayView text, Layout layout, Error *error)
{
    QByteArray out;
    out.reserve(layout == Layout::Compact ? text.size() : text.size() + text.size() / 2);
    Writer writer(&out, layout);
    if (!walk(text, writer, error))
        return std::nullopt;
    return out;
}

} // namespace mqtt::jsontext
