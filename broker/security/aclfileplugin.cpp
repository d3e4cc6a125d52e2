#include "aclfileplugin.h"

namespace broker::detail {

bool AclFilePlugin::configure(const BrokerConfig &config, QString *errorString)
{
    if (config.topicCheck.aclFile.isEmpty()) {
        *errorString = QStringLiteral("topic-check.acl-file: needed by plugin acl_file");
        return false;
    }
    return m_file.load(config.topicCheck.aclFile, errorString);
}

} // namespace broker::detail
