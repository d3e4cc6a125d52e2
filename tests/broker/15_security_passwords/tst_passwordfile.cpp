#include <broker/passwordfile.h>

#include <testsupport.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using broker::PasswordFile;

/// PasswordFile against the real mosquitto_passwd and mosquitto, both ways, and against an
/// independent PBKDF2 / SHA-512 implementation (Python's hashlib).
class TestPasswordFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString tool(const char *name)
    {
        return QStandardPaths::findExecutable(QString::fromLatin1(name),
                                              {"/usr/bin", "/usr/sbin", "/usr/local/bin"});
    }
    /// Runs a program to completion (bounded); returns its exit code, -1 when it did not run.
    static int run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
                   const QByteArray &input = {})
    {
        QProcess process;
        process.start(program, args);
        if (!process.waitForStarted(10000))
            return -1;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QString mosquittoPasswd()
    {
        const QString path = tool("mosquitto_passwd");
        if (path.isEmpty() && qEnvironmentVariableIsSet("CI"))
            qFatal("mosquitto_passwd is not installed but CI is set");
        return path;
    }

private Q_SLOTS:
    void fileWrittenByMosquittoPasswd_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("pbkdf2-sha512 (default)") << QString() << QByteArray("$7$101$");
        QTest::newRow("sha512") << QStringLiteral("sha512") << QByteArray("$6$");
    }

    void fileWrittenByMosquittoPasswd()
    {
        QFETCH(QString, algorithm);
        QFETCH(QByteArray, prefix);
        const QString passwd = mosquittoPasswd();
        if (passwd.isEmpty())
            QSKIP("mosquitto_passwd is not installed");
        const QString file = m_dir.filePath("mosquitto-" + QString(QTest::currentDataTag()));
        QStringList hash = algorithm.isEmpty() ? QStringList() : QStringList{"-H", algorithm};
        QCOMPARE(run(passwd, hash + QStringList{"-b", "-c", file, "alice", "s3cret"}), 0);
        QCOMPARE(run(passwd, hash + QStringList{"-b", file, "bob", "pässwörd with spaces"}), 0);

        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY2(text.startsWith("alice:" + prefix), text.constData());

        PasswordFile passwords;
        QString error;
        QVERIFY2(passwords.load(file, &error), qPrintable(error));
        QCOMPARE(passwords.userNames(), (QStringList{"alice", "bob"}));
        QVERIFY(passwords.verify("alice", "s3cret"));
        QVERIFY(passwords.verify("bob", QStringLiteral("pässwörd with spaces").toUtf8()));
        QVERIFY(!passwords.verify("alice", "s3cret "));
        QVERIFY(!passwords.verify("alice", "S3cret"));
        QVERIFY(!passwords.verify("alice", ""));
        QVERIFY(!passwords.verify("bob", "s3cret"));
        QVERIFY(!passwords.verify("carol", "s3cret"));
        // Saved unchanged, the file is byte for byte what mosquitto_passwd wrote.
        QCOMPARE(passwords.toText(), text);
    }

    void hashesMatchIndependentImplementation_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("iterations");
        QTest::newRow("pbkdf2 101") << int(PasswordFile::Algorithm::Pbkdf2Sha512) << 101;
        QTest::newRow("pbkdf2 1000") << int(PasswordFile::Algorithm::Pbkdf2Sha512) << 1000;
        QTest::newRow("sha512") << int(PasswordFile::Algorithm::Sha512) << 0;
    }

    void hashesMatchIndependentImplementation()
    {
        QFETCH(int, algorithm);
        QFETCH(int, iterations);
        const QString python = tool("python3");
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QByteArray password = "correct horse battery staple";
        const QByteArray hash = PasswordFile::hashPassword(
            password, PasswordFile::Algorithm(algorithm), qMax(iterations, 1));
        // Python recomputes the hash from the salt we wrote and the password.
        const char *script = R"(
import base64, hashlib, sys
password = sys.stdin.buffer.read()
parts = sys.argv[1].split('$')
if parts[1] == '7':
    salt = base64.b64decode(parts[3]); want = parts[4]
    digest = hashlib.pbkdf2_hmac('sha512', password, salt, int(parts[2]))
else:
    salt = base64.b64decode(parts[2]); want = parts[3]
    digest = hashlib.sha512(password + salt).digest()
assert len(salt) == 12, len(salt)
print('match' if base64.b64encode(digest).decode() == want else 'differ')
)";
        QByteArray output;
        QCOMPARE(run(python, {"-c", script, QString::fromLatin1(hash)}, &output, password), 0);
        QCOMPARE(output.trimmed(), QByteArray("match"));
        QVERIFY(PasswordFile::verifyHash(hash, password));
        QVERIFY(!PasswordFile::verifyHash(hash, password + "x"));
    }

    // The SHA-512 test vectors of Drepper's specification ("Unix crypt using SHA-256 and
    // SHA-512"), including a salt longer than 16 characters and rounds below the minimum.
    void sha512CryptSpecificationVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("default rounds")
            << QByteArray("Hello world!")
            << QByteArray("$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI"
                          "68u4OTLiBFdcbYEdFCoEOfaS35inz1");
        QTest::newRow("rounds=10000")
            << QByteArray("Hello world!")
            << QByteArray("$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbM"
                          "CVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.");
        QTest::newRow("rounds=5000 written")
            << QByteArray("This is just a test")
            << QByteArray("$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3g"
                          "lMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0");
        QTest::newRow("long password")
            << QByteArray("a very much longer text to encrypt.  This one even stretches over more"
                          "than one line.")
            << QByteArray("$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ"
                          "6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGqd8p4ur1");
        QTest::newRow("short salt")
            << QByteArray("we have a short salt string but not a short password")
            << QByteArray("$6$rounds=77777$short$WuQyW2YR.hBNpjjRhpYD/ifIw05xdfeEyQoMxIXbkvr0gge1a"
                          "1x3yRULJ5CCaUeOxFmtlcGZelFl5CxtgfiAc0");
        QTest::newRow("16-character salt")
            << QByteArray("a short string")
            << QByteArray("$6$rounds=123456$asaltof16chars..$BtCwjqMJGx5hrJhZywWvt0RLE8uZ4oPwcelCj"
                          "mw2kSYu.Ec6ycULevoBK25fs2xXgMNrCzIMVcgEJAstJeonj1");
        // The specification writes rounds=1000 for a requested 10; a file may hold either.
        QTest::newRow("rounds below minimum")
            << QByteArray("the minimum number is still observed")
            << QByteArray("$6$rounds=10$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWG"
                          "sUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX.");
    }

    void sha512CryptSpecificationVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, hash);
        QVERIFY(PasswordFile::isHash(hash));
        QVERIFY(PasswordFile::verifyHash(hash, password));
        QVERIFY(!PasswordFile::verifyHash(hash, password + "!"));
        QVERIFY(!PasswordFile::verifyHash(hash, QByteArray()));
    }

    // A file as hbmqtt / MoaT-MQTT users have it (passlib's sha512_crypt), beside mosquitto's
    // own `$6$` and `$7$` lines in the same file.
    void hbmqttFileBesideMosquittoFormats()
    {
        const QByteArray text =
            "# written by passlib.hash.sha512_crypt (hbmqtt's documentation)\n"
            "hb:$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/"
            "UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.\n"
            "plain:$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiB"
            "FdcbYEdFCoEOfaS35inz1\n"
            "mosq6:" +
            PasswordFile::hashPassword("m6", PasswordFile::Algorithm::Sha512) +
            "\nmosq7:" + PasswordFile::hashPassword("m7", PasswordFile::Algorithm::Pbkdf2Sha512) +
            "\n";
        PasswordFile passwords;
        QString error;
        QVERIFY2(passwords.parse(text, "passwd", &error), qPrintable(error));
        QCOMPARE(passwords.userNames(), QStringList({"hb", "plain", "mosq6", "mosq7"}));
        QVERIFY(passwords.verify("hb", "Hello world!"));
        QVERIFY(passwords.verify("plain", "Hello world!"));
        QVERIFY(passwords.verify("mosq6", "m6"));
        QVERIFY(passwords.verify("mosq7", "m7"));
        QVERIFY(!passwords.verify("hb", "m6"));
        QVERIFY(!passwords.verify("mosq6", "Hello world!"));
        QCOMPARE(passwords.toText(), text); // kept as written

        // Malformed crypt lines are refused with the line named.
        QVERIFY(
            !passwords.parse("x:$6$rounds=abc$salt$" + QByteArray(86, 'a') + "\n", "pw", &error));
        QCOMPARE(error, QStringLiteral("pw:1: user x: malformed password hash"));
        QVERIFY(!passwords.parse("x:$6$rounds=20000000$salt$" + QByteArray(86, 'a') + "\n", "pw",
                                 &error));
        QVERIFY(!passwords.parse("x:$6$salt$" + QByteArray(85, 'a') + "*\n", "pw", &error));
    }

    // Hashes we write are crypt(3)'s: `openssl passwd -6` reproduces them from salt and password,
    // and we accept what it writes.
    void sha512CryptMatchesOpenssl()
    {
        const QString openssl = tool("openssl");
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        const QByteArray password = "correct horse battery staple";
        const QByteArray ours =
            PasswordFile::hashPassword(password, PasswordFile::Algorithm::Sha512Crypt, 5000);
        QVERIFY(ours.startsWith("$6$rounds=5000$"));
        const QByteArray salt = ours.split('$').value(3);
        QCOMPARE(salt.size(), 16);
        QByteArray output;
        QCOMPARE(run(openssl, {"passwd", "-6", "-stdin", "-salt", QString::fromLatin1(salt)},
                     &output, password + "\n"),
                 0);
        const QByteArray theirs = output.trimmed(); // "$6$salt$hash": the default 5000 rounds
        QCOMPARE(theirs.split('$').value(3), ours.split('$').value(4));
        QVERIFY(PasswordFile::verifyHash(theirs, password));
        QVERIFY(PasswordFile::verifyHash(ours, password));
        QVERIFY(!PasswordFile::verifyHash(ours, "correct horse"));
    }

    void ourFileWorksWithMosquitto()
    {
        REQUIRE_MOSQUITTO();
        const QString pub = tool("mosquitto_pub");
        if (pub.isEmpty())
            QSKIP("mosquitto_pub is not installed");
        PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        passwords.setPassword("bob", "hunter2", PasswordFile::Algorithm::Sha512);
        const QString file = m_dir.filePath("ours");
        QString error;
        QVERIFY2(passwords.save(file, &error), qPrintable(error));
        QCOMPARE(QFile(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());

        testsupport::Mosquitto mosquitto;
        const quint16 port = mosquitto.addTcpListener();
        mosquitto.addConfig(QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(file));
        QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
        auto publish = [&](const QString &user, const QString &password) {
            return run(pub, {"-h", "127.0.0.1", "-p", QString::number(port), "-t", "t", "-m", "x",
                             "-u", user, "-P", password});
        };
        QCOMPARE(publish("alice", "s3cret"), 0);
        QCOMPARE(publish("bob", "hunter2"), 0);
        QVERIFY(publish("alice", "wrong") != 0);
        QVERIFY(publish("bob", "s3cret") != 0);
    }

    void editsAndErrors()
    {
        PasswordFile passwords;
        QString error;
        QVERIFY(passwords.parse("# team\n\nalice:" + PasswordFile::hashPassword("a", {}) + "\n",
                                "pw", &error));
        passwords.setPassword("bob", "b", PasswordFile::Algorithm::Sha512);
        passwords.setPassword("alice", "new");
        QVERIFY(passwords.verify("alice", "new"));
        QVERIFY(!passwords.verify("alice", "a"));
        QVERIFY(passwords.remove("bob"));
        QVERIFY(!passwords.remove("bob"));
        QVERIFY(passwords.toText().startsWith("# team\n\nalice:$7$101$"));

        PasswordFile other;
        QVERIFY(!other.parse("alice:" + PasswordFile::hashPassword("a", {}) + "\nbob:plain\n", "pw",
                             &error));
        QCOMPARE(error, QStringLiteral("pw:2: user bob: password is not hashed"));
        QVERIFY(!other.parse("carol:$7$101$AAAA$BBBB\n", "pw", &error));
        QCOMPARE(error, QStringLiteral("pw:1: user carol: malformed password hash"));
        QVERIFY(!other.parse("carol:$7$0$AAAA$BBBB\n", "pw", &error));
        QVERIFY(!other.parse("no colon here\n", "pw", &error));
        QCOMPARE(error, QStringLiteral("pw:1: expected user:hash"));
        QVERIFY(other.userNames().isEmpty()); // failed loads change nothing
        QVERIFY(!other.load(m_dir.filePath("absent"), &error));
    }

    void everyBadLineIsReported()
    {
        // One run names every malformed line, not only the first (issue 12), each as
        // "file:line: message"; good lines around them do not count.
        const QByteArray good = "alice:" + PasswordFile::hashPassword("a", {}) + "\n";
        PasswordFile passwords;
        QString error;
        QVERIFY(!passwords.parse(good + "bob:plain\n# comment\n:$6$AAAA$BBBB\n" + good +
                                     "carol:$7$101$AAAA$BBBB\nno colon\n",
                                 "pw", &error));
        QCOMPARE(
            error.split(u'\n'),
            (QStringList{"pw:2: user bob: password is not hashed", "pw:4: expected user:hash",
                         "pw:6: user carol: malformed password hash", "pw:7: expected user:hash"}));
        QVERIFY(passwords.userNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordFile)
#include "tst_passwordfile.moc"
