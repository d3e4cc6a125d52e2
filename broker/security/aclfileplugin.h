#pragma once

#include <broker/aclfile.h>
#include <broker/authplugin.h>

namespace broker::detail {

/// "acl_file": the mosquitto-format ACL file named by `topic-check.acl-file`.
class AclFilePlugin final : public AuthPlugin
{
public:
    QString name() const override { return QStringLiteral("acl_file"); }
    bool configure(const BrokerSettings &settings, QString *errorString) override;
    Decision authorize(const AclRequest &request) override { return m_file.check(request); }

private:
    AclFile m_file;
};

} // namespace broker::detail
