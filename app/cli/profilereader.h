#pragma once

#include <mqttcore/connectoptions.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cli {

/// Reads a connection profile saved by the GUI (gui::ProfileStore's profiles.json under
/// ~/.config/mqtt-workbench/MQTT Workbench/) straight from the JSON, so the command-line
/// tools need no GUI library. Passwords are found only when the GUI wrote them to the file
/// (no system keychain); otherwise give -P.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(cli::ProfileReader)

public:
    struct SavedFilter
    {
        QString filter;
        mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    };

    struct Profile
    {
        mqtt::ConnectOptions options;
        /// The profile's saved subscriptions (or its default filter), for sub without -t.
        QList<SavedFilter> filters;
    };

    /// The profile file the GUI uses.
    static QString defaultFilePath();

    /// The profile whose name (or id) is `name`; nullopt with a one-line *error otherwise.
    static std::optional<Profile> load(const QString &name, QString *error,
                                       const QString &filePath = defaultFilePath());
};

} // namespace cli
