// libFuzzer target for mqttcore's JSON token stream (jsontext.h). The tokens tile the input; the
// checker and both layouts agree on validity and on the error; a valid text comes out compact
// as itself without whitespace outside strings, and each layout leads back to the other.
#include "jsondocuments.h"

#include <mqttcore/jsontext.h>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, QByteArrayView input)
{
    std::fprintf(stderr, "fuzz_jsontext: %s\n%s\n", what,
                 input.toByteArray().toHex(' ').constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mqtt::jsontext;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    for (qsizetype offset = 0;;) {
        const Token token = scanToken(input, offset);
        if (token.offset != offset)
            fail("a token does not start where the last one ended", input);
        if (token.kind == TokenKind::End)
            break;
        if (token.length <= 0 || token.offset + token.length > input.size())
            fail("a token is empty or runs past the end", input);
        offset += token.length;
    }

    Error checked, compactError, prettyError;
    const bool valid = isValid(input, &checked);
    const std::optional<QByteArray> compact = reformat(input, Layout::Compact, &compactError);
    const std::optional<QByteArray> pretty = reformat(input, Layout::Pretty, &prettyError);
    if (valid != compact.has_value() || valid != pretty.has_value())
        fail("isValid and reformat disagree", input);
    if (!valid) {
        if (checked.code == ErrorCode::None || checked.offset < 0 || checked.offset > input.size())
            fail("an error without a code or outside the text", input);
        if (checked.code != compactError.code || checked.offset != compactError.offset ||
            checked.code != prettyError.code || checked.offset != prettyError.offset)
            fail("the error depends on the layout", input);
        (void)describe(input, checked);
        return 0;
    }
    if (*compact != testsupport::jsonWithoutWhitespace(input))
        fail("compact is not the input without whitespace", input);
    if (reformat(*pretty, Layout::Compact) != compact)
        fail("pretty does not compact to compact", input);
    if (reformat(*compact, Layout::Pretty) != pretty)
        fail("compact does not lay out as pretty", input);
    return 0;
}
