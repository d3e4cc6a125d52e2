#pragma once

#include <mqttcore/mqttcore_global.h>

#include <mqttcore/clienterror.h>
#include <mqttcore/message.h>

#include <QObject>

#include <memory>

namespace mqtt {

class PublishHandlePrivate;

/// The progress of one publish() call. QoS 0 finishes when the PUBLISH is written, QoS 1 on
/// PUBACK, QoS 2 on PUBCOMP; a refusal (reason code >= 0x80), a queue overflow or a
/// disconnectFromBroker() before completion fails it.
///
/// Lifetime: the handle is a child of the Client and deletes itself (deleteLater) right after
/// emitting finished() or failed(), so a caller that does not care may ignore it, and one that
/// does connects to the signals before returning to the event loop (they are never emitted
/// from inside publish()). Keep a QPointer if you look at it later.
class MQTTCORE_EXPORT PublishHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishHandle)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)

public:
    /// Progress of the message.
    enum class Status
    {
        Queued,    ///< waiting for a connection or for the broker's receive maximum
        InFlight,  ///< sent, acknowledgement pending (QoS 1/2)
        Completed, ///< done as the QoS promises
        Failed,    ///< error() says why
    };
    Q_ENUM(Status)

    ~PublishHandle() override;

    /// The message being published.
    Message message() const;
    /// Progress now.
    Status status() const;
    /// Packet identifier once the message is in flight (QoS 1/2), else 0.
    quint16 packetId() const;
    /// Reason code of PUBACK / PUBREC / PUBCOMP (Success for QoS 0).
    ReasonCode reasonCode() const;
    /// Properties of the final acknowledgement (reason string, user properties).
    Properties ackProperties() const;
    /// Why it failed (Status::Failed).
    ClientError error() const;

Q_SIGNALS:
    /// Progress changed.
    void statusChanged(mqtt::PublishHandle::Status status);
    /// The message is delivered as its QoS promises (PUBACK, PUBCOMP; sent for QoS 0).
    void finished();
    /// The message could not be delivered.
    void failed(const mqtt::ClientError &error);

private:
    friend class Client;
    friend class ClientPrivate;
    explicit PublishHandle(const Message &message, QObject *parent);
    std::unique_ptr<PublishHandlePrivate> d_ptr;
    Q_DECLARE_PRIVATE(PublishHandle)
};

} // namespace mqtt
