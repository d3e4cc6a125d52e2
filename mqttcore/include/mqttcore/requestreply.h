#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/clienterror.h>
#include <mqttcore/message.h>

#include <QObject>

#include <memory>

namespace mqtt {

class RequestReplyPrivate;

/// An MQTT 5 request/response exchange started by Client::request(): the request is published
/// with a response topic and correlation data, and the first message on the response topic
/// with the same correlation data finishes it. Like PublishHandle it is a child of the client
/// and deletes itself (deleteLater) after finished() or failed().
class MQTTCORE_EXPORT RequestReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestReply)

public:
    ~RequestReply() override;

    /// The request message as sent.
    Message request() const;
    /// The response once finished() was emitted.
    Message response() const;
    /// Correlation data that ties the response to the request.
    QByteArray correlationData() const;
    /// True once a response came (or the request failed).
    bool isFinished() const;

Q_SIGNALS:
    /// The response arrived.
    void finished(const mqtt::Message &response);
    /// Timeout, publish refused, or the client disconnected.
    void failed(const mqtt::ClientError &error);

private:
    friend class Client;
    friend class ClientPrivate;
    RequestReply(const Message &request, QObject *parent);
    std::unique_ptr<RequestReplyPrivate> d_ptr;
    Q_DECLARE_PRIVATE(RequestReply)
};

} // namespace mqtt
