// Broker area 19: bridges to a second instance of our broker and to a real Mosquitto, over
// TCP and TLS, MQTT 5 and 3.1.1: both directions, prefixes, no echo, QoS 1 messages queued
// while the upstream is away, what a bridge brings in passing the local ACL, and the state in
// $SYS/broker/connection/<name>/state.
#include "brokertestmain.h"
#include "testbroker.h"
#include "testsupport.h"

#include <broker/authmanager.h>
#include <broker/brokersettings.h>

#include <mqttcore/client.h>
#include <mqttcore/codec.h>
#include <mqttcore/streamdecoder.h>

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mqtt;
using broker::BridgeInfo;
using broker::BridgeSettings;
using broker::BridgeTopic;

namespace {

constexpr int Wait = 15000;

/// A connected client that records every message it receives.
class Peer
{
public:
    Peer(quint16 port, const QString &id, bool persistent = false,
         ProtocolVersion version = ProtocolVersion::V5)
    {
        ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = port;
        options.clientId = id;
        options.protocolVersion = version;
        options.cleanStart = !persistent;
        options.sessionExpiry = persistent ? 3600 : 0;
        options.reconnect.initialDelayMs = 100;
        options.reconnect.maxDelayMs = 500;
        client.setOptions(options);
        QObject::connect(&client, &Client::messageReceived,
                         [this](const Message &m) { messages.append(m); });
    }
    bool connect()
    {
        QSignalSpy connected(&client, &Client::connected);
        client.connectToBroker();
        return connected.wait(Wait);
    }
    bool subscribe(const QString &filter, QoS qos = QoS::AtLeastOnce)
    {
        Subscription *s = client.subscribe(filter, {qos});
        QSignalSpy done(s, &Subscription::stateChanged);
        return QTest::qWaitFor([s] { return s->state() == Subscription::State::Subscribed; }, Wait);
    }
    bool publish(const Message &message)
    {
        PublishHandle *h = client.publish(message);
        QSignalSpy finished(h, &PublishHandle::finished);
        return finished.wait(Wait);
    }
    QStringList payloads(const QString &topic) const
    {
        QStringList list;
        for (const Message &m : messages) {
            if (m.topic() == topic)
                list.append(QString::fromUtf8(m.payload()));
        }
        return list;
    }
    Client client;
    QList<Message> messages;
};

BridgeTopic topic(const QString &pattern, BridgeTopic::Direction direction,
                  QoS qos = QoS::AtLeastOnce, const QString &localPrefix = {},
                  const QString &remotePrefix = {})
{
    return {pattern, direction, qos, localPrefix, remotePrefix};
}

BridgeSettings bridgeTo(const QString &url, ProtocolVersion version = ProtocolVersion::V5)
{
    BridgeSettings b;
    b.name = QStringLiteral("up");
    b.addresses = {url};
    b.clientId = QStringLiteral("bridge-under-test");
    b.protocolVersion = version;
    b.reconnectDelayMs = 100;
    b.reconnectMaxDelayMs = 500;
    b.topics = {topic("x/#", BridgeTopic::Direction::Both, QoS::AtLeastOnce, "local/", "remote/"),
                topic("out/#", BridgeTopic::Direction::Out),
                topic("in/#", BridgeTopic::Direction::In),
                topic("both/#", BridgeTopic::Direction::Both)};
    return b;
}

/// A broker with one listener on `port` (0 = any) and the given bridges.
std::unique_ptr<broker::Broker> startBroker(quint16 port, const QList<BridgeSettings> &bridges = {})
{
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    listener.port = port;
    settings.listeners.append(listener);
    settings.limits = TestBroker::defaultLimits();
    settings.bridges = bridges;
    auto b = std::make_unique<broker::Broker>(settings);
    if (!b->start())
        qWarning() << "broker did not start:" << b->errorString();
    return b;
}

bool waitForState(broker::Broker &b, BridgeInfo::State state)
{
    return QTest::qWaitFor(
        [&] { return !b.bridges().isEmpty() && b.bridges().first().state == state; }, Wait);
}

QString url(quint16 port, const char *scheme = "mqtt")
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
}

} // namespace

class TestBrokerBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothDirectionsWithPrefixes_data();
    void bothDirectionsWithPrefixes();
    void queuedWhileUpstreamDown();
    void bridgedInPassesLocalAcl();
    void failsOverToNextAddress();
    void webSocketUpstream();
    void setBridgesWhileRunning();
    void invalidSettingsRefused();
    void queuePersistsAcrossRestart();
    void internalClientIdRefusedFromNetwork();
    void commandLineBrokerReportsBridgeState();
    void mosquittoUpstream_data();
    void mosquittoUpstream();
    void mosquittoRestartDeliversQueued();
    void tlsUpstream();
    void inwardHeldUpstreamWhileLocalStalls();

private:
    /// Runs the two-way checks against an upstream on `upstreamPort` (any broker).
    void checkTwoWay(broker::Broker &local, quint16 localPort, quint16 upstreamPort,
                     ProtocolVersion version);
};

void TestBrokerBridge::initTestCase()
{
    qRegisterMetaType<BridgeInfo>();
}

void TestBrokerBridge::checkTwoWay(broker::Broker &local, quint16 localPort, quint16 upstreamPort,
                                   ProtocolVersion version)
{
    QVERIFY(waitForState(local, BridgeInfo::State::Up));
    Peer here(localPort, "here");
    Peer there(upstreamPort, "there", false, version);
    QVERIFY(here.connect() && there.connect());
    for (Peer *p : {&here, &there})
        QVERIFY(p->subscribe(QStringLiteral("#")));

    // Out with prefixes: local/x/1 goes up as remote/x/1, with QoS, retain flag and (5.0)
    // user properties; the local subscriber sees it once, never echoed back.
    Message out(QStringLiteral("local/x/1"), "from-here", QoS::AtLeastOnce, true);
    out.properties().userProperties.append({QStringLiteral("k"), QStringLiteral("v")});
    QVERIFY(here.publish(out));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("remote/x/1"), QStringList{"from-here"}, Wait);
    const Message up = there.messages.last();
    QCOMPARE(up.qos(), QoS::AtLeastOnce);
    if (version == ProtocolVersion::V5) {
        QCOMPARE(up.properties().userProperties.value(0).value, QStringLiteral("v"));
    }
    // The retain flag crossed too: the upstream now holds remote/x/1 as its retained message.
    Peer late(upstreamPort, "late", false, version);
    QVERIFY(late.connect() && late.subscribe(QStringLiteral("remote/x/1")));
    QTRY_COMPARE_WITH_TIMEOUT(late.payloads("remote/x/1"), QStringList{"from-here"}, Wait);
    QVERIFY(late.messages.first().retain());
    // In with prefixes: remote/x/2 comes down as local/x/2.
    QVERIFY(there.publish(Message(QStringLiteral("remote/x/2"), "from-there", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(here.payloads("local/x/2"), QStringList{"from-there"}, Wait);
    // One-way lines: out/ only up, in/ only down.
    QVERIFY(here.publish(Message(QStringLiteral("out/a"), "o", QoS::AtLeastOnce)));
    QVERIFY(there.publish(Message(QStringLiteral("in/a"), "i", QoS::AtLeastOnce)));
    QVERIFY(here.publish(Message(QStringLiteral("in/b"), "not-up", QoS::AtLeastOnce)));
    QVERIFY(there.publish(Message(QStringLiteral("out/b"), "not-down", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/a"), QStringList{"o"}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(here.payloads("in/a"), QStringList{"i"}, Wait);
    // A 'both' line in each direction, then a marker behind them: by the time the marker has
    // crossed, an echo would have come back too.
    QVERIFY(here.publish(Message(QStringLiteral("both/h"), "h", QoS::AtLeastOnce)));
    QVERIFY(there.publish(Message(QStringLiteral("both/t"), "t", QoS::AtLeastOnce)));
    QVERIFY(here.publish(Message(QStringLiteral("out/marker"), "m", QoS::AtLeastOnce)));
    QVERIFY(there.publish(Message(QStringLiteral("in/marker"), "m", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/marker"), QStringList{"m"}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(here.payloads("in/marker"), QStringList{"m"}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("both/h"), QStringList{"h"}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(here.payloads("both/t"), QStringList{"t"}, Wait);
    QCOMPARE(here.payloads("both/h"), QStringList{"h"});
    QCOMPARE(there.payloads("both/t"), QStringList{"t"});
    QCOMPARE(here.payloads("local/x/1"), QStringList{"from-here"});
    QCOMPARE(there.payloads("remote/x/2"), QStringList{"from-there"});
    QCOMPARE(there.payloads("in/b"), QStringList());
    QCOMPARE(here.payloads("out/b"), QStringList());
    // The state topic, retained, as mosquitto's.
    Peer watcher(localPort, "watcher");
    QVERIFY(watcher.connect() &&
            watcher.subscribe(QStringLiteral("$SYS/broker/connection/up/state")));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.payloads("$SYS/broker/connection/up/state"), QStringList{"1"},
                              Wait);
    const BridgeInfo info = local.bridges().value(0);
    QVERIFY2(info.messagesOut >= 4, qPrintable(QString::number(info.messagesOut)));
    QVERIFY2(info.messagesIn >= 3, qPrintable(QString::number(info.messagesIn)));
    QCOMPARE(info.messagesDropped, 0);
}

void TestBrokerBridge::bothDirectionsWithPrefixes_data()
{
    addVersionRows();
}

void TestBrokerBridge::bothDirectionsWithPrefixes()
{
    QFETCH(ProtocolVersion, version);
    auto upstream = startBroker(0);
    QVERIFY(upstream->isRunning());
    const quint16 upstreamPort = upstream->listeningPorts().value(0);
    auto local = startBroker(0, {bridgeTo(url(upstreamPort), version)});
    QVERIFY(local->isRunning());
    checkTwoWay(*local, local->listeningPorts().value(0), upstreamPort, version);
    if (version != ProtocolVersion::V5) {
        QVERIFY(local->bridges().value(0).echoesSuppressed >= 1);
    }
}

void TestBrokerBridge::queuedWhileUpstreamDown()
{
    // The upstream stops; QoS 1 messages published meanwhile wait in the bridge's local session
    // and all arrive, once each, after it is back; the state goes 1 -> 0 -> 1.
    const quint16 upstreamPort = testsupport::freePort();
    auto upstream = startBroker(upstreamPort);
    QVERIFY(upstream->isRunning());
    auto local = startBroker(0, {bridgeTo(url(upstreamPort))});
    const quint16 localPort = local->listeningPorts().value(0);
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer there(upstreamPort, "there", true);
    QVERIFY(there.connect() && there.subscribe(QStringLiteral("out/#")));
    Peer watcher(localPort, "watcher");
    QVERIFY(watcher.connect() &&
            watcher.subscribe(QStringLiteral("$SYS/broker/connection/up/state")));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.payloads("$SYS/broker/connection/up/state").value(0), "1",
                              Wait);

    upstream->stop();
    QVERIFY(waitForState(*local, BridgeInfo::State::Down));
    QTRY_VERIFY_WITH_TIMEOUT(watcher.payloads("$SYS/broker/connection/up/state").endsWith("0"),
                             Wait);
    Peer here(localPort, "here");
    QVERIFY(here.connect());
    constexpr int Count = 50;
    for (int i = 0; i < Count; ++i)
        QVERIFY(here.publish(
            Message(QStringLiteral("out/q"), QByteArray::number(i), QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(local->bridges().value(0).queued, Count, Wait);

    QVERIFY(upstream->start());
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    QStringList expected;
    for (int i = 0; i < Count; ++i)
        expected.append(QString::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/q"), expected, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.payloads("$SYS/broker/connection/up/state").endsWith("1"),
                             Wait);
    QTRY_COMPARE_WITH_TIMEOUT(local->bridges().value(0).queued, 0, Wait);
}

void TestBrokerBridge::bridgedInPassesLocalAcl()
{
    // What a bridge brings in passes the same publish check as a client's PUBLISH: its
    // local-username may write in/allowed/# only.
    auto upstream = startBroker(0);
    const quint16 upstreamPort = upstream->listeningPorts().value(0);
    BridgeSettings settings = bridgeTo(url(upstreamPort));
    settings.localUsername = QStringLiteral("bridgeuser");
    auto local = std::make_unique<broker::Broker>();
    {
        broker::BrokerSettings s;
        broker::ListenerSettings listener;
        listener.bindAddress = QHostAddress::LocalHost;
        s.listeners.append(listener);
        s.limits = TestBroker::defaultLimits();
        s.bridges = {settings};
        local->setSettings(s);
    }
    broker::BrokerSettings config;
    config.topicCheck.enabled = true;
    config.topicCheck.aclSet = true;
    config.topicCheck.acl.insert(QStringLiteral("bridgeuser"),
                                 {QStringLiteral("in/allowed/#"), QStringLiteral("out/#")});
    config.topicCheck.acl.insert(QStringLiteral("anonymous"), {QStringLiteral("#")});
    auto auth = std::make_shared<broker::AuthManager>();
    QString error;
    QVERIFY2(auth->configure(config, &error), qPrintable(error));
    local->setAuthManager(auth);
    QVERIFY(local->start());
    const quint16 localPort = local->listeningPorts().value(0);
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer here(localPort, "here");
    QVERIFY(here.connect() && here.subscribe(QStringLiteral("in/#")));
    Peer there(upstreamPort, "there");
    QVERIFY(there.connect());
    QVERIFY(there.publish(Message(QStringLiteral("in/denied/1"), "no", QoS::AtLeastOnce)));
    QVERIFY(there.publish(Message(QStringLiteral("in/allowed/1"), "yes", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(here.payloads("in/allowed/1"), QStringList{"yes"}, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(local->bridges().value(0).messagesDropped, 1, Wait);
    QCOMPARE(here.payloads("in/denied/1"), QStringList());
}

void TestBrokerBridge::failsOverToNextAddress()
{
    // The first address refuses connections: the bridge moves on to the second.
    auto upstream = startBroker(0);
    const quint16 upstreamPort = upstream->listeningPorts().value(0);
    BridgeSettings settings = bridgeTo(url(testsupport::freePort()));
    settings.addresses.append(url(upstreamPort));
    auto local = startBroker(0, {settings});
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    QCOMPARE(local->bridges().value(0).address, url(upstreamPort));
}

void TestBrokerBridge::webSocketUpstream()
{
    // ws:// upstream: our broker's WebSocket listener, sub-protocol "mqtt".
    broker::BrokerSettings settings;
    broker::ListenerSettings ws;
    ws.bindAddress = QHostAddress::LocalHost;
    ws.type = broker::ListenerSettings::Type::WebSocket;
    settings.listeners.append(ws);
    broker::ListenerSettings tcp;
    tcp.name = QStringLiteral("tcp");
    tcp.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(tcp);
    settings.limits = TestBroker::defaultLimits();
    broker::Broker upstream(settings);
    QVERIFY2(upstream.start(), qPrintable(upstream.errorString()));
    const QString address =
        QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(upstream.listeningPorts().value(0));
    auto local = startBroker(0, {bridgeTo(address)});
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer here(local->listeningPorts().value(0), "here");
    Peer there(upstream.listeningPorts().value(1), "there");
    QVERIFY(here.connect() && there.connect() && there.subscribe(QStringLiteral("out/#")));
    QVERIFY(here.publish(Message(QStringLiteral("out/ws"), "over-ws", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/ws"), QStringList{"over-ws"}, Wait);
}

void TestBrokerBridge::setBridgesWhileRunning()
{
    // Added, changed and removed without restarting the broker.
    auto upstream = startBroker(0);
    const quint16 upstreamPort = upstream->listeningPorts().value(0);
    auto local = startBroker(0);
    QVERIFY(local->bridges().isEmpty());
    QSignalSpy states(local.get(), &broker::Broker::bridgeStateChanged);
    QVERIFY(local->setBridges({bridgeTo(url(upstreamPort))}));
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    QVERIFY(!states.isEmpty());
    Peer here(local->listeningPorts().value(0), "here");
    Peer there(upstreamPort, "there");
    QVERIFY(here.connect() && there.connect() && there.subscribe(QStringLiteral("#")));
    BridgeSettings changed = bridgeTo(url(upstreamPort));
    changed.topics = {topic("out/#", BridgeTopic::Direction::Out, QoS::AtLeastOnce, {}, "moved/")};
    QVERIFY(local->setBridges({changed}));
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    QVERIFY(here.publish(Message(QStringLiteral("out/1"), "1", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("moved/out/1"), QStringList{"1"}, Wait);
    QVERIFY(local->setBridges({}));
    QVERIFY(local->bridges().isEmpty());
    QVERIFY(local->isRunning());
}

void TestBrokerBridge::invalidSettingsRefused()
{
    BridgeSettings bad = bridgeTo(QStringLiteral("http://example.org"));
    bad.topics.append(topic("a/#", BridgeTopic::Direction::Out, QoS::AtMostOnce, "pre/#/"));
    const QStringList problems = broker::Broker::validateBridges({bad});
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems[0].contains("unsupported URL scheme 'http'"), qPrintable(problems[0]));
    QVERIFY2(problems[1].contains("prefix"), qPrintable(problems[1]));
    // start() refuses, setBridges() changes nothing: nothing fails open.
    auto local = startBroker(0, {bad});
    QVERIFY(!local->isRunning());
    QVERIFY(local->errorString().contains("bridge up:"));
    auto running = startBroker(0);
    QSignalSpy warnings(running.get(), &broker::Broker::warning);
    QVERIFY(!running->setBridges({bad}));
    QCOMPARE(warnings.size(), 2);
    QVERIFY(running->bridges().isEmpty());
}

void TestBrokerBridge::queuePersistsAcrossRestart()
{
    // With persistence on, what waits for an unreachable upstream survives a restart of the
    // bridging broker and is delivered once the upstream is back.
    QTemporaryDir dir;
    const quint16 upstreamPort = testsupport::freePort();
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits = TestBroker::defaultLimits();
    settings.persistence.enabled = true;
    settings.persistence.file = dir.filePath(QStringLiteral("broker.db"));
    settings.bridges = {bridgeTo(url(upstreamPort))};
    constexpr int Count = 10;
    QStringList expected;
    {
        broker::Broker local(settings);
        QVERIFY2(local.start(), qPrintable(local.errorString()));
        QVERIFY(waitForState(local, BridgeInfo::State::Down));
        Peer here(local.listeningPorts().value(0), "here");
        QVERIFY(here.connect());
        for (int i = 0; i < Count; ++i) {
            QVERIFY(here.publish(
                Message(QStringLiteral("out/p"), QByteArray::number(i), QoS::AtLeastOnce)));
            expected.append(QString::number(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(local.bridges().value(0).queued, Count, Wait);
    }
    auto upstream = startBroker(upstreamPort);
    QVERIFY(upstream->isRunning());
    Peer there(upstreamPort, "there");
    QVERIFY(there.connect() && there.subscribe(QStringLiteral("out/#")));
    broker::Broker restarted(settings);
    QVERIFY2(restarted.start(), qPrintable(restarted.errorString()));
    QVERIFY(waitForState(restarted, BridgeInfo::State::Up));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/p"), expected, Wait);
}

void TestBrokerBridge::internalClientIdRefusedFromNetwork()
{
    // A network client cannot take over (and so read) a bridge's local session: its client id
    // is refused [MQTT-3.1.3-9] with Client Identifier not valid.
    auto upstream = startBroker(0);
    auto local = startBroker(0, {bridgeTo(url(upstream->listeningPorts().value(0)))});
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer intruder(local->listeningPorts().value(0), "$internal/bridge/up");
    QSignalSpy errors(&intruder.client, &Client::errorOccurred);
    intruder.client.connectToBroker();
    QVERIFY(errors.wait(Wait));
    const auto error = errors.first().first().value<ClientError>();
    QCOMPARE(error.kind, ClientError::Kind::ConnectionRefused);
    QCOMPARE(error.reasonCode, ReasonCode::ClientIdentifierNotValid);
    QCOMPARE(local->bridges().value(0).state, BridgeInfo::State::Up);
}

void TestBrokerBridge::commandLineBrokerReportsBridgeState()
{
    // `mqtt-workbench broker -c` with a bridge: a line per state change; a broken bridge
    // section stops it with every problem and its line.
    const QString program = qEnvironmentVariable("MQTT_WORKBENCH");
    if (program.isEmpty() || !QFileInfo::exists(program))
        QSKIP("MQTT_WORKBENCH is not set (run through ctest)");
    auto upstream = startBroker(0);
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("bridged.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("listeners:\n  tcp:\n    bind: 127.0.0.1:0\n"
                              "bridges:\n  up:\n    address: mqtt://127.0.0.1:%1\n"
                              "    topics: [\"out/# out 1\"]\n")
                   .arg(upstream->listeningPorts().value(0))
                   .toUtf8());
    file.close();
    QProcess process;
    process.start(program, {QStringLiteral("broker"), QStringLiteral("-c"), config});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardError()).contains("Bridge up is up"),
                             Wait);
    process.terminate();
    QVERIFY(process.waitForFinished(Wait));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("bridges:\n  up:\n    address: mqtt://h\n    cafile: missing.pem\n"
               "    topics: [\"a/# sideways\"]\n");
    file.close();
    process.start(program, {QStringLiteral("broker"), QStringLiteral("-c"), config});
    QVERIFY(process.waitForFinished(Wait));
    QCOMPARE(process.exitCode(), 1);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(config + ":5: bridges.up.topics[0]: expected in, out or both"),
             qPrintable(errors));
}

void TestBrokerBridge::mosquittoUpstream_data()
{
    addVersionRows();
}

void TestBrokerBridge::mosquittoUpstream()
{
    REQUIRE_MOSQUITTO();
    QFETCH(ProtocolVersion, version);
    testsupport::Mosquitto mosquitto;
    const quint16 upstreamPort = mosquitto.addTcpListener();
    QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
    auto local = startBroker(0, {bridgeTo(url(upstreamPort), version)});
    checkTwoWay(*local, local->listeningPorts().value(0), upstreamPort, version);
}

void TestBrokerBridge::mosquittoRestartDeliversQueued()
{
    REQUIRE_MOSQUITTO();
    testsupport::Mosquitto mosquitto;
    const quint16 upstreamPort = mosquitto.addTcpListener();
    mosquitto.enablePersistence();
    QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
    auto local = startBroker(0, {bridgeTo(url(upstreamPort))});
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer there(upstreamPort, "there", true);
    QVERIFY(there.connect() && there.subscribe(QStringLiteral("out/#")));
    mosquitto.stop();
    QVERIFY(waitForState(*local, BridgeInfo::State::Down));
    Peer here(local->listeningPorts().value(0), "here");
    QVERIFY(here.connect());
    constexpr int Count = 20;
    QStringList expected;
    for (int i = 0; i < Count; ++i) {
        QVERIFY(here.publish(
            Message(QStringLiteral("out/q"), QByteArray::number(i), QoS::AtLeastOnce)));
        expected.append(QString::number(i));
    }
    QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/q"), expected, Wait);
}

void TestBrokerBridge::tlsUpstream()
{
    REQUIRE_MOSQUITTO();
    testsupport::Certificates certs;
    QVERIFY2(certs.ok(), qPrintable(certs.errorString()));
    testsupport::Mosquitto mosquitto;
    const quint16 tlsPort = mosquitto.addTlsListener(certs);
    const quint16 plainPort = mosquitto.addTcpListener();
    QVERIFY2(mosquitto.start(), qPrintable(mosquitto.log()));
    BridgeSettings settings = bridgeTo(url(tlsPort, "mqtts"));
    settings.caFile = certs.caFile();
    auto local = startBroker(0, {settings});
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));
    Peer here(local->listeningPorts().value(0), "here");
    Peer there(plainPort, "there");
    QVERIFY(here.connect() && there.connect() && there.subscribe(QStringLiteral("out/#")));
    QVERIFY(here.publish(Message(QStringLiteral("out/tls"), "secret", QoS::AtLeastOnce)));
    QTRY_COMPARE_WITH_TIMEOUT(there.payloads("out/tls"), QStringList{"secret"}, Wait);

    // Without the CA the certificate is not trusted: the bridge stays down and says why.
    BridgeSettings untrusted = bridgeTo(url(tlsPort, "mqtts"));
    auto refused = startBroker(0, {untrusted});
    QTRY_VERIFY_WITH_TIMEOUT(!refused->bridges().value(0).lastError.isEmpty(), Wait);
    QCOMPARE(refused->bridges().value(0).state, BridgeInfo::State::Down);
}

// Every buffer has a bound: while this broker takes nothing (a subscriber that stopped reading
// holds the bridge back), what the upstream sends waits upstream. The bridge acknowledges an
// inward QoS 1 message only once this broker accepted it, so the upstream's window, not this
// process's memory, holds the rest.
void TestBrokerBridge::inwardHeldUpstreamWhileLocalStalls()
{
    auto upstream = startBroker(0);
    const quint16 upstreamPort = upstream->listeningPorts().value(0);
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits = TestBroker::defaultLimits();
    settings.limits.backPressureQueuedMessages = 20;
    settings.limits.maxOutgoingBufferBytes = 64 * 1024;
    settings.limits.slowConsumerTimeoutMs = 600000; // the stalled reader holds for the whole test
    settings.bridges = {bridgeTo(url(upstreamPort))};
    auto local = std::make_unique<broker::Broker>(settings);
    QVERIFY(local->start());
    QVERIFY(waitForState(*local, BridgeInfo::State::Up));

    // A subscriber that reads its CONNACK and SUBACK and then nothing more.
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, local->listeningPorts().value(0));
    QVERIFY(stalled.waitForConnected(Wait));
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = QStringLiteral("stalled");
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    subscribe.topics.append({QStringLiteral("in/#"), SubscriptionOptions{QoS::AtLeastOnce}});
    stalled.write(encode(connect, ProtocolVersion::V5) + encode(subscribe, ProtocolVersion::V5));
    StreamDecoder decoder(ProtocolVersion::V5);
    bool subscribed = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            decoder.feed(stalled.readAll());
            Packet packet;
            while (decoder.next(packet) == StreamDecoder::Status::PacketReady)
                subscribed = subscribed || std::holds_alternative<SubackPacket>(packet);
            return subscribed;
        },
        Wait));
    stalled.setReadBufferSize(1); // Qt stops reading: the kernel's buffers fill, then TCP holds

    Peer there(upstreamPort, "there");
    QVERIFY(there.connect());
    const int count = 600;
    const QByteArray payload(64 * 1024, 'p');
    for (int i = 0; i < count; ++i)
        QVERIFY(there.client.post(Message(QStringLiteral("in/x"), payload, QoS::AtLeastOnce)) > 0);

    // The upstream keeps what this broker has not taken: the bridge's session there fills up.
    qsizetype heldUpstream = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSignalSpy listed(upstream.get(), &broker::Broker::sessionsListed);
            upstream->requestSessions();
            if (listed.isEmpty() && !listed.wait(Wait)) // answered at once in this thread
                return false;
            for (const broker::SessionInfo &session :
                 listed.first().first().value<QList<broker::SessionInfo>>()) {
                if (session.clientId == QLatin1String("bridge-under-test"))
                    heldUpstream = session.queuedMessages + session.inflightMessages;
            }
            return heldUpstream >= count / 3;
        },
        Wait));
    QVERIFY2(heldUpstream >= count / 3, qPrintable(QString::number(heldUpstream)));
}

BROKER_TEST_MAIN(TestBrokerBridge)
#include "tst_broker_bridge.moc"
