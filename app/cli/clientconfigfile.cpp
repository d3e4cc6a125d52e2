#include "clientconfigfile.h"

#include <mqttcore/topic.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <map>
#include <string>

namespace cli {

namespace {

/// Thrown inside the walk and caught in load(); never leaves this file.
struct ConfigProblem
{
    int line;
    QString key;
    QString message;
};

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

[[noreturn]] void problem(const YAML::Node &node, const QString &key, const QString &message)
{
    throw ConfigProblem{lineOf(node), key, message};
}

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar())
        problem(node, key, ClientConfigFile::tr("expected a value, got a list or mapping"));
    return QString::fromStdString(node.Scalar());
}

bool boolean(const YAML::Node &node, const QString &key)
{
    const QString word = scalar(node, key).trimmed().toLower();
    if (word == u"true" || word == u"on" || word == u"yes" || word == u"1")
        return true;
    if (word == u"false" || word == u"off" || word == u"no" || word == u"0")
        return false;
    problem(node, key, ClientConfigFile::tr("expected true or false, got '%1'").arg(word));
}

qint64 integer(const YAML::Node &node, const QString &key, qint64 minimum, qint64 maximum)
{
    const QString text = scalar(node, key).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        problem(node, key,
                ClientConfigFile::tr("expected an integer from %1 to %2, got '%3'")
                    .arg(minimum)
                    .arg(maximum)
                    .arg(text));
    return value;
}

mqtt::QoS qos(const YAML::Node &node, const QString &key)
{
    const QString text = scalar(node, key).trimmed();
    if (text != u"0" && text != u"1" && text != u"2")
        // translate(), not tr(): lupdate loses the class scope after "mqtt::QoS qos(".
        problem(node, key,
                QCoreApplication::translate("cli::ClientConfigFile", "expected 0, 1 or 2, got '%1'")
                    .arg(text));
    return mqtt::QoS(text.toInt());
}

using Handler = std::function<void(const YAML::Node &value, const QString &key)>;

void walk(const YAML::Node &map, const QString &path, const std::map<std::string, Handler> &keys)
{
    if (map.IsNull())
        return;
    if (!map.IsMap())
        problem(map, path, ClientConfigFile::tr("expected a mapping"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString name = QString::fromStdString(it->first.Scalar());
        const QString key = path.isEmpty() ? name : path + u'.' + name;
        const auto handler = keys.find(it->first.Scalar());
        if (handler == keys.end()) {
            QStringList known;
            for (const auto &[knownName, unused] : keys)
                known.append(QString::fromStdString(knownName));
            problem(it->first, key,
                    ClientConfigFile::tr("unknown key (expected one of: %1)")
                        .arg(known.join(QLatin1String(", "))));
        }
        handler->second(it->second, key);
    }
}

} // namespace

bool ClientConfigFile::load(const QString &path, mqtt::ConnectOptions *options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QDir baseDir = QFileInfo(path).absoluteDir();
    const auto filePath = [&](const YAML::Node &node, const QString &key) {
        return QDir::cleanPath(baseDir.absoluteFilePath(scalar(node, key)));
    };
    mqtt::ConnectOptions result = *options;
    std::optional<mqtt::Will> will;
    struct TopicEntry
    {
        QString filter;
        std::optional<mqtt::QoS> qos;
        std::optional<bool> retain;
    };
    QList<TopicEntry> topics;
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        walk(root, {},
             {{"keep_alive",
               [&](const YAML::Node &v, const QString &k) {
                   result.keepAlive = quint16(integer(v, k, 0, 65535));
               }},
              {"ping_delay",
               [&](const YAML::Node &v, const QString &k) { integer(v, k, 0, 65535); }},
              {"default_qos",
               [&](const YAML::Node &v, const QString &k) { result.defaultQoS = qos(v, k); }},
              {"default_retain", [&](const YAML::Node &v,
                                     const QString &k) { result.defaultRetain = boolean(v, k); }},
              {"auto_reconnect",
               [&](const YAML::Node &v, const QString &k) { autoReconnect = boolean(v, k); }},
              {"reconnect_max_interval",
               [&](const YAML::Node &v, const QString &k) {
                   result.reconnect.maxDelayMs = int(integer(v, k, 0, 86400) * 1000);
                   result.reconnect.initialDelayMs =
                       std::min(result.reconnect.initialDelayMs, result.reconnect.maxDelayMs);
               }},
              {"reconnect_retries",
               [&](const YAML::Node &v, const QString &k) {
                   const qint64 retries = integer(v, k, INT_MIN, INT_MAX);
                   result.reconnect.maxRetries = retries < 0 ? -1 : int(retries);
               }},
              {"cleansession",
               [&](const YAML::Node &v, const QString &k) { result.cleanStart = boolean(v, k); }},
              {"will",
               [&](const YAML::Node &v, const QString &k) {
                   mqtt::Will w;
                   walk(v, k,
                        {{"topic",
                          [&](const YAML::Node &v, const QString &k) {
                              w.topic = scalar(v, k);
                              if (!mqtt::isValidTopicName(w.topic))
                                  problem(v, k, tr("invalid topic '%1'").arg(w.topic));
                          }},
                         {"message", [&](const YAML::Node &v,
                                         const QString &k) { w.payload = scalar(v, k).toUtf8(); }},
                         {"qos", [&](const YAML::Node &v, const QString &k) { w.qos = qos(v, k); }},
                         {"retain", [&](const YAML::Node &v, const QString &k) {
                              w.retain = boolean(v, k);
                          }}});
                   if (w.topic.isEmpty())
                       problem(v, k, tr("a will needs a topic"));
                   will = w;
               }},
              {"broker",
               [&](const YAML::Node &v, const QString &k) {
                   walk(v, k,
                        {{"uri",
                          [&](const YAML::Node &v, const QString &k) {
                              QString message;
                              if (!result.applyUrl(scalar(v, k), &message))
                                  problem(v, k, message);
                          }},
                         {"cafile", [&](const YAML::Node &v,
                                        const QString &k) { result.tls.caFile = filePath(v, k); }},
                         {"capath", [&](const YAML::Node &v,
                                        const QString &k) { result.tls.caPath = filePath(v, k); }},
                         {"cadata", [&](const YAML::Node &v, const QString &k) {
                              result.tls.caData = scalar(v, k).toUtf8();
                          }}});
               }},
              {"topics",
               [&](const YAML::Node &v, const QString &k) {
                   if (!v.IsMap())
                       problem(v, k, tr("expected a mapping of topic to {qos, retain}"));
                   for (auto it = v.begin(); it != v.end(); ++it) {
                       TopicEntry entry;
                       entry.filter = QString::fromStdString(it->first.Scalar());
                       const QString topicKey = k + u'.' + entry.filter;
                       if (!mqtt::isValidTopicFilter(entry.filter))
                           problem(it->first, topicKey, tr("invalid topic"));
                       walk(it->second, topicKey,
                            {{"qos", [&](const YAML::Node &v,
                                         const QString &k) { entry.qos = qos(v, k); }},
                             {"retain", [&](const YAML::Node &v, const QString &k) {
                                  entry.retain = boolean(v, k);
                              }}});
                       topics.append(entry);
                   }
               }},
              {"codec",
               [&](const YAML::Node &v, const QString &k) {
                   warnings.append(
                       tr("%1:%2: %3: ignored; use --format").arg(path).arg(lineOf(v)).arg(k));
               }},
              {"codec_params", [&](const YAML::Node &, const QString &) {}}});
    } catch (const ConfigProblem &p) {
        *error = tr("%1:%2: %3: %4").arg(path).arg(p.line).arg(p.key, p.message);
        return false;
    } catch (const YAML::Exception &e) {
        *error = tr("%1:%2: invalid YAML: %3")
                     .arg(path)
                     .arg(e.mark.is_null() ? 0 : e.mark.line + 1)
                     .arg(QString::fromStdString(e.msg));
        return false;
    }
    if (will)
        result.will = will;
    // What a `topics` entry leaves out comes from default_qos / default_retain, wherever in
    // the file those are written.
    for (const TopicEntry &entry : std::as_const(topics))
        result.topicDefaults.append({entry.filter, entry.qos.value_or(result.defaultQoS),
                                     entry.retain.value_or(result.defaultRetain)});
    *options = result;
    return true;
}

} // namespace cli
