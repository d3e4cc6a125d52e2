#include "connectiontab.h"

#include "busiesttopicsmodel.h"
#include "columnfitter.h"
#include "connectionsession.h"
#include "connectionstatuswidget.h"
#include "datasize.h"
#include "messagedetailview.h"
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"
#include "publishpanel.h"
#include "retainedcleaner.h"
#include "subscriptionspanel.h"
#include "topicfilterproxymodel.h"
#include "topichistory.h"
#include "topictreemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace gui {

namespace {

constexpr int AutoExpandLimit = 2000;

int countVisibleNodes(const QAbstractItemModel *model, const QModelIndex &parent, int limit)
{
    int count = 0;
    std::vector<QModelIndex> stack{parent};
    while (!stack.empty() && count <= limit) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        const int rows = model->rowCount(index);
        count += rows;
        for (int row = 0; row < rows && count <= limit; ++row)
            stack.push_back(model->index(row, 0, index));
    }
    return count;
}

} // namespace

ConnectionTab::ConnectionTab(ConnectionSession *session, SavedMessageStore *messages,
                             QWidget *parent)
    : QWidget(parent), m_session(session), m_client(session->client()),
      m_log(session->messageLog()), m_logProxy(session->messageFilter()),
      m_tree(session->topicTree()), m_treeProxy(new TopicFilterProxyModel(this)),
      m_busiest(new BusiestTopicsModel(m_tree, this)), m_seenTopics(new QStringListModel(this)),
      m_status(new ConnectionStatusWidget(m_client, this)), m_connectButton(new QPushButton(this)),
      m_subscriptions(new SubscriptionsPanel(m_client, this)),
      m_detail(new MessageDetailView(this)), m_publish(new PublishPanel(m_client, messages, this))
{
    const ConnectionProfile &profile = session->profile();
    m_treeProxy->setSourceModel(m_tree);
    session->setColourForTopic([subscriptions = QPointer(m_subscriptions)](const QString &topic) {
        return subscriptions ? subscriptions->colourForTopic(topic) : QRgb(0);
    });
    connect(session, &ConnectionSession::titleChanged, this, &ConnectionTab::titleChanged);
    connect(session, &ConnectionSession::pausedChanged, this, [this](bool paused) {
        m_pauseButton->setChecked(paused);
        updateCounters();
    });
    connect(m_tree, &TopicTreeModel::topicsAdded, this, [this](const QStringList &topics) {
        const int row = m_seenTopics->rowCount();
        m_seenTopics->insertRows(row, int(topics.size()));
        for (int i = 0; i < topics.size(); ++i)
            m_seenTopics->setData(m_seenTopics->index(row + i), topics[i]);
    });
    m_publish->setTopicCompletionModel(m_seenTopics);
    connect(m_publish, &PublishPanel::statusMessage, this, &ConnectionTab::statusMessage);
    connect(m_detail, &MessageDetailView::statusMessage, this, &ConnectionTab::statusMessage);

    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_client->state() == mqtt::Client::State::Disconnected)
            m_session->connectToBroker();
        else
            m_session->disconnectFromBroker();
    });
    connect(m_client, &mqtt::Client::stateChanged, this, &ConnectionTab::updateConnectButton);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_connectButton);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_subscriptions);
    left->addWidget(buildTreePane());
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 4);

    auto *bottom = new QTabWidget(this);
    bottom->addTab(m_detail, QString());
    bottom->addTab(m_publish, QString());
    m_texts([bottom] {
        bottom->setTabText(0, tr("Message"));
        bottom->setTabText(1, tr("Publish"));
    });
    bottom->setObjectName(QStringLiteral("detailTabs"));

    // The topics and the live list side by side on top; the message detail and the publish
    // panel below across the whole width, so that side panels (connections, local broker)
    // take their room from the lists, not from the detail's and publish panel's controls.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(buildLogPane());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({500, 500});
    top->setObjectName(QStringLiteral("tabSplitter"));

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setSizes({400, 400});
    main->setObjectName(QStringLiteral("detailSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(statusRow);
    layout->addWidget(main, 1);

    // The "time since last message" column changes without any message: repaint it.
    m_ageRepaint.setInterval(1000);
    connect(&m_ageRepaint, &QTimer::timeout, m_treeView->viewport(), qOverload<>(&QWidget::update));
    m_ageRepaint.start();

    if (!profile.subscriptions.isEmpty()) {
        for (const SavedSubscription &s : profile.subscriptions)
            m_subscriptions->addSubscription(s);
    } else if (profile.subscribeDefault && !profile.defaultFilter.isEmpty()) {
        SavedSubscription s;
        s.filter = profile.defaultFilter;
        m_subscriptions->addSubscription(s);
    }
    connect(m_status, &ConnectionStatusWidget::statusTextChanged, this,
            [this] { emit titleChanged(title()); });
    retranslateUi();
}

void ConnectionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionTab::retranslateUi()
{
    m_texts.retranslate();
    updateConnectButton();
    updateCounters(); // also the pause button
    m_log->retranslate();
    m_tree->retranslate();
    m_busiest->retranslate();
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_treeView),
                                    static_cast<QAbstractItemView *>(m_busiestView),
                                    static_cast<QAbstractItemView *>(m_logView)})
        view->viewport()->update();
    // Narrow columns are as wide as their header in the language in use.
    auto headerWidth = [](const QAbstractItemView *view, const QAbstractItemModel *model,
                          int column, const QString &sample) {
        const QFontMetrics metrics = view->fontMetrics();
        return qMax(metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()),
                    metrics.horizontalAdvance(sample)) +
               16;
    };
    m_treeView->setColumnWidth(
        TopicTreeModel::MessagesColumn,
        headerWidth(m_treeView, m_tree, TopicTreeModel::MessagesColumn, QStringLiteral("99999")));
    m_treeView->setColumnWidth(TopicTreeModel::RateColumn,
                               headerWidth(m_treeView, m_tree, TopicTreeModel::RateColumn,
                                           TopicTreeModel::tr("%1/s").arg(999)));
    m_treeView->setColumnWidth(TopicTreeModel::AgeColumn,
                               headerWidth(m_treeView, m_tree, TopicTreeModel::AgeColumn,
                                           TopicTreeModel::tr("%1 min").arg(59)));
    for (int column : {int(BusiestTopicsModel::RateColumn), int(BusiestTopicsModel::ShareColumn),
                       int(BusiestTopicsModel::MessagesColumn)})
        m_busiestView->setColumnWidth(
            column, headerWidth(m_busiestView, m_busiest, column, QStringLiteral("99999")));
    const QAbstractItemModel *log = m_logView->model();
    QHeaderView *header = m_logView->horizontalHeader();
    header->resizeSection(MessageLogModel::QosColumn,
                          headerWidth(m_logView, log, MessageLogModel::QosColumn, {}));
    header->resizeSection(MessageLogModel::RetainColumn,
                          headerWidth(m_logView, log, MessageLogModel::RetainColumn, {}));
    header->resizeSection(MessageLogModel::SizeColumn,
                          headerWidth(m_logView, log, MessageLogModel::SizeColumn,
                                      formatDataSize(999 * 1024 + 1000)));
}

void ConnectionTab::updateConnectButton()
{
    const bool idle = m_client->state() == mqtt::Client::State::Disconnected;
    m_connectButton->setText(idle ? tr("Connect") : tr("Disconnect"));
}

ConnectionTab::~ConnectionTab()
{
    // The session outlives its view (the connection list deletes it): it must not call back
    // into our subscriptions panel for colours.
    if (m_session)
        m_session->setColourForTopic({});
}

QWidget *ConnectionTab::buildTreePane()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("topicTabs"));

    m_treeFilterEdit = new QLineEdit(this);
    m_treeFilterEdit->setObjectName(QStringLiteral("treeFilter"));
    m_treeFilterEdit->setClearButtonEnabled(true);
    m_texts([this] {
        m_treeFilterEdit->setPlaceholderText(tr("Filter topics: text, a/+/b, /regex/, -exclude"));
    });
    m_treeFilterDelay.setSingleShot(true);
    m_treeFilterDelay.setInterval(150);
    connect(m_treeFilterEdit, &QLineEdit::textChanged, &m_treeFilterDelay,
            qOverload<>(&QTimer::start));
    connect(&m_treeFilterDelay, &QTimer::timeout, this, &ConnectionTab::applyTreeFilter);

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("topicTree"));
    m_treeView->setModel(m_treeProxy);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->setColumnWidth(TopicTreeModel::TopicColumn,
                               m_treeView->fontMetrics().horizontalAdvance(u'x') * 20);
    // In a narrow window the last value matters more than the counters beside it.
    auto *treeFitter = new ColumnFitter(
        m_treeView->header(), TopicTreeModel::ValueColumn,
        {TopicTreeModel::AgeColumn, TopicTreeModel::RateColumn, TopicTreeModel::MessagesColumn});
    treeFitter->setShrinkable(TopicTreeModel::TopicColumn,
                              m_treeView->fontMetrics().horizontalAdvance(u'x') * 10);
    connect(m_treeView, &QTreeView::customContextMenuRequested, this, &ConnectionTab::showTreeMenu);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_movingSelection)
                    selectTopic(current);
            });
    // A click on the highlighted row does not change the current row, but it is a choice.
    connect(m_treeView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString topic = index.siblingAtColumn(0).data(TopicTreeModel::PathRole).toString();
        if (m_logRowChosen || topic != m_chosenTopic)
            selectTopic(index);
    });

    auto *treePage = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 4, 0, 0);
    treeLayout->addWidget(m_treeFilterEdit);
    treeLayout->addWidget(m_treeView);
    tabs->addTab(treePage, QString());

    m_busiestView = new QTableView(this);
    m_busiestView->setObjectName(QStringLiteral("busiestTopics"));
    m_busiestView->setModel(m_busiest);
    m_busiestView->verticalHeader()->hide();
    m_busiestView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_busiestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_busiestView->horizontalHeader()->setSectionResizeMode(BusiestTopicsModel::TopicColumn,
                                                            QHeaderView::Stretch);
    connect(m_busiestView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_tree->indexForTopic(m_busiest->topicAt(index.row()));
        const QModelIndex proxy = m_treeProxy->mapFromSource(source);
        if (proxy.isValid()) {
            m_treeView->setCurrentIndex(proxy);
            m_treeView->scrollTo(proxy);
        }
    });
    tabs->addTab(m_busiestView, QString());
    m_texts([tabs] {
        tabs->setTabText(0, tr("Topics"));
        tabs->setTabText(1, tr("Busiest topics"));
    });
    return tabs;
}

QWidget *ConnectionTab::buildLogPane()
{
    m_topicFilterEdit = new QLineEdit(this);
    m_topicFilterEdit->setObjectName(QStringLiteral("logTopicFilter"));
    m_topicFilterEdit->setClearButtonEnabled(true);
    m_textFilterEdit = new QLineEdit(this);
    m_textFilterEdit->setObjectName(QStringLiteral("logTextFilter"));
    m_textFilterEdit->setClearButtonEnabled(true);
    connect(m_topicFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        setLogFilter(&MessageFilterProxyModel::setTopicFilter, text);
    });
    connect(m_textFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        setLogFilter(&MessageFilterProxyModel::setPayloadFilter, text);
    });

    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QPushButton::toggled, m_session, &ConnectionSession::setPaused);
    m_autoScroll = new QCheckBox(this);
    m_autoScroll->setChecked(true);
    auto *clearButton = new QPushButton(this);
    m_texts([this, clearButton] {
        m_topicFilterEdit->setPlaceholderText(tr("Topic filter"));
        m_textFilterEdit->setPlaceholderText(tr("Text in payload"));
        m_pauseButton->setToolTip(
            tr("Pause the live view; messages keep arriving and are counted"));
        m_autoScroll->setText(tr("Auto-scroll"));
        clearButton->setText(tr("Clear"));
        clearButton->setToolTip(tr("Empty the message history and the topic tree"));
    });
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_session->clearMessages();
        m_detail->clear();
        m_session->clearSelectedMessage();
        m_logRowChosen = false;
        m_chosenTopic.clear();
    });
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("logCounters"));
    m_counters->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_log, &MessageLogModel::statisticsChanged, this, &ConnectionTab::updateCounters);
    connect(m_tree, &TopicTreeModel::topicsAdded, this, &ConnectionTab::updateCounters);

    m_logView = new QTableView(this);
    m_logView->setObjectName(QStringLiteral("messageLog"));
    m_logView->setModel(m_logProxy);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    QHeaderView *header = m_logView->horizontalHeader();
    header->resizeSection(
        MessageLogModel::TimeColumn,
        m_logView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    header->resizeSection(MessageLogModel::TopicColumn, 220);
    // In a narrow window the payload matters more than the flags beside it.
    ColumnFitter::forMessageTable(header);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_movingSelection && !m_log->isUpdating())
                    selectLogRow(current);
            });
    connect(m_log, &MessageLogModel::statisticsChanged, this, &ConnectionTab::restoreLogSelection);
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_autoScroll->isChecked())
            m_logView->scrollToBottom();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_topicFilterEdit, 1);
    filters->addWidget(m_textFilterEdit, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_autoScroll);
    controls->addWidget(clearButton);
    controls->addStretch();
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_logView, 1);
    layout->addLayout(controls);
    layout->addWidget(m_counters);
    updateCounters();
    return pane;
}

ConnectionProfile ConnectionTab::currentProfile() const
{
    ConnectionProfile p = m_session->profile();
    p.subscriptions = m_subscriptions->subscriptions();
    return p;
}

QString ConnectionTab::title() const
{
    return m_session->title();
}

void ConnectionTab::selectLogRow(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_logProxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    m_chosenLogRow = source;
    m_logRowChosen = true;
    m_chosenTopic.clear();
    {
        const QScopedValueRollback moving(m_movingSelection, true);
        m_treeView->selectionModel()->clear();
    }
    showChosen(m_log->message(source.row()));
}

void ConnectionTab::selectTopic(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_treeProxy->mapToSource(proxyIndex.siblingAtColumn(0));
    const mqtt::Message *last = m_tree->lastMessage(source);
    if (!last)
        return; // a level without a message of its own
    const mqtt::Message message = *last;
    m_logRowChosen = false;
    m_chosenLogRow = QPersistentModelIndex();
    m_chosenTopic = message.topic();
    {
        const QScopedValueRollback moving(m_movingSelection, true);
        m_logView->selectionModel()->clear();
    }
    showChosen(message);
}

void ConnectionTab::showChosen(const mqtt::Message &message)
{
    m_detail->setMessage(message, m_session->topicHistory().messages(message.topic()));
    m_session->setSelectedMessage(message);
}

void ConnectionTab::restoreLogSelection()
{
    if (m_log->isUpdating())
        return;
    const QModelIndex wanted =
        m_logRowChosen ? m_logProxy->mapFromSource(m_chosenLogRow) : QModelIndex();
    QItemSelectionModel *selection = m_logView->selectionModel();
    if (m_logRowChosen && !m_chosenLogRow.isValid() && m_detail->hasMessage() &&
        m_detail->note().isEmpty())
        m_detail->setNote(tr("no longer in the message list"));
    const QModelIndex current = selection->currentIndex();
    if (wanted.isValid() == current.isValid() && wanted.row() == current.row() &&
        (!wanted.isValid() || selection->isRowSelected(wanted.row())))
        return;
    const QScopedValueRollback moving(m_movingSelection, true);
    if (wanted.isValid())
        selection->setCurrentIndex(wanted,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->clear();
}

void ConnectionTab::setLogFilter(void (MessageFilterProxyModel::*setter)(const QString &),
                                 const QString &text)
{
    {
        const QScopedValueRollback moving(m_movingSelection, true);
        (m_logProxy->*setter)(text);
    }
    restoreLogSelection();
}

void ConnectionTab::applyTreeFilter()
{
    m_treeProxy->setFilterExpression(m_treeFilterEdit->text());
    const QString error = m_treeProxy->filterExpression().errorString();
    m_treeFilterEdit->setToolTip(error);
    m_treeFilterEdit->setStyleSheet(
        error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d03030; }"));
    // Show the matches right away when there are few of them.
    if (!m_treeProxy->filterExpression().isEmpty() &&
        countVisibleNodes(m_treeProxy, {}, AutoExpandLimit) <= AutoExpandLimit)
        m_treeView->expandAll();
}

void ConnectionTab::updateCounters()
{
    if (m_log->isPaused())
        m_pauseButton->setText(tr("Resume (%1 new)").arg(m_log->newSincePause()));
    else
        m_pauseButton->setText(tr("Pause"));
    const QLocale locale;
    m_counters->setText(tr("%1 shown · %2 dropped · %3 topics")
                            .arg(locale.toString(m_logProxy->rowCount()),
                                 locale.toString(m_log->droppedCount()),
                                 locale.toString(m_tree->topicCount())));
    m_counters->setToolTip(
        tr("%1 messages received, %2 in the history, %3 dropped as the oldest beyond the "
           "history limit (%4 messages / %5)")
            .arg(locale.toString(m_log->receivedCount()), locale.toString(m_log->rowCount()),
                 locale.toString(m_log->droppedCount()), locale.toString(m_log->maxCount()),
                 formatDataSize(m_log->maxBytes())));
}

void ConnectionTab::showTreeMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_treeView->indexAt(pos);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_treeProxy->mapToSource(proxyIndex.siblingAtColumn(0));
    const QString path = source.data(TopicTreeModel::PathRole).toString();
    const mqtt::Message *last = m_tree->lastMessage(source);
    QMenu menu(this);
    menu.addAction(tr("Copy topic"), this, [path] { QApplication::clipboard()->setText(path); });
    if (last) {
        const QByteArray payload = last->payload();
        menu.addAction(tr("Copy value"), this, [payload] {
            QApplication::clipboard()->setText(QString::fromUtf8(payload));
        });
    }
    menu.addAction(tr("Publish to this topic"), this, [this, path] {
        m_publish->setTopic(path);
        focusPublish();
    });
    menu.addSeparator();
    QAction *clearOne = menu.addAction(tr("Clear retained value"), this,
                                       [this, source] { clearRetained(source, false); });
    clearOne->setEnabled(source.data(TopicTreeModel::RetainedRole).toBool());
    menu.addAction(tr("Clear retained values below…"), this,
                   [this, source] { clearRetained(source, true); });
    menu.exec(m_treeView->viewport()->mapToGlobal(pos));
}

RetainedCleaner *ConnectionTab::clearRetained(const QModelIndex &treeIndex, bool subtree)
{
    QStringList topics;
    if (subtree) {
        topics = m_tree->retainedTopics(treeIndex);
    } else if (treeIndex.data(TopicTreeModel::RetainedRole).toBool()) {
        topics = {treeIndex.data(TopicTreeModel::TopicRole).toString()};
    }
    const QString path = treeIndex.data(TopicTreeModel::PathRole).toString();
    if (topics.isEmpty()) {
        emit statusMessage(tr("No retained values known at or below %1").arg(path));
        return nullptr;
    }
    if (m_confirm &&
        QMessageBox::question(this, tr("Clear retained messages"),
                              tr("Clear %n retained message(s) at or below \"%1\"? The broker "
                                 "will forget them.",
                                 nullptr, int(topics.size()))
                                  .arg(path)) != QMessageBox::Yes)
        return nullptr;
    auto *cleaner = new RetainedCleaner(m_client, topics, this);
    if (topics.size() > 20) {
        auto *progress = new QProgressDialog(tr("Clearing retained messages…"), tr("Stop"), 0,
                                             int(topics.size()), this);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setMinimumDuration(300);
        connect(cleaner, &RetainedCleaner::progress, progress, &QProgressDialog::setValue);
        connect(progress, &QProgressDialog::canceled, cleaner, &RetainedCleaner::cancel);
        connect(cleaner, &RetainedCleaner::finished, progress, &QProgressDialog::close);
    }
    connect(cleaner, &RetainedCleaner::finished, this, [this, cleaner](int cleared, int failures) {
        emit statusMessage(failures == 0
                               ? tr("Cleared %n retained message(s)", nullptr, cleared)
                               : tr("Cleared %1 retained messages, %2 refused by the broker")
                                     .arg(cleared)
                                     .arg(failures));
        cleaner->deleteLater();
    });
    cleaner->start();
    return cleaner;
}

void ConnectionTab::focusFilter()
{
    m_topicFilterEdit->setFocus();
    m_topicFilterEdit->selectAll();
}

void ConnectionTab::focusPublish()
{
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("detailTabs")))
        tabs->setCurrentWidget(m_publish);
    m_publish->focusTopic();
}

void ConnectionTab::publishNow()
{
    m_publish->publish();
}

} // namespace gui
