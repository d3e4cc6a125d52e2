#include "anonymousauthplugin.h"

namespace broker::detail {

bool AnonymousAuthPlugin::configure(const BrokerConfig &config, QString *)
{
    m_allowAnonymous = config.auth.allowAnonymous;
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
