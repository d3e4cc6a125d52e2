#include "savedmessagestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace gui {

namespace {

QJsonObject toJson(const SavedMessage &m)
{
    QJsonArray user;
    for (const mqtt::UserProperty &p : m.userProperties)
        user.append(QJsonArray{p.name, p.value});
    return {{QStringLiteral("group"), m.group},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("topic"), m.topic},
            {QStringLiteral("payload"), m.payloadText},
            {QStringLiteral("format"), m.codec},
            {QStringLiteral("template"), m.isTemplate},
            {QStringLiteral("qos"), int(m.qos)},
            {QStringLiteral("retain"), m.retain},
            {QStringLiteral("contentType"), m.contentType},
            {QStringLiteral("responseTopic"), m.responseTopic},
            {QStringLiteral("correlationData"), m.correlationData},
            {QStringLiteral("messageExpiry"), qint64(m.messageExpiry)},
            {QStringLiteral("userProperties"), user}};
}

SavedMessage fromJson(const QJsonObject &o)
{
    SavedMessage m;
    m.group = o.value(QStringLiteral("group")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.topic = o.value(QStringLiteral("topic")).toString();
    m.payloadText = o.value(QStringLiteral("payload")).toString();
    // A codec this build does not know (a newer file) is caught when the message is published.
    m.codec = o.value(QStringLiteral("format")).toString(QStringLiteral("text"));
    m.isTemplate = o.value(QStringLiteral("template")).toBool();
    m.qos = mqtt::QoS(qBound(0, o.value(QStringLiteral("qos")).toInt(), 2));
    m.retain = o.value(QStringLiteral("retain")).toBool();
    m.contentType = o.value(QStringLiteral("contentType")).toString();
    m.responseTopic = o.value(QStringLiteral("responseTopic")).toString();
    m.correlationData = o.value(QStringLiteral("correlationData")).toString();
    m.messageExpiry = quint32(o.value(QStringLiteral("messageExpiry")).toInteger());
    for (const QJsonValue &v : o.value(QStringLiteral("userProperties")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            m.userProperties.append({pair[0].toString(), pair[1].toString()});
    }
    return m;
}

} // namespace

SavedMessageStore::SavedMessageStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
}

QString SavedMessageStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/messages.json");
}

void SavedMessageStore::load()
{
    m_saved.clear();
    m_recent.clear();
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : root.value(QStringLiteral("saved")).toArray())
            m_saved.append(fromJson(v.toObject()));
        for (const QJsonValue &v : root.value(QStringLiteral("recent")).toArray())
            m_recent.append(fromJson(v.toObject()));
    }
    emit changed();
}

void SavedMessageStore::save(const SavedMessage &message)
{
    remove(message.group, message.name);
    m_saved.append(message);
    write();
    emit changed();
}

void SavedMessageStore::remove(const QString &group, const QString &name)
{
    if (m_saved.removeIf(
            [&](const SavedMessage &m) { return m.group == group && m.name == name; }) > 0) {
        write();
        emit changed();
    }
}

void SavedMessageStore::addRecent(const SavedMessage &message)
{
    SavedMessage recent = message;
    recent.group.clear();
    recent.name.clear();
    m_recent.removeAll(recent);
    m_recent.prepend(recent);
    while (m_recent.size() > RecentLimit)
        m_recent.removeLast();
    write();
    emit changed();
}

void SavedMessageStore::write()
{
    QJsonArray saved;
    for (const SavedMessage &m : std::as_const(m_saved))
        saved.append(toJson(m));
    QJsonArray recent;
    for (const SavedMessage &m : std::as_const(m_recent))
        recent.append(toJson(m));
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("saved"), saved},
                                             {QStringLiteral("recent"), recent}})
                       .toJson());
        file.commit();
    }
}

} // namespace gui
