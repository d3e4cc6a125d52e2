#pragma once

#include <broker/broker_global.h>

#include <broker/authplugin.h>
#include <broker/authtypes.h>
#include <broker/brokersettings.h>

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace broker {

/// What the broker does with a CONNECT after AuthManager::authenticate.
struct MQTTBROKER_EXPORT AuthOutcome
{
    bool allowed = false; ///< the connection or action is allowed
    /// Success, or the CONNACK reason: BadUserNameOrPassword, NotAuthorized (MQTT 3.1.1:
    /// return codes 4 and 5).
    mqtt::ReasonCode reason = mqtt::ReasonCode::NotAuthorized;
    /// The user name for the session and for ACL checks: the request's, or the certificate's
    /// Common Name on a listener with use-identity-as-username.
    std::optional<QString> userName;
    /// Milliseconds to wait before sending the refusing CONNACK because this peer address
    /// failed to log in too often (AuthSettings' failedLogin* members); never blocks the event
    /// loop (a timer). 0 = answer now; always 0 when allowed.
    int delayMs = 0;
    /// Set when the deciding plugin's answer takes slow work (AuthResult::check): `allowed` is
    /// false until the broker has run it off its thread and called
    /// AuthManager::completeAuthentication with the result.
    std::function<bool()> pendingCheck;
};

/// The active authentication and authorisation chain, built from BrokerSettings: plugins
/// loaded from pluginDir and the built-in ones, in the order of auth.plugins /
/// topicCheck.plugins. Use it from the broker's thread only.
///
///   broker::AuthManager auth;
///   if (!auth.configure(settings, &error)) -> refuse to start
///   CONNECT:   AuthOutcome o = auth.authenticate({clientId, user, password, peer, listener, cn});
///              o.pendingCheck: run it on a worker thread, then
///              o = auth.completeAuthentication(request, o, result) on the broker's thread
///              refused: CONNACK o.reason after o.delayMs (a timer); else use o.userName
///   PUBLISH:   if (!auth.authorize({clientId, user, AclAction::Publish, topic})) -> MQTT 5
///              PUBACK/PUBREC NotAuthorized (QoS 0 / MQTT 3: drop silently), do not route
///   SUBSCRIBE: per filter (as sent, $share/... included): not allowed -> SUBACK NotAuthorized
///              (0x87; MQTT 3.1.1: 0x80)
///   delivery:  if (auth.checksDelivery() && !auth.authorize({.., AclAction::Receive, topic}))
///              -> skip this message for this client (retained deliveries too)
///   SIGHUP:    auth.reload(&error) -> log error; connections are untouched
class MQTTBROKER_EXPORT AuthManager
{
public:
    AuthManager();
    ~AuthManager();
    AuthManager(const AuthManager &) = delete;
    AuthManager &operator=(const AuthManager &) = delete;

    /// Loads plugins from settings.pluginDir, reads the password and ACL files and builds the
    /// chain from settings.auth, settings.topicCheck, settings.limits.allowAnonymous and the
    /// listeners' useIdentityAsUsername. On error ("auth.plugins: unknown plugin 'x'",
    /// "passwd:3: ...") returns false and leaves the previous chain active; errorString then
    /// has one line per problem ('\n' between them): every bad line of the password file and
    /// of the ACL file.
    bool configure(const BrokerSettings &settings, QString *errorString);

    /// Decides a CONNECT. The first plugin answering Allow or Deny decides; when all ignore,
    /// the client is allowed when BrokerLimits::allowAnonymous is on. A verified certificate on a
    /// use-identity-as-username listener is allowed with its CN as user name. Refusals are
    /// counted per peer address: past `failed-login-free-attempts` the answer is delayed
    /// (doubling up to `failed-login-max-delay`), and while that delay runs, further logins
    /// with credentials from the address are refused unchecked when it ends.
    /// A plugin's slow check (AuthResult::check) is not run here: the outcome carries it as
    /// `pendingCheck`, for completeAuthentication.
    AuthOutcome authenticate(const AuthRequest &request);

    /// authenticate and completeAuthentication in one, the slow check run on the calling
    /// thread: for tools and tests, never for the broker's event loop.
    AuthOutcome authenticateAndWait(const AuthRequest &request);

    /// The final outcome of `pending` (from authenticate) once its pendingCheck returned
    /// `passed`; the failure is counted for the failed-login delay as authenticate does.
    AuthOutcome completeAuthentication(const AuthRequest &request, AuthOutcome pending,
                                       bool passed);

    /// Publishing to $SYS/... is always denied. With `topic-check` disabled everything else is
    /// allowed; otherwise the first ACL plugin answering Allow or Deny decides, and a request
    /// no plugin decides is denied. The built-in ACLs answer Deny only for explicit `deny`
    /// rules and Ignore for what they do not grant, so their grants add up.
    bool authorize(const AclRequest &request) const;

    /// False when Receive checks always allow (topic-check disabled): the broker may skip them.
    bool checksDelivery() const;

    /// Re-reads the password file and the ACL file and re-configures every plugin (SIGHUP).
    /// On error the previous state stays active and false is returned.
    bool reload(QString *errorString);

    /// Names of the active plugins, in order (for logs and tests).
    QStringList authenticationPlugins() const;
    /// Names of the authorisation plugins in the chain, in the order they are asked.
    QStringList authorizationPlugins() const;

private:
    /// Records a login's result for the failed-login delay and sets the outcome's reason/delay.
    void countLogin(const AuthRequest &request, AuthOutcome &outcome);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace broker
