#include <broker/aclfile.h>
#include <broker/authmanager.h>
#include <broker/configloader.h>
#include <broker/passwordfile.h>

#include "loginratelimiter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using broker::AclAction;

/// ACL decisions of AuthManager for the seeds' `topic-check.acl` map and for mosquitto ACL
/// files, on publish, subscribe and (retained) delivery; $SYS read-only; authentication
/// outcomes, reason codes, failed-login delays and reload.
class TestAcl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text);
        return file.fileName();
    }
    /// Parses a YAML configuration (relative paths from the temporary directory) and
    /// configures an AuthManager with it.
    bool configure(broker::AuthManager *auth, const QByteArray &yaml)
    {
        const auto result = broker::ConfigLoader::parse(yaml, m_dir.filePath("broker.yaml"));
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.error.toString()));
            return false;
        }
        QString error;
        if (!auth->configure(result.settings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    static void addColumns()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("allowed");
    }
    static void row(const char *name, const char *user, const char *clientId, AclAction action,
                    const char *topic, bool allowed)
    {
        QTest::newRow(name) << (user ? QString::fromUtf8(user) : QString()) << clientId
                            << int(action) << topic << allowed;
    }
    static bool decide(const broker::AuthManager &auth)
    {
        QFETCH(QString, user);
        QFETCH(QString, clientId);
        QFETCH(int, action);
        QFETCH(QString, topic);
        broker::AclRequest request{.clientId = clientId,
                                   .userName =
                                       user.isNull() ? std::nullopt : std::optional<QString>(user),
                                   .action = AclAction(action),
                                   .topic = topic};
        return auth.authorize(request);
    }

private Q_SLOTS:
    void topicCheckAcl_data()
    {
        addColumns();
        const auto P = AclAction::Publish, S = AclAction::Subscribe, R = AclAction::Receive;
        row("pub + level", "alice", "c", P, "repositories/app/master", true);
        row("pub other branch", "alice", "c", P, "repositories/app/dev", false);
        row("pub exact", "alice", "c", P, "data/memes", true);
        row("pub # parent", "alice", "c", P, "calendar", true);
        row("sub inside #", "alice", "c", S, "calendar/+/today", true);
        row("sub same filter", "alice", "c", S, "repositories/+/master", true);
        row("sub wider than allowed", "alice", "c", S, "repositories/#", false);
        row("sub everything", "alice", "c", S, "#", false);
        row("shared sub checked by inner filter", "alice", "c", S, "$share/g/calendar/#", true);
        row("shared sub wider than allowed", "alice", "c", S, "$share/g/#", false);
        row("retained delivery allowed", "alice", "c", R, "data/memes", true);
        row("retained delivery denied", "alice", "c", R, "data/secrets", false);
        row("anonymous pub", nullptr, "c", P, "public/news", true);
        row("anonymous sub elsewhere", nullptr, "c", S, "calendar/#", false);
        row("user without entry", "mallory", "c", P, "public/news", false);
        row("empty list", "nobody", "c", R, "public/news", false);
        // [MQTT-4.7.2-1] a leading wildcard does not reach $ topics; $SYS is read-only.
        row("# does not cover $SYS", "wild", "c", R, "$SYS/broker/uptime", false);
        row("$SYS readable when granted", "root", "c", S, "$SYS/#", true);
        row("$SYS delivery when granted", "root", "c", R, "$SYS/broker/uptime", true);
        row("$SYS never writable", "root", "c", P, "$SYS/broker/uptime", false);
    }

    void topicCheckAcl()
    {
        broker::AuthManager auth;
        QVERIFY(configure(&auth,
                          "topic-check:\n"
                          "  enabled: true\n"
                          "  plugins: ['topic_acl']\n"
                          "  acl:\n"
                          "    alice: ['repositories/+/master', 'calendar/#', 'data/memes']\n"
                          "    anonymous: ['public/#']\n"
                          "    nobody: []\n"
                          "    wild: '#'\n"
                          "    root: ['#', '$SYS/#']\n"));
        QVERIFY(auth.checksDelivery());
        QFETCH(bool, allowed);
        QCOMPARE(decide(auth), allowed);
    }

    void aclFile_data()
    {
        addColumns();
        const auto P = AclAction::Publish, S = AclAction::Subscribe, R = AclAction::Receive;
        row("readwrite pub", "alice", "c", P, "sensors/a/temp", true);
        row("deny pub", "alice", "c", P, "sensors/secret", false);
        row("deny retained delivery", "alice", "c", R, "sensors/secret", false);
        row("sub wider than a deny", "alice", "c", S, "sensors/#", true);
        row("sub to denied topic", "alice", "c", S, "sensors/secret", false);
        row("$SYS sub", "alice", "c", S, "$SYS/#", true);
        row("$SYS delivery", "alice", "c", R, "$SYS/broker/uptime", true);
        row("$SYS pub", "alice", "c", P, "$SYS/broker/uptime", false);
        row("write-only pub", "alice", "c", P, "cmd/alice", true);
        row("write-only sub", "alice", "c", S, "cmd/alice", false);
        row("write-only delivery", "alice", "c", R, "cmd/alice", false);
        row("access omitted = readwrite", "bob", "c", P, "sensors/x/temp", true);
        row("bob sub wider", "bob", "c", S, "sensors/#", false);
        row("other user's topic", "bob", "c", P, "cmd/alice", false);
        row("%c pattern", "alice", "dev1", P, "devices/dev1/status", true);
        row("%c other client", "alice", "dev1", P, "devices/dev2/status", false);
        row("%c for user without section", "carol", "c1", S, "devices/c1/#", true);
        row("%c with '/' in client id", "alice", "x/y", P, "devices/x/y/status", false);
        row("%u read", "alice", "c", R, "users/alice/inbox", true);
        row("%u read-only", "alice", "c", P, "users/alice/inbox", false);
        row("%u anonymous", nullptr, "c", R, "users//inbox", false);
        row("anonymous general topic", nullptr, "c", S, "public/#", true);
        row("anonymous read-only", nullptr, "c", P, "public/x", false);
        row("anonymous elsewhere", nullptr, "c", R, "sensors/a/temp", false);
        row("general topics are not for users", "bob", "c", R, "public/x", false);
    }

    void aclFile()
    {
        writeFile("acl", "# general topics: anonymous clients\n"
                         "topic read public/#\n"
                         "\n"
                         "user alice\n"
                         "topic readwrite sensors/#\n"
                         "topic deny sensors/secret\n"
                         "topic read $SYS/#\n"
                         "topic write cmd/alice\n"
                         "user bob\n"
                         "topic sensors/+/temp\n"
                         "pattern readwrite devices/%c/#\n"
                         "pattern read users/%u/inbox\n");
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "topic-check:\n  enabled: true\n  acl-file: acl\n"));
        QCOMPARE(auth.authorizationPlugins(), QStringList{"acl_file"});
        QFETCH(bool, allowed);
        QCOMPARE(decide(auth), allowed);
    }

    void aclFileErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("errors"); // after "acl:"
        const QString access = QStringLiteral("(expected read, write, readwrite or deny)");
        // A misspelt access word used to make "deyn secret/#" the topic filter of a
        // readwrite grant: the deny was gone and the file failed open (issue 12).
        QTest::newRow("misspelt deny") << QByteArray("user a\ntopic readwrite s/#\ntopic deyn "
                                                     "s/secret/#\n")
                                       << QStringList{"3: unknown access 'deyn' " + access};
        QTest::newRow("unknown keyword") << QByteArray("user a\ntopics read x\n")
                                         << QStringList{"2: unknown keyword 'topics' (expected "
                                                        "user, topic or pattern)"};
        QTest::newRow("topic without filter")
            << QByteArray("topic\npattern   \ntopic read\npattern deny\n")
            << QStringList{"1: topic needs a topic filter", "2: pattern needs a topic filter",
                           "3: topic needs a topic filter", "4: pattern needs a topic filter"};
        QTest::newRow("user without name")
            << QByteArray("user\ntopic x\n") << QStringList{"1: user needs a name"};
        QTest::newRow("invalid filter") << QByteArray("topic read a/#/b\npattern write x+/%c\n")
                                        << QStringList{"1: 'a/#/b' is not a valid topic filter",
                                                       "2: 'x+/%c' is not a valid topic filter"};
        // Every bad line in one run, not only the first.
        QTest::newRow("all bad lines")
            << QByteArray("# comment\nuser alice\ntopic rw b\nfrobnicate\ntopic read ok/#\n"
                          "topic wirte c\n")
            << QStringList{"3: unknown access 'rw' " + access,
                           "4: unknown keyword 'frobnicate' (expected user, topic or pattern)",
                           "6: unknown access 'wirte' " + access};
    }

    void aclFileErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, errors);
        broker::AclFile file;
        QString error;
        QVERIFY(file.parse("topic read before\n", "acl", &error));
        QVERIFY(!file.parse(text, "acl", &error));
        QStringList expected;
        for (const QString &e : errors)
            expected.append("acl:" + e);
        QCOMPARE(error.split(u'\n'), expected);
        // The previous rules stay.
        QCOMPARE(file.check({.action = AclAction::Receive, .topic = "before"}),
                 broker::Decision::Allow);
    }

    void aclFileAccessWords()
    {
        // What still parses, as mosquitto reads it: the access word is optional, a filter may
        // hold spaces after an access word, and '#'-comments and blank lines are skipped.
        broker::AclFile file;
        QString error;
        QVERIFY2(file.parse("topic plain/#\ntopic read with space/x\n\n  # c\n"
                            "topic deny plain/secret\n",
                            "acl", &error),
                 qPrintable(error));
        using broker::Decision;
        QCOMPARE(file.check({.action = AclAction::Publish, .topic = "plain/a"}), Decision::Allow);
        QCOMPARE(file.check({.action = AclAction::Receive, .topic = "with space/x"}),
                 Decision::Allow);
        QCOMPARE(file.check({.action = AclAction::Publish, .topic = "plain/secret"}),
                 Decision::Deny);
    }

    void bothFilesReportedTogether()
    {
        // A bad password file and a bad ACL file: both named in one configure().
        writeFile("passwd-bad", "alice:plain\nbob:$7$101$AAAA$BBBB\n");
        writeFile("acl-bad", "topic deyn x\n");
        broker::AuthManager auth;
        const auto result = broker::ConfigLoader::parse("auth:\n  password-file: passwd-bad\n"
                                                        "topic-check:\n  enabled: true\n"
                                                        "  acl-file: acl-bad\n",
                                                        m_dir.filePath("broker.yaml"));
        QVERIFY(result.ok());
        QString error;
        QVERIFY(!auth.configure(result.settings, &error));
        const QString passwd = m_dir.filePath("passwd-bad");
        QCOMPARE(error.split(u'\n'),
                 (QStringList{passwd + ":1: user alice: password is not hashed",
                              passwd + ":2: user bob: malformed password hash",
                              m_dir.filePath("acl-bad") +
                                  ":1: unknown access 'deyn' (expected read, write, readwrite "
                                  "or deny)"}));
    }

    void topicCheckDisabled()
    {
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "topic-check:\n  enabled: false\n  acl:\n    alice: []\n"));
        QVERIFY(!auth.checksDelivery());
        QVERIFY(auth.authorize({.userName = "alice", .action = AclAction::Publish, .topic = "a"}));
        QVERIFY(auth.authorize({.action = AclAction::Subscribe, .topic = "#"}));
        QVERIFY(!auth.authorize({.action = AclAction::Publish, .topic = "$SYS/broker/x"}));
        QVERIFY(!auth.authorize({.action = AclAction::Publish, .topic = "$SYS"}));
        QVERIFY(auth.authorize({.action = AclAction::Publish, .topic = "$SYSTEM/x"}));
    }

    void bothAclFormsAddUp()
    {
        writeFile("acl2", "user alice\ntopic read from/file\n");
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "topic-check:\n  enabled: true\n  acl-file: acl2\n"
                                 "  acl:\n    alice: [from/map]\n"));
        QCOMPARE(auth.authorizationPlugins(), (QStringList{"topic_acl", "acl_file"}));
        QVERIFY(auth.authorize(
            {.userName = "alice", .action = AclAction::Receive, .topic = "from/map"}));
        QVERIFY(auth.authorize(
            {.userName = "alice", .action = AclAction::Receive, .topic = "from/file"}));
        QVERIFY(!auth.authorize(
            {.userName = "alice", .action = AclAction::Publish, .topic = "from/file"}));
    }

    void authentication()
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        passwords.setPassword("slow", "s3cret", broker::PasswordFile::Algorithm::Sha512Crypt,
                              broker::PasswordFile::SlowIterations + 1);
        QString error;
        QVERIFY(passwords.save(m_dir.filePath("passwd"), &error));
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "listeners:\n"
                                 "  tls:\n"
                                 "    bind: 127.0.0.1:0\n"
                                 "    ssl: on\n"
                                 "    certfile: server.crt\n"
                                 "    keyfile: server.key\n"
                                 "    cafile: ca.crt\n"
                                 "    use-identity-as-username: true\n"
                                 "auth:\n"
                                 "  allow-anonymous: false\n"
                                 "  password-file: passwd\n"
                                 "  failed-login-free-attempts: 0\n"));
        QCOMPARE(auth.authenticationPlugins(), (QStringList{"auth.anonymous", "auth.file"}));
        const QHostAddress peer(QStringLiteral("10.0.0.1"));

        broker::AuthOutcome ok = auth.authenticateAndWait(
            {.clientId = "c", .userName = "alice", .password = "s3cret", .peerAddress = peer});
        QVERIFY(ok.allowed);
        QCOMPARE(ok.reason, mqtt::ReasonCode::Success);
        QCOMPARE(ok.userName, std::optional<QString>("alice"));
        QCOMPARE(ok.delayMs, 0);
        // A quick hash (mosquitto_passwd's) is checked at once; a slow one (hbmqtt's) is not
        // computed by authenticate, which runs on the broker's thread: the outcome carries it.
        QVERIFY(!auth.authenticate({.clientId = "c",
                                    .userName = "alice",
                                    .password = "s3cret",
                                    .peerAddress = peer})
                     .pendingCheck);
        const broker::AuthRequest slow{
            .clientId = "c", .userName = "slow", .password = "s3cret", .peerAddress = peer};
        broker::AuthOutcome pending = auth.authenticate(slow);
        QVERIFY(!pending.allowed);
        QVERIFY(pending.pendingCheck);
        QVERIFY(pending.pendingCheck());
        const broker::AuthOutcome completed = auth.completeAuthentication(slow, pending, true);
        QVERIFY(completed.allowed);
        QCOMPARE(completed.userName, std::optional<QString>("slow"));
        QVERIFY(!completed.pendingCheck);
        // An unknown user takes as long as a slow one: no quick refusal tells that it is not
        // in the file.
        const broker::AuthRequest nobody{
            .clientId = "c", .userName = "nobody", .password = "s3cret", .peerAddress = peer};
        broker::AuthOutcome decoy = auth.authenticate(nobody);
        QVERIFY(decoy.pendingCheck);
        QVERIFY(!decoy.pendingCheck());
        QCOMPARE(auth.completeAuthentication(nobody, decoy, false).reason,
                 mqtt::ReasonCode::BadUserNameOrPassword);

        // [MQTT-3.1.4-2]-style refusals carry the reason: 0x86 for wrong credentials,
        // 0x87 for anonymous clients when anonymous access is off.
        const broker::AuthOutcome wrong = auth.authenticateAndWait(
            {.clientId = "c", .userName = "alice", .password = "guess", .peerAddress = peer});
        QVERIFY(!wrong.allowed);
        QCOMPARE(wrong.reason, mqtt::ReasonCode::BadUserNameOrPassword);
        const broker::AuthOutcome unknown = auth.authenticateAndWait(
            {.clientId = "c", .userName = "eve", .password = "s3cret", .peerAddress = peer});
        QCOMPARE(unknown.reason, mqtt::ReasonCode::BadUserNameOrPassword);
        const broker::AuthOutcome anonymous =
            auth.authenticateAndWait({.clientId = "c", .peerAddress = QHostAddress("10.0.0.2")});
        QVERIFY(!anonymous.allowed);
        QCOMPARE(anonymous.reason, mqtt::ReasonCode::NotAuthorized);

        // A verified certificate on a use-identity-as-username listener: CN is the user.
        const broker::AuthOutcome cert =
            auth.authenticateAndWait({.clientId = "d",
                                      .peerAddress = QHostAddress("10.0.0.3"),
                                      .listener = "tls",
                                      .certificateCommonName = "client1"});
        QVERIFY(cert.allowed);
        QCOMPARE(cert.userName, std::optional<QString>("client1"));
        // ... only there.
        QVERIFY(!auth.authenticateAndWait({.clientId = "d",
                                           .peerAddress = QHostAddress("10.0.0.3"),
                                           .listener = "other",
                                           .certificateCommonName = "client1"})
                     .allowed);
    }

    void failedLoginsSlowDown()
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        QString error;
        QVERIFY(passwords.save(m_dir.filePath("passwd2"), &error));
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "auth:\n"
                                 "  password-file: passwd2\n"
                                 "  failed-login-free-attempts: 2\n"
                                 "  failed-login-delay: 100000\n"
                                 "  failed-login-max-delay: 350000\n"));
        const QHostAddress attacker(QStringLiteral("192.0.2.7"));
        auto attempt = [&](const QHostAddress &peer, const char *password) {
            return auth.authenticateAndWait(
                {.clientId = "c", .userName = "alice", .password = password, .peerAddress = peer});
        };
        // Two free failures, then 100 s: measured in ms against a monotonic clock, so allow
        // for the time the test itself takes.
        QCOMPARE(attempt(attacker, "1").delayMs, 0);
        QCOMPARE(attempt(attacker, "2").delayMs, 0);
        const broker::AuthOutcome third = attempt(attacker, "3");
        QVERIFY(!third.allowed);
        QCOMPARE(third.reason, mqtt::ReasonCode::BadUserNameOrPassword);
        QVERIFY(qAbs(third.delayMs - 100000) < 5000);
        // While blocked, even the right password is refused unchecked when the block ends (no
        // oracle, and guesses sent in parallel gain nothing); the block does not grow.
        const broker::AuthOutcome blocked = attempt(attacker, "s3cret");
        QVERIFY(!blocked.allowed);
        QCOMPARE(blocked.reason, mqtt::ReasonCode::BadUserNameOrPassword);
        QVERIFY(blocked.delayMs > 90000 && blocked.delayMs <= third.delayMs);
        // Clients without credentials are not guessing: the chain decides for them at once.
        const broker::AuthOutcome anonymous =
            auth.authenticateAndWait({.clientId = "c", .peerAddress = attacker});
        QVERIFY(anonymous.allowed);
        QCOMPARE(anonymous.delayMs, 0);
        // Other addresses are not affected.
        QVERIFY(attempt(QHostAddress("192.0.2.8"), "s3cret").allowed);
    }

    void failedLoginDelayDoublesUpToTheMaximum()
    {
        broker::detail::LoginRateLimiter limiter;
        limiter.configure(1, 100000, 350000);
        const QHostAddress peer(QStringLiteral("192.0.2.9"));
        QCOMPARE(limiter.pendingDelay(peer), 0);
        limiter.recordFailure(peer); // free
        QCOMPARE(limiter.pendingDelay(peer), 0);
        const int expected[] = {100000, 200000, 350000, 350000};
        for (const int delay : expected) {
            limiter.recordFailure(peer);
            QVERIFY2(qAbs(limiter.pendingDelay(peer) - delay) < 5000,
                     qPrintable(QString::number(limiter.pendingDelay(peer))));
        }
        limiter.recordSuccess(peer);
        QCOMPARE(limiter.pendingDelay(peer), 0);
    }

    void blockEndsAfterTheDelay()
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        QString error;
        QVERIFY(passwords.save(m_dir.filePath("passwd4"), &error));
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "auth:\n"
                                 "  password-file: passwd4\n"
                                 "  failed-login-free-attempts: 0\n"
                                 "  failed-login-delay: 50\n"));
        const QHostAddress peer(QStringLiteral("192.0.2.10"));
        auto attempt = [&](const char *password) {
            return auth.authenticateAndWait(
                {.clientId = "c", .userName = "alice", .password = password, .peerAddress = peer});
        };
        QVERIFY(attempt("wrong").delayMs > 0);
        // Once the 50 ms block is over the right password is checked again (blocked attempts
        // in between do not extend the block).
        QTRY_VERIFY_WITH_TIMEOUT(attempt("s3cret").allowed, 5000);
        QCOMPARE(attempt("s3cret").delayMs, 0);
    }

    void reloadKeepsOldStateOnError()
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "one");
        QString error;
        const QString path = m_dir.filePath("passwd3");
        QVERIFY(passwords.save(path, &error));
        writeFile("acl3", "user alice\ntopic read a\n");
        broker::AuthManager auth;
        QVERIFY(configure(&auth, "auth:\n  password-file: passwd3\n"
                                 "topic-check:\n  enabled: true\n  acl-file: acl3\n"));
        auto login = [&](const char *password) {
            return auth
                .authenticateAndWait({.clientId = "c",
                                      .userName = "alice",
                                      .password = password,
                                      .peerAddress = QHostAddress::LocalHost})
                .allowed;
        };
        QVERIFY(login("one"));
        QVERIFY(auth.authorize({.userName = "alice", .action = AclAction::Receive, .topic = "a"}));

        passwords.setPassword("alice", "two");
        QVERIFY(passwords.save(path, &error));
        writeFile("acl3", "user alice\ntopic read b\n");
        QVERIFY2(auth.reload(&error), qPrintable(error));
        QVERIFY(login("two"));
        QVERIFY(!login("one"));
        QVERIFY(!auth.authorize({.userName = "alice", .action = AclAction::Receive, .topic = "a"}));
        QVERIFY(auth.authorize({.userName = "alice", .action = AclAction::Receive, .topic = "b"}));

        // A broken ACL file: reload fails with the line, and the previous rules stay.
        writeFile("acl3", "user alice\ntopic rw b\nfrobnicate\n");
        QVERIFY(!auth.reload(&error));
        QCOMPARE(error, m_dir.filePath("acl3") +
                            ":2: unknown access 'rw' (expected read, write, readwrite or deny)\n" +
                            m_dir.filePath("acl3") +
                            ":3: unknown keyword 'frobnicate' (expected user, topic or pattern)");
        QVERIFY(auth.authorize({.userName = "alice", .action = AclAction::Receive, .topic = "b"}));
        QVERIFY(login("two"));
    }

    void unknownPluginIsAnError()
    {
        const auto result =
            broker::ConfigLoader::parse("auth:\n  plugins: [auth.ldap]\n", "c.yaml");
        QVERIFY(result.ok());
        broker::AuthManager auth;
        QString error;
        QVERIFY(!auth.configure(result.settings, &error));
        QCOMPARE(error, QStringLiteral("auth.plugins: unknown plugin 'auth.ldap'"));
    }
};

QTEST_GUILESS_MAIN(TestAcl)
#include "tst_acl.moc"
