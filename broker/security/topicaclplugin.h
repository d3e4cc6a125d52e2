#pragma once

#include <broker/authplugin.h>

#include <QHash>
#include <QStringList>

namespace broker::detail {

/// "topic_acl": the seeds' `topic-check.acl` map. A user (or `anonymous` for clients without
/// a user name) may publish to, subscribe to and receive the topics its filters cover. Anything
/// else is left to the next plugin (and denied when no plugin allows it).
class TopicAclPlugin final : public AuthPlugin
{
public:
    QString name() const override { return QStringLiteral("topic_acl"); }
    bool configure(const BrokerSettings &settings, QString *errorString) override;
    Decision authorize(const AclRequest &request) override;

private:
    QHash<QString, QStringList> m_acl;
};

} // namespace broker::detail
