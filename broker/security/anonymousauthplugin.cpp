#include "anonymousauthplugin.h"

namespace broker::detail {

bool AnonymousAuthPlugin::configure(const BrokerSettings &settings, QString *)
{
    m_allowAnonymous = settings.limits.allowAnonymous;
    return true;
}

AuthResult AnonymousAuthPlugin::authenticate(const AuthRequest &request)
{
    if (request.userName)
        return AuthResult::ignore();
    return m_allowAnonymous ? AuthResult::allow()
                            : AuthResult::deny(mqtt::ReasonCode::NotAuthorized);
}

} // namespace broker::detail
