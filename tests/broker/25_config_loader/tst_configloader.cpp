#include <broker/authmanager.h>
#include <broker/configloader.h>
#include <broker/passwordfile.h>

#include <testsupport.h>

#include <QDir>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using broker::ConfigLoader;
using broker::ListenerSettings;

/// ConfigLoader on the seeds' sample, on its JSON twin and on broken files: every error is one
/// line naming the file, the line and the key, and a broken file yields no configuration.
class TestConfigLoader : public QObject
{
    Q_OBJECT

private:
    static QString sampleText()
    {
        QFile file(QStringLiteral(TESTS_DATA_DIR "/config/seed-sample.yaml"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static const ListenerSettings *listener(const broker::BrokerSettings &settings,
                                            const QString &name)
    {
        for (const ListenerSettings &l : settings.listeners) {
            if (l.name == name)
                return &l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void seedSampleParsesAsIs()
    {
        const auto result =
            ConfigLoader::load(QStringLiteral(TESTS_DATA_DIR "/config/seed-sample.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const broker::BrokerSettings &c = result.settings;

        // `default` has no bind: a template for the four named listeners, not a listener.
        QCOMPARE(c.listeners.size(), 4);
        QCOMPARE(c.listeners[0].name, QStringLiteral("my-tcp-1"));
        QCOMPARE(c.listeners[0].bindAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(c.listeners[0].port, quint16(1883));
        QCOMPARE(c.listeners[0].maxConnections, 50000); // inherited from default
        QCOMPARE(c.listeners[0].type, ListenerSettings::Type::Tcp);
        const ListenerSettings *tcp2 = listener(c, "my-tcp-2");
        QVERIFY(tcp2);
        QCOMPARE(tcp2->bindAddress, QHostAddress(QStringLiteral("1.2.3.4")));
        QCOMPARE(tcp2->port, quint16(1884));
        QCOMPARE(tcp2->maxConnections, 1000);
        const ListenerSettings *ssl = listener(c, "my-tcp-ssl-1");
        QVERIFY(ssl);
        QVERIFY(ssl->tls); // `ssl: on`
        QCOMPARE(ssl->port, quint16(8885));
        QCOMPARE(ssl->caFile, QStringLiteral("/some/cafile"));
        QCOMPARE(ssl->certFile, QStringLiteral("/some/certfile"));
        QCOMPARE(ssl->keyFile, QStringLiteral("/some/key"));
        // The sample writes `capath` twice: the last one wins (a relative path: resolved
        // against the configuration's directory).
        QCOMPARE(ssl->caPath, QDir::cleanPath(TESTS_DATA_DIR "/config/certificate data"));
        const ListenerSettings *ws = listener(c, "my-ws-1");
        QVERIFY(ws);
        QCOMPARE(ws->type, ListenerSettings::Type::WebSocket);
        QCOMPARE(ws->bindAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(ws->port, quint16(8080));

        QCOMPARE(c.limits.keepAliveGraceMs, 2000); // timeout-disconnect-delay: 2 (seconds)
        QVERIFY(c.auth.pluginsSet);
        QCOMPARE(c.auth.plugins, QStringList{"auth.anonymous"});
        QCOMPARE(c.auth.passwordFile, QStringLiteral("/some/passwd_file"));
        // `allow-anonymous: true / false` and `enabled: true / false` are placeholders: the
        // defaults stay (anonymous allowed, topic check off), each with a warning.
        QVERIFY(c.limits.allowAnonymous);
        QVERIFY(!c.topicCheck.enabled);
        QCOMPARE(c.topicCheck.plugins, QStringList{"topic_acl"});
        QCOMPARE(c.topicCheck.acl.value("username1"),
                 (QStringList{"repositories/+/master", "calendar/#", "data/memes"}));
        QCOMPARE(c.topicCheck.acl.value("username2"), QStringList{"..."});
        QVERIFY(c.topicCheck.acl.contains("anonymous"));
        QVERIFY(c.topicCheck.acl.value("anonymous").isEmpty());

        const QString file = QStringLiteral(TESTS_DATA_DIR "/config/seed-sample.yaml");
        QVERIFY2(result.warnings.contains(
                     file + ":15: listeners.my-tcp-ssl-1.capath: duplicate key, the last one wins"),
                 qPrintable(result.warnings.join('\n')));
        QVERIFY(result.warnings.contains(
            file + ":24: auth.allow-anonymous: 'true / false' is a placeholder, using the "
                   "default (true)"));
        QVERIFY(result.warnings.contains(
            file + ":27: topic-check.enabled: 'true / false' is a placeholder, using the "
                   "default (false)"));
        QVERIFY(result.warnings.contains(
            file + ":25: auth.password-file: not used: auth.plugins does not list auth.file"));
    }

    void seedSampleNeedsItsFilesToStart()
    {
        // Parsing does not look at the disk; starting does (validatePaths), and names the line.
        const QString file = QStringLiteral(TESTS_DATA_DIR "/config/seed-sample.yaml");
        const auto result = ConfigLoader::load(file);
        QVERIFY(result.ok());
        QCOMPARE(ConfigLoader::validatePaths(result.settings, result.source).toString(),
                 file + ":13: listeners.my-tcp-ssl-1.cafile: file /some/cafile not found");
    }

    void seedSampleValidatesOnceFilesExist()
    {
        // The sample with its paths pointed at real files (and nothing else changed) validates
        // and configures the authentication chain. TLS files must hold what they promise (a
        // PEM certificate, a private key), so they are generated; tests/broker/21_security_tls
        // also starts the broker from it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const testsupport::Certificates certs;
        QVERIFY2(certs.ok(), qPrintable(certs.errorString()));
        QVERIFY(QFile::copy(certs.caFile(), dir.filePath("cafile")));
        QVERIFY(QFile::copy(certs.serverCertFile(), dir.filePath("certfile")));
        QVERIFY(QFile::copy(certs.serverKeyFile(), dir.filePath("key")));
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "secret");
        QString saveError;
        QVERIFY2(passwords.save(dir.filePath("passwd_file"), &saveError), qPrintable(saveError));
        QVERIFY(QDir(dir.path()).mkdir("folder"));
        QString text = sampleText();
        QVERIFY(!text.isEmpty());
        text.replace("/some/", dir.path() + '/');
        text.replace("capath: certificate data", "capath: " + dir.path() + "/folder");
        const auto result = ConfigLoader::parse(text.toUtf8(), dir.filePath("config.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const broker::ConfigError error =
            ConfigLoader::validatePaths(result.settings, result.source);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.toString()));
        broker::AuthManager auth;
        QString authError;
        QVERIFY2(auth.configure(result.settings, &authError), qPrintable(authError));
        QCOMPARE(auth.authenticationPlugins(), QStringList{"auth.anonymous"});
        QCOMPARE(auth.authorizationPlugins(), QStringList{"topic_acl"});
    }

    void brokenConfigs_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown key")
            << "c.yaml" << QByteArray("listeners:\n  a:\n    bnd: 127.0.0.1:1\n")
            << "c.yaml:3: listeners.a.bnd: unknown key (expected one of: "
               "bind, cadata, cafile, capath, certfile, keyfile, "
               "max-connections, require-certificate, ssl, type, "
               "use-identity-as-username, websocket-allow-no-subprotocol)";
        QTest::newRow("unknown top-level key")
            << "c.yaml" << QByteArray("sys-interval: 5\npersistance:\n  enabled: true\n")
            << "c.yaml:2: persistance: unknown key (expected one of: auth, bridges, limits, "
               "listeners, persistence, plugin-dir, plugin-options, plugins, sys-interval, "
               "timeout-disconnect-delay, topic-check)";
        QTest::newRow("integer expected")
            << "c.yaml" << QByteArray("timeout-disconnect-delay: soon\n")
            << "c.yaml:1: timeout-disconnect-delay: expected an integer from 0 to 86400, got "
               "'soon'";
        QTest::newRow("integer out of range")
            << "c.yaml" << QByteArray("limits:\n  max-inflight: 70000\n")
            << "c.yaml:2: limits.max-inflight: expected an integer from 1 to 65535, got '70000'";
        QTest::newRow("boolean expected")
            << "c.yaml" << QByteArray("topic-check:\n  enabled: maybe\n")
            << "c.yaml:2: topic-check.enabled: expected true/false (or on/off, yes/no), got "
               "'maybe'";
        QTest::newRow("list expected") << "c.yaml" << QByteArray("auth:\n  plugins: {a: 1}\n")
                                       << "c.yaml:2: auth.plugins: expected a list, got a mapping";
        QTest::newRow("mapping expected") << "c.yaml" << QByteArray("auth: [1, 2]\n")
                                          << "c.yaml:1: auth: expected a mapping, got a list";
        QTest::newRow("listener type")
            << "c.yaml" << QByteArray("listeners:\n  x:\n    bind: :1883\n    type: udp\n")
            << "c.yaml:4: listeners.x.type: expected tcp or ws, got 'udp'";
        QTest::newRow("port") << "c.yaml"
                              << QByteArray("listeners:\n  x:\n    bind: 1.2.3.4:70000\n")
                              << "c.yaml:3: listeners.x.bind: port must be from 0 to 65535, got "
                                 "'70000'";
        QTest::newRow("bind host")
            << "c.yaml" << QByteArray("listeners:\n  x:\n    bind: broker.example:1883\n")
            << "c.yaml:3: listeners.x.bind: expected an IP address, * or localhost as host, got "
               "'broker.example'";
        QTest::newRow("ssl without certificate")
            << "c.yaml" << QByteArray("listeners:\n  x:\n    bind: :8883\n    ssl: on\n")
            << "c.yaml:2: listeners.x: ssl listeners need certfile and keyfile";
        QTest::newRow("no listener")
            << "c.yaml" << QByteArray("listeners:\n  default:\n    type: ws\n")
            << "c.yaml:2: listeners: no listener to start: give one a bind address";
        QTest::newRow("persistence mode")
            << "c.yaml" << QByteArray("persistence:\n  mode: fast\n")
            << "c.yaml:2: persistence.mode: expected durable or relaxed, got 'fast'";
        QTest::newRow("bad YAML") << "c.yaml" << QByteArray("auth:\n  plugins: [a, b\nx: 1\n")
                                  << "c.yaml:3: invalid YAML: end of sequence flow not found";
        QTest::newRow("bad JSON") << "c.json"
                                  << QByteArray(
                                         "{\n  \"auth\": {\n    \"allow-anonymous\": true,,\n"
                                         "  }\n}\n")
                                  << "c.json:3: invalid JSON: unterminated object";
        QTest::newRow("JSON unknown key")
            << "c.json"
            << QByteArray("{\n  \"auth\": {\n    \"allow-anonymous\": true\n  },\n"
                          "  \"topic-check\": {\"enable\": true}\n}\n")
            << "c.json:5: topic-check.enable: unknown key (expected one of: acl, acl-file, "
               "enabled, plugins)";
        // Bounded nesting: an error, not a stack overflow.
        QTest::newRow("too deep YAML")
            << "c.yaml"
            << "plugin-options: " + QByteArray(100000, '[') + QByteArray(100000, ']')
            << "c.yaml:1: invalid YAML: bad file";
        QTest::newRow("too deep JSON")
            << "c.json"
            << "{\"a\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
            << "c.json:1: invalid JSON: too deeply nested document";
        QTest::newRow("JSON wrong type")
            << "c.json" << QByteArray("{\n  \"sys-interval\": [10]\n}\n")
            << "c.json:2: sys-interval: expected a string, got a list";
    }

    void brokenConfigs()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto result = ConfigLoader::parse(text, fileName);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.toString(), expected);
        // Nothing half-applied: no listener, no source.
        QVERIFY(result.settings.listeners.isEmpty());
        QVERIFY(result.source.fileName.isEmpty());
        QVERIFY(result.source.keyLines.isEmpty());
    }

    void missingFilesNameKeyAndLine()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("broker.yaml");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("listeners:\n  my-tcp-ssl-1:\n    bind: 127.0.0.1:8885\n    ssl: on\n"
                "    certfile: /x\n    keyfile: server.key\n");
        f.close();
        const auto result = ConfigLoader::load(config);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(ConfigLoader::validatePaths(result.settings, result.source).toString(),
                 config + ":5: listeners.my-tcp-ssl-1.certfile: file /x not found");

        // A relative path is taken from the configuration's directory.
        QFile cert(dir.filePath("x.crt"));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        cert.close();
        const auto relative = ConfigLoader::parse(
            "listeners:\n  s:\n    bind: :8885\n    ssl: on\n    certfile: x.crt\n"
            "    keyfile: server.key\nauth:\n  password-file: passwd\n",
            config);
        QVERIFY(relative.ok());
        QCOMPARE(relative.settings.listeners[0].certFile, dir.filePath("x.crt"));
        QCOMPARE(ConfigLoader::validatePaths(relative.settings, relative.source).toString(),
                 config + ":6: listeners.s.keyfile: file " + dir.filePath("server.key") +
                     " not found");

        const auto noFile = ConfigLoader::load(dir.filePath("absent.yaml"));
        QVERIFY(!noFile.ok());
        QVERIFY(noFile.error.toString().startsWith(dir.filePath("absent.yaml") + ": cannot read"));
    }

    void jsonEqualsYaml()
    {
        const QByteArray yaml = "listeners:\n"
                                "  default:\n"
                                "    max-connections: 10\n"
                                "  plain:\n"
                                "    bind: 127.0.0.1:1884\n"
                                "  web:\n"
                                "    bind: '[::1]:9001'\n"
                                "    type: ws\n"
                                "auth:\n"
                                "  allow-anonymous: false\n"
                                "  failed-login-delay: 250\n"
                                "topic-check:\n"
                                "  enabled: true\n"
                                "  acl:\n"
                                "    alice: ['a/#', b]\n"
                                "limits:\n"
                                "  max-queued-messages: 50\n"
                                "  max-packet-size: 1024\n"
                                "persistence:\n"
                                "  enabled: yes\n"
                                "  mode: relaxed\n"
                                "  file: /tmp/broker.db\n"
                                "sys-interval: 0\n"
                                "plugin-options:\n"
                                "  deny-mallory: {who: mallory}\n";
        const QByteArray json = R"({
  "listeners": {
    "default": {"max-connections": 10},
    "plain": {"bind": "127.0.0.1:1884"},
    "web": {"bind": "[::1]:9001", "type": "ws"}
  },
  "auth": {"allow-anonymous": false, "failed-login-delay": 250},
  "topic-check": {"enabled": true, "acl": {"alice": ["a/#", "b"]}},
  "limits": {"max-queued-messages": 50, "max-packet-size": 1024},
  "persistence": {"enabled": true, "mode": "relaxed", "file": "/tmp/broker.db"},
  "sys-interval": 0,
  "plugin-options": {"deny-mallory": {"who": "mallory"}}
})";
        const auto fromYaml = ConfigLoader::parse(yaml, "c.yaml");
        const auto fromJson = ConfigLoader::parse(json, "c.json");
        QVERIFY2(fromYaml.ok(), qPrintable(fromYaml.error.toString()));
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.error.toString()));
        for (const auto *r : {&fromYaml, &fromJson}) {
            const broker::BrokerSettings &c = r->settings;
            QCOMPARE(c.listeners.size(), 2);
            QCOMPARE(c.listeners[0].name, QStringLiteral("plain"));
            QCOMPARE(c.listeners[0].port, quint16(1884));
            QCOMPARE(c.listeners[0].maxConnections, 10);
            QCOMPARE(c.listeners[1].bindAddress, QHostAddress(QStringLiteral("::1")));
            QCOMPARE(c.listeners[1].port, quint16(9001));
            QCOMPARE(c.listeners[1].type, ListenerSettings::Type::WebSocket);
            QVERIFY(!c.limits.allowAnonymous);
            QCOMPARE(c.auth.failedLoginDelayMs, 250);
            QVERIFY(c.topicCheck.enabled);
            QCOMPARE(c.topicCheck.acl.value("alice"), (QStringList{"a/#", "b"}));
            QCOMPARE(c.limits.maxQueuedMessages, 50);
            QCOMPARE(c.limits.maxPacketSize, 1024u);
            QVERIFY(c.persistence.enabled);
            QCOMPARE(c.persistence.mode, broker::PersistenceSettings::Mode::Relaxed);
            QCOMPARE(c.persistence.file, QStringLiteral("/tmp/broker.db"));
            QCOMPARE(c.limits.sysInterval, 0);
            QCOMPARE(c.pluginOptions.value("deny-mallory").toMap().value("who").toString(),
                     QStringLiteral("mallory"));
        }
        // Same keys on the same lines would be a coincidence; each format reports its own.
        QCOMPARE(fromYaml.source.keyLines.value("limits.max-packet-size"), 18);
        QCOMPARE(fromJson.source.keyLines.value("limits.max-packet-size"), 9);
    }

    // hbmqtt's scripts/default_broker.yaml: the spellings hbmqtt's code reads (sys_interval,
    // max_connections) and its top-level `plugins` list, which hbmqtt itself ignores.
    void hbmqttDefaultConfigLoads()
    {
        const auto result = ConfigLoader::parse("listeners:\n"
                                                "  default:\n"
                                                "    type: tcp\n"
                                                "    bind: 0.0.0.0:1883\n"
                                                "    max_connections: 10\n"
                                                "sys_interval: 20\n"
                                                "auth:\n"
                                                "  allow-anonymous: true\n"
                                                "plugins:\n"
                                                "  - auth_file\n"
                                                "  - auth_anonymous\n"
                                                "topic-check:\n"
                                                "  enabled: False\n",
                                                "hb.yaml");
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.settings.limits.sysInterval, 20);
        QCOMPARE(result.settings.listeners.size(), 1);
        QCOMPARE(result.settings.listeners[0].maxConnections, 10);
        QCOMPARE(result.settings.listeners[0].port, quint16(1883));
        QCOMPARE(result.source.keyLines.value("sys-interval"), 6); // stored under the real name
        QCOMPARE(result.warnings,
                 QStringList{"hb.yaml:10: plugins: ignored, as hbmqtt ignores it: auth.plugins "
                             "and topic-check.plugins choose the plugins"});
    }

    // hbmqtt's samples/broker_taboo.py configuration: the topic_taboo plugin behaves as there.
    void hbmqttTabooPlugin()
    {
        QTemporaryDir dir;
        broker::PasswordFile passwords;
        passwords.setPassword("admin", "a");
        QString saveError;
        QVERIFY(passwords.save(dir.filePath("passwd"), &saveError));
        const auto result = ConfigLoader::parse("listeners:\n"
                                                "  default: {type: tcp, bind: '0.0.0.0:1883'}\n"
                                                "  ws-mqtt:\n"
                                                "    bind: 127.0.0.1:8080\n"
                                                "    type: ws\n"
                                                "    max_connections: 10\n"
                                                "sys_interval: 10\n"
                                                "auth:\n"
                                                "  allow-anonymous: true\n"
                                                "  password-file: passwd\n"
                                                "  plugins: [auth_file, auth_anonymous]\n"
                                                "topic-check:\n"
                                                "  enabled: true\n"
                                                "  plugins: [topic_taboo]\n",
                                                dir.filePath("taboo.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.settings.listeners.size(), 2);
        QCOMPARE(result.settings.listeners[1].maxConnections, 10);
        broker::AuthManager auth;
        QString authError;
        QVERIFY2(auth.configure(result.settings, &authError), qPrintable(authError));
        QCOMPARE(auth.authorizationPlugins(), QStringList{"topic_taboo"});
        using broker::AclAction;
        const auto allowed = [&](std::optional<QString> user, const QString &topic) {
            return auth.authorize({"c", user, AclAction::Publish, topic});
        };
        QVERIFY(allowed("bob", "a/b"));
        QVERIFY(!allowed("bob", "prohibited"));
        QVERIFY(!allowed("bob", "data/classified"));
        QVERIFY(allowed("bob", "data/classified/x")); // literal, as in hbmqtt
        QVERIFY(allowed("admin", "top-secret"));
        QVERIFY(!allowed(std::nullopt, "a/b")); // anonymous clients: nothing
    }

    // One run names every problem of the file, each on its own line, in line order.
    void everyErrorReported()
    {
        const auto result = ConfigLoader::parse("listeners:\n"
                                                "  a:\n"
                                                "    bind: :1883\n"
                                                "    type: udp\n"
                                                "  b:\n"
                                                "    bnd: :1884\n"
                                                "sys_interval: soon\n"
                                                "auth:\n"
                                                "  allow-anonymous: maybe\n"
                                                "persistance: {}\n"
                                                "limits:\n"
                                                "  max-inflight: 0\n",
                                                "multi.yaml");
        QVERIFY(!result.ok());
        QStringList lines;
        for (const broker::ConfigError &e : result.errors)
            lines.append(e.toString());
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("multi.yaml:4: listeners.a.type: expected tcp or ws, "
                                          "got 'udp'"));
        QVERIFY(lines[1].startsWith("multi.yaml:6: listeners.b.bnd: unknown key"));
        QCOMPARE(lines[2], QStringLiteral("multi.yaml:7: sys-interval: expected an integer from 0 "
                                          "to 86400, got 'soon'"));
        QVERIFY(lines[3].startsWith("multi.yaml:9: auth.allow-anonymous: expected true/false"));
        QVERIFY(lines[4].startsWith("multi.yaml:10: persistance: unknown key"));
        QVERIFY(lines[5].startsWith("multi.yaml:12: limits.max-inflight: expected an integer"));
        QCOMPARE(result.error.toString(), lines[0]);
        QVERIFY(result.settings.listeners.isEmpty()); // nothing half-applied
    }

    void everyMissingFileReported()
    {
        const auto result = ConfigLoader::parse("listeners:\n"
                                                "  s:\n"
                                                "    bind: :8885\n"
                                                "    ssl: on\n"
                                                "    certfile: /nonexistent/c.pem\n"
                                                "    keyfile: /nonexistent/k.pem\n"
                                                "auth:\n"
                                                "  password-file: /nonexistent/passwd\n",
                                                "/tmp/files.yaml");
        QVERIFY(result.ok());
        const QList<broker::ConfigError> errors =
            ConfigLoader::validateAllPaths(result.settings, result.source);
        QCOMPARE(errors.size(), 3); // one per key: a missing file is not also "not a PEM"
        QCOMPARE(errors[0].line, 5);
        QCOMPARE(errors[1].line, 6);
        QCOMPARE(errors[2].toString(),
                 QStringLiteral("/tmp/files.yaml:8: auth.password-file: file /nonexistent/passwd "
                                "not found"));
        QCOMPARE(ConfigLoader::validatePaths(result.settings, result.source).toString(),
                 errors[0].toString());
    }

    void defaultsWithoutListeners()
    {
        const auto result = ConfigLoader::parse("", "empty.yaml");
        QVERIFY(result.ok());
        QCOMPARE(result.settings.listeners.size(), 1);
        QCOMPARE(result.settings.listeners[0].port, quint16(1883));
        QVERIFY(result.settings.limits.allowAnonymous);
        QCOMPARE(result.settings.limits.sysInterval, 10);
    }
    void bridgesAsTheReadmeWritesThem()
    {
        // The keys of the README's Bridges section, with both ways of writing a topic line.
        const QByteArray text = "bridges:\n"
                                "  cloud:\n"
                                "    address: [mqtts://a.example:8883, mqtt://b.example]\n"
                                "    client-id: wb-bridge-cloud\n"
                                "    username: u\n"
                                "    password: p\n"
                                "    protocol-version: 3.1.1\n"
                                "    cafile: ca.pem\n"
                                "    insecure: true\n"
                                "    clean-start: false\n"
                                "    keepalive: 30\n"
                                "    local-username: bridge\n"
                                "    reconnect-delay: 2\n"
                                "    reconnect-max-delay: 60\n"
                                "    topics:\n"
                                "      - {pattern: \"sensors/#\", direction: out, qos: 1}\n"
                                "      - {pattern: \"x/#\", direction: both, qos: 2, local-prefix: "
                                "\"local/\", remote-prefix: \"remote/\"}\n"
                                "      - \"cmd/+ in 1 \\\"\\\" site1/\"\n"
                                "  second:\n"
                                "    address: ws://c.example/mqtt\n"
                                "    topics: [\"a/#\"]\n";
        QTemporaryDir dir;
        const auto result = ConfigLoader::parse(text, dir.filePath("b.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const QList<broker::BridgeSettings> &bridges = result.settings.bridges;
        QCOMPARE(bridges.size(), 2);
        const broker::BridgeSettings &b = bridges[0];
        QCOMPARE(b.name, QStringLiteral("cloud"));
        QCOMPARE(b.addresses, (QStringList{"mqtts://a.example:8883", "mqtt://b.example"}));
        QCOMPARE(b.clientId, QStringLiteral("wb-bridge-cloud"));
        QCOMPARE(b.userName, QStringLiteral("u"));
        QCOMPARE(b.password, QByteArray("p"));
        QCOMPARE(b.protocolVersion, mqtt::ProtocolVersion::V3_1_1);
        QCOMPARE(b.caFile, QDir::cleanPath(dir.filePath("ca.pem")));
        QVERIFY(b.insecure);
        QVERIFY(!b.cleanStart);
        QCOMPARE(b.keepAlive, quint16(30));
        QCOMPARE(b.localUsername, QStringLiteral("bridge"));
        QCOMPARE(b.reconnectDelayMs, 2000);
        QCOMPARE(b.reconnectMaxDelayMs, 60000);
        QCOMPARE(b.topics.size(), 3);
        QCOMPARE(b.topics[0].pattern, QStringLiteral("sensors/#"));
        QCOMPARE(b.topics[0].direction, broker::BridgeTopic::Direction::Out);
        QCOMPARE(b.topics[0].qos, mqtt::QoS::AtLeastOnce);
        QCOMPARE(b.topics[1].direction, broker::BridgeTopic::Direction::Both);
        QCOMPARE(b.topics[1].qos, mqtt::QoS::ExactlyOnce);
        QCOMPARE(b.topics[1].localPrefix, QStringLiteral("local/"));
        QCOMPARE(b.topics[1].remotePrefix, QStringLiteral("remote/"));
        QCOMPARE(b.topics[2].pattern, QStringLiteral("cmd/+"));
        QCOMPARE(b.topics[2].direction, broker::BridgeTopic::Direction::In);
        QCOMPARE(b.topics[2].localPrefix, QString());
        QCOMPARE(b.topics[2].remotePrefix, QStringLiteral("site1/"));
        // Defaults: protocol 5, direction out, QoS 0.
        QCOMPARE(bridges[1].protocolVersion, mqtt::ProtocolVersion::V5);
        QCOMPARE(bridges[1].topics[0].direction, broker::BridgeTopic::Direction::Out);
        QCOMPARE(bridges[1].topics[0].qos, mqtt::QoS::AtMostOnce);
    }

    void bridgeErrorsAllReportedWithLines()
    {
        const QByteArray text = "bridges:\n"
                                "  bad:\n"
                                "    address: http://x\n"
                                "    protocol-version: 4.0\n"
                                "    topics:\n"
                                "      - {pattern: \"a/#\", direction: sideways}\n"
                                "      - {pattern: \"b/#\", local-prefix: \"l/+/\"}\n"
                                "      - {pattern: \"c/#\", qos: 3}\n"
                                "  no-address:\n"
                                "    topics: [\"a\"]\n";
        const auto result = ConfigLoader::parse(text, "b.yaml");
        QVERIFY(!result.ok());
        QStringList lines;
        for (const broker::ConfigError &e : result.errors)
            lines.append(e.toString());
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines[0].startsWith("b.yaml:3: bridges.bad.address: expected an mqtt://"),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith("b.yaml:4: bridges.bad.protocol-version: expected 5 or 3.1.1"),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(
                     "b.yaml:6: bridges.bad.topics[0].direction: expected in, out or both"),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith("b.yaml:7: bridges.bad.topics[1]: a prefix may not contain"),
                 qPrintable(lines[3]));
        QVERIFY2(lines[4].startsWith(
                     "b.yaml:8: bridges.bad.topics[2].qos: expected an integer from 0 to 2"),
                 qPrintable(lines[4]));
        QVERIFY2(lines[5].startsWith("b.yaml:10: bridges.no-address: missing key 'address'"),
                 qPrintable(lines[5]));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
