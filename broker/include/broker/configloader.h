#pragma once

#include <broker/broker_global.h>

#include <broker/brokersettings.h>
#include <broker/configerror.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace broker {

/// Where the values of a configuration file came from, so that checks made later
/// (ConfigLoader::validatePaths()) can name the file and the line of a key.
struct MQTTBROKER_EXPORT ConfigSource
{
    /// the path as given to ConfigLoader::load() or parse(); empty for settings built in code
    QString fileName;
    /// line of each key in the file ("listeners.my-tcp-ssl-1.certfile" -> 17)
    QHash<QString, int> keyLines;
};

/// Reads a broker configuration file (YAML, or JSON) into BrokerSettings, whose comments name
/// the file's key of each member.
///
///   auto result = broker::ConfigLoader::load(path);
///   for (const QString &w : result.warnings) qWarning("%s", qPrintable(w));
///   if (!result.ok()) { fprintf(stderr, "%s\n", qPrintable(result.error.toString())); return 1; }
///   auto err = broker::ConfigLoader::validatePaths(result.settings, result.source);
///   if (!err.message.isEmpty()) { fprintf(stderr, "%s\n", qPrintable(err.toString())); return 1; }
///   broker::Broker broker(result.settings);
///   auto auth = std::make_shared<broker::AuthManager>();
///   if (!auth->configure(result.settings, &error)) ...
///   broker.setAuthManager(auth);
///
/// Keys absent from the file keep BrokerSettings' defaults, but for these: a listener's port
/// is 1883 for tcp, 8883 for tcp with ssl, 8080 for ws, 8443 for ws with ssl;
/// `timeout-disconnect-delay` is 2 seconds (BrokerLimits::keepAliveGraceMs 2000); and
/// `persistence.file` is mqtt-workbench-broker.db in the file's directory. The file gives
/// durations in seconds where the settings keep milliseconds (`timeout-disconnect-delay`,
/// `limits.slow-consumer-timeout`, a bridge's `reconnect-delay`), and 0 `max-connections` for
/// no limit where ListenerSettings::maxConnections has -1.
///
/// Parsing checks syntax, unknown keys, value types and ranges. It goes on past a problem, so
/// that one run reports every error of the file (`errors`, by line), and then returns no
/// configuration at all (nothing half-applied). Duplicate keys are
/// accepted, the last one wins, with a warning. The spellings hbmqtt's code reads
/// (`sys_interval`, `max_connections`, ...) are aliases of the documented keys. The placeholder
/// "true / false" written in the seeds' sample for a boolean keeps that key's default, with a
/// warning. Files named in the configuration (password-file, acl-file, cafile, capath, certfile,
/// keyfile) are checked separately by validatePaths(), as part of starting the broker, so that
/// a configuration can be parsed and inspected on another machine. Relative paths in a file
/// are resolved against the directory of that file (stored absolute in the settings).
class MQTTBROKER_EXPORT ConfigLoader
{
public:
    /// Syntax of the file.
    enum class Format
    {
        Auto, ///< by extension (.json / .yaml / .yml), else by content ('{' first = JSON)
        Yaml,
        Json,
    };

    /// What load() returns: the settings, or an error, and warnings.
    struct Result
    {
        BrokerSettings settings;   ///< meaningful only when ok()
        ConfigSource source;       ///< the file and the line of each key (empty when !ok())
        ConfigError error;         ///< the first of `errors` (set when !ok())
        QList<ConfigError> errors; ///< every problem found, ordered by line
        QStringList
            warnings; ///< "config.yaml:14: listeners.x.capath: duplicate key, last one wins"
        /// True when the file was read without error.
        bool ok() const { return error.message.isEmpty(); }
    };

    /// Reads and parses a file. A missing or unreadable file is an error without a line.
    static Result load(const QString &path, Format format = Format::Auto);
    /// Parses text; `fileName` is used in messages and in Result::source.
    static Result parse(const QByteArray &text, const QString &fileName,
                        Format format = Format::Auto);
    /// Checks that every file and directory the settings name exists and is readable, and
    /// that TLS listeners' certificate, key and CAs can be used. Returns an error naming the
    /// key ("listeners.NAME.certfile") and, from `source`, the file and the key's line; or an
    /// empty ConfigError (message empty) when all is well. Settings built in code are checked
    /// the same way, with an empty source.
    static ConfigError validatePaths(const BrokerSettings &settings,
                                     const ConfigSource &source = {});
    /// As validatePaths(), but every problem found (empty when all is well).
    static QList<ConfigError> validateAllPaths(const BrokerSettings &settings,
                                               const ConfigSource &source = {});
};

} // namespace broker
