#pragma once

#include <broker/broker_global.h>

#include <broker/authtypes.h>
#include <broker/brokersettings.h>

#include <QObject>
#include <QString>
#include <QtPlugin>

namespace broker {

/// Authentication and authorisation plugin. The built-in checks (anonymous access, password
/// file, `topic-check` ACL, mosquitto ACL file) implement it, and so can Qt plugins loaded
/// from BrokerSettings::pluginDir (the configuration's `plugin-dir`):
///
///   class MyPlugin : public QObject, public broker::AuthPlugin {
///       Q_OBJECT
///       Q_PLUGIN_METADATA(IID "org.mqttworkbench.AuthPlugin/1.0")
///       Q_INTERFACES(broker::AuthPlugin)
///   public:
///       QString name() const override { return "my-plugin"; }
///       ...
///   };
///
/// AuthManager asks each active plugin in order; the first Allow or Deny decides, Ignore
/// passes on. All calls come from the broker's thread, once per CONNECT / PUBLISH /
/// SUBSCRIBE / delivery, so they must be quick and must not block. A login that needs slow
/// work (a deliberately slow password hash, a remote lookup) answers AuthResult::allowIf: the
/// broker runs that work on a worker thread.
class MQTTBROKER_EXPORT AuthPlugin
{
public:
    virtual ~AuthPlugin() = default;

    /// The name used in the configuration's `auth.plugins` / `topic-check.plugins` lists and
    /// as the key of `plugin-options`.
    virtual QString name() const = 0;

    /// Called before use and again on every reload (SIGHUP), with the settings the
    /// AuthManager was configured from; a plugin's own options are
    /// `settings.pluginOptions.value(name())`. Returns false with a one-line English reason in
    /// `errorString` when the plugin cannot work with these settings; the previous
    /// configuration then stays active.
    virtual bool configure(const BrokerSettings &settings, QString *errorString) = 0;

    /// May this client connect? Default: no opinion.
    virtual AuthResult authenticate(const AuthRequest &request)
    {
        Q_UNUSED(request);
        return AuthResult::ignore();
    }

    /// May this client publish / subscribe / receive on this topic? Default: no opinion.
    virtual Decision authorize(const AclRequest &request)
    {
        Q_UNUSED(request);
        return Decision::Ignore;
    }
};

} // namespace broker

#define BROKER_AUTHPLUGIN_IID "org.mqttworkbench.AuthPlugin/1.0"
Q_DECLARE_INTERFACE(broker::AuthPlugin, BROKER_AUTHPLUGIN_IID)
