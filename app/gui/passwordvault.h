#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace gui {

/// Passwords of connection profiles in the system keychain (through qtkeychain, when the build
/// has it). Without qtkeychain, or when no keychain service runs, nothing is stored here and
/// profiles keep a password only in their file, and only if the user asked for that.
class PasswordVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordVault)

public:
    explicit PasswordVault(QObject *parent = nullptr);

    /// True when the build can use a system keychain.
    static bool isCompiledIn();

    /// Stores asynchronously; `done(ok, error)` reports the outcome.
    void store(const QString &profileId, const QByteArray &password,
               std::function<void(bool, QString)> done = {});
    /// Reads asynchronously; `done(found, password)`.
    void read(const QString &profileId, std::function<void(bool, QByteArray)> done);
    void remove(const QString &profileId);
};

} // namespace gui
