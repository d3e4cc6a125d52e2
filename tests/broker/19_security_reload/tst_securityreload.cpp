#include "brokertestmain.h"
#include <broker/passwordfile.h>

#include <rawclient.h>
#include <testsupport.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using mqtt::ConnackPacket;
using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

/// `mqtt-workbench broker -c FILE` as a process: SIGHUP re-reads the password and ACL files
/// without dropping connections (a broken file keeps the old rules, with one error line), and
/// bad TLS files or a missing listener address keep the broker from starting.
class TestSecurityReload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_binary;
    QProcess m_broker;
    QByteArray m_output;
    quint16 m_port = 0;

    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }
    void writePasswords(const char *alicePassword)
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", alicePassword);
        QString error;
        QVERIFY2(passwords.save(m_dir.filePath("passwd"), &error), qPrintable(error));
    }
    /// Sends SIGHUP and waits for the broker's answer line (one per SIGHUP).
    bool reload(const QByteArray &expectedLine)
    {
        const qsizetype before = m_output.count(expectedLine);
        ::kill(pid_t(m_broker.processId()), SIGHUP);
        QElapsedTimer timer;
        timer.start();
        while (m_output.count(expectedLine) == before && timer.elapsed() < 10000)
            m_broker.waitForReadyRead(200);
        return m_output.count(expectedLine) == before + 1;
    }
    static std::optional<ConnackPacket> login(RawClient &client, quint16 port, const char *password)
    {
        if (!client.open(port))
            return std::nullopt;
        mqtt::ConnectPacket connect = client.makeConnect(QStringLiteral("c-") + password);
        connect.userName = QStringLiteral("alice");
        connect.password = QByteArray(password);
        return client.connect(connect);
    }
    static ReasonCode publishReason(RawClient &client, const QString &topic, quint16 packetId)
    {
        mqtt::PublishPacket publish;
        publish.topic = topic;
        publish.payload = "x";
        publish.qos = mqtt::QoS::AtLeastOnce;
        publish.packetId = packetId;
        client.sendPacket(publish);
        const auto ack = client.expect<mqtt::PubackPacket>();
        if (!ack)
            return ReasonCode::UnspecifiedError;
        // Accepted with nobody subscribed is 0x10 in MQTT 5, a success like 0x00.
        return ack->reasonCode == ReasonCode::NoMatchingSubscribers ? ReasonCode::Success
                                                                    : ack->reasonCode;
    }
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };
    Run runBroker(const QString &config)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_binary, {"broker", "-c", config});
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

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("MQTT_WORKBENCH");
        QVERIFY2(QFile::exists(m_binary), qPrintable("no binary at " + m_binary));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        if (m_broker.state() != QProcess::NotRunning) {
            m_broker.terminate();
            if (!m_broker.waitForFinished(10000))
                m_broker.kill();
        }
    }

    void sighupReloadsWithoutDroppingConnections()
    {
        writePasswords("one");
        writeFile("acl", "user alice\ntopic readwrite a/#\n");
        m_port = testsupport::freePort();
        writeFile("config.yaml", QStringLiteral("listeners:\n"
                                                "  main:\n"
                                                "    bind: 127.0.0.1:%1\n"
                                                "auth:\n"
                                                "  allow-anonymous: false\n"
                                                "  password-file: passwd\n"
                                                "topic-check:\n"
                                                "  enabled: true\n"
                                                "  acl-file: acl\n")
                                     .arg(m_port)
                                     .toUtf8());
        m_broker.setProcessChannelMode(QProcess::MergedChannels);
        connect(&m_broker, &QProcess::readyRead, this, [this] { m_output += m_broker.readAll(); });
        m_broker.start(m_binary, {"broker", "-c", m_dir.filePath("config.yaml")});
        QVERIFY2(testsupport::waitForPort(m_port), m_output.constData());

        RawClient old(ProtocolVersion::V5);
        auto connack = login(old, m_port, "one");
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
        QCOMPARE(publishReason(old, "a/1", 1), ReasonCode::Success);
        QCOMPARE(publishReason(old, "b/1", 2), ReasonCode::NotAuthorized);

        // New password and new ACL, then SIGHUP.
        writePasswords("two");
        writeFile("acl", "user alice\ntopic readwrite b/#\n");
        QVERIFY2(reload("Reloaded the password and ACL files."), m_output.constData());

        // The old connection is still up, and the new ACL applies to its publishes.
        QVERIFY(old.expectNothingPending());
        QCOMPARE(publishReason(old, "a/2", 3), ReasonCode::NotAuthorized);
        QCOMPARE(publishReason(old, "b/2", 4), ReasonCode::Success);
        // New connections see the new password file.
        RawClient withOld(ProtocolVersion::V5);
        connack = login(withOld, m_port, "one");
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword);
        RawClient withNew(ProtocolVersion::V5);
        connack = login(withNew, m_port, "two");
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);

        // A broken ACL file: one clear error naming file and line; the previous rules stay.
        writeFile("acl", "user alice\ntopic readwrite c/#\nfrobnicate\n");
        const QByteArray error = "mqtt-workbench broker: reload failed, keeping the previous "
                                 "password and ACL rules: " +
                                 m_dir.filePath("acl").toUtf8() +
                                 ":3: unknown keyword 'frobnicate' (expected user, topic or "
                                 "pattern)\n";
        QVERIFY2(reload(error), m_output.constData());
        QCOMPARE(m_output.count("reload failed"), 1);
        QVERIFY(old.expectNothingPending());
        QCOMPARE(publishReason(old, "b/3", 5), ReasonCode::Success);
        QCOMPARE(publishReason(old, "c/3", 6), ReasonCode::NotAuthorized);
        RawClient afterError(ProtocolVersion::V5);
        connack = login(afterError, m_port, "two");
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);

        // A password file that vanished is an error too; fixing it and SIGHUP recovers.
        QVERIFY(QFile::remove(m_dir.filePath("passwd")));
        QVERIFY2(reload("reload failed"), m_output.constData());
        writePasswords("three");
        writeFile("acl", "user alice\ntopic readwrite c/#\n");
        QVERIFY2(reload("Reloaded the password and ACL files."), m_output.constData());
        QCOMPARE(publishReason(old, "c/4", 7), ReasonCode::Success);
        QVERIFY(m_broker.state() == QProcess::Running);
    }

    void badAclAndPasswordFilesKeepTheBrokerDown()
    {
        // Issue 12: a misspelt access word ("deyn") used to be read as part of the topic
        // filter, so the deny vanished and the broker started failing open. Now every bad
        // line of both files is one error line "file:line: message", exit code 1, and no
        // listener opens.
        writeFile("acl-bad", "user alice\ntopic readwrite secret/public/#\n"
                             "topic deyn secret/#\nfrobnicate all\ntopic\n");
        writeFile("passwd-bad", "alice:plain\n");
        const quint16 port = testsupport::freePort();
        writeFile("bad-acl.yaml", QStringLiteral("listeners:\n"
                                                 "  main:\n"
                                                 "    bind: 127.0.0.1:%1\n"
                                                 "auth:\n"
                                                 "  password-file: passwd-bad\n"
                                                 "topic-check:\n"
                                                 "  enabled: true\n"
                                                 "  acl-file: acl-bad\n")
                                      .arg(port)
                                      .toUtf8());
        const Run run = runBroker(m_dir.filePath("bad-acl.yaml"));
        QCOMPARE(run.exitCode, 1);
        const QByteArray acl = m_dir.filePath("acl-bad").toUtf8();
        const QByteArray expected =
            "mqtt-workbench broker: " + m_dir.filePath("passwd-bad").toUtf8() +
            ":1: user alice: password is not hashed\n"
            "mqtt-workbench broker: " +
            acl +
            ":3: unknown access 'deyn' (expected read, write, readwrite or deny)\n"
            "mqtt-workbench broker: " +
            acl +
            ":4: unknown keyword 'frobnicate' (expected user, topic or pattern)\n"
            "mqtt-workbench broker: " +
            acl + ":5: topic needs a topic filter\n";
        QCOMPARE(run.output, expected);
    }

    void reloadNamesEveryBadLineInOneLine()
    {
        writePasswords("one");
        writeFile("acl-r", "user alice\ntopic readwrite a/#\n");
        const quint16 port = testsupport::freePort();
        writeFile("reload.yaml", QStringLiteral("listeners:\n"
                                                "  main:\n"
                                                "    bind: 127.0.0.1:%1\n"
                                                "auth:\n"
                                                "  password-file: passwd\n"
                                                "topic-check:\n"
                                                "  enabled: true\n"
                                                "  acl-file: acl-r\n")
                                     .arg(port)
                                     .toUtf8());
        QProcess broker;
        QByteArray output;
        broker.setProcessChannelMode(QProcess::MergedChannels);
        connect(&broker, &QProcess::readyRead, this, [&] { output += broker.readAll(); });
        broker.start(m_binary, {"broker", "-c", m_dir.filePath("reload.yaml")});
        QVERIFY2(testsupport::waitForPort(port), output.constData());
        RawClient client(ProtocolVersion::V5);
        auto connack = login(client, port, "one");
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);

        // Two bad lines: one error line naming both; the old rules stay.
        writeFile("acl-r", "user alice\ntopic deyn a/#\ntopic readwrite b/#\nusr bob\n");
        const QByteArray acl = m_dir.filePath("acl-r").toUtf8();
        const QByteArray error = "mqtt-workbench broker: reload failed, keeping the previous "
                                 "password and ACL rules: " +
                                 acl +
                                 ":2: unknown access 'deyn' (expected read, write, readwrite "
                                 "or deny); " +
                                 acl +
                                 ":4: unknown keyword 'usr' (expected user, topic or pattern)\n";
        ::kill(pid_t(broker.processId()), SIGHUP);
        QTRY_VERIFY2_WITH_TIMEOUT(output.contains(error), output.constData(), 10000);
        QCOMPARE(output.count("reload failed"), 1);
        QCOMPARE(publishReason(client, "a/1", 1), ReasonCode::Success);
        QCOMPARE(publishReason(client, "b/1", 2), ReasonCode::NotAuthorized);
        broker.terminate();
        QVERIFY(broker.waitForFinished(10000));
    }

    void badCertificateFilesKeepTheBrokerDown_data()
    {
        QTest::addColumn<QByteArray>("certFile");
        QTest::addColumn<QByteArray>("keyFile");
        QTest::addColumn<QByteArray>("named");
        writeFile("garbage.pem", "not a certificate\n");
        const QByteArray garbage = m_dir.filePath("garbage.pem").toUtf8();
        const QByteArray missing = m_dir.filePath("missing.pem").toUtf8();
        // Kept until the test ends: the rows name its files.
        static std::unique_ptr<testsupport::Certificates> keep;
        keep = std::make_unique<testsupport::Certificates>();
        QVERIFY2(keep->ok(), qPrintable(keep->errorString()));
        const QByteArray cert = keep->serverCertFile().toUtf8();
        const QByteArray key = keep->serverKeyFile().toUtf8();
        QTest::newRow("certificate not PEM") << garbage << key << garbage;
        QTest::newRow("key not PEM") << cert << garbage << garbage;
        QTest::newRow("key missing") << cert << missing << missing;
        // Issue 12: the key of another pair used to start a broker whose handshakes all fail.
        const QByteArray otherKey = keep->clientKeyFile().toUtf8();
        QTest::newRow("key of another certificate") << cert << otherKey << otherKey;
        QTest::newRow("key is a directory")
            << cert << m_dir.path().toUtf8() << m_dir.path().toUtf8();
    }

    void badCertificateFilesKeepTheBrokerDown()
    {
        QFETCH(QByteArray, certFile);
        QFETCH(QByteArray, keyFile);
        QFETCH(QByteArray, named);
        const quint16 port = testsupport::freePort();
        writeFile("bad.yaml", "listeners:\n"
                              "  tls:\n"
                              "    bind: 127.0.0.1:" +
                                  QByteArray::number(port) +
                                  "\n"
                                  "    ssl: on\n"
                                  "    certfile: " +
                                  certFile + "\n    keyfile: " + keyFile + "\n");
        const Run run = runBroker(m_dir.filePath("bad.yaml"));
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, run.output.constData());
        QVERIFY2(run.output.contains(named), run.output.constData());
        QVERIFY2(!run.output.contains("Listening"), run.output.constData());
        // One line, naming the configuration file and the key.
        QCOMPARE(run.output.count('\n'), 1);
        QVERIFY2(run.output.startsWith(
                     "mqtt-workbench broker: " + m_dir.filePath("bad.yaml").toUtf8() + ":"),
                 run.output.constData());
    }
};

BROKER_TEST_MAIN(TestSecurityReload)
#include "tst_securityreload.moc"
