#include "propertycodec.h"

#include <mqttcore/packetformat.h>

#include <QStringList>

namespace mqtt {

namespace {

constexpr qsizetype MaximumShownPayload = 256;

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// "rc0" for success, "rc135 Not authorized" otherwise.
QString reasonText(ReasonCode code)
{
    QString text = QStringLiteral("rc%1").arg(quint8(code));
    if (code != ReasonCode::Success)
        text += QLatin1Char(' ') + QLatin1String(reasonCodeName(code));
    return text;
}

QString reasonList(const QList<ReasonCode> &codes)
{
    QStringList numbers;
    for (const ReasonCode code : codes)
        numbers << QString::number(quint8(code));
    return QLatin1Char('[') + numbers.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString optionsText(const SubscriptionOptions &options)
{
    QString text = QStringLiteral("q%1").arg(quint8(options.maximumQoS));
    if (options.noLocal)
        text += QLatin1String(" nl");
    if (options.retainAsPublished)
        text += QLatin1String(" rap");
    if (options.retainHandling != RetainHandling::SendOnSubscribe)
        text += QStringLiteral(" rh%1").arg(quint8(options.retainHandling));
    return text;
}

// Printable UTF-8 as text, anything else as hex; long payloads are cut.
QString payloadText(const QByteArray &payload)
{
    const QByteArray shown = payload.first(qMin(payload.size(), MaximumShownPayload));
    const QString text = QString::fromUtf8(shown);
    const bool printable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isPrint() || c == QLatin1Char('\n') || c == QLatin1Char('\t');
    });
    QString result = printable && !text.contains(QChar::ReplacementCharacter)
                         ? quoted(text)
                         : QStringLiteral("0x") + QString::fromLatin1(shown.toHex());
    if (shown.size() < payload.size())
        result += QLatin1String(" ...");
    return result;
}

// Turns the calls of writePropertyList into "Name: value" lines: each property is its
// identifier byte followed by one value (two strings for a user property).
class PropertyLines final
{
public:
    explicit PropertyLines(QStringList &lines) : m_lines(lines) {}

    void byte(quint8 value)
    {
        if (!m_id)
            m_id = PropertyId(value);
        else
            add(QString::number(value));
    }
    void uint16(quint16 value) { add(QString::number(value)); }
    void uint32(quint32 value) { add(QString::number(value)); }
    void varint(quint32 value) { add(QString::number(value)); }
    void string(const QString &value)
    {
        if (m_id != PropertyId::UserProperty)
            add(quoted(value));
        else if (!m_userName)
            m_userName = value;
        else
            add(quoted(*m_userName) + QLatin1String(" = ") + quoted(value));
    }
    void binary(const QByteArray &value)
    {
        add(QStringLiteral("0x") + QString::fromLatin1(value.toHex()));
    }

private:
    void add(const QString &value)
    {
        m_lines << QLatin1String("    ") + QLatin1String(propertyName(*m_id)) +
                       QLatin1String(": ") + value;
        m_id.reset();
        m_userName.reset();
    }

    QStringList &m_lines;
    std::optional<PropertyId> m_id;
    std::optional<QString> m_userName;
};

struct Describer
{
    QString operator()(const ConnectPacket &p) const
    {
        QString text = QStringLiteral("CONNECT (p%1, c%2, k%3, id %4")
                           .arg(quint8(p.protocolVersion))
                           .arg(p.cleanStart ? 1 : 0)
                           .arg(p.keepAlive)
                           .arg(quoted(p.clientId));
        if (p.userName)
            text += QStringLiteral(", u%1").arg(quoted(*p.userName));
        if (p.will) {
            text += QStringLiteral(", will %1 q%2 r%3")
                        .arg(quoted(p.will->topic))
                        .arg(quint8(p.will->qos))
                        .arg(p.will->retain ? 1 : 0);
        }
        return text + QLatin1Char(')');
    }
    QString operator()(const ConnackPacket &p) const
    {
        return QStringLiteral("CONNACK (s%1, %2)")
            .arg(p.sessionPresent ? 1 : 0)
            .arg(reasonText(p.reasonCode));
    }
    QString operator()(const PublishPacket &p) const
    {
        QString topic = quoted(p.topic);
        if (p.properties.topicAlias)
            topic += QStringLiteral(" alias %1").arg(*p.properties.topicAlias);
        return QStringLiteral("PUBLISH (d%1, q%2, r%3, m%4, %5, ... (%6 bytes))")
            .arg(p.dup ? 1 : 0)
            .arg(quint8(p.qos))
            .arg(p.retain ? 1 : 0)
            .arg(p.packetId)
            .arg(topic)
            .arg(p.payload.size());
    }
    QString ack(const char *name, const AckFields &a) const
    {
        return QStringLiteral("%1 (m%2, %3)")
            .arg(QLatin1String(name))
            .arg(a.packetId)
            .arg(reasonText(a.reasonCode));
    }
    QString operator()(const PubackPacket &p) const { return ack("PUBACK", p); }
    QString operator()(const PubrecPacket &p) const { return ack("PUBREC", p); }
    QString operator()(const PubrelPacket &p) const { return ack("PUBREL", p); }
    QString operator()(const PubcompPacket &p) const { return ack("PUBCOMP", p); }
    QString operator()(const SubscribePacket &p) const
    {
        QStringList topics;
        for (const SubscribeTopic &topic : p.topics)
            topics << quoted(topic.filter) + QLatin1Char(' ') + optionsText(topic.options);
        return QStringLiteral("SUBSCRIBE (m%1, %2)")
            .arg(p.packetId)
            .arg(topics.join(QLatin1String(", ")));
    }
    QString operator()(const SubackPacket &p) const
    {
        return QStringLiteral("SUBACK (m%1, %2)").arg(p.packetId).arg(reasonList(p.reasonCodes));
    }
    QString operator()(const UnsubscribePacket &p) const
    {
        QStringList filters;
        for (const QString &filter : p.filters)
            filters << quoted(filter);
        return QStringLiteral("UNSUBSCRIBE (m%1, %2)")
            .arg(p.packetId)
            .arg(filters.join(QLatin1String(", ")));
    }
    QString operator()(const UnsubackPacket &p) const
    {
        if (p.reasonCodes.isEmpty())
            return QStringLiteral("UNSUBACK (m%1)").arg(p.packetId);
        return QStringLiteral("UNSUBACK (m%1, %2)").arg(p.packetId).arg(reasonList(p.reasonCodes));
    }
    QString operator()(const PingreqPacket &) const { return QStringLiteral("PINGREQ"); }
    QString operator()(const PingrespPacket &) const { return QStringLiteral("PINGRESP"); }
    QString operator()(const DisconnectPacket &p) const
    {
        return QStringLiteral("DISCONNECT (%1)").arg(reasonText(p.reasonCode));
    }
    QString operator()(const AuthPacket &p) const
    {
        QString text = QStringLiteral("AUTH (%1").arg(reasonText(p.reasonCode));
        if (p.properties.authenticationMethod)
            text += QStringLiteral(", method %1").arg(quoted(*p.properties.authenticationMethod));
        return text + QLatin1Char(')');
    }
};

// The fields of each packet type as "Name: value" lines.
class Dumper final
{
public:
    QStringList lines;

    void field(const char *name, const QString &value)
    {
        lines << QLatin1String("  ") + QLatin1String(name) + QLatin1String(": ") + value;
    }
    void flag(const char *name, bool value)
    {
        field(name, value ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    void number(const char *name, qint64 value) { field(name, QString::number(value)); }
    void reason(const char *name, ReasonCode code)
    {
        field(name, QStringLiteral("0x%1 %2")
                        .arg(quint8(code), 2, 16, QLatin1Char('0'))
                        .arg(QLatin1String(reasonCodeName(code))));
    }
    void properties(const Properties &properties, const char *title = "Properties")
    {
        if (properties.isEmpty())
            return;
        lines << QLatin1String("  ") + QLatin1String(title) + QLatin1Char(':');
        PropertyLines sink(lines);
        detail::writePropertyList(sink, properties);
    }

    void operator()(const ConnectPacket &p)
    {
        field("Protocol", QLatin1String(protocolVersionName(p.protocolVersion)));
        flag("Clean Start", p.cleanStart);
        number("Keep Alive", p.keepAlive);
        field("Client Identifier", quoted(p.clientId));
        if (p.userName)
            field("User Name", quoted(*p.userName));
        if (p.password)
            field("Password", QStringLiteral("(%1 bytes)").arg(p.password->size()));
        properties(p.properties);
        if (p.will) {
            field("Will Topic", quoted(p.will->topic));
            number("Will QoS", quint8(p.will->qos));
            flag("Will Retain", p.will->retain);
            field("Will Payload", QStringLiteral("(%1 bytes) %2")
                                      .arg(p.will->payload.size())
                                      .arg(payloadText(p.will->payload)));
            properties(p.will->properties, "Will Properties");
        }
    }
    void operator()(const ConnackPacket &p)
    {
        flag("Session Present", p.sessionPresent);
        reason("Reason Code", p.reasonCode);
        properties(p.properties);
    }
    void operator()(const PublishPacket &p)
    {
        field("Topic", quoted(p.topic));
        number("QoS", quint8(p.qos));
        flag("Retain", p.retain);
        flag("DUP", p.dup);
        if (p.qos != QoS::AtMostOnce)
            number("Packet Identifier", p.packetId);
        field("Payload",
              QStringLiteral("(%1 bytes) %2").arg(p.payload.size()).arg(payloadText(p.payload)));
        properties(p.properties);
    }
    void ack(const AckFields &a)
    {
        number("Packet Identifier", a.packetId);
        reason("Reason Code", a.reasonCode);
        properties(a.properties);
    }
    void operator()(const PubackPacket &p) { ack(p); }
    void operator()(const PubrecPacket &p) { ack(p); }
    void operator()(const PubrelPacket &p) { ack(p); }
    void operator()(const PubcompPacket &p) { ack(p); }
    void operator()(const SubscribePacket &p)
    {
        number("Packet Identifier", p.packetId);
        for (const SubscribeTopic &topic : p.topics)
            field("Topic Filter",
                  quoted(topic.filter) + QLatin1Char(' ') + optionsText(topic.options));
        properties(p.properties);
    }
    void operator()(const SubackPacket &p)
    {
        number("Packet Identifier", p.packetId);
        for (const ReasonCode code : p.reasonCodes)
            reason("Reason Code", code);
        properties(p.properties);
    }
    void operator()(const UnsubscribePacket &p)
    {
        number("Packet Identifier", p.packetId);
        for (const QString &filter : p.filters)
            field("Topic Filter", quoted(filter));
        properties(p.properties);
    }
    void operator()(const UnsubackPacket &p)
    {
        number("Packet Identifier", p.packetId);
        for (const ReasonCode code : p.reasonCodes)
            reason("Reason Code", code);
        properties(p.properties);
    }
    void operator()(const PingreqPacket &) {}
    void operator()(const PingrespPacket &) {}
    void operator()(const DisconnectPacket &p)
    {
        reason("Reason Code", p.reasonCode);
        properties(p.properties);
    }
    void operator()(const AuthPacket &p)
    {
        reason("Reason Code", p.reasonCode);
        properties(p.properties);
    }
};

} // namespace

QString describePacket(const Packet &packet)
{
    return std::visit(Describer{}, packet);
}

QString dumpPacket(const Packet &packet)
{
    Dumper dumper;
    dumper.lines << QLatin1String(packetTypeName(packetType(packet)));
    std::visit(dumper, packet);
    return dumper.lines.join(QLatin1Char('\n'));
}

} // namespace mqtt
