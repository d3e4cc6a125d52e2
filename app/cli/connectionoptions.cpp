#include "connectionoptions.h"

#include "argumentparser.h"
#include "clientconfigfile.h"
#include "clitext.h"
#include "profilereader.h"

#include <mqttcore/topic.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <unistd.h>

namespace cli {

bool parseInteger(const QString &option, const QString &text, qint64 minimum, qint64 maximum,
                  qint64 *value, QString *error)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = ConnectionOptions::tr("%1 must be a number from %2 to %3, not '%4'")
                     .arg(option)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *value = parsed;
    return true;
}

bool parseQos(const QString &option, const QString &text, mqtt::QoS *qos, QString *error)
{
    qint64 value = 0;
    if (!parseInteger(option, text, 0, 2, &value, error))
        return false;
    *qos = static_cast<mqtt::QoS>(value);
    return true;
}

void ConnectionOptions::addTo(ArgumentParser &parser, int features)
{
    parser.addSection(tr("Connection"));
    parser.addOption({QStringLiteral("L"), QStringLiteral("url")}, QStringLiteral("URL"),
                     tr("broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for "
                        "mqtt[s] the path is the topic, for ws[s] the WebSocket path"));
    parser.addOption({QStringLiteral("h"), QStringLiteral("host")}, QStringLiteral("HOST"),
                     tr("broker host (default localhost)"));
    parser.addOption({QStringLiteral("p"), QStringLiteral("port")}, QStringLiteral("PORT"),
                     tr("broker port (default 1883, 8883 with TLS)"));
    parser.addOption({QStringLiteral("u"), QStringLiteral("username")}, QStringLiteral("USER"),
                     tr("user name"));
    parser.addOption({QStringLiteral("P"), QStringLiteral("pw"), QStringLiteral("password")},
                     QStringLiteral("PASSWORD"), tr("password"));
    parser.addOption({QStringLiteral("i"), QStringLiteral("id")}, QStringLiteral("ID"),
                     tr("client identifier (default: generated)"));
    parser.addOption({QStringLiteral("I"), QStringLiteral("id-prefix")}, QStringLiteral("PREFIX"),
                     tr("client identifier PREFIX followed by the process id"));
    parser.addOption({QStringLiteral("V"), QStringLiteral("protocol-version")},
                     QStringLiteral("VERSION"),
                     tr("MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)"));
    parser.addOption({QStringLiteral("k"), QStringLiteral("keepalive")}, QStringLiteral("SECONDS"),
                     tr("keep-alive interval (default 60, 0 = off)"));
    parser.addOption({QStringLiteral("config")}, QStringLiteral("FILE"),
                     tr("hbmqtt client configuration (YAML): keep_alive, default_qos, "
                        "default_retain, topics, auto_reconnect, reconnect_*, will, broker; "
                        "options given override it"));
    if (features & Session) {
        parser.addOption({QStringLiteral("c"), QStringLiteral("disable-clean-session")}, {},
                         tr("keep the session (clean session off; never expires unless -x)"));
        parser.addOption({QStringLiteral("x"), QStringLiteral("session-expiry-interval")},
                         QStringLiteral("SECONDS"),
                         tr("MQTT 5 session expiry; -1 or 4294967295 = never"));
        parser.addOption({QStringLiteral("clean-session")}, {},
                         tr("start a clean session (the default; hbmqtt's option)"));
    }
    parser.addOption({QStringLiteral("connect-timeout")}, QStringLiteral("SECONDS"),
                     tr("give up when not connected after SECONDS (default 10)"));
    parser.addOption({QStringLiteral("header")}, QStringLiteral("'NAME: VALUE'"),
                     tr("extra HTTP header for the WebSocket upgrade (repeatable)"));
    parser.addOption({QStringLiteral("extra-headers")}, QStringLiteral("JSON"),
                     tr("extra HTTP headers for the WebSocket upgrade as a JSON object, "
                        "e.g. '{\"Authorization\": \"Bearer x\"}'"));
    parser.addOption({QStringLiteral("profile")}, QStringLiteral("NAME"),
                     tr("start from the connection profile NAME saved by the GUI"));
    parser.addOption({QStringLiteral("d"), QStringLiteral("debug")}, {},
                     tr("print every packet sent and received on stderr"));

    parser.addSection(tr("TLS"));
    parser.addOption({QStringLiteral("cafile"), QStringLiteral("ca-file")}, QStringLiteral("FILE"),
                     tr("trusted CA certificates (PEM); switches TLS on"));
    parser.addOption({QStringLiteral("capath"), QStringLiteral("ca-path")}, QStringLiteral("DIR"),
                     tr("directory of trusted CA certificates; switches TLS on"));
    parser.addOption({QStringLiteral("ca-data")}, QStringLiteral("PEM"),
                     tr("trusted CA certificates given as PEM text; switches TLS on"));
    parser.addOption({QStringLiteral("tls-use-os-certs")}, {},
                     tr("trust the system's CA certificates; switches TLS on"));
    parser.addOption({QStringLiteral("cert")}, QStringLiteral("FILE"),
                     tr("client certificate (PEM)"));
    parser.addOption({QStringLiteral("key")}, QStringLiteral("FILE"),
                     tr("client private key (PEM)"));
    parser.addOption({QStringLiteral("insecure")}, {},
                     tr("do not check that the certificate names the host"));

    if (features & Will) {
        parser.addSection(tr("Will"));
        parser.addOption({QStringLiteral("will-topic")}, QStringLiteral("TOPIC"),
                         tr("topic of the last will"));
        parser.addOption({QStringLiteral("will-payload"), QStringLiteral("will-message")},
                         QStringLiteral("PAYLOAD"), tr("payload of the last will (default empty)"));
        parser.addOption({QStringLiteral("will-qos")}, QStringLiteral("QOS"),
                         tr("QoS of the last will"));
        parser.addOption({QStringLiteral("will-retain")}, {}, tr("retain the last will"));
    }
    if (features & Properties) {
        parser.addSection(tr("MQTT 5 properties"));
        parser.addOption({QStringLiteral("D"), QStringLiteral("property")},
                         QStringLiteral("COMMAND IDENTIFIER VALUE"),
                         tr("add a property to a packet, e.g. -D publish user-property k v, "
                            "-D publish content-type text/plain, -D connect "
                            "session-expiry-interval 60 (repeatable)"),
                         ArgumentParser::Arity::PropertyDefinition);
    }
}

namespace {

std::optional<mqtt::ProtocolVersion> parseVersion(const QString &text)
{
    const QString v = text.toLower();
    if (v == QLatin1String("5") || v == QLatin1String("mqttv5") || v == QLatin1String("5.0"))
        return mqtt::ProtocolVersion::V5;
    if (v == QLatin1String("311") || v == QLatin1String("mqttv311") || v == QLatin1String("3.1.1"))
        return mqtt::ProtocolVersion::V3_1_1;
    if (v == QLatin1String("31") || v == QLatin1String("mqttv31") || v == QLatin1String("3.1"))
        return mqtt::ProtocolVersion::V3_1;
    return std::nullopt;
}

} // namespace

bool ConnectionOptions::load(const ArgumentParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("profile"))) {
        const auto profile = ProfileReader::load(parser.value(QStringLiteral("profile")), error);
        if (!profile)
            return false;
        options = profile->options;
        profileFilters = profile->filters;
    }

    if (parser.isSet(QStringLiteral("config"))) {
        ClientConfigFile file;
        if (!file.load(parser.value(QStringLiteral("config")), &options, error))
            return false;
        autoReconnect = file.autoReconnect;
        warnings = file.warnings;
    }

    // The CLI never waits for a broker that is not there; sub turns reconnection back on.
    options.reconnect.enabled = false;

    if (parser.isSet(QStringLiteral("L"))) {
        QUrl url(parser.value(QStringLiteral("L")));
        const QString scheme = url.scheme().toLower();
        if ((scheme == QLatin1String("mqtt") || scheme == QLatin1String("mqtts")) &&
            url.path().size() > 1) {
            urlTopic = url.path(QUrl::FullyDecoded).mid(1);
            url.setPath({});
        }
        QString message;
        if (!options.applyUrl(url.toString(QUrl::FullyEncoded), &message)) {
            *error = tr("invalid URL '%1': %2").arg(parser.value(QStringLiteral("L")), message);
            return false;
        }
    }

    qint64 number = 0;
    if (parser.isSet(QStringLiteral("h")))
        options.host = parser.value(QStringLiteral("h"));
    if (parser.isSet(QStringLiteral("p"))) {
        if (!parseInteger(QStringLiteral("-p"), parser.value(QStringLiteral("p")), 1, 65535,
                          &number, error))
            return false;
        options.port = quint16(number);
    }
    if (parser.isSet(QStringLiteral("u")))
        options.userName = parser.value(QStringLiteral("u"));
    if (parser.isSet(QStringLiteral("P")))
        options.password = parser.value(QStringLiteral("P")).toUtf8();
    if (parser.isSet(QStringLiteral("i")))
        options.clientId = parser.value(QStringLiteral("i"));
    if (parser.isSet(QStringLiteral("I")))
        options.clientId = parser.value(QStringLiteral("I")) + QString::number(::getpid());
    if (parser.isSet(QStringLiteral("V"))) {
        const auto version = parseVersion(parser.value(QStringLiteral("V")));
        if (!version) {
            *error = tr("-V must be 5, 311 or 31, not '%1'").arg(parser.value(QStringLiteral("V")));
            return false;
        }
        options.protocolVersion = *version;
    }
    if (parser.isSet(QStringLiteral("k"))) {
        if (!parseInteger(QStringLiteral("-k"), parser.value(QStringLiteral("k")), 0, 65535,
                          &number, error))
            return false;
        options.keepAlive = quint16(number);
    }
    if (parser.isSet(QStringLiteral("c"))) {
        options.cleanStart = false;
        options.sessionExpiry = 0xFFFFFFFF;
    }
    if (parser.isSet(QStringLiteral("clean-session"))) {
        if (parser.isSet(QStringLiteral("c"))) {
            *error = tr("-c and --clean-session exclude each other");
            return false;
        }
        options.cleanStart = true;
        options.sessionExpiry = 0;
    }
    if (parser.isSet(QStringLiteral("x"))) {
        const QString text = parser.value(QStringLiteral("x"));
        if (text == QLatin1String("-1") || text == QStringLiteral("∞")) {
            options.sessionExpiry = 0xFFFFFFFF;
        } else {
            if (!parseInteger(QStringLiteral("-x"), text, 0, 0xFFFFFFFFLL, &number, error))
                return false;
            options.sessionExpiry = quint32(number);
        }
    }
    if (parser.isSet(QStringLiteral("connect-timeout"))) {
        if (!parseInteger(QStringLiteral("--connect-timeout"),
                          parser.value(QStringLiteral("connect-timeout")), 1, 3600, &number, error))
            return false;
        options.connectTimeoutMs = int(number * 1000);
    }
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = tr("--header must look like 'Name: value', not '%1'").arg(header);
            return false;
        }
        options.webSocket.extraHeaders.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }

    if (parser.isSet(QStringLiteral("extra-headers"))) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(
            parser.value(QStringLiteral("extra-headers")).toUtf8(), &parseError);
        if (!document.isObject()) {
            *error = tr("--extra-headers must be a JSON object of header names to values");
            return false;
        }
        const QJsonObject headers = document.object();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QJsonValue value = it.value();
            if (!value.isString() && !value.isDouble() && !value.isBool()) {
                *error = tr("--extra-headers: the value of '%1' is not a string").arg(it.key());
                return false;
            }
            const QString text = value.isString() ? value.toString() : value.toVariant().toString();
            options.webSocket.extraHeaders.append({it.key().toUtf8(), text.toUtf8()});
        }
    }

    // TLS: naming a trust anchor switches the transport to its secure form (as mosquitto does).
    const bool tlsRequested =
        parser.isSet(QStringLiteral("cafile")) || parser.isSet(QStringLiteral("capath")) ||
        parser.isSet(QStringLiteral("ca-data")) || parser.isSet(QStringLiteral("tls-use-os-certs"));
    if (tlsRequested) {
        if (options.transport == mqtt::TransportKind::Tcp)
            options.transport = mqtt::TransportKind::Tls;
        else if (options.transport == mqtt::TransportKind::WebSocket)
            options.transport = mqtt::TransportKind::SecureWebSocket;
    }
    if (parser.isSet(QStringLiteral("cafile")))
        options.tls.caFile = parser.value(QStringLiteral("cafile"));
    if (parser.isSet(QStringLiteral("capath")))
        options.tls.caPath = parser.value(QStringLiteral("capath"));
    if (parser.isSet(QStringLiteral("ca-data")))
        options.tls.caData = parser.value(QStringLiteral("ca-data")).toUtf8();
    if (parser.isSet(QStringLiteral("cert")))
        options.tls.certFile = parser.value(QStringLiteral("cert"));
    if (parser.isSet(QStringLiteral("key")))
        options.tls.keyFile = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("insecure")))
        options.tls.insecure = true;
    if (options.tls.certFile.isEmpty() != options.tls.keyFile.isEmpty()) {
        *error = tr("--cert and --key must be given together");
        return false;
    }

    if (parser.isSet(QStringLiteral("will-topic"))) {
        mqtt::Will will;
        will.topic = parser.value(QStringLiteral("will-topic"));
        will.payload = parser.value(QStringLiteral("will-payload")).toUtf8();
        if (parser.isSet(QStringLiteral("will-qos")) &&
            !parseQos(QStringLiteral("--will-qos"), parser.value(QStringLiteral("will-qos")),
                      &will.qos, error))
            return false;
        will.retain = parser.isSet(QStringLiteral("will-retain"));
        options.will = will;
    } else if (parser.isSet(QStringLiteral("will-payload")) ||
               parser.isSet(QStringLiteral("will-qos")) ||
               parser.isSet(QStringLiteral("will-retain"))) {
        *error = tr("will options need --will-topic");
        return false;
    }

    for (const QStringList &definition : parser.valueGroups(QStringLiteral("D"))) {
        if (!properties.add(definition, error))
            return false;
    }
    if (!properties.isEmpty() && options.protocolVersion != mqtt::ProtocolVersion::V5) {
        *error = tr("-D properties need MQTT 5 (-V 5)");
        return false;
    }
    properties.applyTo(options);
    debug = parser.isSet(QStringLiteral("d"));

    const QString problem = options.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

std::optional<QList<ProfileReader::SavedFilter>>
ConnectionOptions::subscriberFilters(const ArgumentParser &parser, QStringList filters,
                                     QString *error)
{
    // Like mosquitto_sub: a lost connection is made again, a first failure is reported.
    options.reconnect.enabled = autoReconnect.value_or(true);
    options.reconnect.retryInitialConnect = false;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    if (parser.isSet(QStringLiteral("q")) &&
        !parseQos(QStringLiteral("-q"), parser.value(QStringLiteral("q")), &qos, error))
        return std::nullopt;
    if (filters.isEmpty() && !urlTopic.isEmpty())
        filters.append(urlTopic);
    QList<ProfileReader::SavedFilter> result;
    for (const QString &filter : std::as_const(filters)) {
        if (!mqtt::isValidTopicFilter(filter)) {
            *error = CliText::tr("invalid topic filter '%1'").arg(filter);
            return std::nullopt;
        }
        result.append({filter, qos});
    }
    return result.isEmpty() ? profileFilters : result;
}

} // namespace cli
