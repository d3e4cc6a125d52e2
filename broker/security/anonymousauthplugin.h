#pragma once

#include <broker/authplugin.h>

namespace broker::detail {

/// "auth.anonymous": decides clients without a user name by `auth.allow-anonymous`.
class AnonymousAuthPlugin final : public AuthPlugin
{
public:
    QString name() const override { return QStringLiteral("auth.anonymous"); }
    bool configure(const BrokerSettings &settings, QString *errorString) override;
    AuthResult authenticate(const AuthRequest &request) override;

private:
    bool m_allowAnonymous = true;
};

} // namespace broker::detail
