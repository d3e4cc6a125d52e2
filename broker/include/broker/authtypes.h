#pragma once

#include <broker/broker_global.h>

#include <mqttcore/reasoncode.h>

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

/// The questions the broker asks its authentication / authorisation plugins, and the answers.
namespace broker {

/// A plugin's answer: decide, or leave it to the next plugin in the chain.
enum class Decision
{
    Allow,
    Deny,
    Ignore, ///< no opinion: the next plugin decides
};

/// A CONNECT to check.
struct MQTTBROKER_EXPORT AuthRequest
{
    QString clientId{};                   ///< the client identifier of the CONNECT
    std::optional<QString> userName{};    ///< absent = anonymous
    std::optional<QByteArray> password{}; ///< absent = no password field
    QHostAddress peerAddress{};           ///< address the client connects from
    QString listener{}; ///< ListenerSettings::name of the listener the client came in on
    /// Common Name of the client's verified TLS certificate, if it presented one.
    std::optional<QString> certificateCommonName{};
};

/// A plugin's answer to an AuthRequest.
struct MQTTBROKER_EXPORT AuthResult
{
    Decision decision = Decision::Ignore; ///< Allow, Deny, or Ignore (the next plugin decides)
    /// With Deny: BadUserNameOrPassword (wrong credentials) or NotAuthorized (not allowed to
    /// connect at all, e.g. anonymous when anonymous is off). Success otherwise.
    mqtt::ReasonCode reason = mqtt::ReasonCode::Success;
    /// Set (by allowIf) when deciding takes slow work of its own, such as a deliberately slow
    /// password hash. The broker runs it on a worker thread, never on its event loop: the client
    /// may connect if it returns true, else it is refused with `reason`. It may run after the
    /// plugin was reconfigured or destroyed, so it must not touch the plugin: capture copies.
    std::function<bool()> check{};

    /// The client may connect.
    static AuthResult allow() { return {Decision::Allow, mqtt::ReasonCode::Success}; }
    /// The client may not connect, with `reason` in the CONNACK.
    static AuthResult deny(mqtt::ReasonCode reason) { return {Decision::Deny, reason}; }
    /// No opinion: the next plugin decides.
    static AuthResult ignore() { return {}; }
    /// The client may connect if `check`, run off the broker's thread, returns true; else it
    /// is refused with `otherwise`.
    static AuthResult allowIf(std::function<bool()> check,
                              mqtt::ReasonCode otherwise = mqtt::ReasonCode::BadUserNameOrPassword)
    {
        return {Decision::Allow, otherwise, std::move(check)};
    }
};

/// What a client wants to do with a topic.
enum class AclAction
{
    Publish,   ///< PUBLISH from the client to `topic` (a topic name)
    Subscribe, ///< SUBSCRIBE to `topic` (a topic filter; for "$share/g/f" plugins see "f")
    Receive,   ///< delivery of a message on `topic` to the client, retained ones included
};

/// An action on a topic to check (publish, subscribe, receive).
struct MQTTBROKER_EXPORT AclRequest
{
    QString clientId{};                    ///< the client identifier
    std::optional<QString> userName{};     ///< the effective user name (absent = anonymous)
    AclAction action = AclAction::Publish; ///< what the client wants to do
    QString topic{}; ///< the topic name (Publish, Receive) or filter (Subscribe)
};

} // namespace broker
