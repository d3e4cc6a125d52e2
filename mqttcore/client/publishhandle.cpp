#include <mqttcore/publishhandle.h>

#include "client_p.h"

namespace mqtt {

PublishHandle::PublishHandle(const Message &message, QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<PublishHandlePrivate>())
{
    d_func()->message = message;
}

PublishHandle::~PublishHandle() = default;

Message PublishHandle::message() const
{
    return d_func()->message;
}
PublishHandle::Status PublishHandle::status() const
{
    return d_func()->status;
}
quint16 PublishHandle::packetId() const
{
    return d_func()->packetId;
}
ReasonCode PublishHandle::reasonCode() const
{
    return d_func()->reasonCode;
}
Properties PublishHandle::ackProperties() const
{
    return d_func()->ackProperties;
}
ClientError PublishHandle::error() const
{
    return d_func()->error;
}

} // namespace mqtt
