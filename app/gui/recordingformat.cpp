#include "recordingformat.h"

#include <schema/payloadcodecs.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gui::recording {

namespace {

QJsonObject propertiesToJson(const mqtt::Properties &p)
{
    QJsonObject json;
    if (p.payloadFormatIndicator)
        json.insert(QStringLiteral("payloadFormatIndicator"), int(*p.payloadFormatIndicator));
    if (p.messageExpiryInterval)
        json.insert(QStringLiteral("messageExpiryInterval"), qint64(*p.messageExpiryInterval));
    if (p.contentType)
        json.insert(QStringLiteral("contentType"), *p.contentType);
    if (p.responseTopic)
        json.insert(QStringLiteral("responseTopic"), *p.responseTopic);
    if (p.correlationData)
        json.insert(QStringLiteral("correlationData"),
                    QString::fromLatin1(p.correlationData->toBase64()));
    if (!p.subscriptionIdentifiers.isEmpty()) {
        QJsonArray ids;
        for (quint32 id : p.subscriptionIdentifiers)
            ids << qint64(id);
        json.insert(QStringLiteral("subscriptionIdentifiers"), ids);
    }
    if (!p.userProperties.isEmpty()) {
        QJsonArray pairs;
        for (const mqtt::UserProperty &u : p.userProperties)
            pairs << QJsonArray{u.name, u.value};
        json.insert(QStringLiteral("userProperties"), pairs);
    }
    return json;
}

bool propertiesFromJson(const QJsonObject &json, mqtt::Properties &p, QString *error)
{
    const auto fail = [&](const char *what) {
        if (error)
            *error = QStringLiteral("invalid property %1").arg(QLatin1String(what));
        return false;
    };
    const auto uint32 = [](const QJsonValue &v, quint32 max) -> std::optional<quint32> {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max || d != qint64(d))
            return std::nullopt;
        return quint32(d);
    };
    if (json.contains(QLatin1String("payloadFormatIndicator"))) {
        const auto v = uint32(json.value(QLatin1String("payloadFormatIndicator")), 1);
        if (!v)
            return fail("payloadFormatIndicator");
        p.payloadFormatIndicator = quint8(*v);
    }
    if (json.contains(QLatin1String("messageExpiryInterval"))) {
        const auto v = uint32(json.value(QLatin1String("messageExpiryInterval")), 0xFFFFFFFFu);
        if (!v)
            return fail("messageExpiryInterval");
        p.messageExpiryInterval = *v;
    }
    if (json.contains(QLatin1String("contentType")))
        p.contentType = json.value(QLatin1String("contentType")).toString();
    if (json.contains(QLatin1String("responseTopic")))
        p.responseTopic = json.value(QLatin1String("responseTopic")).toString();
    if (json.contains(QLatin1String("correlationData"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            json.value(QLatin1String("correlationData")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail("correlationData");
        p.correlationData = *decoded;
    }
    for (const QJsonValue &id : json.value(QLatin1String("subscriptionIdentifiers")).toArray()) {
        const auto v = uint32(id, 268'435'455);
        if (!v || *v == 0)
            return fail("subscriptionIdentifiers");
        p.subscriptionIdentifiers << *v;
    }
    for (const QJsonValue &pair : json.value(QLatin1String("userProperties")).toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
            return fail("userProperties");
        p.userProperties << mqtt::UserProperty{a.at(0).toString(), a.at(1).toString()};
    }
    return true;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

/// The CSV column of a payload: "text" (printable UTF-8, written as is) or "base64", the
/// registry's codecs, so that a reader turns the column back into the bytes with the same codec.
const schema::PayloadCodec &csvCodec(const QByteArray &payload)
{
    static const schema::PayloadCodecs codecs;
    static const auto text = codecs.find(u"text");
    static const auto base64 = codecs.find(u"base64");
    // Printable UTF-8 is detected as text or JSON; both are exact as text.
    const QString detected = codecs.detect(payload, {}).name();
    return detected == text->name() || detected == QLatin1String("json") ? *text : *base64;
}

QByteArray timestampText(const mqtt::Message &message)
{
    const QDateTime received = message.receivedAt();
    return (received.isValid() ? received : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs)
        .toLatin1();
}

} // namespace

QByteArray toJsonLine(const mqtt::Message &m)
{
    QJsonObject json{
        {QStringLiteral("timestamp"), QString::fromLatin1(timestampText(m))},
        {QStringLiteral("topic"), m.topic()},
        {QStringLiteral("qos"), int(m.qos())},
        {QStringLiteral("retain"), m.retain()},
        {QStringLiteral("payload"), QString::fromLatin1(m.payload().toBase64())},
    };
    const QJsonObject properties = propertiesToJson(m.properties());
    if (!properties.isEmpty())
        json.insert(QStringLiteral("properties"), properties);
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<mqtt::Message> fromJsonLine(QByteArrayView line, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<mqtt::Message> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError
                        ? parseError.errorString()
                        : QStringLiteral("not a JSON object"));
    const QJsonObject json = doc.object();
    const QDateTime time =
        QDateTime::fromString(json.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(QStringLiteral("missing or invalid timestamp"));
    const QJsonValue topic = json.value(QLatin1String("topic"));
    if (!topic.isString() || topic.toString().isEmpty())
        return fail(QStringLiteral("missing topic"));
    const int qos = json.value(QLatin1String("qos")).toInt(-1);
    if (qos < 0 || qos > 2)
        return fail(QStringLiteral("qos must be 0, 1 or 2"));
    const auto payload =
        QByteArray::fromBase64Encoding(json.value(QLatin1String("payload")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return fail(QStringLiteral("payload is not base64"));
    mqtt::Message message(topic.toString(), *payload, mqtt::QoS(qos),
                          json.value(QLatin1String("retain")).toBool());
    message.setReceivedAt(time.toUTC());
    if (json.contains(QLatin1String("properties"))) {
        mqtt::Properties properties;
        if (!propertiesFromJson(json.value(QLatin1String("properties")).toObject(), properties,
                                error))
            return std::nullopt;
        message.setProperties(properties);
    }
    return message;
}

std::optional<QList<mqtt::Message>> readFile(const QString &path, QString *error,
                                             qsizetype maxMessages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QList<mqtt::Message> messages;
    qsizetype lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if (messages.size() >= maxMessages) {
            if (error)
                *error = QStringLiteral("more than %1 messages").arg(maxMessages);
            return std::nullopt;
        }
        QString why;
        std::optional<mqtt::Message> message = fromJsonLine(line, &why);
        if (!message) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(why);
            return std::nullopt;
        }
        messages << std::move(*message);
    }
    return messages;
}

bool writeFile(const QString &path, const QList<mqtt::Message> &messages, ExportFormat format,
               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (format == ExportFormat::Csv)
        file.write("timestamp,topic,qos,retain,encoding,payload\r\n");
    for (const mqtt::Message &m : messages) {
        if (format == ExportFormat::JsonLines) {
            file.write(toJsonLine(m));
            continue;
        }
        const schema::PayloadCodec &codec = csvCodec(m.payload());
        file.write(timestampText(m) + ',' + csvField(m.topic()) + ',' +
                   QByteArray::number(int(m.qos())) + ',' + (m.retain() ? "1" : "0") + ',' +
                   codec.name().toUtf8() + ',' +
                   csvField(codec.toText(m.payload(), false, nullptr)) + "\r\n");
    }
    if (!file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace gui::recording
