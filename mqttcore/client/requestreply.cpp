#include <mqttcore/requestreply.h>

#include "client_p.h"

namespace mqtt {

RequestReply::RequestReply(const Message &request, QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<RequestReplyPrivate>())
{
    d_func()->request = request;
}

RequestReply::~RequestReply() = default;

Message RequestReply::request() const
{
    return d_func()->request;
}
Message RequestReply::response() const
{
    return d_func()->response;
}
QByteArray RequestReply::correlationData() const
{
    return d_func()->correlationData;
}
bool RequestReply::isFinished() const
{
    return d_func()->finished;
}

} // namespace mqtt
