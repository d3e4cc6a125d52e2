#include "brokerpanel.h"

#include "brokerclientmodel.h"
#include "brokercontroller.h"
#include "brokerretainedmodel.h"
#include "brokersessionmodel.h"
#include "datasize.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gui {

namespace {
enum Tab
{
    ClientsTab,
    RetainedTab,
    SessionsTab
};
} // namespace

BrokerPanel::BrokerPanel(BrokerController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_clientModel(new BrokerClientModel(this)),
      m_retainedModel(new BrokerRetainedModel(this)), m_sessionModel(new BrokerSessionModel(this)),
      m_startAction(new QAction(QIcon(QStringLiteral(":/icons/broker-start.svg")), {}, this)),
      m_stopAction(new QAction(QIcon(QStringLiteral(":/icons/broker-stop.svg")), {}, this)),
      m_connectAction(new QAction(QIcon(QStringLiteral(":/icons/connect-local.svg")), {}, this)),
      m_refreshAction(new QAction(this)),
      m_deleteRetainedAction(new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), {}, this)),
      m_statusLabel(new QLabel(this)), m_optionsBox(new QGroupBox(this)),
      m_portLabel(new QLabel(this)), m_portSpin(new QSpinBox(this)),
      m_webSocketCheck(new QCheckBox(this)), m_webSocketSpin(new QSpinBox(this)),
      m_networkCheck(new QCheckBox(this)), m_anonymousCheck(new QCheckBox(this)),
      m_passwordLabel(new QLabel(this)), m_passwordFile(new QLineEdit(this)),
      m_statsLabel(new QLabel(this)), m_tabs(new QTabWidget(this)), m_clientView(makeTable()),
      m_retainedView(makeTable()), m_sessionView(makeTable())
{
    setObjectName(QStringLiteral("brokerPanel"));
    m_startAction->setObjectName(QStringLiteral("startLocalBroker"));
    m_stopAction->setObjectName(QStringLiteral("stopLocalBroker"));
    m_connectAction->setObjectName(QStringLiteral("connectLocalBroker"));

    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->addAction(m_startAction);
    actions->addAction(m_stopAction);
    actions->addAction(m_connectAction);

    m_portSpin->setRange(0, 65535);
    m_webSocketSpin->setRange(0, 65535);
    const BrokerController::Options options = controller->options();
    m_portSpin->setValue(options.port);
    m_webSocketCheck->setChecked(options.webSocketEnabled);
    m_webSocketSpin->setValue(options.webSocketPort);
    m_networkCheck->setChecked(!options.loopbackOnly);
    m_anonymousCheck->setChecked(options.allowAnonymous);
    m_passwordFile->setText(options.passwordFile);
    m_passwordFile->setClearButtonEnabled(true);
    m_webSocketSpin->setEnabled(options.webSocketEnabled);
    connect(m_webSocketCheck, &QCheckBox::toggled, m_webSocketSpin, &QWidget::setEnabled);

    auto *form = new QFormLayout(m_optionsBox);
    form->addRow(m_portLabel, m_portSpin);
    form->addRow(m_webSocketCheck, m_webSocketSpin);
    form->addRow(m_networkCheck);
    form->addRow(m_anonymousCheck);
    form->addRow(m_passwordLabel, m_passwordFile);

    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statsLabel->setTextFormat(Qt::RichText);

    m_clientView->setModel(m_clientModel);
    m_retainedView->setModel(m_retainedModel);
    m_sessionView->setModel(m_sessionModel);
    for (QTableView *view : {m_clientView, m_retainedView, m_sessionView})
        view->setColumnWidth(0, 200); // client IDs and topics are long

    auto *retainedTab = new QWidget(this);
    auto *retainedBar = new QToolBar(retainedTab);
    retainedBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    retainedBar->addAction(m_refreshAction);
    retainedBar->addAction(m_deleteRetainedAction);
    auto *retainedLayout = new QVBoxLayout(retainedTab);
    retainedLayout->setContentsMargins(0, 0, 0, 0);
    retainedLayout->addWidget(retainedBar);
    retainedLayout->addWidget(m_retainedView);

    m_tabs->addTab(m_clientView, {});
    m_tabs->addTab(retainedTab, {});
    m_tabs->addTab(m_sessionView, {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(actions);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_optionsBox);
    layout->addWidget(m_statsLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_startAction, &QAction::triggered, this, &BrokerPanel::startBroker);
    connect(m_stopAction, &QAction::triggered, controller, &BrokerController::stop);
    connect(m_connectAction, &QAction::triggered, this,
            [this] { emit connectRequested(m_controller->port()); });
    connect(m_refreshAction, &QAction::triggered, this, &BrokerPanel::refreshCurrentTab);
    connect(m_deleteRetainedAction, &QAction::triggered, this,
            &BrokerPanel::deleteSelectedRetained);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BrokerPanel::refreshCurrentTab);

    connect(controller, &BrokerController::runningChanged, this, [this](bool running) {
        if (!running) {
            m_clientModel->clear();
            m_lastStats = {};
        } else {
            m_lastError.clear();
        }
        updateState();
    });
    connect(controller, &BrokerController::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateState();
    });
    connect(controller, &BrokerController::clientConnected, m_clientModel,
            &BrokerClientModel::addClient);
    connect(controller, &BrokerController::clientDisconnected, m_clientModel,
            [this](const QString &id) { m_clientModel->removeClient(id); });
    connect(controller, &BrokerController::subscribed, m_clientModel,
            &BrokerClientModel::addSubscription);
    connect(controller, &BrokerController::unsubscribed, m_clientModel,
            &BrokerClientModel::removeSubscription);
    connect(controller, &BrokerController::statsUpdated, this, &BrokerPanel::showStats);
    connect(controller, &BrokerController::sessionsListed, m_sessionModel,
            &BrokerSessionModel::setSessions);
    connect(controller, &BrokerController::retainedMessagesListed, m_retainedModel,
            &BrokerRetainedModel::setMessages);

    retranslateUi();
    updateState();
}

BrokerPanel::~BrokerPanel() = default;

QTableView *BrokerPanel::makeTable()
{
    auto *view = new QTableView(this);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(110);
    return view;
}

void BrokerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BrokerPanel::retranslateUi()
{
    m_startAction->setText(tr("Start local broker"));
    m_startAction->setToolTip(tr("Start an MQTT broker inside the workbench"));
    m_stopAction->setText(tr("Stop local broker"));
    m_connectAction->setText(tr("Connect to local broker"));
    m_connectAction->setToolTip(tr("Open a connection tab to the local broker"));
    m_refreshAction->setText(tr("Refresh"));
    m_deleteRetainedAction->setText(tr("Delete retained message"));
    m_optionsBox->setTitle(tr("Listeners"));
    m_portLabel->setText(tr("MQTT port:"));
    m_webSocketCheck->setText(tr("WebSocket port:"));
    m_networkCheck->setText(tr("Reachable from other computers"));
    m_anonymousCheck->setText(tr("Allow clients without a user name"));
    m_passwordLabel->setText(tr("Password file:"));
    m_passwordFile->setPlaceholderText(tr("mosquitto_passwd file (optional)"));
    m_tabs->setTabText(ClientsTab, tr("Clients"));
    m_tabs->setTabText(RetainedTab, tr("Retained messages"));
    m_tabs->setTabText(SessionsTab, tr("Sessions"));
    m_clientModel->retranslate();
    m_retainedModel->retranslate();
    m_sessionModel->retranslate();
    for (QTableView *view : {m_clientView, m_retainedView, m_sessionView}) {
        QHeaderView *header = view->horizontalHeader(); // wide enough for translated headers
        for (int column = 0; column + 1 < header->count(); ++column)
            view->setColumnWidth(
                column, std::max(view->columnWidth(column), header->sectionSizeHint(column)));
    }
    updateState();
}

void BrokerPanel::updateState()
{
    const bool running = m_controller->isRunning();
    // Only the one that applies is shown, so the panel's toolbar fits a narrow dock.
    m_startAction->setEnabled(!running);
    m_startAction->setVisible(!running);
    m_stopAction->setEnabled(running);
    m_stopAction->setVisible(running);
    m_connectAction->setEnabled(running);
    m_refreshAction->setEnabled(running);
    m_deleteRetainedAction->setEnabled(running);
    m_optionsBox->setEnabled(!running);
    if (running) {
        QString text = tr("Running on mqtt://%1:%2")
                           .arg(m_networkCheck->isChecked() ? QStringLiteral("0.0.0.0")
                                                            : QStringLiteral("127.0.0.1"))
                           .arg(m_controller->port());
        if (const quint16 ws = m_controller->webSocketPort())
            text += QLatin1Char(' ') + tr("and ws://127.0.0.1:%1").arg(ws);
        m_statusLabel->setText(text);
    } else if (!m_lastError.isEmpty()) {
        m_statusLabel->setText(tr("Could not start: %1").arg(m_lastError));
    } else {
        m_statusLabel->setText(tr("Stopped"));
    }
    showStats(m_lastStats);
}

void BrokerPanel::startBroker()
{
    BrokerController::Options options;
    options.port = quint16(m_portSpin->value());
    options.webSocketEnabled = m_webSocketCheck->isChecked();
    options.webSocketPort = quint16(m_webSocketSpin->value());
    options.loopbackOnly = !m_networkCheck->isChecked();
    options.allowAnonymous = m_anonymousCheck->isChecked();
    options.passwordFile = m_passwordFile->text().trimmed();
    m_controller->setOptions(options);
    m_controller->start();
}

void BrokerPanel::showStats(const broker::BrokerStats &stats)
{
    const bool refresh = (m_tabs->currentIndex() == RetainedTab &&
                          stats.retainedMessages != m_lastStats.retainedMessages) ||
                         (m_tabs->currentIndex() == SessionsTab &&
                          (stats.sessions != m_lastStats.sessions ||
                           stats.subscriptions != m_lastStats.subscriptions));
    m_lastStats = stats;
    const QLocale locale;
    const auto rate = [&](double perSecond) {
        return tr("%1/s").arg(locale.toString(perSecond, 'f', 0));
    };
    const auto bytes = [&](double perSecond) {
        return tr("%1/s").arg(formatDataSize(qint64(perSecond)));
    };
    // Three rows of two pairs: narrow enough for the dock beside a connection at 1280 pixels.
    const QString row = QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>&nbsp;%3</td>"
                                       "<td><b>%4</b></td></tr>");
    m_statsLabel->setText(QStringLiteral("<table cellspacing='3'>") +
                          row.arg(tr("Clients"), locale.toString(stats.clientsConnected),
                                  tr("Retained"), locale.toString(stats.retainedMessages)) +
                          row.arg(tr("Messages in"), rate(stats.publishReceivedPerSecond),
                                  tr("Messages out"), rate(stats.publishSentPerSecond)) +
                          row.arg(tr("Bytes in"), bytes(stats.bytesReceivedPerSecond),
                                  tr("Bytes out"), bytes(stats.bytesSentPerSecond)) +
                          QStringLiteral("</table>"));
    m_statsLabel->setToolTip(tr("Sessions: %1, subscriptions: %2, dropped messages: %3")
                                 .arg(stats.sessions)
                                 .arg(stats.subscriptions)
                                 .arg(stats.messagesDropped));
    if (refresh)
        refreshCurrentTab();
}

void BrokerPanel::refreshCurrentTab()
{
    if (m_tabs->currentIndex() == RetainedTab)
        m_controller->requestRetainedMessages();
    else if (m_tabs->currentIndex() == SessionsTab)
        m_controller->requestSessions();
}

void BrokerPanel::deleteSelectedRetained()
{
    const QModelIndexList rows = m_retainedView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_controller->deleteRetainedMessage(m_retainedModel->topic(row.row()));
    if (!rows.isEmpty())
        m_controller->requestRetainedMessages();
}

} // namespace gui
