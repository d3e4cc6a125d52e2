#include "profilereader.h"

#include <mqttcore/connectoptionsjson.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace cli {

QString ProfileReader::defaultFilePath()
{
    // QStandardPaths::AppConfigLocation of the GUI (organisation "mqtt-workbench", application
    // "MQTT Workbench"), which the CLI's QCoreApplication does not carry.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/mqtt-workbench/MQTT Workbench/profiles.json");
}

std::optional<ProfileReader::Profile> ProfileReader::load(const QString &name, QString *error,
                                                          const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("no profile '%1': cannot read %2").arg(name, filePath);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1 is not a profile file: %2").arg(filePath, parseError.errorString());
        return std::nullopt;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject json = value.toObject();
        if (json.value(QStringLiteral("name")).toString() != name &&
            json.value(QStringLiteral("id")).toString() != name)
            continue;
        Profile profile;
        profile.options = mqtt::connectOptionsFromJson(json);
        for (const QJsonValue &s : json.value(QStringLiteral("subscriptions")).toArray()) {
            const QJsonObject sub = s.toObject();
            const QString filter = sub.value(QStringLiteral("filter")).toString();
            if (!filter.isEmpty())
                profile.filters.append(
                    {filter, mqtt::QoS(qBound(0, sub.value(QStringLiteral("qos")).toInt(), 2))});
        }
        const QString defaultFilter = json.value(QStringLiteral("defaultFilter")).toString();
        if (profile.filters.isEmpty() &&
            json.value(QStringLiteral("subscribeDefault")).toBool(true) && !defaultFilter.isEmpty())
            profile.filters.append({defaultFilter, mqtt::QoS::AtMostOnce});
        return profile;
    }
    *error = tr("no profile named '%1' in %2").arg(name, filePath);
    return std::nullopt;
}

} // namespace cli
