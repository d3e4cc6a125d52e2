#pragma once

#include <broker/brokersettings.h>

#include <QJsonArray>
#include <QJsonObject>

namespace gui {

/// The local broker's bridges as JSON, as BrokerController keeps them in QSettings
/// ("localBroker/bridges"). The password is written only when `withPassword` (no keychain);
/// otherwise "passwordInKeychain" tells the reader to fetch it from the PasswordVault.
QJsonObject bridgeToJson(const broker::BridgeSettings &bridge, bool withPassword);
broker::BridgeSettings bridgeFromJson(const QJsonObject &json);
/// Whether the bridge written by bridgeToJson has its password in the keychain.
bool bridgePasswordInKeychain(const QJsonObject &json);

QJsonArray bridgesToJson(const QList<broker::BridgeSettings> &bridges, bool withPasswords);
QList<broker::BridgeSettings> bridgesFromJson(const QJsonArray &array);

} // namespace gui
