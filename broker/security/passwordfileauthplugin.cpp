#include "passwordfileauthplugin.h"

namespace broker::detail {

bool PasswordFileAuthPlugin::configure(const BrokerConfig &config, QString *errorString)
{
    if (config.auth.passwordFile.isEmpty()) {
        *errorString = QStringLiteral("auth.password-file: needed by plugin auth.file");
        return false;
    }
    return m_file.load(config.auth.passwordFile, errorString);
}

AuthResult PasswordFileAuthPlugin::authenticate(const AuthRequest &request)
{
    if (!request.userName)
        return AuthResult::ignore();
    if (m_file.verify(*request.userName, request.password.value_or(QByteArray())))
        return AuthResult::allow();
    return AuthResult::deny(mqtt::ReasonCode::BadUserNameOrPassword);
}

} // namespace broker::detail
