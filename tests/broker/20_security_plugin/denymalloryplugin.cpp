#include <broker/authplugin.h>

#include <QStringList>

/// Test plugin: refuses one user (default "mallory", or plugin-options.deny-mallory.who) and
/// any publish under "forbidden/"; has no opinion on anything else.
class DenyMalloryPlugin : public QObject, public broker::AuthPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BROKER_AUTHPLUGIN_IID)
    Q_INTERFACES(broker::AuthPlugin)

public:
    QString name() const override { return QStringLiteral("deny-mallory"); }

    bool configure(const broker::BrokerSettings &settings, QString *errorString) override
    {
        const QVariantMap options = settings.pluginOptions.value(name()).toMap();
        m_denied = options.value(QStringLiteral("who"), QStringLiteral("mallory")).toString();
        if (m_denied.isEmpty()) {
            *errorString = QStringLiteral("plugin-options.deny-mallory.who: must not be empty");
            return false;
        }
        return true;
    }

    broker::AuthResult authenticate(const broker::AuthRequest &request) override
    {
        if (request.userName == m_denied)
            return broker::AuthResult::deny(mqtt::ReasonCode::NotAuthorized);
        return broker::AuthResult::ignore();
    }

    broker::Decision authorize(const broker::AclRequest &request) override
    {
        if (request.action == broker::AclAction::Publish &&
            request.topic.startsWith(QLatin1String("forbidden/")))
            return broker::Decision::Deny;
        return broker::Decision::Ignore;
    }

private:
    QString m_denied;
};

#include "denymalloryplugin.moc"
