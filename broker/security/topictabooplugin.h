#pragma once

#include <broker/authplugin.h>

namespace broker::detail {

/// "topic_taboo": hbmqtt's sample topic plugin (hbmqtt.plugins.topic_checking.TopicTabooPlugin),
/// so that configurations naming it behave as they did there. The user `admin` may use every
/// topic; other users every topic but the taboo ones (`prohibited`, `top-secret`,
/// `data/classified`, compared literally as hbmqtt does); clients without a user name none.
/// It answers every request (Allow or Deny), so ACL plugins listed after it are not asked.
class TopicTabooPlugin final : public AuthPlugin
{
public:
    QString name() const override { return QStringLiteral("topic_taboo"); }
    bool configure(const BrokerSettings &, QString *) override { return true; }
    Decision authorize(const AclRequest &request) override;
};

} // namespace broker::detail
