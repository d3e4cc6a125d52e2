// Embeds an MQTT broker on a free port, connects a client to it, subscribes, publishes a
// message at QoS 1 and waits for it to come back. Exit code 0 when it did, 1 otherwise.
#include <broker/broker.h>
#include <mqttcore/client.h>
#include <mqttcore/publishhandle.h>
#include <mqttcore/subscription.h>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // The broker: one TCP listener on the loopback interface, port chosen by the system.
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    listener.port = 0;
    broker::BrokerSettings settings;
    settings.listeners = {listener};
    broker::Broker server(settings);
    if (!server.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const quint16 port = server.listeningPorts().value(0);
    std::printf("broker listening on 127.0.0.1:%u\n", unsigned(port));

    // The client.
    mqtt::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.clientId = QStringLiteral("embedded-example");
    mqtt::Client client;
    client.setOptions(options);

    const QString topic = QStringLiteral("example/greeting");
    const QByteArray payload = "hello from the embedded broker";

    QObject::connect(&client, &mqtt::Client::connected, &app, [&] {
        std::printf("client connected\n");
        mqtt::Subscription *subscription =
            client.subscribe(topic, {.maximumQoS = mqtt::QoS::AtLeastOnce});
        QObject::connect(subscription, &mqtt::Subscription::stateChanged, &app,
                         [&](mqtt::Subscription::State state) {
                             if (state != mqtt::Subscription::State::Subscribed)
                                 return;
                             mqtt::Message message(topic, payload, mqtt::QoS::AtLeastOnce);
                             client.publish(message);
                         });
    });
    QObject::connect(&client, &mqtt::Client::messageReceived, &app, [&](const mqtt::Message &m) {
        std::printf("received on %s: %s\n", qPrintable(m.topic()), m.payload().constData());
        app.exit(m.topic() == topic && m.payload() == payload ? 0 : 1);
    });
    QObject::connect(&client, &mqtt::Client::errorOccurred, &app, [&](const mqtt::ClientError &e) {
        std::fprintf(stderr, "client: %s\n", qPrintable(e.toString()));
        app.exit(1);
    });
    QTimer::singleShot(10000, &app, [&] {
        std::fprintf(stderr, "timeout: no message came back\n");
        app.exit(1);
    });

    client.connectToBroker();
    const int code = app.exec();
    client.disconnectFromBroker();
    server.stop();
    std::printf("%s\n", code == 0 ? "ok" : "failed");
    return code;
}
