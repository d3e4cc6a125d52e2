#pragma once

#include <broker/broker_global.h>

#include <broker/brokerconfig.h>
#include <broker/configerror.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace broker {

/// Reads a broker configuration file (YAML, or JSON) into a BrokerConfig.
///
///   auto result = broker::ConfigLoader::load(path);
///   for (const QString &w : result.warnings) qWarning("%s", qPrintable(w));
///   if (!result.ok()) { fprintf(stderr, "%s\n", qPrintable(result.error.toString())); return 1; }
///   if (auto err = broker::ConfigLoader::validatePaths(result.config)) { ...; return 1; }
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
/// are resolved against the directory of that file (stored absolute in BrokerConfig).
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

    /// What load() returns: the configuration, or an error, and warnings.
    struct Result
    {
        BrokerConfig config;       ///< meaningful only when ok()
        ConfigError error;         ///< the first of `errors` (set when !ok())
        QList<ConfigError> errors; ///< every problem found, ordered by line
        QStringList
            warnings; ///< "config.yaml:14: listeners.x.capath: duplicate key, last one wins"
        /// True when the file was read without error.
        bool ok() const { return error.message.isEmpty(); }
    };

    /// Reads and parses a file. A missing or unreadable file is an error without a line.
    static Result load(const QString &path, Format format = Format::Auto);
    /// Parses text; `fileName` is used in messages and BrokerConfig::sourceFile.
    static Result parse(const QByteArray &text, const QString &fileName,
                        Format format = Format::Auto);
    /// Checks that every file and directory the configuration names exists and is readable,
    /// and that ssl listeners have certfile and keyfile. Returns an error with the key's line,
    /// or an empty ConfigError (message empty) when all is well.
    static ConfigError validatePaths(const BrokerConfig &config);
    /// As validatePaths(), but every problem found (empty when all is well).
    static QList<ConfigError> validateAllPaths(const BrokerConfig &config);
};

} // namespace broker
