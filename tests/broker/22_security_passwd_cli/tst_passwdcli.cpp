#include <broker/passwordfile.h>

#include <testsupport.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// `mqtt-workbench passwd` (the real binary): mosquitto_passwd's options, exit codes and
/// one-line errors; the files it writes are accepted by a real mosquitto.
class TestPasswdCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_binary;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess process;
        process.start(m_binary, QStringList{"passwd"} + args);
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static broker::PasswordFile load(const QString &path)
    {
        broker::PasswordFile file;
        QString error;
        if (!file.load(path, &error))
            qWarning("%s", qPrintable(error));
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("MQTT_WORKBENCH");
        QVERIFY2(QFile::exists(m_binary), qPrintable("no binary at " + m_binary));
    }

    void createUpdateDelete()
    {
        const QString file = m_dir.filePath("passwd");
        QCOMPARE(run({"-c", "-b", file, "alice", "s3cret"}).exitCode, 0);
        QVERIFY(read(file).startsWith("alice:$7$101$"));
        // Not a terminal: the password is the first line of stdin.
        QCOMPARE(run({file, "bob"}, "from stdin\n").exitCode, 0);
        QCOMPARE(run({"-H", "sha512", "-b", file, "carol", "c"}).exitCode, 0);
        QVERIFY(read(file).contains("\ncarol:$6$"));
        broker::PasswordFile passwords = load(file);
        QCOMPARE(passwords.userNames(), (QStringList{"alice", "bob", "carol"}));
        QVERIFY(passwords.verify("alice", "s3cret"));
        QVERIFY(passwords.verify("bob", "from stdin"));
        QVERIFY(passwords.verify("carol", "c"));

        QCOMPARE(run({"-b", file, "alice", "changed"}).exitCode, 0);
        QCOMPARE(run({"-D", file, "bob"}).exitCode, 0);
        passwords = load(file);
        QCOMPARE(passwords.userNames(), (QStringList{"alice", "carol"}));
        QVERIFY(passwords.verify("alice", "changed"));

        const Run missing = run({"-D", file, "bob"});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, "mqtt-workbench passwd: user bob is not in " + file.toUtf8() + "\n");
    }

    void hashPlainFile()
    {
        const QString file = m_dir.filePath("plain");
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("# users\nalice:one\nbob:two:with:colons\n");
        plain.close();
        QCOMPARE(run({"-U", file}).exitCode, 0);
        const broker::PasswordFile passwords = load(file);
        QVERIFY(passwords.verify("alice", "one"));
        QVERIFY(passwords.verify("bob", "two:with:colons"));
        QVERIFY(read(file).startsWith("# users\nalice:$7$"));
        // Hashing again leaves hashed lines alone.
        const QByteArray once = read(file);
        QCOMPARE(run({"-U", file}).exitCode, 0);
        QCOMPARE(read(file), once);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("firstLine");
        QTest::newRow("no arguments")
            << QStringList{} << 2 << QByteArray("mqtt-workbench passwd: expected FILE USER");
        QTest::newRow("unknown option") << QStringList{"-x", "f", "u"} << 2
                                        << QByteArray("mqtt-workbench passwd: unknown option '-x'");
        QTest::newRow("-c with -D") << QStringList{"-c", "-D", "f", "u"} << 2
                                    << QByteArray("mqtt-workbench passwd: -c and -D cannot be used "
                                                  "together");
        QTest::newRow("bad hash") << QStringList{"-H", "md5", "f", "u"} << 2
                                  << QByteArray("mqtt-workbench passwd: unknown hash 'md5' (use "
                                                "sha512-pbkdf2 or sha512)");
        QTest::newRow("colon in user") << QStringList{"-b", "-c", "f", "a:b", "p"} << 2
                                       << QByteArray("mqtt-workbench passwd: user names must not "
                                                     "be empty or contain ':'");
        QTest::newRow("missing file") << QStringList{"-b", "/nonexistent/pw", "u", "p"} << 1
                                      << QByteArray("mqtt-workbench passwd: /nonexistent/pw: No "
                                                    "such file or directory");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, firstLine);
        const Run result = run(args);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.split('\n').value(0), firstLine);
        QVERIFY(result.out.isEmpty());
    }

    void promptsWithoutEcho()
    {
        // A real terminal (Python's pty): asked twice, the typed password is not echoed.
        const QString python = QStandardPaths::findExecutable("python3");
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QString file = m_dir.filePath("tty");
        const char *script = R"(
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], 'passwd', '-c', sys.argv[2], 'alice'])
out = b''
def expect(text):
    global out
    while text not in out:
        chunk = os.read(fd, 256)
        if not chunk:
            raise SystemExit('eof before ' + repr(text))
        out += chunk
expect(b'Password: ')
os.write(fd, b'typed-secret\n')
expect(b'Reenter password: ')
os.write(fd, b'typed-secret\n')
_, status = os.waitpid(pid, 0)
sys.stdout.write(repr(out) + ' exit=' + str(os.WEXITSTATUS(status)))
)";
        QProcess process;
        process.start(python, {"-c", script, m_binary, file});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray output = process.readAllStandardOutput();
        QVERIFY2(output.endsWith("exit=0"), output.constData());
        QVERIFY2(!output.contains("typed-secret"), output.constData());
        QVERIFY(load(file).verify("alice", "typed-secret"));
    }

    void help()
    {
        const Run result = run({"--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: mqtt-workbench passwd"));
        QVERIFY(result.out.contains("Exit codes:"));
    }

    void acceptedByMosquitto()
    {
        REQUIRE_MOSQUITTO();
        const QString pub = QStandardPaths::findExecutable("mosquitto_pub");
        if (pub.isEmpty())
            QSKIP("mosquitto_pub is not installed");
        const QString file = m_dir.filePath("for-mosquitto");
        QCOMPARE(run({"-c", "-b", file, "alice", "s3cret"}).exitCode, 0);
        QCOMPARE(run({"-H", "sha512", "-b", file, "bob", "hunter2"}).exitCode, 0);

        testsupport::Mosquitto mosquitto;
        const quint16 port = mosquitto.addTcpListener();
        mosquitto.addConfig(QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(file));
        QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
        auto publish = [&](const QString &user, const QString &password) {
            QProcess process;
            process.start(pub, {"-h", "127.0.0.1", "-p", QString::number(port), "-t", "t", "-m",
                                "x", "-u", user, "-P", password});
            if (!process.waitForFinished(20000)) {
                process.kill();
                process.waitForFinished();
                return -1;
            }
            return process.exitCode();
        };
        QCOMPARE(publish("alice", "s3cret"), 0);
        QCOMPARE(publish("bob", "hunter2"), 0);
        QVERIFY(publish("alice", "wrong") != 0);
    }
};

QTEST_GUILESS_MAIN(TestPasswdCli)
#include "tst_passwdcli.moc"
