// ConnectOptions: the seeds' URL scheme, per-topic publish defaults, validation; Message values.

#include <mqttcore/client.h>
#include <mqttcore/clienterror.h>
#include <mqttcore/connectoptions.h>
#include <mqttcore/connectoptionsjson.h>
#include <mqttcore/message.h>

#include <QSignalSpy>
#include <QTest>

using namespace mqtt;

Q_DECLARE_METATYPE(mqtt::TransportKind)

class tst_ClientOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void jsonDefaultsAndClamping();
    void fromUrl_data();
    void fromUrl();
    void badUrls_data();
    void badUrls();
    void urlRoundTrip();
    void topicDefaults();
    void validate();
    void messageIsSharedValue();
    void errorText();
    void clientRejectsInvalidOptions();
};

void tst_ClientOptions::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TransportKind>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");

    QTest::newRow("mqtt-default-port")
        << "mqtt://test.mosquitto.org" << TransportKind::Tcp << "test.mosquitto.org" << 1883 << ""
        << ""
        << "/mqtt";
    QTest::newRow("mqtt-slash") << "mqtt://test.mosquitto.org/" << TransportKind::Tcp
                                << "test.mosquitto.org" << 1883 << ""
                                << ""
                                << "/mqtt";
    QTest::newRow("mqtts-user-pass")
        << "mqtts://user:pass@host:8884" << TransportKind::Tls << "host" << 8884 << "user"
        << "pass"
        << "/mqtt";
    QTest::newRow("mqtts-default") << "mqtts://host" << TransportKind::Tls << "host" << 8883 << ""
                                   << ""
                                   << "/mqtt";
    QTest::newRow("ws-path") << "ws://test.mosquitto.org:8080/ws" << TransportKind::WebSocket
                             << "test.mosquitto.org" << 8080 << ""
                             << ""
                             << "/ws";
    QTest::newRow("wss-user-only") << "wss://alice@broker/mqtt/x" << TransportKind::SecureWebSocket
                                   << "broker" << 443 << "alice"
                                   << ""
                                   << "/mqtt/x";
    QTest::newRow("percent-encoded") << "mqtt://us%40er:p%3Ass@127.0.0.1:1884" << TransportKind::Tcp
                                     << "127.0.0.1" << 1884 << "us@er"
                                     << "p:ss"
                                     << "/mqtt";
    QTest::newRow("ipv6") << "mqtt://[::1]:1885" << TransportKind::Tcp << "::1" << 1885 << ""
                          << ""
                          << "/mqtt";
    QTest::newRow("upper-case-scheme") << "MQTT://h" << TransportKind::Tcp << "h" << 1883 << ""
                                       << ""
                                       << "/mqtt";
}

void tst_ClientOptions::fromUrl()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<ConnectOptions> o = ConnectOptions::fromUrl(url, &error);
    QVERIFY2(o, qPrintable(error));
    QTEST(o->transport, "transport");
    QTEST(o->host, "host");
    QTEST(int(o->effectivePort()), "port");
    QTEST(o->userName.value_or(QString()), "user");
    QTEST(QString::fromUtf8(o->password.value_or(QByteArray())), "password");
    QTEST(o->webSocket.path, "path");
}

void tst_ClientOptions::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // a word the error must contain
    QTest::newRow("http") << "http://host"
                          << "scheme";
    QTest::newRow("no-scheme") << "host:1883"
                               << "scheme";
    QTest::newRow("no-host") << "mqtt://:1883"
                             << "host";
    QTest::newRow("bad-port") << "mqtt://host:99999"
                              << "invalid";
    QTest::newRow("path-on-tcp") << "mqtt://host/some/path"
                                 << "path";
    QTest::newRow("query") << "mqtt://host?x=1"
                           << "query";
    QTest::newRow("empty") << ""
                           << "no broker URL";
}

void tst_ClientOptions::badUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ConnectOptions::fromUrl(url, &error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    // applyUrl leaves options untouched on failure.
    ConnectOptions o;
    o.host = QStringLiteral("kept");
    QVERIFY(!o.applyUrl(url));
    QCOMPARE(o.host, QStringLiteral("kept"));
}

void tst_ClientOptions::urlRoundTrip()
{
    const auto o =
        ConnectOptions::fromUrl(QStringLiteral("wss://bob:secret@example.com:9001/mqtt"));
    QVERIFY(o);
    // The password never appears in the URL shown back.
    QCOMPARE(o->url().toString(), QStringLiteral("wss://bob@example.com:9001/mqtt"));
    const auto again = ConnectOptions::fromUrl(o->url().toString());
    QVERIFY(again);
    QCOMPARE(again->transport, o->transport);
    QCOMPARE(again->effectivePort(), o->effectivePort());
}

// As in the seeds' client config: default_qos/default_retain, overridden per topic.
void tst_ClientOptions::topicDefaults()
{
    ConnectOptions o;
    o.defaultQoS = QoS::AtLeastOnce;
    o.topicDefaults = {{QStringLiteral("/test"), QoS::AtLeastOnce, false},
                       {QStringLiteral("/some_topic"), QoS::ExactlyOnce, true},
                       {QStringLiteral("sensors/+/temp"), QoS::AtMostOnce, true},
                       {QStringLiteral("sensors/kitchen/temp"), QoS::ExactlyOnce, false}};
    QCOMPARE(o.defaultsFor(QStringLiteral("/some_topic")).qos, QoS::ExactlyOnce);
    QVERIFY(o.defaultsFor(QStringLiteral("/some_topic")).retain);
    QCOMPARE(o.defaultsFor(QStringLiteral("other")).qos, QoS::AtLeastOnce);
    QVERIFY(!o.defaultsFor(QStringLiteral("other")).retain);
    QVERIFY(o.defaultsFor(QStringLiteral("sensors/hall/temp")).retain);
    // An exact name wins over a matching filter listed before it.
    QCOMPARE(o.defaultsFor(QStringLiteral("sensors/kitchen/temp")).qos, QoS::ExactlyOnce);
}

void tst_ClientOptions::validate()
{
    ConnectOptions o;
    QVERIFY(o.validate().isEmpty());
    o.host.clear();
    QVERIFY(!o.validate().isEmpty());
    o.host = QStringLiteral("h");
    o.protocolVersion = ProtocolVersion::V3_1_1;
    o.password = QByteArray("pw");
    QVERIFY(o.validate().contains(QLatin1String("user name"))); // [MQTT-3.1.2-22]
    o.password.reset();
    o.protocolVersion = ProtocolVersion::V3_1;
    o.clientId = QString(24, QLatin1Char('x'));
    QVERIFY(o.validate().contains(QLatin1String("23")));
    o.clientId.clear();
    o.will = Will{QStringLiteral("a/#"), {}, QoS::AtMostOnce, false, {}};
    QVERIFY(o.validate().contains(QLatin1String("will")));
    o.will.reset();
    o.tls.certFile = QStringLiteral("c.pem");
    QVERIFY(!o.validate().isEmpty());
}

void tst_ClientOptions::messageIsSharedValue()
{
    const QByteArray payload(1000, 'x');
    Message a(QStringLiteral("t"), payload, QoS::AtLeastOnce, true);
    Message b = a;
    QCOMPARE(b.payload().constData(), payload.constData()); // shared, not copied
    b.setTopic(QStringLiteral("u"));
    QCOMPARE(a.topic(), QStringLiteral("t"));
    QVERIFY(!(a == b));
    b.setTopic(QStringLiteral("t"));
    QVERIFY(a == b);
    b.properties().contentType = QStringLiteral("text/plain");
    QVERIFY(!a.properties().contentType);
    QVERIFY(!(a == b));

    // Properties are kept apart per copy once changed, and "none" equals "set empty".
    Message c = b;
    c.properties().contentType = QStringLiteral("application/json");
    QCOMPARE(*b.properties().contentType, QStringLiteral("text/plain"));
    QCOMPARE(*c.properties().contentType, QStringLiteral("application/json"));
    c.setProperties({});
    QVERIFY(c.properties().isEmpty());
    QVERIFY(c == a);
}

void tst_ClientOptions::errorText()
{
    const ClientError e(ClientError::Kind::ConnectionRefused, QStringLiteral("bad"),
                        ReasonCode::NotAuthorized);
    QVERIFY(e.isError());
    QCOMPARE(e.toString(), QStringLiteral("ConnectionRefused: Not authorized (0x87): bad"));
    QVERIFY(!ClientError().isError());
    QString text;
    QDebug(&text) << e << Message(QStringLiteral("a/b"), "hello", QoS::AtLeastOnce);
    QCOMPARE(text.trimmed(),
             QStringLiteral("ClientError(ConnectionRefused: Not authorized (0x87): bad) "
                            "Message(a/b, q1, r0, 5 bytes)"));
}

// Unusable options give an InvalidOptions error (after the call returns), not a connection.
void tst_ClientOptions::clientRejectsInvalidOptions()
{
    Client client;
    ConnectOptions o;
    o.protocolVersion = ProtocolVersion::V3_1;
    o.clientId = QString(30, QLatin1Char('c'));
    client.setOptions(o);
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToBroker();
    QCOMPARE(errors.size(), 0);
    QVERIFY(errors.wait(1000));
    QCOMPARE(errors.first().first().value<ClientError>().kind, ClientError::Kind::InvalidOptions);
    QCOMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(client.error().kind, ClientError::Kind::InvalidOptions);
}

// The JSON form of profiles.json, read by the GUI and the command line alike: every field
// comes back, the reconnect section included; the password only when asked for.
void tst_ClientOptions::jsonRoundTrip()
{
    ConnectOptions o = *ConnectOptions::fromUrl(QStringLiteral("wss://u:p@h.example:9001/ws"));
    o.clientId = QStringLiteral("c1");
    o.protocolVersion = ProtocolVersion::V3_1_1;
    o.cleanStart = false;
    o.sessionExpiry = 3600;
    o.keepAlive = 30;
    o.receiveMaximum = 10;
    o.maximumPacketSize = 4096;
    o.topicAliasMaximum = 5;
    o.requestResponseInformation = true;
    o.connectProperties.userProperties = {{QStringLiteral("k"), QStringLiteral("v")}};
    o.tls.caFile = QStringLiteral("/ca.pem");
    o.tls.insecure = true;
    o.webSocket.extraHeaders = {{"Authorization", "Bearer x"}};
    o.reconnect.initialDelayMs = 250;
    o.reconnect.maxDelayMs = 4000;
    o.reconnect.maxRetries = 7;
    o.will = Will{QStringLiteral("w"), QByteArray("\x00\xff", 2), QoS::ExactlyOnce, true, {}};
    o.will->properties.willDelayInterval = 9;
    QCOMPARE(connectOptionsFromJson(connectOptionsToJson(o, true)), o);
    const ConnectOptions withoutPassword = connectOptionsFromJson(connectOptionsToJson(o, false));
    QVERIFY(!withoutPassword.password);
    QCOMPARE(withoutPassword.userName, QStringLiteral("u"));
}

void tst_ClientOptions::jsonDefaultsAndClamping()
{
    QCOMPARE(connectOptionsFromJson({}), ConnectOptions());
    const ConnectOptions clamped =
        connectOptionsFromJson({{QStringLiteral("port"), 70000},
                                {QStringLiteral("receiveMaximum"), 0},
                                {QStringLiteral("transport"), QStringLiteral("gopher")},
                                {QStringLiteral("protocolVersion"), 9}});
    QCOMPARE(clamped.port, quint16(65535));
    QCOMPARE(clamped.receiveMaximum, quint16(1));
    QCOMPARE(clamped.transport, TransportKind::Tcp);
    QCOMPARE(clamped.protocolVersion, ProtocolVersion::V5);
}

QTEST_GUILESS_MAIN(tst_ClientOptions)
#include "tst_client_options.moc"
