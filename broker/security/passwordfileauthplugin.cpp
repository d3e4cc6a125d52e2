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
    if (m_file.verify(*request.userName, request.password.value_or(QByteArray())))
        return AuthResult::allow();
    return AuthResult::deny(mqtt::ReasonCode::BadUserNameOrPassword);
}

} // namespace broker::detail
