#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mqtt {

/// MQTT 5 property identifiers (2.2.2.2).
enum class PropertyId : quint8
{
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};

/// A user property: a name/value pair, repeatable.
struct MQTTPROTOCOL_EXPORT UserProperty
{
    QString name;  ///< name
    QString value; ///< value
    friend bool operator==(const UserProperty &, const UserProperty &) = default;
};

/// All MQTT 5 properties as typed values. An unset std::optional means "absent on the wire"
/// (which is different from 0). User properties keep their order and may repeat.
/// Which properties a packet may carry is checked by the codec, not by this struct.
struct MQTTPROTOCOL_EXPORT Properties
{
    std::optional<quint8> payloadFormatIndicator; ///< 0x01: 0 = unspecified bytes, 1 = UTF-8
    std::optional<quint32> messageExpiryInterval; ///< 0x02: seconds
    std::optional<QString> contentType;           ///< 0x03: MIME type
    std::optional<QString> responseTopic;         ///< 0x08: topic for the response
    std::optional<QByteArray> correlationData;    ///< 0x09: ties a response to its request
    QList<quint32> subscriptionIdentifiers; ///< one on SUBSCRIBE, any number on PUBLISH
    /// 0x11: seconds the session outlives the connection
    std::optional<quint32> sessionExpiryInterval;
    std::optional<QString> assignedClientIdentifier;  ///< 0x12: client identifier the broker chose
    std::optional<quint16> serverKeepAlive;           ///< 0x13: keep-alive the broker asks for
    std::optional<QString> authenticationMethod;      ///< 0x15: extended authentication method
    std::optional<QByteArray> authenticationData;     ///< 0x16: extended authentication data
    std::optional<quint8> requestProblemInformation;  ///< 0x17
    std::optional<quint32> willDelayInterval;         ///< 0x18: seconds before the will is sent
    std::optional<quint8> requestResponseInformation; ///< 0x19
    std::optional<QString> responseInformation;       ///< 0x1A
    std::optional<QString> serverReference;           ///< 0x1C: another broker to use
    std::optional<QString> reasonString;              ///< 0x1F: human-readable reason
    std::optional<quint16> receiveMaximum;            ///< 0x21: in-flight QoS 1/2 messages accepted
    std::optional<quint16> topicAliasMaximum;         ///< 0x22: highest alias accepted
    std::optional<quint16> topicAlias;                ///< 0x23
    std::optional<quint8> maximumQoS;                 ///< 0x24
    std::optional<quint8> retainAvailable;            ///< 0x25
    QList<UserProperty> userProperties;               ///< 0x26, in order
    std::optional<quint32> maximumPacketSize;         ///< 0x27: bytes
    std::optional<quint8> wildcardSubscriptionAvailable;   ///< 0x28
    std::optional<quint8> subscriptionIdentifierAvailable; ///< 0x29
    std::optional<quint8> sharedSubscriptionAvailable;     ///< 0x2A

    /// True when no property is set (encodes as a zero property length).
    bool isEmpty() const;
    friend bool operator==(const Properties &, const Properties &) = default;
};

/// Name of a property as in the specification ("Message Expiry Interval").
MQTTPROTOCOL_EXPORT const char *propertyName(PropertyId id);

} // namespace mqtt
