#pragma once

#include "connectionprofile.h"

#include <QObject>

#include <optional>

namespace gui {

/// The saved connection profiles: a JSON file (by default "profiles.json" under
/// QStandardPaths::AppConfigLocation), rewritten atomically on every change. Passwords are
/// written to the file only for profiles with `savePassword` when no keychain is compiled in;
/// with a keychain they go to the PasswordVault instead (see MainWindow).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /// Reads the file; a missing file is an empty store, a broken one an error.
    bool load(QString *errorMessage = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;

    /// Adds (giving it an id if it has none) or replaces the profile with the same id; returns
    /// the stored profile.
    ConnectionProfile save(ConnectionProfile profile);
    /// A copy of a profile under a new id and name; returns it.
    std::optional<ConnectionProfile> duplicate(const QString &id);
    void remove(const QString &id);

    /// Writes the profiles `ids` (all if empty) to `file`, never with passwords.
    bool exportTo(const QString &file, const QStringList &ids, QString *errorMessage) const;
    /// Adds the profiles of an exported file (new ids); returns how many, or -1 on error.
    int importFrom(const QString &file, QString *errorMessage);

    /// Whether passwords go into the file (no keychain in this build).
    bool writesPasswordsToFile() const;

signals:
    void profilesChanged();
    /// Writing the file failed; the message is for the user.
    void saveFailed(const QString &message);

private:
    void write();

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
};

} // namespace gui
