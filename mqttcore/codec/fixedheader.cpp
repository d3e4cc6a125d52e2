#include "fixedheader.h"

namespace mqtt::detail {

FixedHeader::Status FixedHeader::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return Status::NeedMoreData;
    byte = quint8(bytes[0]);
    remainingLength = 0;
    for (int i = 0; i < 4; ++i) {
        if (bytes.size() < 2 + i)
            return Status::NeedMoreData;
        const auto digit = quint8(bytes[1 + i]);
        remainingLength |= quint32(digit & 0x7F) << (7 * i);
        if (!(digit & 0x80)) {
            if (digit == 0 && i > 0) { // a trailing zero digit adds a superfluous byte
                error = CodecError::RemainingLengthNotMinimal;
                return Status::Error;
            }
            size = 2 + i;
            return Status::Complete;
        }
    }
    error = CodecError::RemainingLengthTooLong;
    return Status::Error;
}

} // namespace mqtt::detail
