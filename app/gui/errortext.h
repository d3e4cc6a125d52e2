#pragma once

#include <mqttcore/clienterror.h>
#include <mqttcore/reasoncode.h>

#include <QString>

namespace gui {

/// A reason code in plain, translated words ("The broker refused the user name or password").
QString describeReason(mqtt::ReasonCode code);
/// A client error in plain, translated words, with the broker's reason where it gave one.
QString describeClientError(const mqtt::ClientError &error);

} // namespace gui
