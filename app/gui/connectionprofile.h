#pragma once

#include <mqttcore/connectoptions.h>
#include <mqttcore/packets.h>

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gui {

/// A subscription the user keeps with a profile: made again on every connect.
struct SavedSubscription
{
    QString filter;
    mqtt::SubscriptionOptions options;
    QColor colour;
    friend bool operator==(const SavedSubscription &, const SavedSubscription &) = default;
};

/// A named, saved set of connection settings. The password travels in `options` while the
/// profile is in memory; whether it is written anywhere is decided by `savePassword` (see
/// ProfileStore).
struct ConnectionProfile
{
    QString id; ///< stable, unique (a UUID); empty for a profile not saved yet
    QString name;
    mqtt::ConnectOptions options;
    bool savePassword = false;
    /// Subscribe to `defaultFilter` after connecting, unless `subscriptions` say otherwise.
    bool subscribeDefault = true;
    QString defaultFilter = QStringLiteral("#");
    QList<SavedSubscription> subscriptions;

    /// A readable name: `name`, or the broker URL when the profile has none.
    QString displayName() const;

    /// JSON form; the password is written only when `withPassword` is true.
    QJsonObject toJson(bool withPassword) const;
    static ConnectionProfile fromJson(const QJsonObject &json);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace gui
