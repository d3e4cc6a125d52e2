#include <broker/authmanager.h>
#include <broker/configloader.h>
#include <broker/passwordfile.h>

#include <QTemporaryDir>
#include <QTest>

/// A Qt plugin built by the test suite, loaded by AuthManager from `plugin-dir`, takes part
/// in authentication and authorisation ahead of the built-in plugins.
class TestPlugin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    broker::BrokerSettings config(const QByteArray &extra)
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "a");
        passwords.setPassword("mallory", "m");
        passwords.setPassword("eve", "e");
        QString error;
        if (!passwords.save(m_dir.filePath("passwd"), &error))
            qFatal("%s", qPrintable(error));
        const auto result = broker::ConfigLoader::parse(
            "plugin-dir: " PLUGIN_DIR "\n"
            "auth:\n  password-file: passwd\n  allow-anonymous: false\n"
            "topic-check:\n  enabled: true\n  acl:\n    alice: ['#']\n" +
                extra,
            m_dir.filePath("broker.yaml"));
        if (!result.ok())
            qFatal("%s", qPrintable(result.error.toString()));
        return result.settings;
    }
    static broker::AuthOutcome login(broker::AuthManager &auth, const QString &user,
                                     const QByteArray &password)
    {
        return auth.authenticateAndWait({.clientId = "c",
                                  .userName = user,
                                  .password = password,
                                  .peerAddress = QHostAddress::LocalHost});
    }

private Q_SLOTS:
    void loadedFromDirectory()
    {
        broker::AuthManager auth;
        QString error;
        QVERIFY2(auth.configure(config({}), &error), qPrintable(error));
        // Loaded plugins come first, then the built-ins that apply.
        QCOMPARE(auth.authenticationPlugins(),
                 (QStringList{"deny-mallory", "auth.anonymous", "auth.file"}));
        QCOMPARE(auth.authorizationPlugins(), (QStringList{"deny-mallory", "topic_acl"}));

        QVERIFY(login(auth, "alice", "a").allowed);
        // Right password, but the plugin refuses the user.
        const broker::AuthOutcome mallory = login(auth, "mallory", "m");
        QVERIFY(!mallory.allowed);
        QCOMPARE(mallory.reason, mqtt::ReasonCode::NotAuthorized);
        QVERIFY(login(auth, "eve", "e").allowed);

        // The plugin's deny beats the ACL's '#'.
        QVERIFY(auth.authorize(
            {.userName = "alice", .action = broker::AclAction::Publish, .topic = "open/x"}));
        QVERIFY(!auth.authorize(
            {.userName = "alice", .action = broker::AclAction::Publish, .topic = "forbidden/x"}));
        QVERIFY(auth.authorize(
            {.userName = "alice", .action = broker::AclAction::Subscribe, .topic = "forbidden/#"}));
    }

    void namedInPluginListsWithOptions()
    {
        broker::BrokerSettings c = config({});
        c.auth.plugins = {"auth.file", "deny-mallory"};
        c.auth.pluginsSet = true;
        c.topicCheck.plugins = {"deny-mallory"};
        c.topicCheck.pluginsSet = true;
        c.pluginOptions.insert("deny-mallory", QVariantMap{{"who", "eve"}});
        broker::AuthManager auth;
        QString error;
        QVERIFY2(auth.configure(c, &error), qPrintable(error));
        QCOMPARE(auth.authenticationPlugins(), (QStringList{"auth.file", "deny-mallory"}));
        // auth.file decides first for users it knows; the plugin only sees the rest.
        QVERIFY(login(auth, "mallory", "m").allowed);
        QVERIFY(login(auth, "eve", "e").allowed);
        QCOMPARE(login(auth, "eve", "wrong").reason, mqtt::ReasonCode::BadUserNameOrPassword);
        // Only the plugin checks topics: what it does not deny, nobody allows.
        QVERIFY(!auth.authorize(
            {.userName = "alice", .action = broker::AclAction::Publish, .topic = "open/x"}));

        // A plugin refusing its options makes configure() fail and keeps the previous chain.
        c.pluginOptions.insert("deny-mallory", QVariantMap{{"who", ""}});
        QVERIFY(!auth.configure(c, &error));
        QCOMPARE(error, QStringLiteral("plugin-options.deny-mallory.who: must not be empty"));
        QCOMPARE(auth.authenticationPlugins(), (QStringList{"auth.file", "deny-mallory"}));
    }

    void missingPluginDir()
    {
        broker::BrokerSettings c = config({});
        c.pluginDir = m_dir.filePath("no-such-dir");
        broker::AuthManager auth;
        QString error;
        QVERIFY(!auth.configure(c, &error));
        QCOMPARE(error, "plugin-dir: directory " + c.pluginDir + " not found");
    }
};

QTEST_GUILESS_MAIN(TestPlugin)
#include "tst_plugin.moc"
