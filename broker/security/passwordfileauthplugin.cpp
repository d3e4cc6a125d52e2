#include "passwordfileauthplugin.h"

namespace broker::detail {

bool PasswordFileAuthPlugin::configure(const BrokerSettings &settings, QString *errorString)
{
    if (settings.auth.passwordFile.isEmpty()) {
        *errorString = QStringLiteral("auth.password-file: needed by plugin auth.file");
        return false;
    }
    if (!m_file.load(settings.auth.passwordFile, errorString))
        return false;
    m_slowDecoy.clear();
    for (const QString &user : m_file.userNames()) {
        if (const auto hash = m_file.hashOf(user); hash && PasswordFile::isSlowToVerify(*hash)) {
            m_slowDecoy = *hash;
            break;
        }
    }
    return true;
}

AuthResult PasswordFileAuthPlugin::authenticate(const AuthRequest &request)
{
    if (!request.userName)
        return AuthResult::ignore();
    const std::optional<QByteArray> hash = m_file.hashOf(*request.userName);
    const QByteArray password = request.password.value_or(QByteArray());
    // A slow hash (hbmqtt's passlib files: 656,000 rounds, a good part of a second) is checked
    // on a worker thread; a quick one (mosquitto_passwd's) at once, as a load of logins wants.
    if (hash && PasswordFile::isSlowToVerify(*hash)) {
        return AuthResult::allowIf(
            [hash = *hash, password] { return PasswordFile::verifyHash(hash, password); });
    }
    if (!hash && !m_slowDecoy.isEmpty()) {
        return AuthResult::allowIf([decoy = m_slowDecoy, password] {
            PasswordFile::verifyHash(decoy, password); // as long as for a user who exists
            return false;
        });
    }
    if (hash && PasswordFile::verifyHash(*hash, password))
        return AuthResult::allow();
    return AuthResult::deny(mqtt::ReasonCode::BadUserNameOrPassword);
}

} // namespace broker::detail
