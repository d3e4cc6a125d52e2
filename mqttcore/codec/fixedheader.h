#pragma once

#include <mqttcore/codecerror.h>

#include <QByteArrayView>

namespace mqtt::detail {

/// The fixed header of a packet (2.1.1): type and flags byte plus the remaining length.
struct FixedHeader
{
    enum class Status
    {
        NeedMoreData,
        Complete,
        Error,
    };

    quint8 byte = 0;
    quint32 remainingLength = 0;
    qsizetype size = 0; ///< 2..5 bytes
    CodecError error = CodecError::None;

    qint64 packetSize() const { return qint64(size) + remainingLength; }

    /// Parses the fixed header at the start of `bytes`. Fails as soon as the remaining length
    /// is over 4 bytes [MQTT-1.5.5-1] or not minimal, without waiting for more data.
    Status parse(QByteArrayView bytes);
};

} // namespace mqtt::detail
