#pragma once

#include <mqttcore/clienterror.h>
#include <mqttcore/connectoptions.h>

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

namespace mqtt {

/// The QSslConfiguration for TlsOptions (CA file/path/data added to the system CAs, client
/// certificate and key, peer verification). Sets *error and returns false when a file is
/// missing or unreadable.
bool buildSslConfiguration(const TlsOptions &options, QSslConfiguration &configuration,
                           ClientError *error);

/// The errors that the options allow to pass (host name mismatch when `insecure`).
QList<QSslError> ignorableSslErrors(const TlsOptions &options, const QList<QSslError> &errors);

/// "certificate problem: <text>; <text>" for the errors that stopped a handshake.
QString describeSslErrors(const QList<QSslError> &errors);

} // namespace mqtt
