#include "topicaclplugin.h"

#include "aclmatch.h"

namespace broker::detail {

bool TopicAclPlugin::configure(const BrokerSettings &settings, QString *)
{
    m_acl = settings.topicCheck.acl;
    return true;
}

Decision TopicAclPlugin::authorize(const AclRequest &request)
{
    const auto it = m_acl.constFind(request.userName.value_or(QStringLiteral("anonymous")));
    if (it == m_acl.cend())
        return Decision::Ignore;
    for (const QString &filter : *it) {
        if (filterCovers(filter, request.topic))
            return Decision::Allow;
    }
    return Decision::Ignore;
}

} // namespace broker::detail
