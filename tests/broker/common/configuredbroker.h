#pragma once

#include <broker/authmanager.h>
#include <broker/broker.h>
#include <broker/configloader.h>

#include <QFile>
#include <QString>

#include <memory>

/// An in-process Broker started the way `mqtt-workbench broker -c FILE` starts one: the YAML
/// text is written to `path`, loaded, its files validated, and the broker started with an
/// AuthManager built from it. errorString() says which step failed.
class ConfiguredBroker
{
public:
    ConfiguredBroker(const QString &path, const QByteArray &yaml)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size()) {
            m_error = QStringLiteral("cannot write ") + path;
            return;
        }
        file.close();
        const auto result = broker::ConfigLoader::load(path);
        if (!result.ok()) {
            m_error = result.error.toString();
            return;
        }
        if (const auto error = broker::ConfigLoader::validatePaths(result.settings, result.source);
            !error.message.isEmpty()) {
            m_error = error.toString();
            return;
        }
        broker::BrokerSettings settings = result.settings;
        settings.limits.sysInterval = 0;
        m_auth = std::make_shared<broker::AuthManager>();
        if (!m_auth->configure(settings, &m_error))
            return;
        m_broker = std::make_unique<broker::Broker>(settings);
        m_broker->setAuthManager(m_auth);
        if (!m_broker->start()) {
            m_error = m_broker->errorString();
            return;
        }
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    QString errorString() const { return m_error; }
    quint16 port(int listener = 0) const { return m_broker->listeningPorts().value(listener); }
    broker::Broker &broker() { return *m_broker; }
    broker::AuthManager &auth() { return *m_auth; }

private:
    std::shared_ptr<broker::AuthManager> m_auth;
    std::unique_ptr<broker::Broker> m_broker;
    QString m_error;
    bool m_ok = false;
};
