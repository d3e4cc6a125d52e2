#include "messagecost.h"

namespace gui {

namespace {
// The shared record behind an mqtt::Message: reference count, topic and payload headers,
// the properties pointer, the time, flags, and the allocator's own overhead.
constexpr qint64 SharedRecordBytes = 96;
} // namespace

qint64 messageMemoryCost(const mqtt::Message &message)
{
    qint64 cost = qint64(sizeof(mqtt::Message)) + SharedRecordBytes + message.payload().size() +
                  message.topic().size() * qint64(sizeof(QChar));
    if (!message.properties().isEmpty())
        cost += qint64(sizeof(mqtt::Properties));
    return cost;
}

} // namespace gui
