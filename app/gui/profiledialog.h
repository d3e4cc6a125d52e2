#pragma once

#include "connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTabWidget;

namespace gui {

/// Edits a connection profile. The common case stays simple — a name, a URL or host and port,
/// credentials — and every other client option sits under "Advanced": TLS files, MQTT 5
/// session settings, will, WebSocket path and headers, reconnect, subscriptions on connect.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /// `passwordsInKeychain` only changes the wording of the "remember password" box.
    ProfileDialog(const ConnectionProfile &profile, bool passwordsInKeychain,
                  QWidget *parent = nullptr);

    /// The edited profile (valid when the dialog was accepted).
    ConnectionProfile profile() const;

    /// For a new connection: OK becomes "Connect", with "Save only" beside it.
    void offerConnect();
    /// Accepted with "Connect" (not "Save only").
    bool connectRequested() const { return m_connectRequested; }

    void accept() override;

private:
    /// As tall as the settings want, but no taller than the screen: the settings scroll and
    /// OK/Cancel stay on the screen.
    void fitToScreen();

    void load(const ConnectionProfile &profile);
    void applyUrl();
    void updateUrl();
    QString validationError() const;

    ConnectionProfile m_original;
    bool m_offerConnect = false;
    bool m_connectRequested = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_transport;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QComboBox *m_version;
    QLabel *m_error;
    QCheckBox *m_advancedToggle;
    QTabWidget *m_advanced;
    // TLS
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_verifyPeer;
    QCheckBox *m_insecure;
    // Session
    QLineEdit *m_clientId;
    QCheckBox *m_cleanStart;
    QSpinBox *m_sessionExpiry;
    QSpinBox *m_keepAlive;
    QSpinBox *m_receiveMaximum;
    QSpinBox *m_maximumPacketSize;
    QSpinBox *m_topicAliasMaximum;
    QCheckBox *m_requestResponseInfo;
    QPlainTextEdit *m_connectUserProperties;
    // Will
    QGroupBox *m_willGroup;
    QLineEdit *m_willTopic;
    QPlainTextEdit *m_willPayload;
    QComboBox *m_willQos;
    QCheckBox *m_willRetain;
    QSpinBox *m_willDelay;
    // WebSocket
    QLineEdit *m_wsPath;
    QPlainTextEdit *m_wsHeaders;
    // Reconnect
    QCheckBox *m_reconnect;
    QSpinBox *m_reconnectInitial;
    QSpinBox *m_reconnectMax;
    QSpinBox *m_reconnectRetries;
    // Subscriptions
    QCheckBox *m_subscribeDefault;
    QLineEdit *m_defaultFilter;
};

} // namespace gui
