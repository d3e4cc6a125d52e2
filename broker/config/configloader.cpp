#include <broker/configloader.h>

#include "tlsmaterial.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <string>

namespace broker {

namespace {

using Handler = std::function<bool(const YAML::Node &value, const QString &key)>;
using Handlers = std::map<std::string, Handler>;

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

int lineAtOffset(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QString describe(const YAML::Node &node)
{
    if (node.IsScalar())
        return QStringLiteral("'%1'").arg(QString::fromStdString(node.Scalar()));
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a mapping");
    return QStringLiteral("nothing");
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

/// Other spellings of keys, as the seeds' programs read them: hbmqtt's code reads
/// `max_connections` and `sys_interval` where its documentation writes dashes. An alias is
/// stored (and reported) under the canonical name.
QString canonicalKey(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("max_connections"), QStringLiteral("max-connections")},
        {QStringLiteral("sys_interval"), QStringLiteral("sys-interval")},
        {QStringLiteral("timeout_disconnect_delay"), QStringLiteral("timeout-disconnect-delay")},
        {QStringLiteral("allow_anonymous"), QStringLiteral("allow-anonymous")},
        {QStringLiteral("password_file"), QStringLiteral("password-file")},
        {QStringLiteral("topic_check"), QStringLiteral("topic-check")},
    };
    return aliases.value(name, name);
}

/// Walks the node tree of one configuration file into a BrokerConfig. A problem is recorded
/// and the walk goes on with the next key, so that one run reports every error of the file;
/// a handler returns false when its part had an error.
class Parser
{
public:
    Parser(const QString &fileName, ConfigLoader::Result *result)
        : m_fileName(fileName), m_result(result), m_config(result->config),
          m_baseDir(QFileInfo(fileName).absoluteDir())
    {
    }

    bool parseRoot(const YAML::Node &root);

private:
    bool fail(const YAML::Node &node, const QString &key, const QString &message)
    {
        m_result->errors.append({m_fileName, lineOf(node), key, message});
        return false;
    }
    void warn(const YAML::Node &node, const QString &key, const QString &message)
    {
        m_result->warnings.append(ConfigError{m_fileName, lineOf(node), key, message}.toString());
    }

    bool walkMap(const YAML::Node &map, const QString &path, const Handlers &handlers);
    bool scalar(const YAML::Node &node, const QString &key, QString *out);
    bool boolean(const YAML::Node &node, const QString &key, bool *out);
    template <typename Int>
    bool integer(const YAML::Node &node, const QString &key, qint64 min, qint64 max, Int *out);
    bool path(const YAML::Node &node, const QString &key, QString *out);
    bool stringList(const YAML::Node &node, const QString &key, QStringList *out);
    bool bind(const YAML::Node &node, const QString &key, ListenerConfig *listener, bool *hasPort);
    bool listeners(const YAML::Node &node, const QString &key);
    /// hasBind / hasPort: whether `bind` / its port part were given.
    bool listener(const YAML::Node &node, const QString &key, ListenerConfig *listener,
                  bool *hasBind, bool *hasPort);
    QVariant toVariant(const YAML::Node &node);

    QString m_fileName;
    ConfigLoader::Result *m_result;
    BrokerConfig &m_config;
    QDir m_baseDir;
};

bool Parser::walkMap(const YAML::Node &map, const QString &path, const Handlers &handlers)
{
    if (map.IsNull())
        return true;
    if (!map.IsMap())
        return fail(map, path, QStringLiteral("expected a mapping, got %1").arg(describe(map)));
    QSet<QString> seen;
    bool ok = true;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString written = QString::fromStdString(it->first.Scalar());
        const QString name =
            handlers.count(written.toStdString()) ? written : canonicalKey(written);
        const QString key = join(path, name);
        const auto handler = handlers.find(name.toStdString());
        if (handler == handlers.end()) {
            QStringList known;
            for (const auto &[knownName, unused] : handlers)
                known.append(QString::fromStdString(knownName));
            ok = fail(it->first, join(path, written),
                      QStringLiteral("unknown key (expected one of: %1)").arg(known.join(", ")));
            continue;
        }
        if (seen.contains(name))
            warn(it->first, key, QStringLiteral("duplicate key, the last one wins"));
        seen.insert(name);
        m_config.keyLines.insert(key, lineOf(it->first));
        if (!handler->second(it->second, key))
            ok = false;
    }
    return ok;
}

bool Parser::scalar(const YAML::Node &node, const QString &key, QString *out)
{
    if (!node.IsScalar())
        return fail(node, key, QStringLiteral("expected a string, got %1").arg(describe(node)));
    *out = QString::fromStdString(node.Scalar());
    return true;
}

bool Parser::boolean(const YAML::Node &node, const QString &key, bool *out)
{
    QString text;
    if (!scalar(node, key, &text))
        return false;
    const QString word = text.trimmed().toLower();
    static const QStringList yes = {"true", "on", "yes", "1"};
    static const QStringList no = {"false", "off", "no", "0"};
    if (yes.contains(word)) {
        *out = true;
    } else if (no.contains(word)) {
        *out = false;
    } else if (QRegularExpression(QStringLiteral("^true\\s*/\\s*false$")).match(word).hasMatch()) {
        // The seeds' sample writes both choices; it must load as-is, so keep the default.
        warn(node, key,
             QStringLiteral("'%1' is a placeholder, using the default (%2)")
                 .arg(text, *out ? QStringLiteral("true") : QStringLiteral("false")));
    } else {
        return fail(node, key,
                    QStringLiteral("expected true/false (or on/off, yes/no), got '%1'").arg(text));
    }
    return true;
}

template <typename Int>
bool Parser::integer(const YAML::Node &node, const QString &key, qint64 min, qint64 max, Int *out)
{
    QString text;
    if (!scalar(node, key, &text))
        return false;
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return fail(node, key,
                    QStringLiteral("expected an integer from %1 to %2, got '%3'")
                        .arg(min)
                        .arg(max)
                        .arg(text));
    *out = Int(value);
    return true;
}

bool Parser::path(const YAML::Node &node, const QString &key, QString *out)
{
    QString text;
    if (!scalar(node, key, &text))
        return false;
    if (text.isEmpty())
        return fail(node, key, QStringLiteral("expected a path, got ''"));
    *out = QDir::cleanPath(m_baseDir.absoluteFilePath(text));
    return true;
}

bool Parser::stringList(const YAML::Node &node, const QString &key, QStringList *out)
{
    out->clear();
    if (node.IsNull())
        return true;
    if (node.IsScalar()) {
        out->append(QString::fromStdString(node.Scalar()));
        return true;
    }
    if (!node.IsSequence())
        return fail(node, key, QStringLiteral("expected a list, got %1").arg(describe(node)));
    for (const YAML::Node &item : node) {
        if (!item.IsScalar())
            return fail(
                item, key,
                QStringLiteral("expected a list of strings, got %1 in it").arg(describe(item)));
        out->append(QString::fromStdString(item.Scalar()));
    }
    return true;
}

bool Parser::bind(const YAML::Node &node, const QString &key, ListenerConfig *listener,
                  bool *hasPort)
{
    QString text;
    if (!scalar(node, key, &text))
        return false;
    text = text.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || (close + 1 < text.size() && text[close + 1] != u':'))
            return fail(node, key,
                        QStringLiteral("expected host:port or [ipv6]:port, got '%1'").arg(text));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    listener->bindHost = host;
    if (port.isEmpty())
        return true;
    bool ok = false;
    const uint value = port.toUInt(&ok);
    if (!ok || value > 65535)
        return fail(node, key, QStringLiteral("port must be from 0 to 65535, got '%1'").arg(port));
    listener->port = quint16(value);
    *hasPort = true;
    return true;
}

bool Parser::listener(const YAML::Node &node, const QString &key, ListenerConfig *l, bool *hasBind,
                      bool *hasPort)
{
    return walkMap(
        node, key,
        {{"bind",
          [&](const YAML::Node &v, const QString &k) {
              *hasBind = true;
              return bind(v, k, l, hasPort);
          }},
         {"max-connections",
          [&](const YAML::Node &v, const QString &k) {
              return integer(v, k, 0, INT_MAX, &l->maxConnections);
          }},
         {"type",
          [&](const YAML::Node &v, const QString &k) {
              QString type;
              if (!scalar(v, k, &type))
                  return false;
              if (type == u"tcp")
                  l->type = ListenerConfig::Type::Tcp;
              else if (type == u"ws")
                  l->type = ListenerConfig::Type::WebSocket;
              else
                  return fail(v, k, QStringLiteral("expected tcp or ws, got '%1'").arg(type));
              return true;
          }},
         {"ssl", [&](const YAML::Node &v, const QString &k) { return boolean(v, k, &l->ssl); }},
         {"cafile", [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->caFile); }},
         {"capath", [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->caPath); }},
         {"cadata",
          [&](const YAML::Node &v, const QString &k) { return scalar(v, k, &l->caData); }},
         {"certfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->certFile); }},
         {"keyfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->keyFile); }},
         {"require-certificate",
          [&](const YAML::Node &v, const QString &k) {
              return boolean(v, k, &l->requireCertificate);
          }},
         {"use-identity-as-username",
          [&](const YAML::Node &v, const QString &k) {
              return boolean(v, k, &l->useIdentityAsUsername);
          }},
         {"websocket-allow-no-subprotocol", [&](const YAML::Node &v, const QString &k) {
              return boolean(v, k, &l->webSocketAllowNoSubprotocol);
          }}});
}

bool Parser::listeners(const YAML::Node &node, const QString &key)
{
    if (!node.IsMap())
        return fail(node, key, QStringLiteral("expected a mapping, got %1").arg(describe(node)));
    // `default` is the base of every other entry, wherever it is written.
    ListenerConfig base;
    bool defaultHasBind = false;
    bool defaultHasPort = false;
    bool ok = true;
    if (const YAML::Node defaults = node["default"]) {
        base.name = QStringLiteral("default");
        ok = listener(defaults, join(key, "default"), &base, &defaultHasBind, &defaultHasPort);
    }
    QList<ListenerConfig> result;
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = QString::fromStdString(it->first.Scalar());
        if (seen.contains(name))
            warn(it->first, join(key, name),
                 QStringLiteral("duplicate listener, the last one wins"));
        seen.insert(name);
        m_config.keyLines.insert(join(key, name), lineOf(it->first));
        ListenerConfig l = base;
        bool hasBind = defaultHasBind;
        bool hasPort = defaultHasPort;
        if (name == u"default" && !ok)
            continue; // its errors are reported already
        if (name != u"default") {
            l.name = name;
            l.bindHost.clear(); // `bind` is not inherited: two listeners cannot share it
            hasBind = false;
            hasPort = false;
            if (!listener(it->second, join(key, name), &l, &hasBind, &hasPort)) {
                ok = false;
                continue;
            }
        }
        if (!hasBind)
            continue; // a template, not a listener
        if (l.ssl && (l.certFile.isEmpty() || l.keyFile.isEmpty())) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("ssl listeners need certfile and keyfile"));
            continue;
        }
        if ((l.requireCertificate || l.useIdentityAsUsername) && !l.ssl) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("require-certificate and use-identity-as-username need "
                                     "ssl: on"));
            continue;
        }
        if ((l.requireCertificate || l.useIdentityAsUsername) && l.caFile.isEmpty() &&
            l.caPath.isEmpty() && l.caData.isEmpty()) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("require-certificate and use-identity-as-username need "
                                     "cafile, capath or cadata to verify client certificates"));
            continue;
        }
        if (!hasPort) {
            const bool ws = l.type == ListenerConfig::Type::WebSocket;
            l.port = l.ssl ? (ws ? 8443 : 8883) : (ws ? 8080 : 1883);
        }
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](const ListenerConfig &o) { return o.name == name; }),
                     result.end());
        result.append(l);
    }
    if (!ok)
        return false;
    if (result.isEmpty())
        return fail(node, key, QStringLiteral("no listener to start: give one a bind address"));
    m_config.listeners = result;
    return true;
}

QVariant Parser::toVariant(const YAML::Node &node)
{
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    if (node.IsMap()) {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(QString::fromStdString(it->first.Scalar()), toVariant(it->second));
        return map;
    }
    return {};
}

bool Parser::parseRoot(const YAML::Node &root)
{
    BrokerConfig &c = m_config;
    const bool hadListeners = root.IsMap() && root["listeners"];
    const bool ok = walkMap(
        root, QString(),
        {{"listeners", [&](const YAML::Node &v, const QString &k) { return listeners(v, k); }},
         {"timeout-disconnect-delay",
          [&](const YAML::Node &v, const QString &k) {
              return integer(v, k, 0, 86400, &c.timeoutDisconnectDelay);
          }},
         {"auth",
          [&](const YAML::Node &v, const QString &k) {
              return walkMap(
                  v, k,
                  {{"plugins",
                    [&](const YAML::Node &v, const QString &k) {
                        c.auth.pluginsSet = true;
                        return stringList(v, k, &c.auth.plugins);
                    }},
                   {"allow-anonymous",
                    [&](const YAML::Node &v, const QString &k) {
                        return boolean(v, k, &c.auth.allowAnonymous);
                    }},
                   {"password-file",
                    [&](const YAML::Node &v, const QString &k) {
                        return path(v, k, &c.auth.passwordFile);
                    }},
                   {"failed-login-free-attempts",
                    [&](const YAML::Node &v, const QString &k) {
                        return integer(v, k, 0, 1000000, &c.auth.failedLoginFreeAttempts);
                    }},
                   {"failed-login-delay",
                    [&](const YAML::Node &v, const QString &k) {
                        return integer(v, k, 0, 3600000, &c.auth.failedLoginDelayMs);
                    }},
                   {"failed-login-max-delay", [&](const YAML::Node &v, const QString &k) {
                        return integer(v, k, 0, 3600000, &c.auth.failedLoginMaxDelayMs);
                    }}});
          }},
         {"topic-check",
          [&](const YAML::Node &v, const QString &k) {
              return walkMap(
                  v, k,
                  {{"enabled",
                    [&](const YAML::Node &v, const QString &k) {
                        return boolean(v, k, &c.topicCheck.enabled);
                    }},
                   {"plugins",
                    [&](const YAML::Node &v, const QString &k) {
                        c.topicCheck.pluginsSet = true;
                        return stringList(v, k, &c.topicCheck.plugins);
                    }},
                   {"acl",
                    [&](const YAML::Node &v, const QString &k) {
                        c.topicCheck.aclSet = true;
                        c.topicCheck.acl.clear();
                        if (v.IsNull())
                            return true;
                        if (!v.IsMap())
                            return fail(v, k,
                                        QStringLiteral("expected a mapping of user to topics, "
                                                       "got %1")
                                            .arg(describe(v)));
                        bool aclOk = true;
                        for (auto it = v.begin(); it != v.end(); ++it) {
                            const QString user = QString::fromStdString(it->first.Scalar());
                            QStringList filters;
                            if (stringList(it->second, join(k, user), &filters))
                                c.topicCheck.acl.insert(user, filters);
                            else
                                aclOk = false;
                        }
                        return aclOk;
                    }},
                   {"acl-file", [&](const YAML::Node &v, const QString &k) {
                        return path(v, k, &c.topicCheck.aclFile);
                    }}});
          }},
         {"limits",
          [&](const YAML::Node &v, const QString &k) {
              LimitsConfig &l = c.limits;
              return walkMap(v, k,
                             {{"max-queued-messages",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, INT_MAX, &l.maxQueuedMessages);
                               }},
                              {"back-pressure-queued-messages",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, INT_MAX, &l.backPressureQueuedMessages);
                               }},
                              {"back-pressure-queued-bytes",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, std::numeric_limits<qint64>::max(),
                                                  &l.backPressureQueuedBytes);
                               }},
                              {"slow-consumer-timeout",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, 86400, &l.slowConsumerTimeout);
                               }},
                              {"max-outgoing-buffer",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 1024, std::numeric_limits<qint64>::max(),
                                                  &l.maxOutgoingBuffer);
                               }},
                              {"refuse-takeover-by-other-user",
                               [&](const YAML::Node &v, const QString &k) {
                                   return boolean(v, k, &l.refuseTakeoverByOtherUser);
                               }},
                              {"max-queued-bytes",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, std::numeric_limits<qint64>::max(),
                                                  &l.maxQueuedBytes);
                               }},
                              {"max-inflight",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 1, 65535, &l.maxInflight);
                               }},
                              {"receive-maximum",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 1, 65535, &l.receiveMaximum);
                               }},
                              {"max-packet-size",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 2, 268435460, &l.maxPacketSize);
                               }},
                              {"max-keepalive", [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, 65535, &l.maxKeepAlive);
                               }}});
          }},
         {"persistence",
          [&](const YAML::Node &v, const QString &k) {
              PersistenceConfig &p = c.persistence;
              return walkMap(
                  v, k,
                  {{"enabled", [&](const YAML::Node &v,
                                   const QString &k) { return boolean(v, k, &p.enabled); }},
                   {"file",
                    [&](const YAML::Node &v, const QString &k) { return path(v, k, &p.file); }},
                   {"mode", [&](const YAML::Node &v, const QString &k) {
                        QString mode;
                        if (!scalar(v, k, &mode))
                            return false;
                        if (mode == u"durable")
                            p.mode = PersistenceConfig::Mode::Durable;
                        else if (mode == u"relaxed")
                            p.mode = PersistenceConfig::Mode::Relaxed;
                        else
                            return fail(
                                v, k,
                                QStringLiteral("expected durable or relaxed, got '%1'").arg(mode));
                        return true;
                    }}});
          }},
         {"sys-interval",
          [&](const YAML::Node &v, const QString &k) {
              return integer(v, k, 0, 86400, &c.sysInterval);
          }},
         {"plugin-dir",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &c.pluginDir); }},
         {"plugins",
          [&](const YAML::Node &v, const QString &k) {
              // hbmqtt's default_broker.yaml lists its plugins at the top level, where hbmqtt
              // itself does not read them (every installed plugin is loaded).
              QStringList names;
              if (!stringList(v, k, &names))
                  return false;
              warn(v, k,
                   QStringLiteral("ignored, as hbmqtt ignores it: auth.plugins and "
                                  "topic-check.plugins choose the plugins"));
              return true;
          }},
         {"plugin-options", [&](const YAML::Node &v, const QString &k) {
              if (!v.IsMap() && !v.IsNull())
                  return fail(v, k,
                              QStringLiteral("expected a mapping of plugin name to options, got %1")
                                  .arg(describe(v)));
              c.pluginOptions = toVariant(v).toMap();
              return true;
          }}});
    if (!ok)
        return false;
    if (!hadListeners) {
        ListenerConfig l;
        l.name = QStringLiteral("default");
        l.port = 1883;
        c.listeners.append(l);
    }
    if (!c.persistence.file.isEmpty() && QFileInfo(c.persistence.file).isRelative())
        c.persistence.file = m_baseDir.absoluteFilePath(c.persistence.file);
    // Settings that would be silently unused deserve a word.
    if (!c.auth.passwordFile.isEmpty() && c.auth.pluginsSet &&
        !c.auth.plugins.contains("auth.file") && !c.auth.plugins.contains("auth_file"))
        warn(root["auth"]["password-file"], QStringLiteral("auth.password-file"),
             QStringLiteral("not used: auth.plugins does not list auth.file"));
    if (!c.topicCheck.aclFile.isEmpty() && c.topicCheck.pluginsSet &&
        !c.topicCheck.plugins.contains("acl_file") && !c.topicCheck.plugins.contains("acl.file"))
        warn(root["topic-check"]["acl-file"], QStringLiteral("topic-check.acl-file"),
             QStringLiteral("not used: topic-check.plugins does not list acl_file"));
    return true;
}

ConfigLoader::Format detectFormat(const QString &fileName, const QByteArray &text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json")
        return ConfigLoader::Format::Json;
    if (suffix == u"yaml" || suffix == u"yml")
        return ConfigLoader::Format::Yaml;
    return text.trimmed().startsWith('{') ? ConfigLoader::Format::Json : ConfigLoader::Format::Yaml;
}

} // namespace

ConfigLoader::Result ConfigLoader::load(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = {path, 0, QString(),
                        QStringLiteral("cannot read: %1").arg(file.errorString())};
        result.errors = {result.error};
        return result;
    }
    return parse(file.readAll(), path, format);
}

ConfigLoader::Result ConfigLoader::parse(const QByteArray &text, const QString &fileName,
                                         Format format)
{
    Result result;
    const auto finish = [&result] {
        if (result.errors.isEmpty())
            return result;
        std::stable_sort(
            result.errors.begin(), result.errors.end(),
            [](const ConfigError &a, const ConfigError &b) { return a.line < b.line; });
        result.error = result.errors.first();
        result.config = BrokerConfig(); // nothing half-applied
        return result;
    };
    if (format == Format::Auto)
        format = detectFormat(fileName, text);
    if (format == Format::Json) {
        // yaml-cpp reads JSON too (and keeps key order and line numbers), but its messages
        // for broken JSON are YAML's; check the JSON grammar first.
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            result.errors.append({fileName, lineAtOffset(text, error.offset), QString(),
                                  QStringLiteral("invalid JSON: %1").arg(error.errorString())});
            return finish();
        }
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        result.errors.append(
            {fileName, e.mark.is_null() ? 0 : e.mark.line + 1, QString(),
             QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg))});
        return finish();
    }
    result.config.sourceFile = fileName;
    Parser parser(fileName, &result);
    try {
        parser.parseRoot(root);
    } catch (const YAML::Exception &e) { // e.g. a mapping used as a key
        result.errors.append(
            {fileName, e.mark.is_null() ? 0 : e.mark.line + 1, QString(),
             QStringLiteral("invalid configuration: %1").arg(QString::fromStdString(e.msg))});
    }
    return finish();
}

ConfigError ConfigLoader::validatePaths(const BrokerConfig &config)
{
    return validateAllPaths(config).value(0);
}

QList<ConfigError> ConfigLoader::validateAllPaths(const BrokerConfig &config)
{
    auto error = [&](const QString &key, const QString &message) {
        return ConfigError{config.sourceFile, config.keyLines.value(key), key, message};
    };
    auto checkFile = [&](const QString &key, const QString &path) -> ConfigError {
        if (path.isEmpty())
            return {};
        const QFileInfo info(path);
        if (!info.exists())
            return error(key, QStringLiteral("file %1 not found").arg(path));
        if (!info.isFile())
            return error(key, QStringLiteral("%1 is not a file").arg(path));
        if (!info.isReadable())
            return error(key, QStringLiteral("file %1 is not readable").arg(path));
        return {};
    };
    auto checkDir = [&](const QString &key, const QString &path) -> ConfigError {
        if (!path.isEmpty() && !QFileInfo(path).isDir())
            return error(key, QStringLiteral("directory %1 not found").arg(path));
        return {};
    };
    QList<std::function<ConfigError()>> checks;
    for (const ListenerConfig &l : config.listeners) {
        const QString prefix = QStringLiteral("listeners.") + l.name + u'.';
        checks.append([=] { return checkFile(prefix + "cafile", l.caFile); });
        checks.append([=] { return checkDir(prefix + "capath", l.caPath); });
        checks.append([=] { return checkFile(prefix + "certfile", l.certFile); });
        checks.append([=] { return checkFile(prefix + "keyfile", l.keyFile); });
    }
    // Then their contents, so that a listener never fails half-way through starting.
    for (const ListenerConfig &l : config.listeners) {
        if (!l.ssl)
            continue;
        const QString prefix = QStringLiteral("listeners.") + l.name + u'.';
        auto tlsCheck = [=](const char *key, const std::function<QString()> &load) {
            return [=]() -> ConfigError {
                const QString message = load();
                return message.isEmpty() ? ConfigError{} : error(prefix + key, message);
            };
        };
        QList<QSslCertificate> certificates;
        QSslKey privateKey;
        checks.append(tlsCheck("certfile", [=]() mutable {
            return detail::loadCertificateChain(l.certFile, &certificates);
        }));
        checks.append(tlsCheck(
            "keyfile", [=]() mutable { return detail::loadPrivateKey(l.keyFile, &privateKey); }));
        checks.append(tlsCheck(
            "keyfile", [=] { return detail::checkKeyMatchesCertificate(l.certFile, l.keyFile); }));
        if (!l.caFile.isEmpty()) {
            checks.append(tlsCheck(
                "cafile", [=]() mutable { return detail::loadCaFile(l.caFile, &certificates); }));
        }
        if (!l.caData.isEmpty()) {
            checks.append(tlsCheck("cadata", [=]() mutable {
                return detail::loadCaData(l.caData.toUtf8(), &certificates);
            }));
        }
    }
    checks.append([&] { return checkFile("auth.password-file", config.auth.passwordFile); });
    checks.append([&] { return checkFile("topic-check.acl-file", config.topicCheck.aclFile); });
    checks.append([&] { return checkDir("plugin-dir", config.pluginDir); });
    if (config.persistence.enabled) {
        checks.append([&] {
            return checkDir("persistence.file", QFileInfo(config.persistence.file).absolutePath());
        });
    }
    // Every problem, but one per key: a file that is missing is not also reported as empty.
    QList<ConfigError> errors;
    QSet<QString> keysInError;
    for (const auto &check : checks) {
        ConfigError e = check();
        if (e.message.isEmpty() || keysInError.contains(e.key))
            continue;
        keysInError.insert(e.key);
        errors.append(e);
    }
    return errors;
}

} // namespace broker
