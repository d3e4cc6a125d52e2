#include <broker/authmanager.h>

#include "aclfileplugin.h"
#include "anonymousauthplugin.h"
#include "loginratelimiter.h"
#include "passwordfileauthplugin.h"
#include "topicaclplugin.h"
#include "topictabooplugin.h"

#include <mqttcore/topic.h>

#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <vector>

Q_LOGGING_CATEGORY(lcBrokerAuth, "mqtt.broker.auth")

namespace broker {

namespace {

// Other spellings of the built-in names (hbmqtt's, and dotted/underscored variants).
QString canonicalPluginName(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("auth_anonymous"), QStringLiteral("auth.anonymous")},
        {QStringLiteral("auth_file"), QStringLiteral("auth.file")},
        {QStringLiteral("topic.acl"), QStringLiteral("topic_acl")},
        {QStringLiteral("acl.file"), QStringLiteral("acl_file")},
        {QStringLiteral("topic.taboo"), QStringLiteral("topic_taboo")}};
    return aliases.value(name, name);
}

} // namespace

struct AuthManager::Private
{
    BrokerSettings settings;
    bool configured = false;
    QString loadedPluginDir;
    std::vector<std::unique_ptr<QPluginLoader>> loaders; // keep plugin libraries loaded
    QList<AuthPlugin *> externalPlugins;                 // owned by their loaders
    std::vector<std::unique_ptr<AuthPlugin>> builtins;
    QList<AuthPlugin *> authChain;
    QList<AuthPlugin *> aclChain;
    detail::LoginRateLimiter limiter;

    bool loadPluginDir(const QString &dir, QString *errorString);
};

bool AuthManager::Private::loadPluginDir(const QString &dir, QString *errorString)
{
    if (dir.isEmpty() || dir == loadedPluginDir)
        return true;
    const QDir pluginDir(dir);
    if (!pluginDir.exists()) {
        *errorString = QStringLiteral("plugin-dir: directory %1 not found").arg(dir);
        return false;
    }
    for (const QString &fileName : pluginDir.entryList(QDir::Files, QDir::Name)) {
        const QString path = pluginDir.absoluteFilePath(fileName);
        if (!QLibrary::isLibrary(path))
            continue;
        auto loader = std::make_unique<QPluginLoader>(path);
        // Other Qt plugins (or plain libraries) in the same directory are not ours to load.
        if (loader->metaData().value(QLatin1String("IID")).toString() !=
            QLatin1String(BROKER_AUTHPLUGIN_IID))
            continue;
        auto *plugin = qobject_cast<AuthPlugin *>(loader->instance());
        if (!plugin) {
            *errorString =
                QStringLiteral("plugin-dir: cannot load %1: %2").arg(path, loader->errorString());
            return false;
        }
        qCInfo(lcBrokerAuth, "loaded plugin %s from %s", qPrintable(plugin->name()),
               qPrintable(path));
        externalPlugins.append(plugin);
        loaders.push_back(std::move(loader));
    }
    loadedPluginDir = dir;
    return true;
}

AuthManager::AuthManager() : d(std::make_unique<Private>()) {}

AuthManager::~AuthManager() = default;

bool AuthManager::configure(const BrokerSettings &settings, QString *errorString)
{
    if (!d->loadPluginDir(settings.pluginDir, errorString))
        return false;

    std::vector<std::unique_ptr<AuthPlugin>> builtins;
    builtins.push_back(std::make_unique<detail::AnonymousAuthPlugin>());
    builtins.push_back(std::make_unique<detail::PasswordFileAuthPlugin>());
    builtins.push_back(std::make_unique<detail::TopicAclPlugin>());
    builtins.push_back(std::make_unique<detail::AclFilePlugin>());
    builtins.push_back(std::make_unique<detail::TopicTabooPlugin>());
    auto find = [&](const QString &name) -> AuthPlugin * {
        for (const auto &plugin : builtins) {
            if (plugin->name() == name)
                return plugin.get();
        }
        for (AuthPlugin *plugin : std::as_const(d->externalPlugins)) {
            if (plugin->name() == name)
                return plugin;
        }
        return nullptr;
    };
    auto resolve = [&](const QString &key, const QStringList &names, QList<AuthPlugin *> *chain) {
        for (const QString &name : names) {
            AuthPlugin *plugin = find(canonicalPluginName(name));
            if (!plugin) {
                *errorString = QStringLiteral("%1: unknown plugin '%2'").arg(key, name);
                return false;
            }
            chain->append(plugin);
        }
        return true;
    };

    QList<AuthPlugin *> authChain;
    QList<AuthPlugin *> aclChain;
    if (settings.auth.pluginsSet) {
        if (!resolve(QStringLiteral("auth.plugins"), settings.auth.plugins, &authChain))
            return false;
    } else {
        authChain = d->externalPlugins;
        authChain.append(find(QStringLiteral("auth.anonymous")));
        if (!settings.auth.passwordFile.isEmpty())
            authChain.append(find(QStringLiteral("auth.file")));
    }
    if (settings.topicCheck.pluginsSet) {
        if (!resolve(QStringLiteral("topic-check.plugins"), settings.topicCheck.plugins, &aclChain))
            return false;
    } else {
        aclChain = d->externalPlugins;
        if (settings.topicCheck.aclSet)
            aclChain.append(find(QStringLiteral("topic_acl")));
        if (!settings.topicCheck.aclFile.isEmpty())
            aclChain.append(find(QStringLiteral("acl_file")));
    }

    // Configure each plugin in use once; on any failure the previous chain stays active. All
    // of them are tried, so that a bad password file and a bad ACL file show up together.
    QList<AuthPlugin *> configured;
    QStringList errors;
    for (AuthPlugin *plugin : authChain + aclChain) {
        if (configured.contains(plugin))
            continue;
        configured.append(plugin);
        QString error;
        if (!plugin->configure(settings, &error)) {
            errors.append(
                error.isEmpty()
                    ? QStringLiteral("plugin %1: configuration refused").arg(plugin->name())
                    : error);
        }
    }
    if (!errors.isEmpty()) {
        *errorString = errors.join(u'\n');
        return false;
    }

    d->settings = settings;
    d->configured = true;
    d->builtins = std::move(builtins);
    d->authChain = authChain;
    d->aclChain = aclChain;
    d->limiter.configure(settings.auth.failedLoginFreeAttempts, settings.auth.failedLoginDelayMs,
                         settings.auth.failedLoginMaxDelayMs);
    return true;
}

AuthOutcome AuthManager::authenticate(const AuthRequest &request)
{
    AuthOutcome outcome;
    outcome.userName = request.userName;
    // A certificate the listener verified names the user: nothing to guess, never slowed down.
    if (request.certificateCommonName) {
        for (const ListenerSettings &listener : std::as_const(d->settings.listeners)) {
            if (listener.name == request.listener && listener.useIdentityAsUsername) {
                outcome.userName = request.certificateCommonName;
                outcome.allowed = true;
                outcome.reason = mqtt::ReasonCode::Success;
                return outcome;
            }
        }
    }
    // While an address is blocked after too many failures, its credentials are not even
    // checked: the attempt is refused when the block ends, so guesses sent in parallel gain
    // nothing. Clients without credentials are not guessing and go through the chain.
    const bool hasCredentials = request.userName.has_value() || request.password.has_value();
    if (const int blocked = d->limiter.pendingDelay(request.peerAddress);
        blocked > 0 && hasCredentials) {
        outcome.reason = mqtt::ReasonCode::BadUserNameOrPassword;
        outcome.delayMs = blocked;
        qCInfo(lcBrokerAuth, "client %s (%s) refused unchecked after failed logins, in %d ms",
               qPrintable(request.clientId), qPrintable(request.peerAddress.toString()), blocked);
        return outcome;
    }

    bool decided = false;
    for (qsizetype i = 0; !decided && i < d->authChain.size(); ++i) {
        const AuthResult result = d->authChain[i]->authenticate(request);
        if (result.decision == Decision::Ignore)
            continue;
        decided = true;
        if (result.check) {
            outcome.reason = result.reason;
            outcome.pendingCheck = result.check;
            return outcome; // decided by the check, off the broker's thread
        }
        outcome.allowed = result.decision == Decision::Allow;
        if (!outcome.allowed) {
            outcome.reason =
                mqtt::isError(result.reason) ? result.reason : mqtt::ReasonCode::NotAuthorized;
            qCInfo(lcBrokerAuth, "client %s (%s) refused by %s", qPrintable(request.clientId),
                   qPrintable(request.peerAddress.toString()), qPrintable(d->authChain[i]->name()));
        }
    }
    if (!decided)
        outcome.allowed = d->settings.limits.allowAnonymous;
    countLogin(request, outcome);
    return outcome;
}

AuthOutcome AuthManager::authenticateAndWait(const AuthRequest &request)
{
    AuthOutcome outcome = authenticate(request);
    if (!outcome.pendingCheck)
        return outcome;
    const bool passed = outcome.pendingCheck();
    return completeAuthentication(request, std::move(outcome), passed);
}

AuthOutcome AuthManager::completeAuthentication(const AuthRequest &request, AuthOutcome pending,
                                                bool passed)
{
    AuthOutcome outcome = std::move(pending);
    outcome.pendingCheck = {};
    outcome.allowed = passed;
    if (!passed) {
        qCInfo(lcBrokerAuth, "client %s (%s) refused: wrong credentials",
               qPrintable(request.clientId), qPrintable(request.peerAddress.toString()));
    }
    countLogin(request, outcome);
    return outcome;
}

void AuthManager::countLogin(const AuthRequest &request, AuthOutcome &outcome)
{
    if (outcome.allowed) {
        outcome.reason = mqtt::ReasonCode::Success;
        d->limiter.recordSuccess(request.peerAddress);
    } else {
        d->limiter.recordFailure(request.peerAddress);
        outcome.delayMs = d->limiter.pendingDelay(request.peerAddress);
    }
}

bool AuthManager::authorize(const AclRequest &request) const
{
    // $SYS is the broker's: clients may read it (if the ACLs allow) but never write it.
    if (request.action == AclAction::Publish &&
        (request.topic == u"$SYS" || request.topic.startsWith(QLatin1String("$SYS/"))))
        return false;
    if (!d->settings.topicCheck.enabled)
        return true;
    // A shared subscription is checked by its inner filter [MQTT-4.8.2].
    std::optional<AclRequest> inner;
    if (request.action == AclAction::Subscribe) {
        if (auto shared = mqtt::parseSharedFilter(request.topic)) {
            inner = request;
            inner->topic = shared->filter;
        }
    }
    for (AuthPlugin *plugin : std::as_const(d->aclChain)) {
        const Decision decision = plugin->authorize(inner ? *inner : request);
        if (decision != Decision::Ignore)
            return decision == Decision::Allow;
    }
    return false;
}

bool AuthManager::checksDelivery() const
{
    return d->settings.topicCheck.enabled;
}

bool AuthManager::reload(QString *errorString)
{
    if (!d->configured) {
        *errorString = QStringLiteral("not configured");
        return false;
    }
    const BrokerSettings settings = d->settings;
    return configure(settings, errorString);
}

QStringList AuthManager::authenticationPlugins() const
{
    QStringList names;
    for (const AuthPlugin *plugin : std::as_const(d->authChain))
        names.append(plugin->name());
    return names;
}

QStringList AuthManager::authorizationPlugins() const
{
    QStringList names;
    for (const AuthPlugin *plugin : std::as_const(d->aclChain))
        names.append(plugin->name());
    return names;
}

} // namespace broker
