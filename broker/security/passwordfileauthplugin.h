#pragma once

#include <broker/authplugin.h>
#include <broker/passwordfile.h>

namespace broker::detail {

/// "auth.file": a client with a user name must be in `auth.password-file` with that password;
/// anyone else is refused with BadUserNameOrPassword. Anonymous clients are left to others.
class PasswordFileAuthPlugin final : public AuthPlugin
{
public:
    QString name() const override { return QStringLiteral("auth.file"); }
    bool configure(const BrokerSettings &settings, QString *errorString) override;
    AuthResult authenticate(const AuthRequest &request) override;

private:
    PasswordFile m_file;
};

} // namespace broker::detail
