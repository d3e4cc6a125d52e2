#include "brokertestmain.h"
#include "configuredbroker.h"

#include <rawclient.h>
#include <testsupport.h>

#include <QDir>
#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using mqtt::ConnackPacket;
using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

/// Client certificates on TLS listeners configured from a file: CAs from `cafile`, `capath`
/// (a directory) or `cadata` (inline PEM), `require-certificate`, and
/// `use-identity-as-username` (the certificate's CN becomes the user name, which the ACL then
/// sees). Also: the seeds' sample configuration starts once its paths and addresses exist.
class TestSecurityTls : public QObject
{
    Q_OBJECT

private:
    testsupport::Certificates m_certs;
    testsupport::Certificates m_foreign; // another CA, whose client certificate must not pass
    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// TLS to localhost:port trusting our CA, presenting `certs`' client certificate unless
    /// null. True once the connection is encrypted.
    bool openTls(RawClient &client, quint16 port, const testsupport::Certificates *certs)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_certs.caFile()));
        if (certs) {
            tls.setLocalCertificate(QSslCertificate::fromPath(certs->clientCertFile()).value(0));
            tls.setPrivateKey(QSslKey(readAll(certs->clientKeyFile()), QSsl::Rsa));
        }
        client.socket().setSslConfiguration(tls);
        QSignalSpy encrypted(&client.socket(), &QSslSocket::encrypted);
        client.socket().connectToHostEncrypted(QStringLiteral("localhost"), port);
        return encrypted.wait(10000);
    }

    /// The CONNACK's reason code, or UnspecifiedError when none came.
    static ReasonCode reasonOf(const std::optional<ConnackPacket> &connack)
    {
        return connack ? connack->reasonCode : ReasonCode::UnspecifiedError;
    }

    /// A v5 QoS 1 PUBLISH; returns the PUBACK reason (or UnspecifiedError without an answer).
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

    /// A listener requiring client certificates verified by `caKeys` (YAML lines), with the CN
    /// as user name and an ACL that lets only "client1" publish to cn/#.
    QByteArray config(const QString &caKeys) const
    {
        return QStringLiteral("listeners:\n"
                              "  tls:\n"
                              "    bind: 127.0.0.1:0\n"
                              "    ssl: on\n"
                              "    certfile: %1\n"
                              "    keyfile: %2\n"
                              "%3"
                              "    use-identity-as-username: true\n"
                              "auth:\n"
                              "  allow-anonymous: false\n"
                              "topic-check:\n"
                              "  enabled: true\n"
                              "  acl:\n"
                              "    client1: ['cn/#']\n"
                              "    anonymous: ['#']\n")
            .arg(m_certs.serverCertFile(), m_certs.serverKeyFile(), caKeys)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.ok(), qPrintable(m_certs.errorString()));
        QVERIFY2(m_foreign.ok(), qPrintable(m_foreign.errorString()));
        QVERIFY(m_dir.isValid());
        // Two EC (P-256) key pairs with self-signed certificates, for the key-match checks.
        for (const char *name : {"ec", "ec2"}) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                           m_dir.filePath(QStringLiteral("%1.key").arg(name)), "-out",
                           m_dir.filePath(QStringLiteral("%1.crt").arg(name)), "-days", "2",
                           "-subj", "/CN=localhost"});
            QVERIFY(openssl.waitForFinished(30000));
            QCOMPARE(openssl.exitCode(), 0);
        }
    }

    static QString mismatch(const QString &certFile, const QString &keyFile)
    {
        return QStringLiteral("listeners.tls.keyfile: keyfile %1 does not belong to the "
                              "certificate in certfile %2 (another key pair: every TLS "
                              "handshake would fail)")
            .arg(keyFile, certFile);
    }

    void certificateNameIsTheUser_data()
    {
        QTest::addColumn<QString>("caKeys");
        QTest::newRow("cafile") << QStringLiteral("    cafile: %1\n").arg(m_certs.caFile());
        // A directory with the CA among other files (a README holds no certificate).
        QDir(m_dir.path()).mkdir("cas");
        QFile::copy(m_certs.caFile(), m_dir.filePath("cas/our-ca.pem"));
        QFile::copy(m_foreign.clientCertFile(), m_dir.filePath("cas/unrelated.pem"));
        QFile readme(m_dir.filePath("cas/README"));
        if (readme.open(QIODevice::WriteOnly))
            readme.write("not a certificate\n");
        QTest::newRow("capath") << QStringLiteral("    capath: %1\n").arg(m_dir.filePath("cas"));
        // Inline PEM, as a YAML block scalar.
        QString pem = QString::fromLatin1(readAll(m_certs.caFile())).trimmed();
        pem.replace(QLatin1String("\n"), QLatin1String("\n      "));
        QTest::newRow("cadata") << QStringLiteral("    cadata: |\n      %1\n").arg(pem);
    }

    void certificateNameIsTheUser()
    {
        QFETCH(QString, caKeys);
        ConfiguredBroker broker(m_dir.filePath("tls.yaml"), config(caKeys));
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));

        // A client with a certificate of our CA, without user name or password: CN "client1"
        // is its user, so the ACL lets it publish to cn/# and nothing else.
        RawClient client(ProtocolVersion::V5);
        QVERIFY(openTls(client, broker.port(), &m_certs));
        const auto connack = client.connect(QStringLiteral("with-cert"));
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
        QCOMPARE(broker.broker().clients().value(0).userName, QStringLiteral("client1"));
        QCOMPARE(publishReason(client, QStringLiteral("cn/x"), 1), ReasonCode::Success);
        QCOMPARE(publishReason(client, QStringLiteral("other/x"), 2), ReasonCode::NotAuthorized);

        // A user name in CONNECT does not override the certificate's.
        RawClient spoof(ProtocolVersion::V5);
        QVERIFY(openTls(spoof, broker.port(), &m_certs));
        mqtt::ConnectPacket connect = spoof.makeConnect(QStringLiteral("spoof"));
        connect.userName = QStringLiteral("admin");
        QCOMPARE(reasonOf(spoof.connect(connect)), ReasonCode::Success);
        QCOMPARE(publishReason(spoof, QStringLiteral("cn/y"), 1), ReasonCode::Success);

        // Without a certificate the handshake is refused: no MQTT answer, the socket closes.
        RawClient bare(ProtocolVersion::V5);
        openTls(bare, broker.port(), nullptr); // TLS 1.3 may report success before the alert
        bare.sendPacket(bare.makeConnect(QStringLiteral("bare")));
        QVERIFY(!bare.expect<ConnackPacket>(5000));
        QVERIFY(bare.waitForClosed());

        // A certificate from another CA is refused the same way.
        RawClient foreign(ProtocolVersion::V5);
        openTls(foreign, broker.port(), &m_foreign);
        foreign.sendPacket(foreign.makeConnect(QStringLiteral("foreign")));
        QVERIFY(!foreign.expect<ConnackPacket>(5000));
        QVERIFY(foreign.waitForClosed());
    }

    void certificateNameOverSecureWebSocket()
    {
        QByteArray yaml = config(QStringLiteral("    cafile: %1\n").arg(m_certs.caFile()));
        yaml.replace("    ssl: on\n", "    ssl: on\n    type: ws\n");
        ConfiguredBroker broker(m_dir.filePath("wss.yaml"), yaml);
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));

        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_certs.caFile()));
        tls.setLocalCertificate(QSslCertificate::fromPath(m_certs.clientCertFile()).value(0));
        tls.setPrivateKey(QSslKey(readAll(m_certs.clientKeyFile()), QSsl::Rsa));
        socket.setSslConfiguration(tls);
        QNetworkRequest request(QUrl(QStringLiteral("wss://localhost:%1/").arg(broker.port())));
        request.setRawHeader("Sec-WebSocket-Protocol", "mqtt");
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy received(&socket, &QWebSocket::binaryMessageReceived);
        socket.open(request);
        QVERIFY(connected.wait(10000));
        mqtt::ConnectPacket connect;
        connect.protocolVersion = ProtocolVersion::V5;
        connect.clientId = QStringLiteral("wss-cert");
        socket.sendBinaryMessage(mqtt::encode(connect, ProtocolVersion::V5));
        QVERIFY(received.wait(10000));
        // CONNACK (0x20), one length byte, flags, reason code Success.
        const QByteArray connack = received.at(0).at(0).toByteArray();
        QVERIFY(connack.size() >= 4);
        QCOMPARE(quint8(connack[0]), quint8(0x20));
        QCOMPARE(quint8(connack[3]), quint8(0));
        QCOMPARE(broker.broker().clients().value(0).userName, QStringLiteral("client1"));
    }

    void badTlsFilesStopTheStart_data()
    {
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("expected");
        QFile garbage(m_dir.filePath("garbage.pem"));
        if (garbage.open(QIODevice::WriteOnly))
            garbage.write("-----BEGIN NONSENSE-----\nxyz\n");
        const QString g = m_dir.filePath("garbage.pem");
        QTest::newRow("certificate")
            << g << m_certs.serverKeyFile()
            << QStringLiteral("listeners.tls.certfile: certfile %1: no PEM certificate in it")
                   .arg(g);
        QTest::newRow("key") << m_certs.serverCertFile() << g
                             << QStringLiteral("listeners.tls.keyfile: keyfile %1: no "
                                               "unencrypted PEM private key (RSA, EC or DSA) in it")
                                    .arg(g);
        QTest::newRow("directory")
            << m_certs.serverCertFile() << m_dir.path()
            << QStringLiteral("listeners.tls.keyfile: %1 is not a file").arg(m_dir.path());
        const QString absent = m_dir.filePath("absent.pem");
        QTest::newRow("key absent")
            << m_certs.serverCertFile() << absent
            << QStringLiteral("listeners.tls.keyfile: file %1 not found").arg(absent);
        QTest::newRow("certificate absent")
            << absent << m_certs.serverKeyFile()
            << QStringLiteral("listeners.tls.certfile: file %1 not found").arg(absent);
        // Issue 12: a key of another pair used to start the broker, and every handshake failed.
        QTest::newRow("key of another certificate")
            << m_certs.serverCertFile() << m_certs.clientKeyFile()
            << mismatch(m_certs.serverCertFile(), m_certs.clientKeyFile());
        QTest::newRow("EC key for an RSA certificate")
            << m_certs.serverCertFile() << m_dir.filePath("ec.key")
            << mismatch(m_certs.serverCertFile(), m_dir.filePath("ec.key"));
        QTest::newRow("RSA key for an EC certificate")
            << m_dir.filePath("ec.crt") << m_certs.serverKeyFile()
            << mismatch(m_dir.filePath("ec.crt"), m_certs.serverKeyFile());
        QTest::newRow("EC key of another EC certificate")
            << m_dir.filePath("ec.crt") << m_dir.filePath("ec2.key")
            << mismatch(m_dir.filePath("ec.crt"), m_dir.filePath("ec2.key"));
    }

    void badTlsFilesStopTheStart()
    {
        QFETCH(QString, certFile);
        QFETCH(QString, keyFile);
        QFETCH(QString, expected);
        ConfiguredBroker broker(m_dir.filePath("bad.yaml"), QStringLiteral("listeners:\n"
                                                                           "  tls:\n"
                                                                           "    bind: 127.0.0.1:0\n"
                                                                           "    ssl: on\n"
                                                                           "    certfile: %1\n"
                                                                           "    keyfile: %2\n")
                                                                .arg(certFile, keyFile)
                                                                .toUtf8());
        QVERIFY(!broker.ok());
        QVERIFY2(broker.errorString().endsWith(expected), qPrintable(broker.errorString()));
    }

    void keyMismatchStopsTheListener()
    {
        // The listener checks too (an embedding application gives it no configuration file):
        // no port opens, and the error names the listener and both files.
        broker::BrokerSettings settings;
        broker::ListenerSettings tls;
        tls.name = QStringLiteral("secure");
        tls.tls = true;
        tls.bindAddress = QHostAddress::LocalHost;
        tls.certFile = m_certs.serverCertFile();
        tls.keyFile = m_certs.clientKeyFile();
        settings.listeners.append(tls);
        settings.limits.sysInterval = 0;
        broker::Broker broker(settings);
        QVERIFY(!broker.start());
        QVERIFY(broker.listeningPorts().isEmpty());
        QCOMPARE(broker.errorString(),
                 QStringLiteral("listener secure: keyfile %1 does not belong to the certificate "
                                "in certfile %2 (another key pair: every TLS handshake would "
                                "fail)")
                     .arg(m_certs.clientKeyFile(), m_certs.serverCertFile()));
    }

    void absentFilesStopTheListener_data()
    {
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("expected");
        const QString absent = m_dir.filePath("absent.pem");
        QTest::newRow("key")
            << m_certs.serverCertFile() << absent
            << QStringLiteral("listener secure: keyfile %1: cannot read: ").arg(absent);
        QTest::newRow("certificate") << absent << m_certs.serverKeyFile()
                                     << QStringLiteral("listener secure: certfile %1: cannot "
                                                       "read: ")
                                            .arg(absent);
    }

    void absentFilesStopTheListener()
    {
        // Without a configuration file (an embedding application), the listener names the
        // file it cannot read, and no port opens.
        QFETCH(QString, certFile);
        QFETCH(QString, keyFile);
        QFETCH(QString, expected);
        broker::BrokerSettings settings;
        broker::ListenerSettings tls;
        tls.name = QStringLiteral("secure");
        tls.tls = true;
        tls.bindAddress = QHostAddress::LocalHost;
        tls.certFile = certFile;
        tls.keyFile = keyFile;
        settings.listeners.append(tls);
        settings.limits.sysInterval = 0;
        broker::Broker broker(settings);
        QVERIFY(!broker.start());
        QVERIFY(broker.listeningPorts().isEmpty());
        QVERIFY2(broker.errorString().startsWith(expected), qPrintable(broker.errorString()));
    }

    void matchingKeysStart_data()
    {
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QString>("keyFile");
        QTest::newRow("RSA, PKCS#8") << m_certs.serverCertFile() << m_certs.serverKeyFile();
        QTest::newRow("EC") << m_dir.filePath("ec.crt") << m_dir.filePath("ec.key");
    }

    void matchingKeysStart()
    {
        // The check refuses no right pair: the broker starts and a client completes the
        // handshake.
        QFETCH(QString, certFile);
        QFETCH(QString, keyFile);
        ConfiguredBroker broker(m_dir.filePath("pair.yaml"),
                                QStringLiteral("listeners:\n"
                                               "  tls:\n"
                                               "    bind: 127.0.0.1:0\n"
                                               "    ssl: on\n"
                                               "    certfile: %1\n"
                                               "    keyfile: %2\n")
                                    .arg(certFile, keyFile)
                                    .toUtf8());
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.setSslConfiguration(config);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), broker.port());
        QVERIFY(encrypted.wait(10000));
    }

    void requireCertificateNeedsSslAndCa_data()
    {
        QTest::addColumn<QByteArray>("listener");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no ssl") << QByteArray("    require-certificate: true\n")
                                << QStringLiteral("need ssl: on");
        QTest::newRow("no ca") << QByteArray("    ssl: on\n    certfile: c\n    keyfile: k\n"
                                             "    use-identity-as-username: true\n")
                               << QStringLiteral("need cafile, capath or cadata");
    }

    void requireCertificateNeedsSslAndCa()
    {
        QFETCH(QByteArray, listener);
        QFETCH(QString, expected);
        const auto result = broker::ConfigLoader::parse(
            "listeners:\n  a:\n    bind: 127.0.0.1:0\n" + listener, "c.yaml");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.toString().startsWith("c.yaml:2: listeners.a: "),
                 qPrintable(result.error.toString()));
        QVERIFY2(result.error.toString().contains(expected), qPrintable(result.error.toString()));
    }

    void seedSampleStarts()
    {
        // The seeds' sample with its file paths pointed at real files and its addresses at
        // free loopback ports, nothing else changed, starts all four listeners.
        QFile sample(QStringLiteral(TESTS_DATA_DIR "/config/seed-sample.yaml"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(sample.readAll());
        QDir(m_dir.path()).mkdir("folder");
        QFile::copy(m_certs.caFile(), m_dir.filePath("folder/ca.pem"));
        QFile passwd(m_dir.filePath("passwd_file"));
        QVERIFY(passwd.open(QIODevice::WriteOnly));
        passwd.close();
        text.replace("/some/cafile", m_certs.caFile());
        text.replace("/some/certfile", m_certs.serverCertFile());
        text.replace("/some/key", m_certs.serverKeyFile());
        text.replace("/some/passwd_file", passwd.fileName());
        text.replace("/some/folder", m_dir.filePath("folder"));
        text.replace("capath: certificate data", "capath: " + m_dir.filePath("folder"));
        for (const char *address :
             {"127.0.0.1:1883", "1.2.3.4:1884", "127.0.0.1:8885", "0.0.0.0:8080"})
            text.replace(address, "127.0.0.1:0");
        ConfiguredBroker broker(m_dir.filePath("seed.yaml"), text.toUtf8());
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));
        QCOMPARE(broker.broker().listeningPorts().size(), 4);

        // Anonymous access (auth.anonymous with the default allow-anonymous) on the TCP and
        // the TLS listener.
        RawClient tcp(ProtocolVersion::V3_1_1);
        QVERIFY(tcp.open(broker.port(0)));
        QCOMPARE(reasonOf(tcp.connect(QStringLiteral("seed-tcp"))), ReasonCode::Success);
        RawClient tls(ProtocolVersion::V3_1_1);
        QVERIFY(openTls(tls, broker.port(2), nullptr));
        QCOMPARE(reasonOf(tls.connect(QStringLiteral("seed-tls"))), ReasonCode::Success);
        QVERIFY(tls.expectNothingPending());
    }
};

BROKER_TEST_MAIN(TestSecurityTls)
#include "tst_securitytls.moc"
