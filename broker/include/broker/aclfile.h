#pragma once

#include <broker/broker_global.h>

#include <broker/authtypes.h>

#include <QList>
#include <QString>

namespace broker {

/// A mosquitto-format ACL file:
///   # topics before the first `user` line apply to anonymous clients
///   topic read $SYS/#
///   user alice
///   topic readwrite sensors/#
///   topic deny sensors/secret
///   pattern write devices/%c/status     # for every client; %c = client id, %u = user name
/// Access: `read` (subscribe and receive), `write` (publish), `readwrite` (the default when
/// omitted), `deny` (overrides any grant for matching topics).
/// A request is allowed when some rule for the client grants it and no `deny` rule matches;
/// check() answers Ignore when no rule grants it (AuthManager then denies unless another
/// plugin allows), so the grants of several ACL sources add up.
/// A subscription is allowed only when every topic it can match is readable (its filter lies
/// inside a readable filter); deliveries (retained ones included) are checked per topic.
class MQTTBROKER_EXPORT AclFile
{
public:
    /// Replaces the rules with the file's; on error returns false and keeps the old rules.
    /// errorString then names every bad line, one per line ('\n' between them):
    ///   acl:7: unknown access 'rw' (expected read, write, readwrite or deny)
    ///   acl:9: unknown keyword 'usr' (expected user, topic or pattern)
    /// As in mosquitto, "topic FILTER" grants readwrite and "topic ACCESS FILTER" needs one
    /// of the four access words; unlike mosquitto, "topic read" (an access word and no
    /// filter) is an error rather than a grant of the topic "read". A filter that is not a
    /// valid MQTT topic filter ("a/#/b") is an error too.
    bool load(const QString &path, QString *errorString);
    /// Parses ACL text (`fileName` is only used in messages); on failure returns false and
    /// sets *errorString.
    bool parse(const QByteArray &text, const QString &fileName, QString *errorString);

    /// Allow (granted), Deny (a `deny` rule matches) or Ignore (no rule grants it).
    Decision check(const AclRequest &request) const;

private:
    enum Access : quint8
    {
        Read = 1,
        Write = 2,
        Deny = 4,
    };
    struct Rule
    {
        QString filter; ///< may contain %c / %u when pattern is set
        quint8 access = Read | Write;
        bool pattern = false;
    };
    struct UserRules
    {
        QString userName;
        QList<Rule> rules;
    };
    QList<Rule> m_anonymousRules;
    QList<UserRules> m_userRules;
    QList<Rule> m_patterns;
};

} // namespace broker
