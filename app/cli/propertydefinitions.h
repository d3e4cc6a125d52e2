#pragma once

#include <mqttcore/connectoptions.h>
#include <mqttcore/properties.h>

#include <QCoreApplication>
#include <QString>

namespace cli {

/// MQTT 5 properties given on the command line as "-D command identifier value", with
/// mosquitto_pub's names ("-D publish user-property key value", "-D connect
/// session-expiry-interval 60"). Each command (connect, publish, subscribe, unsubscribe,
/// disconnect, will) collects its own bag; a property is only accepted for the packets the
/// specification allows it on.
class PropertyDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(cli::PropertyDefinitions)

public:
    /// Adds one definition (values = command, identifier, value[, value]). False with a
    /// one-line *error for an unknown command or identifier, a bad value or a wrong packet.
    bool add(const QStringList &values, QString *error);

    /// Moves CONNECT-level settings into their ConnectOptions fields (session expiry, receive
    /// maximum, ...), the rest into connectProperties, and will properties into the will.
    void applyTo(mqtt::ConnectOptions &options) const;

    bool isEmpty() const;

    mqtt::Properties connect;
    mqtt::Properties publish;
    mqtt::Properties subscribe;
    mqtt::Properties unsubscribe;
    mqtt::Properties disconnect;
    mqtt::Properties will;
};

} // namespace cli
