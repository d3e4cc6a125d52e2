// Broker conformance, area 04: retained messages.
#include "brokertestmain.h"
#include "rawclient.h"
#include "testbroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace mqtt;

class TestBrokerRetain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredOnSubscribe_data() { addVersionRows(); }
    void deliveredOnSubscribe();
    void replacedAndCleared_data() { addVersionRows(); }
    void replacedAndCleared();
    void retainFlagOnLiveDelivery_data() { addVersionRows(); }
    void retainFlagOnLiveDelivery();
    void retainAsPublished();
    void retainHandling();
    void wildcardSubscribeGetsAll_data() { addVersionRows(); }
    void wildcardSubscribeGetsAll();
    void storeAccess();
};

void TestBrokerRetain::deliveredOnSubscribe()
{
    // A new subscription receives the retained message with RETAIN set [MQTT-3.3.1-8], at the
    // lower of the two QoS [MQTT-3.8.4-8].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient pub(version), sub(version);
    QVERIFY(pub.open(broker.port()) && sub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")) && sub.connect(QStringLiteral("sub")));
    QVERIFY(pub.publish(QStringLiteral("r/t"), "kept", QoS::ExactlyOnce, true));
    QVERIFY(sub.subscribe(QStringLiteral("r/t"), QoS::AtLeastOnce));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QVERIFY(p->retain);
    QCOMPARE(p->qos, QoS::AtLeastOnce);
    QCOMPARE(p->payload, QByteArray("kept"));
    QCOMPARE(broker.broker().stats().retainedMessages, 1);
}

void TestBrokerRetain::replacedAndCleared()
{
    // A new retained message replaces the old [MQTT-3.3.1-5]; an empty payload removes it
    // and is not stored [MQTT-3.3.1-6] [MQTT-3.3.1-7].
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient pub(version);
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("r"), "one", QoS::AtLeastOnce, true, 1));
    QVERIFY(pub.publish(QStringLiteral("r"), "two", QoS::AtLeastOnce, true, 2));
    {
        RawClient sub(version);
        QVERIFY(sub.open(broker.port()));
        QVERIFY(sub.connect(QStringLiteral("s1")));
        QVERIFY(sub.subscribe(QStringLiteral("r"), QoS::AtMostOnce));
        const auto p = sub.receivePublish();
        QVERIFY(p);
        QCOMPARE(p->payload, QByteArray("two"));
        QVERIFY(sub.expectNothingPending());
    }
    QVERIFY(pub.publish(QStringLiteral("r"), QByteArray(), QoS::AtMostOnce, true));
    QVERIFY(pub.expectNothingPending());
    RawClient sub(version);
    QVERIFY(sub.open(broker.port()));
    QVERIFY(sub.connect(QStringLiteral("s2")));
    QVERIFY(sub.subscribe(QStringLiteral("r"), QoS::AtMostOnce));
    QVERIFY(sub.expectNothingPending());
    QCOMPARE(broker.broker().stats().retainedMessages, 0);
}

void TestBrokerRetain::retainFlagOnLiveDelivery()
{
    // To an existing subscription the RETAIN flag is 0 [MQTT-3.3.1-9] (5.0: unless
    // retain-as-published [MQTT-3.3.1-12]).
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient pub(version), sub(version);
    QVERIFY(pub.open(broker.port()) && sub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")) && sub.connect(QStringLiteral("sub")));
    QVERIFY(sub.subscribe(QStringLiteral("live"), QoS::AtMostOnce));
    QVERIFY(pub.publish(QStringLiteral("live"), "x", QoS::AtMostOnce, true));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QVERIFY(!p->retain);
}

void TestBrokerRetain::retainAsPublished()
{
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5), sub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && sub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")) && sub.connect(QStringLiteral("sub")));
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    SubscribeTopic topic;
    topic.filter = QStringLiteral("rap");
    topic.options.retainAsPublished = true;
    subscribe.topics.append(topic);
    sub.sendPacket(subscribe);
    QVERIFY(sub.expect<SubackPacket>());
    QVERIFY(pub.publish(QStringLiteral("rap"), "x", QoS::AtMostOnce, true));
    const auto p = sub.receivePublish();
    QVERIFY(p);
    QVERIFY(p->retain); // [MQTT-3.3.1-13]
}

void TestBrokerRetain::retainHandling()
{
    // 0: send on subscribe; 1: only for a new subscription; 2: never [MQTT-3.3.1-9]
    // [MQTT-3.3.1-10] [MQTT-3.3.1-11].
    TestBroker broker;
    RawClient pub(ProtocolVersion::V5), sub(ProtocolVersion::V5);
    QVERIFY(pub.open(broker.port()) && sub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")) && sub.connect(QStringLiteral("sub")));
    QVERIFY(pub.publish(QStringLiteral("rh"), "x", QoS::AtMostOnce, true));
    // A PINGRESP on pub's own connection: its PUBLISH was handled before sub subscribes (the
    // broker serves ready connections in no fixed order).
    QVERIFY(pub.expectNothingPending());
    auto subscribeWith = [&](RetainHandling handling, quint16 id) {
        SubscribePacket subscribe;
        subscribe.packetId = id;
        SubscribeTopic topic;
        topic.filter = QStringLiteral("rh");
        topic.options.retainHandling = handling;
        subscribe.topics.append(topic);
        sub.sendPacket(subscribe);
        return sub.expect<SubackPacket>().has_value();
    };
    QVERIFY(subscribeWith(RetainHandling::DoNotSend, 1));
    QVERIFY(sub.expectNothingPending());
    QVERIFY(subscribeWith(RetainHandling::SendOnNewSubscribe, 2)); // exists already
    QVERIFY(sub.expectNothingPending());
    QVERIFY(subscribeWith(RetainHandling::SendOnSubscribe, 3));
    QVERIFY(sub.receivePublish());
    QVERIFY(sub.expectNothingPending());
}

void TestBrokerRetain::wildcardSubscribeGetsAll()
{
    QFETCH(ProtocolVersion, version);
    TestBroker broker;
    RawClient pub(version), sub(version);
    QVERIFY(pub.open(broker.port()) && sub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")) && sub.connect(QStringLiteral("sub")));
    for (int i = 0; i < 50; ++i)
        QVERIFY(pub.publish(QStringLiteral("w/%1").arg(i), "v", QoS::AtMostOnce, true));
    QVERIFY(pub.publish(QStringLiteral("$hidden/x"), "v", QoS::AtMostOnce, true));
    QVERIFY(pub.expectNothingPending());
    QVERIFY(sub.subscribe(QStringLiteral("#"), QoS::AtMostOnce));
    QSet<QString> topics;
    for (int i = 0; i < 50; ++i) {
        const auto p = sub.receivePublish();
        QVERIFY(p);
        topics.insert(p->topic);
    }
    QCOMPARE(topics.size(), 50);
    QVERIFY(sub.expectNothingPending()); // '#' does not reach $hidden [MQTT-4.7.2-1]
}

void TestBrokerRetain::storeAccess()
{
    // The GUI's view of the store: list and delete.
    TestBroker broker;
    RawClient pub;
    QVERIFY(pub.open(broker.port()));
    QVERIFY(pub.connect(QStringLiteral("pub")));
    QVERIFY(pub.publish(QStringLiteral("a"), "1", QoS::AtLeastOnce, true));
    QSignalSpy listed(&broker.broker(), &broker::Broker::retainedMessagesListed);
    broker.broker().requestRetainedMessages();
    QCOMPARE(listed.size(), 1);
    auto list = listed.at(0).at(0).value<QList<broker::RetainedMessageInfo>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].topic, QStringLiteral("a"));
    QCOMPARE(list[0].payload, QByteArray("1"));
    broker.broker().deleteRetainedMessage(QStringLiteral("a"));
    QCOMPARE(broker.broker().stats().retainedMessages, 0);
}

BROKER_TEST_MAIN(TestBrokerRetain)
#include "tst_broker_retain.moc"
