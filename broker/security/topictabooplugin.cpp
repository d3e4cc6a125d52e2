#include "topictabooplugin.h"

namespace broker::detail {

Decision TopicTabooPlugin::authorize(const AclRequest &request)
{
    static const QStringList taboo = {QStringLiteral("prohibited"), QStringLiteral("top-secret"),
                                      QStringLiteral("data/classified")};
    if (!request.userName || request.userName->isEmpty())
        return Decision::Deny;
    if (*request.userName != u"admin" && taboo.contains(request.topic))
        return Decision::Deny;
    return Decision::Allow;
}

} // namespace broker::detail
