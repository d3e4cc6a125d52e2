#include <broker/passwordfile.h>

#include <testsupport.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// The real `mqtt-workbench broker -c config.yaml` with a mosquitto_passwd password file and a
/// mosquitto ACL file, driven by mosquitto_pub / mosquitto_sub (whose exit code is the CONNACK
/// return code / reason code when a connection is refused).
class TestSecurityE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_broker;
    quint16 m_port = 0;
    QString m_pub;
    QString m_sub;

    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        Run result;
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = process.readAll();
        return result;
    }
    QStringList connection(const char *user, const char *password) const
    {
        QStringList args{"-h", "127.0.0.1", "-p", QString::number(m_port)};
        if (user)
            args << "-u" << user << "-P" << password;
        return args;
    }
    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_MOSQUITTO(); // for mosquitto_pub / mosquitto_sub
        m_pub = QStandardPaths::findExecutable("mosquitto_pub");
        m_sub = QStandardPaths::findExecutable("mosquitto_sub");
        QVERIFY(!m_pub.isEmpty() && !m_sub.isEmpty());
        const QString binary = qEnvironmentVariable("MQTT_WORKBENCH");
        QVERIFY2(QFile::exists(binary), qPrintable("no binary at " + binary));

        // A file as mosquitto_passwd would write it, and one written by us.
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        passwords.setPassword("admin", "adminpw", broker::PasswordFile::Algorithm::Sha512);
        QString error;
        QVERIFY2(passwords.save(m_dir.filePath("passwd"), &error), qPrintable(error));
        writeFile("acl", "user alice\n"
                         "topic read public/#\n"
                         "topic deny public/secret\n"
                         "topic read zz/#\n"
                         "topic readwrite alice/#\n"
                         "user admin\n"
                         "topic readwrite #\n");
        m_port = testsupport::freePort();
        writeFile("config.yaml", QStringLiteral("listeners:\n"
                                                "  main:\n"
                                                "    bind: 127.0.0.1:%1\n"
                                                "auth:\n"
                                                "  allow-anonymous: false\n"
                                                "  password-file: passwd\n"
                                                "  failed-login-free-attempts: 100\n"
                                                "topic-check:\n"
                                                "  enabled: true\n"
                                                "  acl-file: acl\n")
                                     .arg(m_port)
                                     .toUtf8());
        m_broker.setProcessChannelMode(QProcess::MergedChannels);
        m_broker.start(binary, {"broker", "-c", m_dir.filePath("config.yaml")});
        QVERIFY2(testsupport::waitForPort(m_port), m_broker.readAll().constData());
    }

    void cleanupTestCase()
    {
        if (m_broker.state() != QProcess::NotRunning) {
            m_broker.terminate();
            if (!m_broker.waitForFinished(10000))
                m_broker.kill();
        }
    }

    void refusedLogins_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        // 3.1.1 CONNACK return codes 4 / 5; MQTT 5 reason codes 0x86 / 0x87.
        QTest::newRow("3.1.1 wrong password")
            << "311" << QByteArray("alice") << QByteArray("x") << 4;
        QTest::newRow("3.1.1 unknown user")
            << "311" << QByteArray("eve") << QByteArray("s3cret") << 4;
        QTest::newRow("3.1.1 anonymous") << "311" << QByteArray() << QByteArray() << 5;
        QTest::newRow("5 wrong password") << "5" << QByteArray("alice") << QByteArray("x") << 0x86;
        QTest::newRow("5 anonymous") << "5" << QByteArray() << QByteArray() << 0x87;
        QTest::newRow("5 right password")
            << "5" << QByteArray("alice") << QByteArray("s3cret") << 0;
        QTest::newRow("3.1.1 right password, $6$ hash")
            << "311" << QByteArray("admin") << QByteArray("adminpw") << 0;
    }

    void refusedLogins()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        const Run result =
            run(m_pub, connection(user.isEmpty() ? nullptr : user.constData(), password.constData())
                           << "-V" << version << "-t"
                           << "alice/x"
                           << "-m"
                           << "hello");
        QVERIFY2(result.exitCode == exitCode, result.output.constData());
    }

    void retainedDeliveryFollowsAcl()
    {
        // admin may write anywhere; alice may read public/# except public/secret.
        for (const char *topic : {"public/secret", "public/ok", "zz/end"}) {
            QCOMPARE(run(m_pub, connection("admin", "adminpw") << "-q"
                                                               << "1"
                                                               << "-r"
                                                               << "-t" << topic << "-m" << topic)
                         .exitCode,
                     0);
        }
        // One SUBSCRIBE with two filters: retained messages of the first come before those of
        // the second, so the second message alice sees is zz/end unless public/secret leaked.
        const Run result = run(m_sub, connection("alice", "s3cret") << "-t"
                                                                    << "public/+"
                                                                    << "-t"
                                                                    << "zz/end"
                                                                    << "-v"
                                                                    << "-C"
                                                                    << "2"
                                                                    << "-W"
                                                                    << "10");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.output, QByteArray("public/ok public/ok\nzz/end zz/end\n"));
    }

    void publishAndSubscribeFollowAcl()
    {
        // MQTT 5 SUBACK 0x87 for a filter outside alice's ACL.
        const Run denied = run(m_sub, connection("alice", "s3cret") << "-V"
                                                                    << "5"
                                                                    << "-t"
                                                                    << "secret/#"
                                                                    << "-W"
                                                                    << "10");
        QVERIFY2(denied.output.contains("All subscription requests were denied"),
                 denied.output.constData());
        // MQTT 5 PUBACK 0x87 for a topic alice may only read.
        const Run readOnly = run(m_pub, connection("alice", "s3cret") << "-V"
                                                                      << "5"
                                                                      << "-q"
                                                                      << "1"
                                                                      << "-t"
                                                                      << "public/x"
                                                                      << "-m"
                                                                      << "x");
        QVERIFY2(readOnly.output.contains("Not authorized"), readOnly.output.constData());
        // $SYS is read-only even for admin.
        const Run sys = run(m_pub, connection("admin", "adminpw") << "-V"
                                                                  << "5"
                                                                  << "-q"
                                                                  << "1"
                                                                  << "-t"
                                                                  << "$SYS/broker/x"
                                                                  << "-m"
                                                                  << "x");
        QVERIFY2(sys.output.contains("Not authorized"), sys.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecurityE2e)
#include "tst_securitye2e.moc"
