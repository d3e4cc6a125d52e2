#include "brokertestmain.h"
#include "configuredbroker.h"

#include <rawclient.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

/// Configuration keys that reach the running broker through the loaded BrokerSettings:
/// max-connections (0 = unlimited), capath / cadata / require-certificate, and
/// timeout-disconnect-delay (grace after 1.5 x keep-alive).
class TestSecuritySettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void listenerKeysAreConverted()
    {
        const auto result = broker::ConfigLoader::parse("listeners:\n"
                                                        "  default:\n"
                                                        "    max-connections: 0\n"
                                                        "  a:\n"
                                                        "    bind: 127.0.0.1:0\n"
                                                        "  b:\n"
                                                        "    bind: 127.0.0.1:0\n"
                                                        "    max-connections: 7\n"
                                                        "    ssl: on\n"
                                                        "    certfile: c\n"
                                                        "    keyfile: k\n"
                                                        "    capath: /etc/ssl/certs\n"
                                                        "    cadata: PEM\n"
                                                        "    use-identity-as-username: true\n"
                                                        "timeout-disconnect-delay: 3\n"
                                                        "limits:\n"
                                                        "  back-pressure-queued-messages: 200\n",
                                                        "c.yaml");
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const broker::BrokerSettings &settings = result.settings;
        QCOMPARE(settings.listeners.size(), 2);
        QCOMPARE(settings.listeners[0].maxConnections, -1); // 0 in the file: no limit
        QCOMPARE(settings.listeners[1].maxConnections, 7);
        QCOMPARE(settings.listeners[1].caPath, QStringLiteral("/etc/ssl/certs"));
        QCOMPARE(settings.listeners[1].caData, QByteArray("PEM"));
        // The CN may only stand for the user when the handshake verified the certificate.
        QVERIFY(settings.listeners[1].requireClientCertificate);
        QVERIFY(!settings.listeners[0].requireClientCertificate);
        QCOMPARE(settings.limits.keepAliveGraceMs, 3000);
        QCOMPARE(settings.limits.backPressureQueuedMessages, 200);
    }

    void maxConnectionsZeroIsUnlimited()
    {
        ConfiguredBroker broker(m_dir.filePath("c.yaml"), "listeners:\n"
                                                          "  a:\n"
                                                          "    bind: 127.0.0.1:0\n"
                                                          "    max-connections: 0\n");
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 20; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->open(broker.port()));
            const auto connack = clients.back()->connect(QStringLiteral("c%1").arg(i));
            QVERIFY(connack);
            QCOMPARE(connack->reasonCode, ReasonCode::Success);
        }
    }

    void keepAliveTimeoutIncludesTheDelay()
    {
        // Keep-alive 1 s: the broker may close after 1.5 s [MQTT-3.1.2-22], plus the
        // configured timeout-disconnect-delay of 1 s.
        ConfiguredBroker broker(m_dir.filePath("k.yaml"), "listeners:\n"
                                                          "  a:\n"
                                                          "    bind: 127.0.0.1:0\n"
                                                          "timeout-disconnect-delay: 1\n");
        QVERIFY2(broker.ok(), qPrintable(broker.errorString()));
        RawClient client(ProtocolVersion::V5);
        QVERIFY(client.open(broker.port()));
        QElapsedTimer silent;
        silent.start();
        const auto connack = client.connect(client.makeConnect("quiet", true, 1));
        QVERIFY(connack);
        const auto disconnect = client.expect<mqtt::DisconnectPacket>(10000);
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::KeepAliveTimeout);
        QVERIFY2(silent.elapsed() >= 2500 - 50, qPrintable(QString::number(silent.elapsed())));
    }
};

BROKER_TEST_MAIN(TestSecuritySettings)
#include "tst_securitysettings.moc"
