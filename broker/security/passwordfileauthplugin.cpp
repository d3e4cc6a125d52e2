#include "passwordfileauthplugin.h"

namespace broker::detail {

bool PasswordFileAuthPlugin::configure(const BrokerSettings &settings, QString *errorString)
{
    if (settings.auth.passwordFile.isEmpty()) {
        *errorString = QStringLiteral("auth.password-file: needed by plugin auth.file");
        return false;
    }
    return m_file.load(settings.auth.passwordFile, errorString);
}

AuthResult PasswordFileAuthPlugin::authenticate(const AuthRequest &request)
{
    if (!request.userName)
        return AuthResult::ignore();
    const std::optional<QByteArray> hash = m_file.hashOf(*request.userName);
    if (!hash)
        return AuthResult::deny(mqtt::ReasonCode::BadUserNameOrPassword);
    // Hashes are slow on purpose (hbmqtt's passlib files: 656,000 rounds, a good part of a
    // second): the broker checks them on a worker thread.
    return AuthResult::allowIf([hash = *hash, password = request.password.value_or(QByteArray())] {
        return PasswordFile::verifyHash(hash, password);
    });
}

} // namespace broker::detail
