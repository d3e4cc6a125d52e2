#include "recordingpanel.h"

#include "brokercontroller.h"
#include "columnfitter.h"
#include "connectionlist.h"
#include "connectionsession.h"
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"
#include "recordingmodel.h"
#include "recordingwriter.h"
#include "replaysession.h"

#include <mqttcore/client.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

RecordingPanel::RecordingPanel(ConnectionList *connections, BrokerController *localBroker,
                               QWidget *parent)
    : QWidget(parent), m_connections(connections), m_localBroker(localBroker),
      m_writer(std::make_unique<RecordingWriter>()), m_model(new RecordingModel(this)),
      m_recordAction(new QAction(QIcon(QStringLiteral(":/icons/record.svg")), {}, this)),
      m_openAction(new QAction(QIcon(QStringLiteral(":/icons/open-recording.svg")), {}, this)),
      m_exportAction(new QAction(QIcon(QStringLiteral(":/icons/export.svg")), {}, this)),
      m_recordStatus(new QLabel(this)), m_fileLabel(new QLabel(this)), m_view(new QTableView(this)),
      m_targetLabel(new QLabel(this)), m_target(new QComboBox(this)), m_url(new QLineEdit(this)),
      m_speedLabel(new QLabel(this)), m_speed(new QDoubleSpinBox(this)),
      m_fastest(new QCheckBox(this)), m_replayButton(new QPushButton(this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("recordingPanel"));
    m_recordAction->setObjectName(QStringLiteral("recordConnection"));
    m_recordAction->setCheckable(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // The whole date and time fits (a cut time says nothing).
    m_view->horizontalHeader()->resizeSection(
        RecordingModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    ColumnFitter::forMessageTable(m_view->horizontalHeader());

    m_target->addItems({QString(), QString(), QString()});
    m_url->setPlaceholderText(QStringLiteral("mqtt://host:1883"));
    m_speed->setRange(0.1, 1000);
    m_speed->setValue(1);
    m_speed->setDecimals(1);
    m_speed->setSuffix(QStringLiteral(" ×"));
    m_progress->setTextVisible(true);
    m_progress->setValue(0);

    auto *replay = new QGridLayout;
    replay->addWidget(m_targetLabel, 0, 0);
    replay->addWidget(m_target, 0, 1);
    replay->addWidget(m_url, 0, 2, 1, 2);
    replay->addWidget(m_speedLabel, 1, 0);
    replay->addWidget(m_speed, 1, 1);
    replay->addWidget(m_fastest, 1, 2, 1, 2);
    // Replay beside the progress, not beside the speed: the panel stays narrow in every language.
    replay->addWidget(m_progress, 2, 0, 1, 3);
    replay->addWidget(m_replayButton, 2, 3);
    replay->setColumnStretch(2, 1);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(12);

    m_recordStatus->setWordWrap(true);
    m_fileLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recordStatus);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(replay);

    connect(m_recordAction, &QAction::triggered, this, &RecordingPanel::chooseRecordingFile);
    connect(m_openAction, &QAction::triggered, this, &RecordingPanel::chooseRecordingToOpen);
    connect(m_exportAction, &QAction::triggered, this, &RecordingPanel::chooseExportFile);
    connect(m_replayButton, &QPushButton::clicked, this, &RecordingPanel::replayClicked);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RecordingPanel::updateState);
    connect(m_fastest, &QCheckBox::toggled, this, &RecordingPanel::updateState);
    connect(m_writer.get(), &RecordingWriter::recordingChanged, this, &RecordingPanel::updateState);
    connect(m_writer.get(), &RecordingWriter::messageCountChanged, this,
            &RecordingPanel::updateState);
    connect(connections, &ConnectionList::currentChanged, this, &RecordingPanel::updateState);
    connect(localBroker, &BrokerController::runningChanged, this, &RecordingPanel::updateState);
    retranslateUi();
}

RecordingPanel::~RecordingPanel() = default;

QList<QAction *> RecordingPanel::actions() const
{
    return {m_recordAction, m_openAction, m_exportAction};
}

bool RecordingPanel::startRecording(const QString &path)
{
    ConnectionSession *session = m_connections->current();
    if (!session) {
        m_lastError = tr("Open a connection to record it.");
        updateState();
        return false;
    }
    const bool ok = m_writer->start(session->client(), path);
    m_lastError = ok ? QString() : m_writer->errorString();
    updateState();
    return ok;
}

void RecordingPanel::stopRecording()
{
    m_writer->stop();
}

bool RecordingPanel::openRecording(const QString &path)
{
    QString error;
    const std::optional<QList<mqtt::Message>> messages = recording::readFile(path, &error);
    if (!messages) {
        m_lastError = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), error);
        updateState();
        return false;
    }
    m_lastError.clear();
    m_openedPath = path;
    m_model->setMessages(*messages);
    updateState();
    return true;
}

void RecordingPanel::replay(Target target, double speed, const QString &url)
{
    if (m_session && m_session->isRunning()) {
        m_session->cancel();
        return;
    }
    if (target == Target::CurrentConnection) {
        if (ConnectionSession *session = m_connections->current())
            startSession(session->client(), speed);
        return;
    }
    mqtt::ConnectOptions options;
    if (target == Target::LocalBroker) {
        if (!m_localBroker->isRunning() && !m_localBroker->start())
            return;
        options.host = QStringLiteral("127.0.0.1");
        options.port = m_localBroker->port();
    } else {
        QString error;
        const std::optional<mqtt::ConnectOptions> parsed =
            mqtt::ConnectOptions::fromUrl(url, &error);
        if (!parsed) {
            m_lastError = tr("Invalid broker URL: %1").arg(error);
            updateState();
            return;
        }
        options = *parsed;
    }
    m_replayClient = std::make_unique<mqtt::Client>();
    m_replayClient->setOptions(options);
    connect(
        m_replayClient.get(), &mqtt::Client::connected, this,
        [this, speed] { startSession(m_replayClient.get(), speed); }, Qt::SingleShotConnection);
    m_replayClient->connectToBroker();
}

void RecordingPanel::startSession(mqtt::Client *client, double speed)
{
    m_session = std::make_unique<ReplaySession>(m_model->messages(), client, speed);
    m_progress->setRange(0, int(m_model->messages().size()));
    connect(m_session.get(), &ReplaySession::progress, m_progress,
            [this](qsizetype sent) { m_progress->setValue(int(sent)); });
    connect(m_session.get(), &ReplaySession::finished, this, [this] {
        if (m_replayClient)
            disconnectWhenDelivered(m_replayClient.get(), 100);
        updateState();
        emit replayFinished();
    });
    m_session->start();
    updateState();
}

void RecordingPanel::disconnectWhenDelivered(mqtt::Client *client, int checksLeft)
{
    // Our own replay connection leaves once the broker has acknowledged every QoS 1/2
    // message (disconnecting earlier would cancel them), or after 10 s.
    if (client != m_replayClient.get())
        return;
    if (checksLeft > 0 && client->state() == mqtt::Client::State::Connected &&
        (client->inflightCount() > 0 || client->queuedCount() > 0)) {
        QTimer::singleShot(100, this, [this, client, checksLeft] {
            disconnectWhenDelivered(client, checksLeft - 1);
        });
        return;
    }
    client->disconnectFromBroker();
}

bool RecordingPanel::exportCurrentView(const QString &path, recording::ExportFormat format)
{
    const ConnectionSession *session = m_connections->current();
    if (!session)
        return false;
    const MessageFilterProxyModel *view = session->messageFilter();
    const MessageLogModel *log = session->messageLog();
    QList<mqtt::Message> messages;
    messages.reserve(view->rowCount());
    for (int row = 0; row < view->rowCount(); ++row)
        messages << log->message(view->mapToSource(view->index(row, 0)).row());
    QString error;
    const bool ok = recording::writeFile(path, messages, format, &error);
    m_lastError = ok ? QString() : error;
    updateState();
    return ok;
}

void RecordingPanel::chooseRecordingFile(bool checked)
{
    if (!checked) {
        stopRecording();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Record messages to"), QString(),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty() || !startRecording(path))
        m_recordAction->setChecked(false);
}

void RecordingPanel::chooseRecordingToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open recording"), QString(), tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty() && openRecording(path))
        parentWidget()->show();
}

void RecordingPanel::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export messages"), QString(), tr("JSON Lines (*.jsonl);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                     filter.contains(QLatin1String("*.csv"));
    if (!exportCurrentView(path,
                           csv ? recording::ExportFormat::Csv : recording::ExportFormat::JsonLines))
        QMessageBox::warning(this, tr("Export messages"), m_lastError);
}

void RecordingPanel::replayClicked()
{
    replay(Target(m_target->currentIndex()), m_fastest->isChecked() ? 0 : m_speed->value(),
           m_url->text());
}

void RecordingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordingPanel::retranslateUi()
{
    m_recordAction->setText(tr("Record connection"));
    m_recordAction->setToolTip(tr("Record the messages of the current connection to a file"));
    m_openAction->setText(tr("Open recording…"));
    m_exportAction->setText(tr("Export messages…"));
    m_exportAction->setToolTip(tr("Save the messages of the current view as JSON Lines or CSV"));
    m_targetLabel->setText(tr("Replay to:"));
    m_target->setItemText(int(Target::LocalBroker), tr("Local broker"));
    m_target->setItemText(int(Target::CurrentConnection), tr("Current connection"));
    m_target->setItemText(int(Target::Url), tr("Broker URL"));
    m_speedLabel->setText(tr("Speed:"));
    m_fastest->setText(tr("As fast as possible"));
    m_model->retranslate();
    updateState();
}

void RecordingPanel::updateState()
{
    const bool hasTab = m_connections->current() != nullptr;
    const bool replaying = m_session && m_session->isRunning();
    m_recordAction->setEnabled(hasTab || m_writer->isRecording());
    m_recordAction->setChecked(m_writer->isRecording());
    m_exportAction->setEnabled(hasTab);
    if (!m_lastError.isEmpty())
        m_recordStatus->setText(m_lastError);
    else if (m_writer->isRecording())
        m_recordStatus->setText(tr("Recording to %1: %n messages", nullptr,
                                   int(std::min<qint64>(m_writer->messageCount(), INT_MAX)))
                                    .arg(QFileInfo(m_writer->path()).fileName()));
    else
        m_recordStatus->setText(tr("Not recording."));
    m_fileLabel->setText(m_openedPath.isEmpty()
                             ? tr("No recording opened.")
                             : tr("%1: %n messages", nullptr, int(m_model->messages().size()))
                                   .arg(QFileInfo(m_openedPath).fileName()));
    m_url->setVisible(Target(m_target->currentIndex()) == Target::Url);
    m_speed->setEnabled(!m_fastest->isChecked());
    m_replayButton->setText(replaying ? tr("Stop replay") : tr("Replay"));
    m_replayButton->setEnabled(replaying || !m_model->messages().isEmpty());
}

} // namespace gui
