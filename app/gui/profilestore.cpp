#include "profilestore.h"

#include "passwordvault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace gui {

namespace {

constexpr int FileFormatVersion = 1;

std::optional<QJsonArray> readProfileArray(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = ProfileStore::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorMessage)
            *errorMessage = ProfileStore::tr("%1 is not a profile file: %2")
                                .arg(path, parseError.errorString());
        return std::nullopt;
    }
    return document.object().value(QStringLiteral("profiles")).toArray();
}

bool writeProfileArray(const QString &path, const QJsonArray &profiles, QString *errorMessage)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QJsonObject root{{QStringLiteral("version"), FileFormatVersion},
                           {QStringLiteral("profiles"), profiles}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 ||
        !file.commit()) {
        if (errorMessage)
            *errorMessage = ProfileStore::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profiles.json");
}

bool ProfileStore::writesPasswordsToFile() const
{
    return !PasswordVault::isCompiledIn();
}

bool ProfileStore::load(QString *errorMessage)
{
    m_profiles.clear();
    if (!QFile::exists(m_filePath)) {
        emit profilesChanged();
        return true;
    }
    const std::optional<QJsonArray> array = readProfileArray(m_filePath, errorMessage);
    if (!array)
        return false;
    for (const QJsonValue &v : *array) {
        ConnectionProfile p = ConnectionProfile::fromJson(v.toObject());
        if (p.id.isEmpty())
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_profiles.append(p);
    }
    emit profilesChanged();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

ConnectionProfile ProfileStore::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                           [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    write();
    emit profilesChanged();
    return profile;
}

std::optional<ConnectionProfile> ProfileStore::duplicate(const QString &id)
{
    std::optional<ConnectionProfile> copy = profile(id);
    if (!copy)
        return std::nullopt;
    copy->id.clear();
    copy->name = tr("%1 (copy)").arg(copy->displayName());
    return save(*copy);
}

void ProfileStore::remove(const QString &id)
{
    const auto removed =
        m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    if (removed == 0)
        return;
    write();
    emit profilesChanged();
}

void ProfileStore::write()
{
    QJsonArray array;
    for (const ConnectionProfile &p : m_profiles)
        array.append(p.toJson(p.savePassword && writesPasswordsToFile()));
    QString error;
    if (!writeProfileArray(m_filePath, array, &error))
        emit saveFailed(error);
}

bool ProfileStore::exportTo(const QString &file, const QStringList &ids,
                            QString *errorMessage) const
{
    QJsonArray array;
    for (const ConnectionProfile &p : m_profiles) {
        if (ids.isEmpty() || ids.contains(p.id))
            array.append(p.toJson(false));
    }
    return writeProfileArray(file, array, errorMessage);
}

int ProfileStore::importFrom(const QString &file, QString *errorMessage)
{
    const std::optional<QJsonArray> array = readProfileArray(file, errorMessage);
    if (!array)
        return -1;
    for (const QJsonValue &v : *array) {
        ConnectionProfile p = ConnectionProfile::fromJson(v.toObject());
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_profiles.append(p);
    }
    write();
    emit profilesChanged();
    return int(array->size());
}

} // namespace gui
