// Broker area 16: flow control. Consumers slower than their producers lose nothing unless a
// configured bound is reached; one that takes nothing cannot hold others for longer than the
// slow-consumer timeout, nor grow the broker's memory past the queue bounds. These tests count
// messages and bytes; they never time anything.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <broker/sessioninfo.h>

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace mqtt;

namespace {

/// The next PUBLISH, acknowledged as a pipelining client does: PUBACK, or PUBREC now and
/// PUBCOMP whenever its PUBREL comes (other PUBLISHes may arrive in between).
/// pubrels counts the PUBRELs answered.
std::optional<PublishPacket> takePublish(RawClient &client, int *pubrels = nullptr,
                                         int timeoutMs = 10000)
{
    while (auto packet = client.receive(timeoutMs)) {
        if (const auto *rel = std::get_if<PubrelPacket>(&*packet)) {
            PubcompPacket comp;
            comp.packetId = rel->packetId;
            client.sendPacket(comp);
            if (pubrels)
                ++*pubrels;
            continue;
        }
        auto *publish = std::get_if<PublishPacket>(&*packet);
        if (!publish)
            return std::nullopt;
        if (publish->qos == QoS::AtLeastOnce) {
            PubackPacket ack;
            ack.packetId = publish->packetId;
            client.sendPacket(ack);
        } else if (publish->qos == QoS::ExactlyOnce) {
            PubrecPacket rec;
            rec.packetId = publish->packetId;
            client.sendPacket(rec);
        }
        return std::move(*publish);
    }
    return std::nullopt;
}

} // namespace

class TestBrokerFlowControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retainedBurstFullyDelivered_data();
    void retainedBurstFullyDelivered();
    void narrowFilterAmongManyRetained();
    void stalledSubscriberNoLongerStopsOthers();
    void floodIntoStalledSubscriberStaysBounded();
    void steadyReaderOfLargeMessagesNeverDisconnected();
    void dropCounterInSys();

private:
    static void storeRetained(RawClient &pub, int count, const QByteArray &payload,
                              QoS qos = QoS::AtMostOnce);
    static std::optional<broker::SessionInfo> sessionOf(TestBroker &broker, const QString &id);
};

void TestBrokerFlowControl::storeRetained(RawClient &pub, int count, const QByteArray &payload,
                                          QoS qos)
{
    for (int i = 0; i < count; ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("sensor/%1/%2").arg(i % 100).arg(i);
        p.payload = payload;
        p.retain = true;
        p.qos = qos;
        p.packetId = qos == QoS::AtMostOnce ? 0 : quint16(i % 65535 + 1);
        pub.sendPacket(p);
    }
    for (int completed = 0; qos != QoS::AtMostOnce && completed < count;) {
        const auto packet = pub.receive(10000);
        QVERIFY(packet);
        if (const auto *rec = std::get_if<PubrecPacket>(&*packet)) {
            PubrelPacket rel;
            rel.packetId = rec->packetId;
            pub.sendPacket(rel);
        } else {
            QVERIFY(std::holds_alternative<PubackPacket>(*packet) ||
                    std::holds_alternative<PubcompPacket>(*packet));
            ++completed;
        }
    }
    QVERIFY(pub.expectNothingPending(30000)); // all of them handled
}

std::optional<broker::SessionInfo> TestBrokerFlowControl::sessionOf(TestBroker &broker,
                                                                    const QString &id)
{
    QSignalSpy listed(&broker.broker(), &broker::Broker::sessionsListed);
    broker.broker().requestSessions();
    if (listed.isEmpty() && !listed.wait(5000))
        return std::nullopt;
    const auto sessions = listed.first().first().value<QList<broker::SessionInfo>>();
    for (const broker::SessionInfo &s : sessions) {
        if (s.clientId == id)
            return s;
    }
    return std::nullopt;
}

void TestBrokerFlowControl::retainedBurstFullyDelivered_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::newRow("qos0") << QoS::AtMostOnce;
    QTest::newRow("qos1") << QoS::AtLeastOnce;
    QTest::newRow("qos2") << QoS::ExactlyOnce;
}

void TestBrokerFlowControl::retainedBurstFullyDelivered()
{
    // A new `#` subscriber gets every retained message [MQTT-3.3.1-9], far more of them than the
    // queue bound (1000) and the socket's high-water mark hold, with RETAIN set [MQTT-3.3.1-8].
    QFETCH(QoS, qos);
    constexpr int Count = 20000;
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxOutgoingBufferBytes = 64 * 1024;
    TestBroker broker(limits);
    RawClient pub, sub;
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("retainer")));
    storeRetained(pub, Count, QByteArray(200, 'r'), qos);
    QCOMPARE(broker.broker().stats().retainedMessages, Count);

    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("burst")));
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    subscribe.topics.append({QStringLiteral("#"), {qos}});
    sub.sendPacket(subscribe);
    QVERIFY(sub.expect<SubackPacket>());
    QSet<QString> topics;
    int pubrels = 0;
    for (int i = 0; i < Count; ++i) {
        auto p = takePublish(sub, &pubrels);
        QVERIFY2(p, qPrintable(QStringLiteral("%1 of %2").arg(i).arg(Count)));
        QVERIFY(p->retain);
        QCOMPARE(p->qos, qos);
        topics.insert(p->topic);
    }
    QCOMPARE(topics.size(), Count);                                 // each once
    for (; qos == QoS::ExactlyOnce && pubrels < Count; ++pubrels) { // the last PUBRELs
        const auto rel = sub.expect<PubrelPacket>();
        QVERIFY(rel);
        PubcompPacket comp;
        comp.packetId = rel->packetId;
        sub.sendPacket(comp);
    }
    QVERIFY(sub.expectNothingPending());
    QCOMPARE(broker.broker().stats().messagesDropped, 0);
}

void TestBrokerFlowControl::narrowFilterAmongManyRetained()
{
    TestBroker broker;
    RawClient pub, sub;
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("retainer")));
    storeRetained(pub, 20000, "v");
    QVERIFY(sub.open(broker.port()) && sub.connect(QStringLiteral("narrow")));
    QVERIFY(sub.subscribe(QStringLiteral("sensor/42/+"), QoS::AtMostOnce));
    QSet<QString> topics;
    while (auto p = sub.expect<PublishPacket>(1000))
        topics.insert(p->topic);
    QCOMPARE(topics.size(), 200); // i % 100 == 42 for 200 of 20000
    for (const QString &topic : std::as_const(topics))
        QVERIFY(topic.startsWith(QLatin1String("sensor/42/")));
}

void TestBrokerFlowControl::stalledSubscriberNoLongerStopsOthers()
{
    // A QoS 1 subscriber reads but never acknowledges: its in-flight window fills, then its
    // queue, and it holds the publisher back — until the slow-consumer timeout. From then on
    // the other subscriber of the topic gets every message.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxInflightMessages = 10;
    limits.backPressureQueuedMessages = 20;
    limits.maxQueuedMessages = 100;
    limits.slowConsumerTimeoutMs = 300;
    TestBroker broker(limits);
    RawClient noack(ProtocolVersion::V5), healthy(ProtocolVersion::V5), pub;
    QVERIFY(noack.open(broker.port()) && healthy.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(noack.connect(QStringLiteral("noack")) && healthy.connect(QStringLiteral("healthy")));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(noack.subscribe(QStringLiteral("t"), QoS::AtLeastOnce));
    QVERIFY(healthy.subscribe(QStringLiteral("t"), QoS::AtLeastOnce));

    constexpr int Count = 500;
    QList<QByteArray> payloads;
    for (int i = 0; i < Count; ++i) {
        // Waits for PUBACK: while noack holds the publisher back, none comes.
        QVERIFY2(pub.publish(QStringLiteral("t"), QByteArray::number(i), QoS::AtLeastOnce, false,
                             quint16(i + 1)),
                 qPrintable(QString::number(i)));
        // The healthy subscriber keeps up; noack reads (its socket drains) but answers nothing.
        while (healthy.pendingPackets() > 0)
            payloads.append(healthy.receivePublish()->payload);
        while (noack.pendingPackets() > 0)
            QVERIFY(noack.expect<PublishPacket>());
    }
    while (auto p = healthy.receivePublish(1000))
        payloads.append(p->payload);
    QCOMPARE(payloads.size(), Count); // every message, in order [MQTT-4.6.0-5]
    for (int i = 0; i < Count; ++i)
        QCOMPARE(payloads[i], QByteArray::number(i));
    QVERIFY(broker.broker().stats().consumersStalled >= 1);
    QVERIFY(noack.isOpen());
    const auto info = sessionOf(broker, QStringLiteral("noack"));
    QVERIFY(info);
    QVERIFY(info->queuedMessages <= limits.maxQueuedMessages);
    QVERIFY(info->inflightMessages <= limits.maxInflightMessages);
}

void TestBrokerFlowControl::floodIntoStalledSubscriberStaysBounded()
{
    // An MQTT 3.1.1 publisher that never waits for PUBACK floods a subscriber that never
    // acknowledges. Whatever it sends, the subscriber's session holds at most its in-flight
    // window and max-queued-messages; the rest is dropped and counted, never buffered.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxInflightMessages = 16;
    limits.maxQueuedMessages = 200;
    limits.backPressureQueuedMessages = 100;
    limits.slowConsumerTimeoutMs = 300;
    TestBroker broker(limits);
    RawClient noack, pub;
    QVERIFY(noack.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(noack.connect(QStringLiteral("noack")) && pub.connect(QStringLiteral("flood")));
    QVERIFY(noack.subscribe(QStringLiteral("f"), QoS::AtLeastOnce));
    constexpr int Count = 20000;
    const QByteArray payload(1000, 'f');
    for (int i = 0; i < Count; ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("f");
        p.qos = QoS::AtLeastOnce;
        p.packetId = quint16(i % 65535 + 1);
        p.payload = payload;
        pub.sendPacket(p);
    }
    int acked = 0;
    while (acked < Count) {
        auto ack = pub.expect<PubackPacket>(10000);
        QVERIFY2(ack, qPrintable(QString::number(acked)));
        ++acked;
        while (noack.pendingPackets() > 0)
            noack.receive(0); // read, never acknowledge
    }
    const auto info = sessionOf(broker, QStringLiteral("noack"));
    QVERIFY(info);
    QCOMPARE(info->inflightMessages, limits.maxInflightMessages);
    QCOMPARE(info->queuedMessages, limits.maxQueuedMessages);
    const broker::BrokerStats stats = broker.broker().stats();
    QCOMPARE(stats.messagesDropped, Count - limits.maxInflightMessages - limits.maxQueuedMessages);
    QVERIFY(stats.consumersStalled >= 1);
    QVERIFY(noack.isOpen());
}

void TestBrokerFlowControl::steadyReaderOfLargeMessagesNeverDisconnected()
{
    // A persistent QoS 1 subscriber reading in small pieces is sent 1 MB messages and one of
    // 50 MB: it gets every one on one connection, without re-deliveries.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxOutgoingBufferBytes = 256 * 1024;
    TestBroker broker(limits);
    RawClient sub, pub;
    QVERIFY(sub.open(broker.port()) && pub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("reader"), false));
    QVERIFY(pub.connect(QStringLiteral("writer")));
    QVERIFY(sub.subscribe(QStringLiteral("big"), QoS::AtLeastOnce));
    sub.socket().setReadBufferSize(16 * 1024); // takes the bytes a little at a time
    QList<qsizetype> sizes(20, 1024 * 1024);
    sizes.append(50 * 1024 * 1024);
    for (int i = 0; i < sizes.size(); ++i) {
        PublishPacket p;
        p.topic = QStringLiteral("big");
        p.qos = QoS::AtLeastOnce;
        p.packetId = quint16(i + 1);
        p.payload = QByteArray(sizes[i], char('a' + i));
        pub.sendPacket(p);
    }
    for (int i = 0; i < sizes.size(); ++i) {
        auto p = sub.receivePublish(60000);
        QVERIFY2(p, qPrintable(QString::number(i)));
        QVERIFY(!p->dup);
        QCOMPARE(p->payload.size(), sizes[i]);
        QCOMPARE(p->payload.front(), char('a' + i));
    }
    QVERIFY(sub.expectNothingPending());
    QVERIFY(sub.isOpen());
    QCOMPARE(broker.broker().stats().messagesDropped, 0);
}

void TestBrokerFlowControl::dropCounterInSys()
{
    // Drops are counted in $SYS/broker/publish/messages/dropped.
    broker::BrokerLimits limits = TestBroker::defaultLimits();
    limits.maxQueuedMessages = 5;
    limits.sysInterval = 1;
    TestBroker broker(limits);
    RawClient offline, pub, watcher;
    QVERIFY(offline.open(broker.port()) && offline.connect(QStringLiteral("offline"), false));
    QVERIFY(offline.subscribe(QStringLiteral("q"), QoS::AtLeastOnce));
    offline.disconnect();
    QVERIFY(offline.waitForClosed());
    QVERIFY(pub.open(broker.port()) && pub.connect(QStringLiteral("pub")));
    for (int i = 0; i < 12; ++i)
        QVERIFY(pub.publish(QStringLiteral("q"), "x", QoS::AtLeastOnce, false, quint16(i + 1)));
    QCOMPARE(broker.broker().stats().messagesDropped, 7);
    QVERIFY(watcher.open(broker.port()) && watcher.connect(QStringLiteral("watcher")));
    QVERIFY(
        watcher.subscribe(QStringLiteral("$SYS/broker/publish/messages/dropped"), QoS::AtMostOnce));
    bool seen = false;
    for (int i = 0; i < 5 && !seen; ++i) {
        auto p = watcher.expect<PublishPacket>(3000);
        QVERIFY(p);
        seen = p->payload == "7";
    }
    QVERIFY(seen);
}

BROKER_TEST_MAIN(TestBrokerFlowControl)
#include "tst_broker_flowcontrol.moc"
