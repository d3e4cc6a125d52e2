// validateBridgeTopic (brokersettings.h): here, beside the configuration loader that reports
// its problems with file and line; the bridge checks its settings with it too.
#include <broker/brokersettings.h>

#include <mqttcore/topic.h>

namespace broker {

QString validateBridgeTopic(const BridgeTopic &topic)
{
    if (topic.pattern.isEmpty())
        return QStringLiteral("the pattern is empty");
    for (const QString &prefix : {topic.localPrefix, topic.remotePrefix}) {
        if (mqtt::hasWildcards(prefix))
            return QStringLiteral("a prefix may not contain '+' or '#' ('%1')").arg(prefix);
    }
    if (topic.pattern.startsWith(u"$share/"))
        return QStringLiteral("a shared subscription cannot be bridged ('%1')").arg(topic.pattern);
    if (!mqtt::isValidTopicFilter(topic.localPrefix + topic.pattern) ||
        !mqtt::isValidTopicFilter(topic.remotePrefix + topic.pattern))
        return QStringLiteral("'%1' is not a valid topic filter").arg(topic.pattern);
    return {};
}

} // namespace broker
