#include <broker/configloader.h>

#include "tlsmaterial.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
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

/// Walks the node tree of one configuration file into BrokerSettings. A problem is recorded
/// and the walk goes on with the next key, so that one run reports every error of the file;
/// a handler returns false when its part had an error.
class Parser
{
public:
    Parser(const QString &fileName, ConfigLoader::Result *result)
        : m_fileName(fileName), m_result(result), m_settings(result->settings),
          m_keyLines(result->source.keyLines), m_baseDir(QFileInfo(fileName).absoluteDir())
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
    /// An integer number of seconds, stored in milliseconds.
    bool seconds(const YAML::Node &node, const QString &key, int min, int max, int *outMs);
    bool bind(const YAML::Node &node, const QString &key, ListenerSettings *listener,
              bool *hasPort);
    bool listeners(const YAML::Node &node, const QString &key);
    /// hasBind / hasPort: whether `bind` / its port part were given.
    bool listener(const YAML::Node &node, const QString &key, ListenerSettings *listener,
                  bool *hasBind, bool *hasPort);
    QVariant toVariant(const YAML::Node &node);
    bool bridges(const YAML::Node &node, const QString &key);
    bool bridge(const YAML::Node &node, const QString &key, BridgeSettings *bridge);
    bool bridgeTopics(const YAML::Node &node, const QString &key, QList<BridgeTopic> *topics);
    bool bridgeTopicLine(const YAML::Node &node, const QString &key, BridgeTopic *topic);
    bool qos(const YAML::Node &node, const QString &key, mqtt::QoS *out);
    bool direction(const YAML::Node &node, const QString &key, QString text,
                   BridgeTopic::Direction *out);

    QString m_fileName;
    ConfigLoader::Result *m_result;
    BrokerSettings &m_settings;
    QHash<QString, int> &m_keyLines;
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
        m_keyLines.insert(key, lineOf(it->first));
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

bool Parser::seconds(const YAML::Node &node, const QString &key, int min, int max, int *outMs)
{
    int value = 0;
    if (!integer(node, key, min, max, &value))
        return false;
    *outMs = value * 1000;
    return true;
}

bool Parser::bind(const YAML::Node &node, const QString &key, ListenerSettings *listener,
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
    if (host.isEmpty() || host == u"*") {
        listener->bindAddress = QHostAddress::Any;
    } else if (host == u"localhost") {
        listener->bindAddress = QHostAddress::LocalHost;
    } else if (!listener->bindAddress.setAddress(host)) {
        return fail(
            node, key,
            QStringLiteral("expected an IP address, * or localhost as host, got '%1'").arg(host));
    }
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

bool Parser::listener(const YAML::Node &node, const QString &key, ListenerSettings *l,
                      bool *hasBind, bool *hasPort)
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
              int value = 0;
              if (!integer(v, k, 0, INT_MAX, &value))
                  return false;
              l->maxConnections = value > 0 ? value : -1; // 0 in the file: no limit
              return true;
          }},
         {"type",
          [&](const YAML::Node &v, const QString &k) {
              QString type;
              if (!scalar(v, k, &type))
                  return false;
              if (type == u"tcp")
                  l->type = ListenerSettings::Type::Tcp;
              else if (type == u"ws")
                  l->type = ListenerSettings::Type::WebSocket;
              else
                  return fail(v, k, QStringLiteral("expected tcp or ws, got '%1'").arg(type));
              return true;
          }},
         {"ssl", [&](const YAML::Node &v, const QString &k) { return boolean(v, k, &l->tls); }},
         {"cafile", [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->caFile); }},
         {"capath", [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->caPath); }},
         {"cadata",
          [&](const YAML::Node &v, const QString &k) {
              QString text;
              if (!scalar(v, k, &text))
                  return false;
              l->caData = text.toUtf8();
              return true;
          }},
         {"certfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->certFile); }},
         {"keyfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &l->keyFile); }},
         {"require-certificate",
          [&](const YAML::Node &v, const QString &k) {
              return boolean(v, k, &l->requireClientCertificate);
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
    ListenerSettings base;
    bool defaultHasBind = false;
    bool defaultHasPort = false;
    bool ok = true;
    if (const YAML::Node defaults = node["default"]) {
        base.name = QStringLiteral("default");
        ok = listener(defaults, join(key, "default"), &base, &defaultHasBind, &defaultHasPort);
    }
    QList<ListenerSettings> result;
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = QString::fromStdString(it->first.Scalar());
        if (seen.contains(name))
            warn(it->first, join(key, name),
                 QStringLiteral("duplicate listener, the last one wins"));
        seen.insert(name);
        m_keyLines.insert(join(key, name), lineOf(it->first));
        ListenerSettings l = base;
        bool hasBind = defaultHasBind;
        bool hasPort = defaultHasPort;
        if (name == u"default" && !ok)
            continue; // its errors are reported already
        if (name != u"default") {
            l.name = name;
            // `bind` is not inherited: two listeners cannot share it
            l.bindAddress = QHostAddress::Any;
            hasBind = false;
            hasPort = false;
            if (!listener(it->second, join(key, name), &l, &hasBind, &hasPort)) {
                ok = false;
                continue;
            }
        }
        if (!hasBind)
            continue; // a template, not a listener
        if (l.tls && (l.certFile.isEmpty() || l.keyFile.isEmpty())) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("ssl listeners need certfile and keyfile"));
            continue;
        }
        if ((l.requireClientCertificate || l.useIdentityAsUsername) && !l.tls) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("require-certificate and use-identity-as-username need "
                                     "ssl: on"));
            continue;
        }
        if ((l.requireClientCertificate || l.useIdentityAsUsername) && l.caFile.isEmpty() &&
            l.caPath.isEmpty() && l.caData.isEmpty()) {
            ok = fail(it->first, join(key, name),
                      QStringLiteral("require-certificate and use-identity-as-username need "
                                     "cafile, capath or cadata to verify client certificates"));
            continue;
        }
        // The certificate's CN can only stand in for a user name when it was verified.
        if (l.useIdentityAsUsername)
            l.requireClientCertificate = true;
        if (!hasPort) {
            const bool ws = l.type == ListenerSettings::Type::WebSocket;
            l.port = l.tls ? (ws ? 8443 : 8883) : (ws ? 8080 : 1883);
        }
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](const ListenerSettings &o) { return o.name == name; }),
                     result.end());
        result.append(l);
    }
    if (!ok)
        return false;
    if (result.isEmpty())
        return fail(node, key, QStringLiteral("no listener to start: give one a bind address"));
    m_settings.listeners = result;
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

bool Parser::qos(const YAML::Node &node, const QString &key, mqtt::QoS *out)
{
    int value = 0;
    if (!integer(node, key, 0, 2, &value))
        return false;
    *out = mqtt::QoS(value);
    return true;
}

bool Parser::direction(const YAML::Node &node, const QString &key, QString text,
                       BridgeTopic::Direction *out)
{
    text = text.trimmed().toLower();
    if (text == u"in")
        *out = BridgeTopic::Direction::In;
    else if (text == u"out")
        *out = BridgeTopic::Direction::Out;
    else if (text == u"both")
        *out = BridgeTopic::Direction::Both;
    else
        return fail(node, key, QStringLiteral("expected in, out or both, got '%1'").arg(text));
    return true;
}

/// "pattern [direction [qos [local-prefix [remote-prefix]]]]", as mosquitto's `topic` line;
/// "" stands for an empty prefix.
bool Parser::bridgeTopicLine(const YAML::Node &node, const QString &key, BridgeTopic *topic)
{
    const QStringList words = QString::fromStdString(node.Scalar()).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return fail(node, key,
                    QStringLiteral("expected 'pattern [in|out|both [qos [local-prefix "
                                   "[remote-prefix]]]]', got '%1'")
                        .arg(QString::fromStdString(node.Scalar())));
    auto prefix = [](const QString &word) { return word == u"\"\"" ? QString() : word; };
    topic->pattern = words[0];
    if (words.size() > 1 && !direction(node, key, words[1], &topic->direction))
        return false;
    if (words.size() > 2) {
        bool ok = false;
        const int value = words[2].toInt(&ok);
        if (!ok || value < 0 || value > 2)
            return fail(node, key,
                        QStringLiteral("expected a QoS from 0 to 2, got '%1'").arg(words[2]));
        topic->qos = mqtt::QoS(value);
    }
    if (words.size() > 3)
        topic->localPrefix = prefix(words[3]);
    if (words.size() > 4)
        topic->remotePrefix = prefix(words[4]);
    return true;
}

bool Parser::bridgeTopics(const YAML::Node &node, const QString &key, QList<BridgeTopic> *topics)
{
    if (!node.IsSequence())
        return fail(node, key,
                    QStringLiteral("expected a list of topic lines, got %1").arg(describe(node)));
    bool ok = true;
    int index = 0;
    for (const YAML::Node &item : node) {
        const QString itemKey = QStringLiteral("%1[%2]").arg(key).arg(index++);
        BridgeTopic topic;
        bool itemOk = true;
        if (item.IsScalar()) {
            itemOk = bridgeTopicLine(item, itemKey, &topic);
        } else {
            itemOk = walkMap(
                item, itemKey,
                {{"pattern", [&](const YAML::Node &v,
                                 const QString &k) { return scalar(v, k, &topic.pattern); }},
                 {"direction",
                  [&](const YAML::Node &v, const QString &k) {
                      QString text;
                      return scalar(v, k, &text) && direction(v, k, text, &topic.direction);
                  }},
                 {"qos",
                  [&](const YAML::Node &v, const QString &k) { return qos(v, k, &topic.qos); }},
                 {"local-prefix",
                  [&](const YAML::Node &v, const QString &k) {
                      return v.IsNull() || scalar(v, k, &topic.localPrefix);
                  }},
                 {"remote-prefix", [&](const YAML::Node &v, const QString &k) {
                      return v.IsNull() || scalar(v, k, &topic.remotePrefix);
                  }}});
        }
        if (itemOk) {
            if (const QString problem = validateBridgeTopic(topic); !problem.isEmpty())
                itemOk = fail(item, itemKey, problem);
        }
        if (itemOk)
            topics->append(topic);
        ok = ok && itemOk;
    }
    return ok;
}

bool Parser::bridge(const YAML::Node &node, const QString &key, BridgeSettings *b)
{
    bool hasAddress = false;
    bool hasTopics = false;
    const bool ok = walkMap(
        node, key,
        {{"address",
          [&](const YAML::Node &v, const QString &k) {
              hasAddress = true;
              if (!stringList(v, k, &b->addresses))
                  return false;
              bool addressesOk = true;
              for (const QString &address : std::as_const(b->addresses)) {
                  const QUrl url(address.trimmed(), QUrl::StrictMode);
                  static const QStringList schemes = {"mqtt", "mqtts", "ws", "wss", "tcp", "ssl"};
                  if (!url.isValid() || !schemes.contains(url.scheme().toLower()) ||
                      url.host().isEmpty())
                      addressesOk = fail(v, k,
                                         QStringLiteral("expected an mqtt://, mqtts://, ws:// or "
                                                        "wss:// URL with a host, got '%1'")
                                             .arg(address));
              }
              return addressesOk;
          }},
         {"client-id",
          [&](const YAML::Node &v, const QString &k) { return scalar(v, k, &b->clientId); }},
         {"username",
          [&](const YAML::Node &v, const QString &k) {
              QString text;
              if (!scalar(v, k, &text))
                  return false;
              b->userName = text;
              return true;
          }},
         {"password",
          [&](const YAML::Node &v, const QString &k) {
              QString text;
              if (!scalar(v, k, &text))
                  return false;
              b->password = text.toUtf8();
              return true;
          }},
         {"protocol-version",
          [&](const YAML::Node &v, const QString &k) {
              QString text;
              if (!scalar(v, k, &text))
                  return false;
              text = text.trimmed();
              if (text == u"5" || text == u"5.0")
                  b->protocolVersion = mqtt::ProtocolVersion::V5;
              else if (text == u"3.1.1" || text == u"311" || text == u"4")
                  b->protocolVersion = mqtt::ProtocolVersion::V3_1_1;
              else
                  return fail(v, k, QStringLiteral("expected 5 or 3.1.1, got '%1'").arg(text));
              return true;
          }},
         {"cafile", [&](const YAML::Node &v, const QString &k) { return path(v, k, &b->caFile); }},
         {"certfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &b->certFile); }},
         {"keyfile",
          [&](const YAML::Node &v, const QString &k) { return path(v, k, &b->keyFile); }},
         {"insecure",
          [&](const YAML::Node &v, const QString &k) { return boolean(v, k, &b->insecure); }},
         {"clean-start",
          [&](const YAML::Node &v, const QString &k) { return boolean(v, k, &b->cleanStart); }},
         {"keepalive", [&](const YAML::Node &v,
                           const QString &k) { return integer(v, k, 0, 65535, &b->keepAlive); }},
         {"local-username",
          [&](const YAML::Node &v, const QString &k) {
              QString text;
              if (!scalar(v, k, &text))
                  return false;
              b->localUsername = text;
              return true;
          }},
         {"reconnect-delay",
          [&](const YAML::Node &v, const QString &k) {
              return seconds(v, k, 1, 86400, &b->reconnectDelayMs);
          }},
         {"reconnect-max-delay",
          [&](const YAML::Node &v, const QString &k) {
              return seconds(v, k, 1, 86400, &b->reconnectMaxDelayMs);
          }},
         {"topics", [&](const YAML::Node &v, const QString &k) {
              hasTopics = true;
              return bridgeTopics(v, k, &b->topics);
          }}});
    if (!node.IsMap())
        return false;
    bool complete = true;
    if (!hasAddress)
        complete = fail(node, key, QStringLiteral("missing key 'address'"));
    if (!hasTopics)
        complete = fail(node, key, QStringLiteral("missing key 'topics'"));
    if (b->reconnectMaxDelayMs < b->reconnectDelayMs)
        complete = fail(node, join(key, "reconnect-max-delay"),
                        QStringLiteral("must be at least reconnect-delay"));
    return ok && complete;
}

bool Parser::bridges(const YAML::Node &node, const QString &key)
{
    m_settings.bridges.clear();
    if (node.IsNull())
        return true;
    if (!node.IsMap())
        return fail(
            node, key,
            QStringLiteral("expected a mapping of bridge names, got %1").arg(describe(node)));
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        BridgeSettings b;
        b.name = QString::fromStdString(it->first.Scalar());
        const QString bridgeKey = join(key, b.name);
        m_keyLines.insert(bridgeKey, lineOf(it->first));
        if (b.name.isEmpty() || b.name.contains(u'/') || b.name.contains(u'+') ||
            b.name.contains(u'#')) {
            ok = fail(it->first, bridgeKey,
                      QStringLiteral("a bridge name must be non-empty, without '/', '+' or '#'"));
            continue;
        }
        if (bridge(it->second, bridgeKey, &b))
            m_settings.bridges.append(b);
        else
            ok = false;
    }
    return ok;
}

bool Parser::parseRoot(const YAML::Node &root)
{
    BrokerSettings &c = m_settings;
    const bool hadListeners = root.IsMap() && root["listeners"];
    const bool ok = walkMap(
        root, QString(),
        {{"listeners", [&](const YAML::Node &v, const QString &k) { return listeners(v, k); }},
         {"timeout-disconnect-delay",
          [&](const YAML::Node &v, const QString &k) {
              return seconds(v, k, 0, 86400, &c.limits.keepAliveGraceMs);
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
                        return boolean(v, k, &c.limits.allowAnonymous);
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
              BrokerLimits &l = c.limits;
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
                                   return seconds(v, k, 0, 86400, &l.slowConsumerTimeoutMs);
                               }},
                              {"max-outgoing-buffer",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 1024, std::numeric_limits<qint64>::max(),
                                                  &l.maxOutgoingBufferBytes);
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
                                   return integer(v, k, 1, 65535, &l.maxInflightMessages);
                               }},
                              {"receive-maximum",
                               [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 1, 65535, &l.receiveMaximum);
                               }},
                              {"max-packet-size",
                               [&](const YAML::Node &v, const QString &k) {
                                   qint64 value = 0;
                                   if (!integer(v, k, 2, 268435460, &value))
                                       return false;
                                   l.maxPacketSize = quint32(
                                       std::clamp<qint64>(value, 16, mqtt::MaximumPacketSizeLimit));
                                   return true;
                               }},
                              {"max-keepalive", [&](const YAML::Node &v, const QString &k) {
                                   return integer(v, k, 0, 65535, &l.maxKeepAlive);
                               }}});
          }},
         {"persistence",
          [&](const YAML::Node &v, const QString &k) {
              PersistenceSettings &p = c.persistence;
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
                            p.mode = PersistenceSettings::Mode::Durable;
                        else if (mode == u"relaxed")
                            p.mode = PersistenceSettings::Mode::Relaxed;
                        else
                            return fail(
                                v, k,
                                QStringLiteral("expected durable or relaxed, got '%1'").arg(mode));
                        return true;
                    }}});
          }},
         {"sys-interval",
          [&](const YAML::Node &v, const QString &k) {
              return integer(v, k, 0, 86400, &c.limits.sysInterval);
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
         {"bridges", [&](const YAML::Node &v, const QString &k) { return bridges(v, k); }},
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
        ListenerSettings l;
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
        result.settings = BrokerSettings(); // nothing half-applied
        result.source = ConfigSource();
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
    result.source.fileName = fileName;
    // What the file's schema gives when a key is absent, where BrokerSettings differs.
    result.settings.limits.keepAliveGraceMs = 2000;                                // 2 s
    result.settings.persistence.file = QStringLiteral("mqtt-workbench-broker.db"); // file's dir
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

ConfigError ConfigLoader::validatePaths(const BrokerSettings &settings, const ConfigSource &source)
{
    return validateAllPaths(settings, source).value(0);
}

QList<ConfigError> ConfigLoader::validateAllPaths(const BrokerSettings &settings,
                                                  const ConfigSource &source)
{
    auto error = [&](const QString &key, const QString &message) {
        return ConfigError{source.fileName, source.keyLines.value(key), key, message};
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
    for (const ListenerSettings &l : settings.listeners) {
        const QString prefix = QStringLiteral("listeners.") + l.name + u'.';
        checks.append([=] { return checkFile(prefix + "cafile", l.caFile); });
        checks.append([=] { return checkDir(prefix + "capath", l.caPath); });
        checks.append([=] { return checkFile(prefix + "certfile", l.certFile); });
        checks.append([=] { return checkFile(prefix + "keyfile", l.keyFile); });
    }
    for (const BridgeSettings &b : settings.bridges) {
        const QString prefix = QStringLiteral("bridges.") + b.name + u'.';
        checks.append([=] { return checkFile(prefix + "cafile", b.caFile); });
        checks.append([=] { return checkFile(prefix + "certfile", b.certFile); });
        checks.append([=] { return checkFile(prefix + "keyfile", b.keyFile); });
    }
    // Then their contents, so that a listener never fails half-way through starting.
    for (const ListenerSettings &l : settings.listeners) {
        if (!l.tls)
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
            checks.append(tlsCheck(
                "cadata", [=]() mutable { return detail::loadCaData(l.caData, &certificates); }));
        }
    }
    checks.append([&] { return checkFile("auth.password-file", settings.auth.passwordFile); });
    checks.append([&] { return checkFile("topic-check.acl-file", settings.topicCheck.aclFile); });
    checks.append([&] { return checkDir("plugin-dir", settings.pluginDir); });
    if (settings.persistence.enabled) {
        checks.append([&] {
            return checkDir("persistence.file",
                            QFileInfo(settings.persistence.file).absolutePath());
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
