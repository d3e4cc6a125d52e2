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
    /// A slow hash of the file, checked for unknown users too: a refusal that came at once
    /// would tell a guesser which user names exist. Empty when every hash is quick.
    QByteArray m_slowDecoy;
};

} // namespace broker::detail
