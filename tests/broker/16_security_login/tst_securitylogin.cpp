#include "brokertestmain.h"
#include "configuredbroker.h"

#include <broker/passwordfile.h>

#include <rawclient.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using mqtt::ConnackPacket;
using mqtt::ProtocolVersion;
using mqtt::ReasonCode;

Q_DECLARE_METATYPE(mqtt::ReasonCode)

/// Refused logins over real sockets: the CONNACK reason code for each cause and version, and
/// the per-address failed-login delay (a timer in the broker: other clients are served while
/// a refused one waits for its answer).
class TestSecurityLogin : public QObject
{
    Q_OBJECT

private:
    static constexpr int DelayMs = 600;
    QTemporaryDir m_dir;
    bool m_slowUser = false; ///< startBroker adds "slow", whose hash takes long to check

    /// Rounds of SHA-512 crypt that take a good part of a second (hbmqtt's passlib files use
    /// 656,000): long enough for other clients to be served while one login is checked.
    static constexpr int SlowRounds = 1'000'000;

    std::unique_ptr<ConfiguredBroker> startBroker(int freeAttempts)
    {
        broker::PasswordFile passwords;
        passwords.setPassword("alice", "s3cret");
        if (m_slowUser)
            passwords.setPassword("slow", "s3cret", broker::PasswordFile::Algorithm::Sha512Crypt,
                                  SlowRounds);
        QString error;
        if (!passwords.save(m_dir.filePath("passwd"), &error))
            qWarning("%s", qPrintable(error));
        return std::make_unique<ConfiguredBroker>(
            m_dir.filePath("config.yaml"), QStringLiteral("listeners:\n"
                                                          "  main:\n"
                                                          "    bind: 127.0.0.1:0\n"
                                                          "auth:\n"
                                                          "  allow-anonymous: false\n"
                                                          "  password-file: passwd\n"
                                                          "  failed-login-free-attempts: %1\n"
                                                          "  failed-login-delay: %2\n"
                                                          "  failed-login-max-delay: 5000\n")
                                               .arg(freeAttempts)
                                               .arg(DelayMs)
                                               .toUtf8());
    }

    /// A CONNECT from `client` (already open); the CONNACK is awaited by the caller.
    static void sendConnect(RawClient &client, const char *user, const char *password)
    {
        mqtt::ConnectPacket connect = client.makeConnect(QStringLiteral("c-") + (user ? user : ""));
        if (user)
            connect.userName = QString::fromLatin1(user);
        if (password)
            connect.password = QByteArray(password);
        client.sendPacket(connect);
    }

    /// A client whose connections come from 127.0.0.2 (another peer address than 127.0.0.1).
    static bool openFrom(RawClient &client, const char *address, quint16 port)
    {
        if (!client.socket().bind(QHostAddress(QString::fromLatin1(address)), 0))
            return false;
        return client.open(port);
    }

private Q_SLOTS:
    void reasonCodes_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<ReasonCode>("expected");
        // [MQTT-3.2.2-6] / 3.1.1 table 3.1: return code 4 bad user name or password, 5 not
        // authorized; MQTT 5: 0x86, 0x87 (the codec maps the 3.1.1 byte to these names).
        for (const auto version : {ProtocolVersion::V3_1_1, ProtocolVersion::V5}) {
            const QByteArray v = version == ProtocolVersion::V5 ? "v5 " : "v3.1.1 ";
            QTest::newRow(v + "wrong password")
                << version << QByteArray("alice") << QByteArray("nope")
                << ReasonCode::BadUserNameOrPassword;
            QTest::newRow(v + "unknown user")
                << version << QByteArray("mallory") << QByteArray("s3cret")
                << ReasonCode::BadUserNameOrPassword;
            QTest::newRow(v + "anonymous")
                << version << QByteArray() << QByteArray() << ReasonCode::NotAuthorized;
            QTest::newRow(v + "right password")
                << version << QByteArray("alice") << QByteArray("s3cret") << ReasonCode::Success;
        }
    }

    void reasonCodes()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, password);
        QFETCH(ReasonCode, expected);
        auto broker = startBroker(100); // no delays here
        QVERIFY2(broker->ok(), qPrintable(broker->errorString()));
        RawClient client(version);
        QVERIFY(client.open(broker->port()));
        sendConnect(client, user.isEmpty() ? nullptr : user.constData(),
                    password.isEmpty() ? nullptr : password.constData());
        const auto connack = client.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, expected);
        if (expected != ReasonCode::Success)
            QVERIFY(client.waitForClosed()); // [MQTT-3.2.2-5]
    }

    void failedLoginsAreDelayedPerAddress()
    {
        auto broker = startBroker(1);
        QVERIFY2(broker->ok(), qPrintable(broker->errorString()));

        // The first failure is free: answered at once.
        RawClient first(ProtocolVersion::V5);
        QVERIFY(first.open(broker->port()));
        sendConnect(first, "alice", "guess-1");
        auto connack = first.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword);

        // The second one waits DelayMs for its CONNACK ...
        RawClient second(ProtocolVersion::V5);
        QVERIFY(second.open(broker->port()));
        QElapsedTimer waited;
        waited.start();
        sendConnect(second, "alice", "guess-2");

        // ... while a client from another address logs in and works normally: the broker's
        // event loop is not blocked by the waiting refusal.
        RawClient other(ProtocolVersion::V5);
        QVERIFY(openFrom(other, "127.0.0.2", broker->port()));
        sendConnect(other, "alice", "s3cret");
        connack = other.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
        QVERIFY(other.expectNothingPending());
        QCOMPARE(second.pendingPackets(), 0); // still no answer for the refused one
        QVERIFY(second.isOpen());

        // Even the right password from the blocked address is refused unchecked, at the end
        // of the block.
        RawClient blocked(ProtocolVersion::V3_1_1);
        QVERIFY(blocked.open(broker->port()));
        sendConnect(blocked, "alice", "s3cret");

        connack = second.expect<ConnackPacket>(10000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword);
        // Timers may fire a little early on a coarse clock: allow 50 ms of slack below.
        QVERIFY2(waited.elapsed() >= DelayMs - 50, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(second.waitForClosed());

        connack = blocked.expect<ConnackPacket>(10000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword); // return code 4
        QVERIFY(blocked.waitForClosed());

        // After the block, the right password is accepted again (and clears the count). The
        // broker's timer and the limiter's clock may differ by a millisecond, so a refusal
        // right at the edge of the block is retried once.
        for (int attempt = 0; attempt < 2; ++attempt) {
            RawClient later(ProtocolVersion::V5);
            QVERIFY(later.open(broker->port()));
            sendConnect(later, "alice", "s3cret");
            connack = later.expect<ConnackPacket>(10000);
            QVERIFY(connack);
            if (connack->reasonCode == ReasonCode::Success)
                break;
        }
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
    }

    void slowPasswordHashHoldsUpNobodyElse()
    {
        m_slowUser = true;
        auto broker = startBroker(100);
        m_slowUser = false;
        QVERIFY2(broker->ok(), qPrintable(broker->errorString()));
        RawClient working(ProtocolVersion::V5);
        QVERIFY(working.open(broker->port()));
        sendConnect(working, "alice", "s3cret");
        auto connack = working.expect<ConnackPacket>();
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);

        // While the slow hash is checked (on a worker thread), a connected client is served.
        // Its SUBSCRIBE, pipelined behind the CONNECT, waits for the login [MQTT-3.1.4-5].
        RawClient slow(ProtocolVersion::V5);
        QVERIFY(slow.open(broker->port()));
        sendConnect(slow, "slow", "s3cret");
        mqtt::SubscribePacket subscribe;
        subscribe.packetId = 1;
        mqtt::SubscribeTopic topic;
        topic.filter = QStringLiteral("a/b");
        subscribe.topics.append(topic);
        slow.sendPacket(subscribe);
        working.sendPacket(mqtt::PingreqPacket{});
        QVERIFY(working.expect<mqtt::PingrespPacket>());
        QCOMPARE(slow.pendingPackets(), 0); // not decided yet

        connack = slow.expect<ConnackPacket>(60000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::Success);
        const auto suback = slow.expect<mqtt::SubackPacket>();
        QVERIFY(suback);
        QCOMPARE(suback->packetId, quint16(1));

        // A wrong password for the slow user is refused the same way; a client that leaves
        // before its answer costs nothing more.
        RawClient wrong(ProtocolVersion::V3_1_1);
        QVERIFY(wrong.open(broker->port()));
        sendConnect(wrong, "slow", "guess");
        RawClient leaving(ProtocolVersion::V5);
        QVERIFY(leaving.open(broker->port()));
        sendConnect(leaving, "slow", "s3cret");
        leaving.socket().abort();
        connack = wrong.expect<ConnackPacket>(60000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword); // return code 4
        QVERIFY(wrong.waitForClosed());
        working.sendPacket(mqtt::PingreqPacket{});
        QVERIFY(working.expect<mqtt::PingrespPacket>(60000));

        // Logins sent in parallel from one address: four are checked at once, the fifth is
        // told the server is busy (0x89), not queued behind them.
        std::vector<std::unique_ptr<RawClient>> herd;
        for (int i = 0; i < 5; ++i) {
            herd.push_back(std::make_unique<RawClient>(ProtocolVersion::V5));
            QVERIFY(openFrom(*herd.back(), "127.0.0.3", broker->port()));
            sendConnect(*herd.back(), "slow", "s3cret");
        }
        connack = herd.back()->expect<ConnackPacket>(60000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::ServerBusy);
        for (int i = 0; i < 4; ++i) {
            connack = herd[i]->expect<ConnackPacket>(60000);
            QVERIFY(connack);
            QCOMPARE(connack->reasonCode, ReasonCode::Success);
        }
    }

    void waitingRefusalIgnoresFurtherPackets()
    {
        // Nothing after a refused CONNECT is processed (3.1.1 [MQTT-3.1.4-5], 5.0 [MQTT-3.1.4-6]).
        // Packets pipelined behind a refused CONNECT are not acted upon while it waits.
        auto broker = startBroker(0);
        QVERIFY2(broker->ok(), qPrintable(broker->errorString()));
        RawClient client(ProtocolVersion::V5);
        QVERIFY(client.open(broker->port()));
        sendConnect(client, "alice", "nope");
        mqtt::PublishPacket publish;
        publish.topic = QStringLiteral("x");
        publish.payload = "y";
        client.sendPacket(publish);
        client.sendPacket(mqtt::PingreqPacket{});
        const auto connack = client.expect<ConnackPacket>(10000);
        QVERIFY(connack);
        QCOMPARE(connack->reasonCode, ReasonCode::BadUserNameOrPassword);
        QVERIFY(client.waitForClosed());
        QCOMPARE(client.pendingPackets(), 0); // no PINGRESP
    }
};

BROKER_TEST_MAIN(TestSecurityLogin)
#include "tst_securitylogin.moc"
