#pragma once

#include "profilereader.h"
#include "propertydefinitions.h"

#include <mqttcore/connectoptions.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

class ArgumentParser;

/// The connection options pub, sub and bench share, with mosquitto_pub's names: -L URL or
/// -h/-p, credentials, client id, protocol version, keep-alive, session, TLS, will, -D MQTT 5
/// properties and --profile (a connection profile saved by the GUI).
///
/// Precedence: the profile first, then the --config file (hbmqtt's client configuration), then
/// the URL, then each explicit option. hbmqtt_pub/hbmqtt_sub spellings are aliases where they
/// do not clash with mosquitto's (--ca-file, --ca-path, --will-message, ...; -c stays
/// mosquitto's "keep the session").
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::ConnectionOptions)

public:
    enum Feature
    {
        Basic = 0,
        Session = 1,    ///< -c, -x (bench has its own -c)
        Will = 2,       ///< --will-*
        Properties = 4, ///< -D
        All = Session | Will | Properties,
    };

    /// Adds the options to the parser, in help sections.
    static void addTo(ArgumentParser &parser, int features = All);

    /// Reads the options given. False with a one-line *error when one is unusable.
    bool load(const ArgumentParser &parser, QString *error);

    /// For the subscribing commands (sub, monitor): keeps subscribing across lost connections
    /// once connected (unless a --config file says auto_reconnect: false), and reads what to
    /// subscribe to: `filters` at -q's QoS, else the URL's topic, else the profile's
    /// subscriptions. nullopt with a one-line *error for a bad -q or filter; an empty list
    /// when nothing was given.
    std::optional<QList<ProfileReader::SavedFilter>>
    subscriberFilters(const ArgumentParser &parser, QStringList filters, QString *error);

    mqtt::ConnectOptions options;
    PropertyDefinitions properties;
    /// The topic in the path of an mqtt:// or mqtts:// URL (mosquitto's -L form), if any.
    QString urlTopic;
    /// The subscriptions saved with the --profile (sub uses them when no -t is given).
    QList<ProfileReader::SavedFilter> profileFilters;
    /// -d: print every packet sent and received on stderr.
    bool debug = false;
    /// `auto_reconnect` of a --config file, when it has one (each command has its default).
    std::optional<bool> autoReconnect;
    /// Lines for stderr about --config keys read but without effect.
    QStringList warnings;
};

/// Parses an integer option value in [minimum, maximum]; false with *error naming the option.
bool parseInteger(const QString &option, const QString &text, qint64 minimum, qint64 maximum,
                  qint64 *value, QString *error);
/// Parses a QoS (0, 1 or 2).
bool parseQos(const QString &option, const QString &text, mqtt::QoS *qos, QString *error);

} // namespace cli
