#include "inflightstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mqtt {

namespace {

constexpr int FormatVersion = 1;

QJsonObject messageToJson(const Message &message)
{
    QJsonObject o;
    o[u"topic"] = message.topic();
    o[u"payload"] = QString::fromLatin1(message.payload().toBase64());
    o[u"qos"] = int(message.qos());
    o[u"retain"] = message.retain();
    const Properties &p = message.properties();
    if (p.payloadFormatIndicator)
        o[u"payloadFormat"] = int(*p.payloadFormatIndicator);
    if (p.messageExpiryInterval)
        o[u"messageExpiry"] = qint64(*p.messageExpiryInterval);
    if (p.contentType)
        o[u"contentType"] = *p.contentType;
    if (p.responseTopic)
        o[u"responseTopic"] = *p.responseTopic;
    if (p.correlationData)
        o[u"correlationData"] = QString::fromLatin1(p.correlationData->toBase64());
    if (!p.userProperties.isEmpty()) {
        QJsonArray users;
        for (const UserProperty &u : p.userProperties)
            users.append(QJsonArray{u.name, u.value});
        o[u"userProperties"] = users;
    }
    return o;
}

Message messageFromJson(const QJsonObject &o)
{
    Message m(o[u"topic"].toString(), QByteArray::fromBase64(o[u"payload"].toString().toLatin1()),
              QoS(qBound(0, o[u"qos"].toInt(), 2)), o[u"retain"].toBool());
    Properties &p = m.properties();
    if (o.contains(u"payloadFormat"))
        p.payloadFormatIndicator = quint8(o[u"payloadFormat"].toInt());
    if (o.contains(u"messageExpiry"))
        p.messageExpiryInterval = quint32(o[u"messageExpiry"].toInteger());
    if (o.contains(u"contentType"))
        p.contentType = o[u"contentType"].toString();
    if (o.contains(u"responseTopic"))
        p.responseTopic = o[u"responseTopic"].toString();
    if (o.contains(u"correlationData"))
        p.correlationData = QByteArray::fromBase64(o[u"correlationData"].toString().toLatin1());
    for (const QJsonValue &u : o[u"userProperties"].toArray())
        p.userProperties.append({u.toArray().at(0).toString(), u.toArray().at(1).toString()});
    return m;
}

} // namespace

bool loadInflightState(const QString &path, InflightState &state, QString *errorMessage)
{
    state = {};
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // The file holds at most the in-flight window and the offline queue; refuse absurd sizes.
    if (file.size() > 512 * 1024 * 1024) {
        *errorMessage = QStringLiteral("%1 is too large to be an in-flight state file").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *errorMessage = QStringLiteral("%1 is not an in-flight state file: %2")
                            .arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root[u"version"].toInt() != FormatVersion) {
        *errorMessage =
            QStringLiteral("%1 has unsupported version %2").arg(path).arg(root[u"version"].toInt());
        return false;
    }
    state.clientId = root[u"clientId"].toString();
    for (const QJsonValue &v : root[u"outgoing"].toArray()) {
        const QJsonObject o = v.toObject();
        const int id = o[u"packetId"].toInt();
        if (id < 0 || id > 65535)
            continue;
        state.outgoing.append({quint16(id), o[u"released"].toBool(), messageFromJson(o)});
    }
    for (const QJsonValue &v : root[u"incomingQos2"].toArray()) {
        const int id = v.toInt();
        if (id > 0 && id <= 65535)
            state.incomingQos2.append(quint16(id));
    }
    return true;
}

bool saveInflightState(const QString &path, const InflightState &state, QString *errorMessage)
{
    QJsonObject root;
    root[u"version"] = FormatVersion;
    root[u"clientId"] = state.clientId;
    QJsonArray outgoing;
    for (const InflightState::Outgoing &o : state.outgoing) {
        QJsonObject entry = messageToJson(o.message);
        entry[u"packetId"] = o.packetId;
        entry[u"released"] = o.released;
        outgoing.append(entry);
    }
    root[u"outgoing"] = outgoing;
    QJsonArray incoming;
    for (quint16 id : state.incomingQos2)
        incoming.append(id);
    root[u"incomingQos2"] = incoming;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mqtt
