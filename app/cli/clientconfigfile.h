#pragma once

#include <mqttcore/connectoptions.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

/// hbmqtt's (and MoaT-MQTT's) client configuration file, YAML or JSON, as `pub`/`sub`
/// `--config FILE` read it:
///
///     keep_alive: 10              # -k
///     ping_delay: 1               # accepted; our client pings in time by itself
///     default_qos: 0              # pub: QoS when -q is not given
///     default_retain: false       # pub: retain when -r is not given
///     auto_reconnect: true        # reconnect after a lost connection (sub: default on)
///     reconnect_max_interval: 10  # seconds, the longest wait between two attempts
///     reconnect_retries: 2        # attempts in a row; negative = without limit
///     cleansession: true
///     will: {topic: t, message: bye, qos: 1, retain: false}
///     broker: {uri: 'mqtt://host:1883', cafile: ca.pem, capath: /etc/ssl/certs, cadata: PEM}
///     topics:                     # pub: per-topic defaults (exact names and filters)
///       /test: {qos: 1}
///       /some_topic: {qos: 2, retain: true}
///     codec: utf8                 # MoaT-MQTT's; ignored with a warning (use --format)
///
/// Unknown keys and bad values are errors naming the file and the line.
class ClientConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(cli::ClientConfigFile)

public:
    /// Reads `path` into *options (only the keys present change). False with one line in
    /// *error ("client.yaml:3: default_qos: expected 0, 1 or 2, got '7'").
    bool load(const QString &path, mqtt::ConnectOptions *options, QString *error);

    /// `auto_reconnect`, when the file has it.
    std::optional<bool> autoReconnect;
    /// Lines for stderr about keys read but without effect.
    QStringList warnings;
};

} // namespace cli
