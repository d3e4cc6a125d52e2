#include "aclfileplugin.h"

namespace broker::detail {

bool AclFilePlugin::configure(const BrokerSettings &settings, QString *errorString)
{
    if (settings.topicCheck.aclFile.isEmpty()) {
        *errorString = QStringLiteral("topic-check.acl-file: needed by plugin acl_file");
        return false;
    }
    return m_file.load(settings.topicCheck.aclFile, errorString);
}

} // namespace broker::detail
