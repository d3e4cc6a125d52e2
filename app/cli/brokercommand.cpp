// mqtt-workbench broker: the embeddable broker run headless (mosquitto's command line).
#include "clitext.h"
#include "commandline.h"
#include "commands.h"

#include <broker/authmanager.h>
#include <broker/broker.h>
#include <broker/configloader.h>
#include <broker/epolleventdispatcher.h>

#include <mqttcore/protocol.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using cli::CliText;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "mqtt-workbench broker: %s\n", qPrintable(message));
}

int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

/// SIGHUP: re-reads the password and ACL files; connections stay. A broken file keeps the
/// previous rules and says why in one line.
void reloadSecurity(broker::AuthManager *auth)
{
    if (!auth) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(CliText::tr("SIGHUP: no configuration file, nothing to reload.")));
    } else if (QString error; auth->reload(&error)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(CliText::tr("Reloaded the password and ACL files.")));
    } else {
        // One line however many bad lines the files have: "acl:3: ...; acl:7: ...".
        printError(CliText::tr("reload failed, keeping the previous password and ACL rules: %1")
                       .arg(error.split(u'\n').join(QStringLiteral("; "))));
    }
    std::fflush(stderr);
}

/// SIGINT / SIGTERM end the event loop and SIGHUP reloads, from a QSocketNotifier in the
/// broker's thread (the only safe thing a signal handler can do is write to a socket).
void installSignalHandlers(broker::AuthManager *auth)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [auth] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) != 1)
            return;
        if (byte == SIGHUP)
            reloadSecurity(auth);
        else
            QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

QString versionName(mqtt::ProtocolVersion version)
{
    return QString::fromLatin1(mqtt::protocolVersionName(version));
}

} // namespace

int cli::runBroker(int argc, char **argv)
{
    // Connections cost the same whatever their number (README "Flow control").
    QCoreApplication::setEventDispatcher(new broker::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    // The library's own logging stays quiet unless QT_LOGGING_RULES asks; -v has its own lines.
    QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*.debug=false\nmqtt.*.info=false"));
    cli::ArgumentParser parser(QStringLiteral("broker"), QStringLiteral("[OPTIONS]"));
    const QString configOption = QStringLiteral("config");
    const QString portOption = QStringLiteral("port");
    const QString wsPortOption = QStringLiteral("ws-port");
    const QString bindOption = QStringLiteral("bind");
    const QString persistenceOption = QStringLiteral("persistence");
    const QString verboseOption = QStringLiteral("verbose");
    parser.addOption({QStringLiteral("c"), configOption}, CliText::tr("FILE"),
                     CliText::tr("configuration file (YAML or JSON)"));
    parser.addOption({QStringLiteral("p"), portOption}, CliText::tr("PORT"),
                     CliText::tr("TCP port (default 1883; 0 picks a free one)"));
    parser.addOption({wsPortOption}, CliText::tr("PORT"),
                     CliText::tr("also listen for MQTT over WebSocket on this port"));
    parser.addOption({bindOption}, CliText::tr("ADDRESS"),
                     CliText::tr("address to listen on (default: all)"));
    const QString certFileOption = QStringLiteral("certfile");
    const QString keyFileOption = QStringLiteral("keyfile");
    const QString caFileOption = QStringLiteral("cafile");
    parser.addOption(
        {certFileOption}, CliText::tr("FILE"),
        CliText::tr("server certificate (PEM): the listeners use TLS (default port 8883)"));
    parser.addOption({keyFileOption}, CliText::tr("FILE"),
                     CliText::tr("private key of --certfile (PEM)"));
    parser.addOption(
        {caFileOption}, CliText::tr("FILE"),
        CliText::tr("CA certificates (PEM) that verify client certificates, when clients "
                    "present one"));
    parser.addOption(
        {persistenceOption}, CliText::tr("FILE"),
        CliText::tr("keep sessions, queued and retained messages in this SQLite file across "
                    "restarts (durable: a message is acknowledged once stored)"));
    parser.addOption(
        {QStringLiteral("v"), verboseOption}, {},
        CliText::tr("log every connect, subscribe, unsubscribe and disconnect to stderr"));
    parser.addEpilog(CliText::tr(
        "Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, "
        "--bind and --certfile replace the configuration's listeners. SIGHUP re-reads the "
        "password and ACL files; SIGINT / SIGTERM stop it.\n\n"
        "Exit codes: 0 stopped by a signal, 1 configuration or start-up error, "
        "2 bad option.\n"));
    if (const auto done = cli::parseCommandLine(parser, app.arguments().mid(1)))
        return *done;
    auto parsePort = [&](const QString &option, quint16 &port) {
        bool ok = false;
        const uint value = parser.value(option).toUInt(&ok);
        if (!ok || value > 65535) {
            printError(CliText::tr("invalid port: %1").arg(parser.value(option)));
            return false;
        }
        port = quint16(value);
        return true;
    };

    const bool tls = parser.isSet(certFileOption) || parser.isSet(keyFileOption);
    if (parser.isSet(certFileOption) != parser.isSet(keyFileOption))
        return cli::usageError(QStringLiteral("broker"),
                               CliText::tr("--certfile and --keyfile must be given together"));
    if (parser.isSet(caFileOption) && !tls)
        return cli::usageError(QStringLiteral("broker"),
                               CliText::tr("--cafile goes with --certfile and --keyfile"));
    // mqttools' broker options: one certificate for every command-line listener.
    broker::ListenerSettings tlsListener;
    if (tls) {
        tlsListener.name = QStringLiteral("tls");
        tlsListener.tls = true;
        tlsListener.certFile = QFileInfo(parser.value(certFileOption)).absoluteFilePath();
        tlsListener.keyFile = QFileInfo(parser.value(keyFileOption)).absoluteFilePath();
        if (parser.isSet(caFileOption))
            tlsListener.caFile = QFileInfo(parser.value(caFileOption)).absoluteFilePath();
        // The same checks as a configuration file's ssl listener: files there and PEM inside.
        broker::BrokerSettings check;
        check.listeners.append(tlsListener);
        const QList<broker::ConfigError> errors = broker::ConfigLoader::validateAllPaths(check);
        for (const broker::ConfigError &error : errors)
            printError(QStringLiteral("--%1: %2").arg(error.key.section(u'.', -1), error.message));
        if (!errors.isEmpty())
            return 1;
    }
    broker::BrokerSettings settings;
    std::shared_ptr<broker::AuthManager> auth;
    if (parser.isSet(configOption)) {
        const auto result = broker::ConfigLoader::load(parser.value(configOption));
        for (const QString &warning : result.warnings)
            printError(warning);
        // Every problem of the file in one run, one line each, before refusing to start.
        const QList<broker::ConfigError> errors =
            result.ok() ? broker::ConfigLoader::validateAllPaths(result.settings, result.source)
                        : result.errors;
        for (const broker::ConfigError &error : errors)
            printError(error.toString());
        if (!errors.isEmpty())
            return 1;
        settings = result.settings;
        auth = std::make_shared<broker::AuthManager>();
        QString error;
        if (!auth->configure(settings, &error)) {
            // One line per problem ("acl:3: ...", "acl:7: ..."), like a compiler.
            for (const QString &line : error.split(u'\n'))
                printError(line);
            return 1;
        }
    }
    // Command-line listeners replace the configuration's when given (or when there is none).
    if (parser.isSet(portOption) || parser.isSet(wsPortOption) || parser.isSet(bindOption) || tls ||
        settings.listeners.isEmpty()) {
        QHostAddress bind = QHostAddress::Any;
        if (parser.isSet(bindOption) && !bind.setAddress(parser.value(bindOption))) {
            if (parser.value(bindOption) == QLatin1String("localhost")) {
                bind = QHostAddress::LocalHost;
            } else {
                printError(CliText::tr("invalid bind address: %1").arg(parser.value(bindOption)));
                return 2;
            }
        }
        settings.listeners.clear();
        broker::ListenerSettings tcp;
        tcp.name = QStringLiteral("tcp");
        tcp.port = 1883;
        if (tls) {
            tcp = tlsListener;
            tcp.port = 8883;
        }
        tcp.bindAddress = bind;
        if (parser.isSet(portOption) && !parsePort(portOption, tcp.port))
            return 2;
        settings.listeners.append(tcp);
        if (parser.isSet(wsPortOption)) {
            broker::ListenerSettings ws = tcp;
            ws.name = tls ? QStringLiteral("wss") : QStringLiteral("ws");
            ws.type = broker::ListenerSettings::Type::WebSocket;
            if (!parsePort(wsPortOption, ws.port))
                return 2;
            settings.listeners.append(ws);
        }
    }

    if (parser.isSet(persistenceOption)) {
        settings.persistence.enabled = true;
        settings.persistence.file = QFileInfo(parser.value(persistenceOption)).absoluteFilePath();
        settings.persistence.mode = broker::PersistenceSettings::Mode::Durable;
    }

    broker::Broker broker(settings);
    if (auth)
        broker.setAuthManager(auth);
    if (parser.isSet(verboseOption)) {
        QObject::connect(
            &broker, &broker::Broker::clientConnected, [](const broker::ClientInfo &c) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(CliText::tr("New client connected from %1 as %2 "
                                                    "(MQTT %3, clean %4, keep-alive %5%6).")
                                            .arg(c.address, c.clientId, versionName(c.protocol))
                                            .arg(c.cleanStart ? 1 : 0)
                                            .arg(c.keepAlive)
                                            .arg(c.userName.isEmpty()
                                                     ? QString()
                                                     : CliText::tr(", user %1").arg(c.userName))));
            });
        QObject::connect(
            &broker, &broker::Broker::clientDisconnected,
            [](const QString &id, mqtt::ReasonCode reason) {
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(CliText::tr("Client %1 disconnected (%2).")
                                   .arg(id, QString::fromLatin1(mqtt::reasonCodeName(reason)))));
            });
        QObject::connect(&broker, &broker::Broker::subscribed,
                         [](const QString &id, const QString &filter, mqtt::QoS qos) {
                             std::fprintf(
                                 stderr, "%s\n",
                                 qPrintable(CliText::tr("Client %1 subscribed to %2 (QoS %3).")
                                                .arg(id, filter)
                                                .arg(int(qos))));
                         });
        QObject::connect(
            &broker, &broker::Broker::unsubscribed, [](const QString &id, const QString &filter) {
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(CliText::tr("Client %1 unsubscribed from %2.").arg(id, filter)));
            });
    }
    // A bridge's state changes are worth a line whether or not -v is given.
    QObject::connect(&broker, &broker::Broker::bridgeStateChanged, [](const broker::BridgeInfo &b) {
        const QString line =
            b.state == broker::BridgeInfo::State::Down && !b.lastError.isEmpty()
                ? CliText::tr("Bridge %1 is %2 (%3: %4).")
                      .arg(b.name, broker::bridgeStateName(b.state), b.address, b.lastError)
                : CliText::tr("Bridge %1 is %2 (%3).")
                      .arg(b.name, broker::bridgeStateName(b.state), b.address);
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    });
    if (!broker.start()) {
        printError(broker.errorString());
        return 1;
    }
    const QList<quint16> ports = broker.listeningPorts();
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const broker::ListenerSettings &l = settings.listeners.at(i);
        const bool ws = l.type == broker::ListenerSettings::Type::WebSocket;
        std::fprintf(
            stderr, "%s\n",
            qPrintable(CliText::tr("Listening on %1 port %2 (%3).")
                           .arg(l.bindAddress.toString())
                           .arg(ports.at(i))
                           .arg(ws ? (l.tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                                   : (l.tls ? QStringLiteral("tls") : QStringLiteral("tcp")))));
    }
    std::fflush(stderr);
    installSignalHandlers(auth.get());
    if (settings.persistence.enabled) {
        const bool durable =
            settings.persistence.mode == broker::PersistenceSettings::Mode::Durable;
        std::fprintf(
            stderr, "%s\n",
            qPrintable(CliText::tr("Sessions and retained messages are kept in %1 (%2).")
                           .arg(settings.persistence.file,
                                durable ? QStringLiteral("durable") : QStringLiteral("relaxed"))));
        std::fflush(stderr);
    }
    const int code = app.exec();
    broker.stop();
    std::fprintf(stderr, "%s\n", qPrintable(CliText::tr("Broker stopped.")));
    return code;
}
