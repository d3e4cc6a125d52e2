#pragma once

#include <broker/brokerstats.h>

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class QGroupBox;

namespace gui {

class BrokerController;
class BrokerBridgeModel;
class BrokerClientModel;
class BrokerRetainedModel;
class BrokerSessionModel;

/// The local broker panel: start/stop with its listener options, live statistics, and the
/// connected clients, retained messages and sessions. Shows a BrokerController it does not own.
class BrokerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerPanel)

public:
    explicit BrokerPanel(BrokerController *controller, QWidget *parent = nullptr);
    ~BrokerPanel() override;

    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    /// Enabled while the broker runs; triggers connectRequested with its port.
    QAction *connectAction() const { return m_connectAction; }

    BrokerClientModel *clientModel() const { return m_clientModel; }
    BrokerRetainedModel *retainedModel() const { return m_retainedModel; }
    BrokerSessionModel *sessionModel() const { return m_sessionModel; }
    BrokerBridgeModel *bridgeModel() const { return m_bridgeModel; }
    QTableView *bridgeView() const { return m_bridgeView; }
    /// Open a BridgeDialog (window-modal) for a new or the selected bridge; Remove asks first
    /// (a QMessageBox named "removeBridgeConfirm"). Whether the broker runs or not: running, the
    /// change applies at once; stopped, it is stored for the next start.
    QAction *addBridgeAction() const { return m_addBridgeAction; }
    QAction *editBridgeAction() const { return m_editBridgeAction; }
    QAction *removeBridgeAction() const { return m_removeBridgeAction; }
    /// Shows the Bridges tab.
    void showBridges();

signals:
    /// The user asked to open a connection to the local broker on 127.0.0.1:port.
    void connectRequested(quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void showStats(const broker::BrokerStats &stats);
    void startBroker();
    void refreshCurrentTab();
    void deleteSelectedRetained();
    void addBridge();
    void editBridge();
    void removeBridge();
    void updateBridgeActions();
    int selectedBridgeRow() const;
    QTableView *makeTable();

    BrokerController *m_controller;
    BrokerClientModel *m_clientModel;
    BrokerRetainedModel *m_retainedModel;
    BrokerSessionModel *m_sessionModel;
    BrokerBridgeModel *m_bridgeModel;

    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_connectAction;
    QAction *m_refreshAction;
    QAction *m_deleteRetainedAction;
    QAction *m_addBridgeAction;
    QAction *m_editBridgeAction;
    QAction *m_removeBridgeAction;
    QLabel *m_statusLabel;
    QGroupBox *m_optionsBox;
    QLabel *m_portLabel;
    QSpinBox *m_portSpin;
    QCheckBox *m_webSocketCheck;
    QSpinBox *m_webSocketSpin;
    QCheckBox *m_networkCheck;
    QCheckBox *m_anonymousCheck;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordFile;
    QLabel *m_statsLabel;
    QTabWidget *m_tabs;
    QTableView *m_clientView;
    QTableView *m_retainedView;
    QTableView *m_sessionView;
    QTableView *m_bridgeView;
    broker::BrokerStats m_lastStats;
    QString m_lastError;
};

} // namespace gui
