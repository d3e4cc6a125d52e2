#include "propertydefinitions.h"

#include <array>

namespace cli {

namespace {

enum Command : unsigned
{
    Connect = 1,
    Publish = 2,
    Subscribe = 4,
    Unsubscribe = 8,
    Disconnect = 16,
    Will = 32,
    All = 63,
};

enum class ValueType
{
    Byte,
    TwoByte,
    FourByte,
    VariableInteger,
    String,
    Binary,
    StringPair,
};

struct PropertySpec
{
    const char *name;
    mqtt::PropertyId id;
    ValueType type;
    unsigned commands;
};

// The packets each property may appear on (MQTT 5, 2.2.2.2), as mosquitto_pub names them.
constexpr std::array<PropertySpec, 17> propertySpecs{{
    {"payload-format-indicator", mqtt::PropertyId::PayloadFormatIndicator, ValueType::Byte,
     Publish | Will},
    {"message-expiry-interval", mqtt::PropertyId::MessageExpiryInterval, ValueType::FourByte,
     Publish | Will},
    {"content-type", mqtt::PropertyId::ContentType, ValueType::String, Publish | Will},
    {"response-topic", mqtt::PropertyId::ResponseTopic, ValueType::String, Publish | Will},
    {"correlation-data", mqtt::PropertyId::CorrelationData, ValueType::Binary, Publish | Will},
    {"subscription-identifier", mqtt::PropertyId::SubscriptionIdentifier,
     ValueType::VariableInteger, Subscribe},
    {"session-expiry-interval", mqtt::PropertyId::SessionExpiryInterval, ValueType::FourByte,
     Connect | Disconnect},
    {"authentication-method", mqtt::PropertyId::AuthenticationMethod, ValueType::String, Connect},
    {"authentication-data", mqtt::PropertyId::AuthenticationData, ValueType::Binary, Connect},
    {"request-problem-information", mqtt::PropertyId::RequestProblemInformation, ValueType::Byte,
     Connect},
    {"will-delay-interval", mqtt::PropertyId::WillDelayInterval, ValueType::FourByte, Will},
    {"request-response-information", mqtt::PropertyId::RequestResponseInformation, ValueType::Byte,
     Connect},
    {"receive-maximum", mqtt::PropertyId::ReceiveMaximum, ValueType::TwoByte, Connect},
    {"topic-alias-maximum", mqtt::PropertyId::TopicAliasMaximum, ValueType::TwoByte, Connect},
    {"topic-alias", mqtt::PropertyId::TopicAlias, ValueType::TwoByte, Publish},
    {"maximum-packet-size", mqtt::PropertyId::MaximumPacketSize, ValueType::FourByte, Connect},
    {"user-property", mqtt::PropertyId::UserProperty, ValueType::StringPair, All},
}};

struct CommandName
{
    const char *name;
    Command command;
};

constexpr std::array<CommandName, 6> commandNames{{
    {"connect", Connect},
    {"publish", Publish},
    {"subscribe", Subscribe},
    {"unsubscribe", Unsubscribe},
    {"disconnect", Disconnect},
    {"will", Will},
}};

quint64 maximumFor(ValueType type)
{
    switch (type) {
    case ValueType::Byte:
        return 0xFF;
    case ValueType::TwoByte:
        return 0xFFFF;
    case ValueType::VariableInteger:
        return mqtt::MaximumRemainingLength;
    default:
        return 0xFFFFFFFF;
    }
}

void store(mqtt::Properties &p, mqtt::PropertyId id, quint32 number, const QStringList &text)
{
    using Id = mqtt::PropertyId;
    switch (id) {
    case Id::PayloadFormatIndicator:
        p.payloadFormatIndicator = quint8(number);
        break;
    case Id::MessageExpiryInterval:
        p.messageExpiryInterval = number;
        break;
    case Id::ContentType:
        p.contentType = text.value(0);
        break;
    case Id::ResponseTopic:
        p.responseTopic = text.value(0);
        break;
    case Id::CorrelationData:
        p.correlationData = text.value(0).toUtf8();
        break;
    case Id::SubscriptionIdentifier:
        p.subscriptionIdentifiers = {number};
        break;
    case Id::SessionExpiryInterval:
        p.sessionExpiryInterval = number;
        break;
    case Id::AuthenticationMethod:
        p.authenticationMethod = text.value(0);
        break;
    case Id::AuthenticationData:
        p.authenticationData = text.value(0).toUtf8();
        break;
    case Id::RequestProblemInformation:
        p.requestProblemInformation = quint8(number);
        break;
    case Id::WillDelayInterval:
        p.willDelayInterval = number;
        break;
    case Id::RequestResponseInformation:
        p.requestResponseInformation = quint8(number);
        break;
    case Id::ReceiveMaximum:
        p.receiveMaximum = quint16(number);
        break;
    case Id::TopicAliasMaximum:
        p.topicAliasMaximum = quint16(number);
        break;
    case Id::TopicAlias:
        p.topicAlias = quint16(number);
        break;
    case Id::MaximumPacketSize:
        p.maximumPacketSize = number;
        break;
    case Id::UserProperty:
        p.userProperties.append({text.value(0), text.value(1)});
        break;
    default:
        break;
    }
}

} // namespace

bool PropertyDefinitions::add(const QStringList &values, QString *error)
{
    const QString command = values.value(0);
    const QString identifier = values.value(1);
    const auto commandIt =
        std::find_if(commandNames.begin(), commandNames.end(),
                     [&](const CommandName &c) { return command == QLatin1String(c.name); });
    if (commandIt == commandNames.end()) {
        *error =
            tr("-D: unknown command '%1' (connect, publish, subscribe, unsubscribe, disconnect "
               "or will)")
                .arg(command);
        return false;
    }
    const auto specIt =
        std::find_if(propertySpecs.begin(), propertySpecs.end(),
                     [&](const PropertySpec &s) { return identifier == QLatin1String(s.name); });
    if (specIt == propertySpecs.end()) {
        *error = tr("-D: unknown property '%1'").arg(identifier);
        return false;
    }
    if (!(specIt->commands & commandIt->command)) {
        *error = tr("-D: property '%1' is not allowed on %2").arg(identifier, command);
        return false;
    }

    const QStringList text = values.mid(2);
    quint32 number = 0;
    const bool numeric = specIt->type != ValueType::String && specIt->type != ValueType::Binary &&
                         specIt->type != ValueType::StringPair;
    if (numeric) {
        bool ok = false;
        const quint64 parsed = text.value(0).toULongLong(&ok);
        if (!ok || parsed > maximumFor(specIt->type) ||
            (specIt->type == ValueType::VariableInteger && parsed == 0)) {
            *error = tr("-D: invalid value '%1' for %2").arg(text.value(0), identifier);
            return false;
        }
        number = quint32(parsed);
    }

    mqtt::Properties *bag = nullptr;
    switch (commandIt->command) {
    case Connect:
        bag = &connect;
        break;
    case Publish:
        bag = &publish;
        break;
    case Subscribe:
        bag = &subscribe;
        break;
    case Unsubscribe:
        bag = &unsubscribe;
        break;
    case Disconnect:
        bag = &disconnect;
        break;
    default:
        bag = &will;
        break;
    }
    store(*bag, specIt->id, number, text);
    return true;
}

void PropertyDefinitions::applyTo(mqtt::ConnectOptions &options) const
{
    mqtt::Properties extra = connect;
    if (extra.sessionExpiryInterval)
        options.sessionExpiry = *std::exchange(extra.sessionExpiryInterval, std::nullopt);
    if (extra.receiveMaximum)
        options.receiveMaximum = *std::exchange(extra.receiveMaximum, std::nullopt);
    if (extra.maximumPacketSize)
        options.maximumPacketSize = *std::exchange(extra.maximumPacketSize, std::nullopt);
    if (extra.topicAliasMaximum)
        options.topicAliasMaximum = *std::exchange(extra.topicAliasMaximum, std::nullopt);
    if (extra.requestResponseInformation)
        options.requestResponseInformation =
            *std::exchange(extra.requestResponseInformation, std::nullopt) != 0;
    options.connectProperties = extra;
    if (options.will)
        options.will->properties = will;
}

bool PropertyDefinitions::isEmpty() const
{
    return connect.isEmpty() && publish.isEmpty() && subscribe.isEmpty() && unsubscribe.isEmpty() &&
           disconnect.isEmpty() && will.isEmpty();
}

} // namespace cli
