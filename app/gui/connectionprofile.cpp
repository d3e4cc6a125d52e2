#include "connectionprofile.h"

#include <mqttcore/connectoptionsjson.h>

#include <QJsonArray>

namespace gui {

QString ConnectionProfile::displayName() const
{
    return name.isEmpty() ? options.url().toString() : name;
}

QJsonObject ConnectionProfile::toJson(bool withPassword) const
{
    QJsonObject json = mqtt::connectOptionsToJson(options, withPassword);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("savePassword"), savePassword);
    json.insert(QStringLiteral("subscribeDefault"), subscribeDefault);
    json.insert(QStringLiteral("defaultFilter"), defaultFilter);
    QJsonArray subs;
    for (const SavedSubscription &s : subscriptions) {
        subs.append(QJsonObject{{QStringLiteral("filter"), s.filter},
                                {QStringLiteral("qos"), int(s.options.maximumQoS)},
                                {QStringLiteral("noLocal"), s.options.noLocal},
                                {QStringLiteral("retainAsPublished"), s.options.retainAsPublished},
                                {QStringLiteral("retainHandling"), int(s.options.retainHandling)},
                                {QStringLiteral("colour"), s.colour.name()}});
    }
    json.insert(QStringLiteral("subscriptions"), subs);
    return json;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile p;
    p.options = mqtt::connectOptionsFromJson(json);
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    p.savePassword = json.value(QStringLiteral("savePassword")).toBool();
    p.subscribeDefault = json.value(QStringLiteral("subscribeDefault")).toBool(true);
    p.defaultFilter = json.value(QStringLiteral("defaultFilter")).toString(p.defaultFilter);
    for (const QJsonValue &v : json.value(QStringLiteral("subscriptions")).toArray()) {
        const QJsonObject s = v.toObject();
        SavedSubscription sub;
        sub.filter = s.value(QStringLiteral("filter")).toString();
        sub.options.maximumQoS = mqtt::QoS(qBound(0, s.value(QStringLiteral("qos")).toInt(), 2));
        sub.options.noLocal = s.value(QStringLiteral("noLocal")).toBool();
        sub.options.retainAsPublished = s.value(QStringLiteral("retainAsPublished")).toBool();
        sub.options.retainHandling =
            mqtt::RetainHandling(qBound(0, s.value(QStringLiteral("retainHandling")).toInt(), 2));
        sub.colour = QColor(s.value(QStringLiteral("colour")).toString());
        if (!sub.filter.isEmpty())
            p.subscriptions.append(sub);
    }
    return p;
}

} // namespace gui
