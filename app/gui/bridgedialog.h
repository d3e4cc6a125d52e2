#pragma once

#include <broker/brokersettings.h>

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gui {

/// Adds or edits one bridge of the local broker: where the upstream is (URLs tried in order),
/// how to log in there, TLS files, and which topics cross in which direction. OK stays disabled
/// while broker::validateBridgeSettings finds problems (listed in the dialog) or the name is
/// taken by another bridge.
class BridgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BridgeDialog)

public:
    /// `takenNames`: the names of the other bridges, which this one may not use.
    BridgeDialog(const broker::BridgeSettings &bridge, const QStringList &takenNames,
                 QWidget *parent = nullptr);
    ~BridgeDialog() override;

    /// The bridge as edited (topic lines without a pattern are left out).
    broker::BridgeSettings bridge() const;
    /// What keeps the bridge from being accepted, one line each; empty when OK is enabled.
    QStringList problems() const;

    /// Appends a topic line to the table.
    void addTopic(const broker::BridgeTopic &topic);

private:
    void load(const broker::BridgeSettings &bridge);
    void validate();

    broker::BridgeSettings m_original;
    QStringList m_takenNames;
    QLineEdit *m_name;
    QPlainTextEdit *m_addresses;
    QLineEdit *m_clientId;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QComboBox *m_version;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_insecure;
    QCheckBox *m_cleanStart;
    QSpinBox *m_keepAlive;
    QLineEdit *m_localUser;
    QTableWidget *m_topics;
    QPushButton *m_addTopic;
    QPushButton *m_removeTopic;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
