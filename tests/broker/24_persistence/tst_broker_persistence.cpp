// Broker persistence (issue 8), in process: sessions, subscriptions, queued and in-flight
// messages, inbound QoS 2 state and retained messages survive a Broker destroyed and created
// again on the same SQLite file; expired state is dropped; a bad file stops the start.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <broker/broker.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mqtt;

class TestBrokerPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsSurviveRestart_data();
    void sessionsSurviveRestart();
    void inflightAndPubrelSurviveRestart_data() { addVersionRows(); }
    void inflightAndPubrelSurviveRestart();
    void inboundQoS2SurvivesRestart_data() { addVersionRows(); }
    void inboundQoS2SurvivesRestart();
    void retainedSurvivesRestart();
    void cleanSessionsAreNotStored_data() { addVersionRows(); }
    void cleanSessionsAreNotStored();
    void expiredStateDroppedOnRestore();
    void delayedWillSurvivesRestart();
    void relaxedModeStoresAtInterval();
    void badFileRefusesToStart_data();
    void badFileRefusesToStart();
    void secondBrokerOnSameFileRefused();

private:
    QTemporaryDir m_dir;
    QString dbFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

namespace {

broker::BrokerSettings persistentSettings(
    const QString &file,
    broker::PersistenceSettings::Mode mode = broker::PersistenceSettings::Mode::Durable)
{
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits = TestBroker::defaultLimits();
    settings.persistence.enabled = true;
    settings.persistence.file = file;
    settings.persistence.mode = mode;
    return settings;
}

/// A Broker on a file, started; port() is its listener.
struct PersistentBroker
{
    explicit PersistentBroker(const broker::BrokerSettings &settings)
        : broker(std::make_unique<broker::Broker>(settings))
    {
        ok = broker->start();
        if (ok)
            port = broker->listeningPorts().value(0);
    }
    std::unique_ptr<broker::Broker> broker;
    bool ok = false;
    quint16 port = 0;
};

/// 3.1.1: clean session 0; MQTT 5: session expiry (clean start as asked).
std::optional<ConnackPacket> connectPersistent(RawClient &client, const QString &id,
                                               bool cleanStart = false, quint32 expiry = 3600)
{
    ConnectPacket connect = client.makeConnect(id, cleanStart);
    if (client.version() == ProtocolVersion::V5)
        connect.properties.sessionExpiryInterval = expiry;
    return client.connect(connect);
}

/// A new persistent session: MQTT 5 clean start 1 + expiry; 3.x clean session 0.
std::optional<ConnackPacket> connectFresh(RawClient &client, const QString &id,
                                          quint32 expiry = 3600)
{
    return connectPersistent(client, id, client.version() == ProtocolVersion::V5, expiry);
}

/// Runs SQL on a file the broker is not using (between two brokers).
bool runSql(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "test-edit");
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("test-edit");
    return ok;
}

/// Rows of a table in what a crash would leave now: the broker holds its file locked, so the
/// file and its write-ahead log are copied and the copy is read (SQLite recovers the log).
qint64 countRows(const QString &file, const QString &table)
{
    const QString copy = file + QStringLiteral(".snapshot");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    if (!QFile::copy(file, copy))
        return -1;
    if (QFile::exists(file + QStringLiteral("-wal")) &&
        !QFile::copy(file + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return -1;
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "test-count");
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
                count = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("test-count");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    return count;
}

} // namespace

void TestBrokerPersistence::sessionsSurviveRestart_data()
{
    addVersionRows(true);
}

void TestBrokerPersistence::sessionsSurviveRestart()
{
    // A session that outlives its connection [MQTT-4.1.0-1] outlives the broker too: its
    // subscriptions and the QoS 1/2 messages queued for it while offline are delivered after a
    // restart, in order [MQTT-4.6.0-5], with CONNACK session present [MQTT-3.2.2-2].
    QFETCH(ProtocolVersion, version);
    const QString file = dbFile(QTest::currentDataTag());
    const auto settings = persistentSettings(file);
    const QString id = QStringLiteral("sub-") + QTest::currentDataTag();
    {
        PersistentBroker first(settings);
        QVERIFY2(first.ok, qPrintable(first.broker->errorString()));
        RawClient sub(version);
        QVERIFY(sub.open(first.port));
        QVERIFY(connectFresh(sub, id));
        Properties props;
        if (version == ProtocolVersion::V5)
            props.subscriptionIdentifiers = {42};
        QVERIFY(sub.subscribe(QStringLiteral("a/#"), QoS::AtLeastOnce, 1, props));
        QVERIFY(sub.subscribe(QStringLiteral("b/+"), QoS::ExactlyOnce, 2));
        sub.disconnect();
        QVERIFY(sub.waitForClosed());

        RawClient pub(ProtocolVersion::V3_1_1);
        QVERIFY(pub.open(first.port));
        QVERIFY(pub.connect(QStringLiteral("pub")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(pub.publish(QStringLiteral("a/x"), QByteArray::number(i), QoS::AtLeastOnce,
                                false, quint16(i + 1)));
        QVERIFY(pub.publish(QStringLiteral("b/y"), "two", QoS::ExactlyOnce, false, 10));
        QVERIFY(pub.publish(QStringLiteral("a/zero"), "qos0", QoS::AtMostOnce)); // not queued
        QVERIFY(pub.publish(QStringLiteral("c/none"), "nobody", QoS::AtLeastOnce, false, 11));
        pub.disconnect();
        QVERIFY(pub.waitForClosed());
    } // destroyed: the file is all that is left

    QCOMPARE(countRows(file, "deliveries"), 6);
    QCOMPARE(countRows(file, "messages"), 6);

    PersistentBroker second(settings);
    QVERIFY2(second.ok, qPrintable(second.broker->errorString()));
    RawClient sub(version);
    QVERIFY(sub.open(second.port));
    const auto connack = connectPersistent(sub, id);
    QVERIFY(connack);
    // [MQTT-3.2.2-2]; MQTT 3.1 has no session-present flag (the byte is reserved, 0).
    QCOMPARE(connack->sessionPresent, version != ProtocolVersion::V3_1);
    for (int i = 0; i < 5; ++i) {
        const auto publish = sub.receivePublish();
        QVERIFY(publish);
        QCOMPARE(publish->topic, QStringLiteral("a/x"));
        QCOMPARE(publish->payload, QByteArray::number(i));
        QCOMPARE(publish->qos, QoS::AtLeastOnce);
        if (version == ProtocolVersion::V5)
            QCOMPARE(publish->properties.subscriptionIdentifiers, QList<quint32>{42});
    }
    const auto two = sub.receivePublish();
    QVERIFY(two);
    QCOMPARE(two->payload, QByteArray("two"));
    QCOMPARE(two->qos, QoS::ExactlyOnce);
    QVERIFY(sub.expectNothingPending());

    // The subscriptions came back too: a new message is routed to the session.
    RawClient pub(ProtocolVersion::V3_1_1);
    QVERIFY(pub.open(second.port));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("b/z"), "after", QoS::AtLeastOnce, false, 3));
    const auto after = sub.receivePublish();
    QVERIFY(after);
    QCOMPARE(after->payload, QByteArray("after"));
    QCOMPARE(after->qos, QoS::AtLeastOnce);

    // Acknowledged deliveries leave the file (after the next commit).
    sub.disconnect();
    QVERIFY(sub.waitForClosed());
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "deliveries"), 0, 5000);
}

void TestBrokerPersistence::inflightAndPubrelSurviveRestart()
{
    // Unacknowledged PUBLISH is re-sent with DUP, and a PUBREL whose PUBCOMP never came is
    // re-sent, after a restart too [MQTT-4.4.0-1] [MQTT-3.3.1-1].
    QFETCH(ProtocolVersion, version);
    const QString file = dbFile(version == ProtocolVersion::V5 ? "inflight5" : "inflight4");
    const auto settings = persistentSettings(file);
    quint16 qos1Id = 0;
    quint16 qos2Id = 0;
    {
        PersistentBroker first(settings);
        QVERIFY(first.ok);
        RawClient sub(version);
        QVERIFY(sub.open(first.port));
        QVERIFY(connectFresh(sub, QStringLiteral("inflight")));
        QVERIFY(sub.subscribe(QStringLiteral("t/#"), QoS::ExactlyOnce));
        RawClient pub(version);
        QVERIFY(pub.open(first.port));
        QVERIFY(pub.connect(QStringLiteral("pub")));
        QVERIFY(pub.publish(QStringLiteral("t/1"), "one", QoS::AtLeastOnce, false, 1));
        QVERIFY(pub.publish(QStringLiteral("t/2"), "two", QoS::ExactlyOnce, false, 2));
        const auto one = sub.expect<PublishPacket>();
        QVERIFY(one);
        qos1Id = one->packetId; // no PUBACK
        const auto two = sub.expect<PublishPacket>();
        QVERIFY(two);
        qos2Id = two->packetId;
        PubrecPacket rec;
        rec.packetId = qos2Id;
        sub.sendPacket(rec);
        const auto rel = sub.expect<PubrelPacket>();
        QVERIFY(rel); // no PUBCOMP
        QVERIFY(sub.expectNothingPending());
    }
    PersistentBroker second(settings);
    QVERIFY(second.ok);
    RawClient sub(version);
    QVERIFY(sub.open(second.port));
    const auto connack = connectPersistent(sub, QStringLiteral("inflight"));
    QVERIFY(connack && connack->sessionPresent);
    const auto again = sub.expect<PublishPacket>();
    QVERIFY(again);
    QVERIFY(again->dup);
    QCOMPARE(again->packetId, qos1Id);
    QCOMPARE(again->payload, QByteArray("one"));
    const auto rel = sub.expect<PubrelPacket>();
    QVERIFY(rel);
    QCOMPARE(rel->packetId, qos2Id);
    PubackPacket ack;
    ack.packetId = qos1Id;
    sub.sendPacket(ack);
    PubcompPacket comp;
    comp.packetId = qos2Id;
    sub.sendPacket(comp);
    QVERIFY(sub.expectNothingPending());
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "deliveries"), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "messages"), 0, 5000);
}

void TestBrokerPersistence::inboundQoS2SurvivesRestart()
{
    // A QoS 2 PUBLISH acknowledged with PUBREC is delivered once, even when the publisher
    // re-sends it (DUP) after a broker restart [MQTT-4.3.3-9]; the PUBREL is then answered
    // with PUBCOMP as if nothing had happened.
    QFETCH(ProtocolVersion, version);
    const QString file = dbFile(version == ProtocolVersion::V5 ? "inbound5" : "inbound4");
    const auto settings = persistentSettings(file);
    {
        PersistentBroker first(settings);
        QVERIFY(first.ok);
        RawClient sub(version);
        QVERIFY(sub.open(first.port));
        QVERIFY(connectFresh(sub, QStringLiteral("q2sub")));
        QVERIFY(sub.subscribe(QStringLiteral("q2/#"), QoS::AtLeastOnce));
        RawClient pub(version);
        QVERIFY(pub.open(first.port));
        QVERIFY(connectFresh(pub, QStringLiteral("q2pub")));
        PublishPacket publish;
        publish.topic = QStringLiteral("q2/x");
        publish.payload = "once";
        publish.qos = QoS::ExactlyOnce;
        publish.packetId = 7;
        pub.sendPacket(publish);
        const auto rec = pub.expect<PubrecPacket>();
        QVERIFY(rec && rec->packetId == 7);
        const auto delivered = sub.receivePublish();
        QVERIFY(delivered && delivered->payload == "once");
        QVERIFY(sub.expectNothingPending()); // the PUBACK was handled
    }
    PersistentBroker second(settings);
    QVERIFY(second.ok);
    RawClient sub(version);
    QVERIFY(sub.open(second.port));
    QVERIFY(connectPersistent(sub, QStringLiteral("q2sub")));
    RawClient pub(version);
    QVERIFY(pub.open(second.port));
    const auto connack = connectPersistent(pub, QStringLiteral("q2pub"));
    QVERIFY(connack && connack->sessionPresent);
    PublishPacket publish;
    publish.topic = QStringLiteral("q2/x");
    publish.payload = "once";
    publish.qos = QoS::ExactlyOnce;
    publish.packetId = 7;
    publish.dup = true;
    pub.sendPacket(publish);
    const auto rec = pub.expect<PubrecPacket>();
    QVERIFY(rec && rec->packetId == 7);
    PubrelPacket rel;
    rel.packetId = 7;
    pub.sendPacket(rel);
    const auto comp = pub.expect<PubcompPacket>();
    QVERIFY(comp);
    QCOMPARE(comp->packetId, quint16(7));
    QCOMPARE(comp->reasonCode, ReasonCode::Success); // the id was known
    QVERIFY(sub.expectNothingPending());             // not delivered a second time
}

void TestBrokerPersistence::retainedSurvivesRestart()
{
    // Retained messages survive [MQTT-3.3.1-5]; an empty retained payload removes the stored
    // one [MQTT-3.3.1-6]; properties (MQTT 5) are kept byte for byte.
    const QString file = dbFile("retained");
    const auto settings = persistentSettings(file);
    {
        PersistentBroker first(settings);
        QVERIFY(first.ok);
        RawClient pub(ProtocolVersion::V5);
        QVERIFY(pub.open(first.port));
        QVERIFY(pub.connect(QStringLiteral("rpub")));
        Properties props;
        props.contentType = QStringLiteral("text/plain");
        props.userProperties = {{QStringLiteral("k"), QStringLiteral("v")}};
        QVERIFY(pub.publish(QStringLiteral("r/kept"), "kept", QoS::AtLeastOnce, true, 1, props));
        QVERIFY(pub.publish(QStringLiteral("r/gone"), "gone", QoS::AtLeastOnce, true, 2));
        QVERIFY(pub.publish(QStringLiteral("r/gone"), QByteArray(), QoS::AtLeastOnce, true, 3));
        QVERIFY(pub.publish(QStringLiteral("r/q0"), "zero", QoS::AtMostOnce, true));
        first.broker->deleteRetainedMessage(QStringLiteral("r/none")); // unknown: no harm
        QVERIFY(pub.expectNothingPending());
    }
    QCOMPARE(countRows(file, "retained"), 2);
    PersistentBroker second(settings);
    QVERIFY(second.ok);
    RawClient sub(ProtocolVersion::V5);
    QVERIFY(sub.open(second.port));
    QVERIFY(sub.connect(QStringLiteral("rsub")));
    QVERIFY(sub.subscribe(QStringLiteral("r/#"), QoS::AtLeastOnce));
    QMap<QString, PublishPacket> received;
    for (int i = 0; i < 2; ++i) {
        const auto publish = sub.receivePublish();
        QVERIFY(publish);
        QVERIFY(publish->retain); // [MQTT-3.3.1-8]
        received.insert(publish->topic, *publish);
    }
    QVERIFY(sub.expectNothingPending());
    QCOMPARE(received.keys(), (QList<QString>{"r/kept", "r/q0"}));
    QCOMPARE(received["r/kept"].payload, QByteArray("kept"));
    QCOMPARE(received["r/kept"].properties.contentType, QStringLiteral("text/plain"));
    QCOMPARE(received["r/kept"].properties.userProperties.size(), 1);
    QCOMPARE(received["r/q0"].qos, QoS::AtMostOnce);

    second.broker->deleteRetainedMessage(QStringLiteral("r/kept"));
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "retained"), 1, 5000);
}

void TestBrokerPersistence::cleanSessionsAreNotStored()
{
    // A session that ends with its connection (3.1.1 clean session 1, MQTT 5 expiry 0) is not
    // stored [MQTT-3.1.2-6]; one whose expiry drops to 0 at DISCONNECT leaves the file.
    QFETCH(ProtocolVersion, version);
    const QString file = dbFile(version == ProtocolVersion::V5 ? "clean5" : "clean4");
    PersistentBroker broker(persistentSettings(file));
    QVERIFY(broker.ok);
    RawClient clean(version);
    QVERIFY(clean.open(broker.port));
    QVERIFY(clean.connect(QStringLiteral("clean"), true));
    QVERIFY(clean.subscribe(QStringLiteral("x/#"), QoS::AtLeastOnce));
    RawClient pub(version);
    QVERIFY(pub.open(broker.port));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("x/1"), "m", QoS::AtLeastOnce, false, 1));
    QVERIFY(clean.receivePublish());
    QVERIFY(pub.expectNothingPending()); // a commit happened since
    QCOMPARE(countRows(file, "sessions"), 0);
    QCOMPARE(countRows(file, "subscriptions"), 0);
    QCOMPARE(countRows(file, "messages"), 0);
    if (version != ProtocolVersion::V5)
        return;
    RawClient shrinking(version);
    QVERIFY(shrinking.open(broker.port));
    QVERIFY(connectFresh(shrinking, QStringLiteral("shrinking")));
    QVERIFY(shrinking.subscribe(QStringLiteral("x/#"), QoS::AtLeastOnce));
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "sessions"), 1, 5000);
    DisconnectPacket disconnect;
    disconnect.properties.sessionExpiryInterval = 0;
    shrinking.sendPacket(disconnect);
    QVERIFY(shrinking.waitForClosed());
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "sessions"), 0, 5000);
    QCOMPARE(countRows(file, "subscriptions"), 0);
}

void TestBrokerPersistence::expiredStateDroppedOnRestore()
{
    // Stored times are wall-clock: a session whose expiry passed while the broker was down is
    // gone after the restart [MQTT-3.1.2-23], and so is a message whose expiry passed
    // [MQTT-3.3.2-5]. The file is edited between the runs to age them without waiting.
    const QString file = dbFile("expiry");
    const auto settings = persistentSettings(file);
    {
        PersistentBroker first(settings);
        QVERIFY(first.ok);
        for (const char *id : {"short", "long"}) {
            RawClient sub(ProtocolVersion::V5);
            QVERIFY(sub.open(first.port));
            QVERIFY(connectFresh(sub, QString::fromLatin1(id), 60));
            QVERIFY(sub.subscribe(QStringLiteral("e/#"), QoS::AtLeastOnce));
            sub.disconnect();
            QVERIFY(sub.waitForClosed());
        }
        RawClient pub(ProtocolVersion::V5);
        QVERIFY(pub.open(first.port));
        QVERIFY(pub.connect(QStringLiteral("pub")));
        Properties expiring;
        expiring.messageExpiryInterval = 60;
        QVERIFY(pub.publish(QStringLiteral("e/old"), "old", QoS::AtLeastOnce, false, 1, expiring));
        QVERIFY(pub.publish(QStringLiteral("e/new"), "new", QoS::AtLeastOnce, false, 2));
        QVERIFY(pub.publish(QStringLiteral("e/r"), "r", QoS::AtLeastOnce, true, 3, expiring));
    }
    // "short" went away 61 s ago; the expiring messages expired a second ago.
    QVERIFY(runSql(file, {"UPDATE sessions SET disconnected_at = disconnected_at - 61000 WHERE "
                          "client_id = 'short'",
                          "UPDATE messages SET expires_at = expires_at - 61000 WHERE expires_at "
                          "IS NOT NULL",
                          "UPDATE retained SET expires_at = expires_at - 61000"}));
    PersistentBroker second(settings);
    QVERIFY(second.ok);
    QCOMPARE(countRows(file, "sessions"), 1);
    QCOMPARE(countRows(file, "retained"), 0);
    QCOMPARE(countRows(file, "messages"), 1);
    RawClient gone(ProtocolVersion::V5);
    QVERIFY(gone.open(second.port));
    const auto goneAck = connectPersistent(gone, QStringLiteral("short"));
    QVERIFY(goneAck);
    QVERIFY(!goneAck->sessionPresent); // [MQTT-3.2.2-3]
    RawClient kept(ProtocolVersion::V5);
    QVERIFY(kept.open(second.port));
    const auto keptAck = connectPersistent(kept, QStringLiteral("long"));
    QVERIFY(keptAck && keptAck->sessionPresent);
    const auto publish = kept.receivePublish();
    QVERIFY(publish);
    QCOMPARE(publish->payload, QByteArray("new"));
    QVERIFY(kept.expectNothingPending());
}

void TestBrokerPersistence::delayedWillSurvivesRestart()
{
    // A will waiting for its delay [MQTT-3.1.3-9] is still published after a restart.
    const QString file = dbFile("will");
    const auto settings = persistentSettings(file);
    {
        PersistentBroker first(settings);
        QVERIFY(first.ok);
        RawClient client(ProtocolVersion::V5);
        QVERIFY(client.open(first.port));
        ConnectPacket connect = client.makeConnect(QStringLiteral("willer"), true);
        connect.properties.sessionExpiryInterval = 3600;
        Will will;
        will.topic = QStringLiteral("w/gone");
        will.payload = "bye";
        will.qos = QoS::AtLeastOnce;
        will.retain = true; // the subscriber gets it whether it comes before or after
        will.properties.willDelayInterval = 60;
        connect.will = will;
        QVERIFY(client.connect(connect));
        client.socket().abort(); // no DISCONNECT: the will stands, delayed
        QTRY_COMPARE_WITH_TIMEOUT(first.broker->clients().size(), 0, 5000);
    }
    QVERIFY(runSql(file, {"UPDATE sessions SET will_due = will_due - 61000"}));
    PersistentBroker second(settings);
    QVERIFY(second.ok);
    RawClient sub(ProtocolVersion::V5);
    QVERIFY(sub.open(second.port));
    QVERIFY(sub.connect(QStringLiteral("wsub")));
    QVERIFY(sub.subscribe(QStringLiteral("w/#"), QoS::AtLeastOnce));
    const auto will = sub.receivePublish(5000); // the next sweep publishes it
    QVERIFY(will);
    QCOMPARE(will->payload, QByteArray("bye"));
    QCOMPARE(countRows(file, "sessions"), 1); // the session stays (expiry 3600)
}

void TestBrokerPersistence::relaxedModeStoresAtInterval()
{
    // Relaxed: PUBACK at once, the file follows at the interval.
    const QString file = dbFile("relaxed");
    auto settings = persistentSettings(file, broker::PersistenceSettings::Mode::Relaxed);
    settings.persistence.relaxedIntervalMs = 200;
    PersistentBroker broker(settings);
    QVERIFY(broker.ok);
    RawClient sub(ProtocolVersion::V3_1_1);
    QVERIFY(sub.open(broker.port));
    QVERIFY(sub.connect(QStringLiteral("rsub"), false));
    QVERIFY(sub.subscribe(QStringLiteral("rx/#"), QoS::AtLeastOnce));
    sub.disconnect();
    QVERIFY(sub.waitForClosed());
    RawClient pub(ProtocolVersion::V3_1_1);
    QVERIFY(pub.open(broker.port));
    QVERIFY(pub.connect(QStringLiteral("rpub")));
    for (int i = 0; i < 20; ++i)
        QVERIFY(pub.publish(QStringLiteral("rx/a"), "m", QoS::AtLeastOnce, false, quint16(i + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(countRows(file, "deliveries"), 20, 5000);
}

void TestBrokerPersistence::badFileRefusesToStart_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a directory instead of a file
    QTest::addColumn<QString>("expected");
    QTest::newRow("not sqlite") << QByteArray(4096, 'x') << "file is not a database";
    QByteArray truncated = "SQLite format 3";
    truncated.append('\0');
    truncated.append(QByteArray(84, '\xff'));
    QTest::newRow("damaged header") << truncated << "cannot use";
    QTest::newRow("directory") << QByteArray() << "cannot use";
    QTest::newRow("foreign sqlite") << QByteArray("foreign") << "not an MQTT Workbench";
    QTest::newRow("future schema") << QByteArray("future") << "schema version 99";
    // SQLite would take a zero-length file for a new database: damage must not start empty.
    QTest::newRow("zero length") << QByteArray("zero-length") << "the file is empty (0 bytes)";
}

void TestBrokerPersistence::badFileRefusesToStart()
{
    // One clear error and no listener: the broker does not start half-way.
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = dbFile("bad-") + QString::fromLatin1(QTest::currentDataTag());
    if (content.isEmpty()) {
        QVERIFY(QDir().mkpath(file));
    } else if (content == "foreign") {
        QVERIFY(runSql(file, {"CREATE TABLE foo(x)"}));
    } else if (content == "zero-length") {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
    } else if (content == "future") {
        {
            PersistentBroker once(persistentSettings(file));
            QVERIFY(once.ok);
        }
        QVERIFY(runSql(file, {"UPDATE meta SET value = '99' WHERE key = 'schema_version'"}));
    } else {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    PersistentBroker broker(persistentSettings(file));
    QVERIFY(!broker.ok);
    QVERIFY(broker.broker->listeningPorts().isEmpty());
    const QString error = broker.broker->errorString();
    QVERIFY2(error.startsWith(QStringLiteral("persistence: cannot use ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void TestBrokerPersistence::secondBrokerOnSameFileRefused()
{
    const QString file = dbFile("locked");
    PersistentBroker first(persistentSettings(file));
    QVERIFY(first.ok);
    PersistentBroker second(persistentSettings(file));
    QVERIFY(!second.ok);
    QVERIFY2(second.broker->errorString().contains(QStringLiteral("locked")),
             qPrintable(second.broker->errorString()));
}

BROKER_TEST_MAIN(TestBrokerPersistence)
#include "tst_broker_persistence.moc"
