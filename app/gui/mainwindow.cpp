#include "mainwindow.h"

#include "connectionlist.h"
#include "connectionsession.h"
#include "connectionstatuswidget.h"
#include "connectiontab.h"
#include "extensions.h"
#include "historysearchdialog.h"
#include "languagemanager.h"
#include "passwordvault.h"
#include "profiledialog.h"
#include "profilespanel.h"
#include "profilestore.h"
#include "savedmessagestore.h"
#include "topichistory.h"

#include "messagearchive.h"
#include "messagelogmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QChildEvent>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

// Resources of a static library are registered by hand (outside any namespace).
static void initWorkbenchResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace gui {

namespace {

constexpr auto HistoryCountKey = "history/maxCount";
constexpr auto HistoryMegabytesKey = "history/maxMegabytes";
constexpr auto TopicHistoryCountKey = "history/perTopicCount";
constexpr auto TopicHistoryKibibytesKey = "history/perTopicKiB";
constexpr auto TopicHistoryBudgetKey = "history/allTopicsMiB";
// The message history kept between runs (opt-in). ArchiveFileKey is not in the dialog: tests
// point it at a temporary file.
constexpr auto ArchiveEnabledKey = "archive/enabled";
constexpr auto ArchiveCountKey = "archive/maxCount";
constexpr auto ArchiveMegabytesKey = "archive/maxMegabytes";
constexpr auto ArchiveFileKey = "archive/file";
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * 1024;

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SavedMessageStore *messages, QWidget *parent,
                       const StartOptions &start, const Appearance &appearance)
    : QMainWindow(parent),
      m_profiles(profiles ? profiles : new ProfileStore(ProfileStore::defaultFilePath(), this)),
      m_messages(messages ? messages
                          : new SavedMessageStore(SavedMessageStore::defaultFilePath(), this)),
      m_appearance(appearance), m_connections(new ConnectionList(this)),
      m_vault(new PasswordVault(this)), m_toolBar(new QToolBar(this)),
      m_central(new QStackedWidget(this)), m_tabs(new QTabWidget(this)),
      m_profilesDock(new QDockWidget(this)), m_profilesPanel(nullptr)
{
    initWorkbenchResources();
    m_texts([this] {
        setWindowTitle(tr("MQTT Workbench"));
        m_toolBar->setWindowTitle(tr("Main toolbar"));
        m_profilesDock->setWindowTitle(tr("Connections"));
    });
    setObjectName(QStringLiteral("MainWindow"));
    if (!profiles) {
        QString error;
        if (!m_profiles->load(&error))
            QMessageBox::warning(this, tr("Connection profiles"), error);
    }
    if (!messages)
        m_messages->load();
    connect(m_profiles, &ProfileStore::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    m_profilesPanel = new ProfilesPanel(m_profiles, m_profilesDock);
    m_profilesDock->setObjectName(QStringLiteral("connectionsDock"));
    m_profilesDock->setWidget(m_profilesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_profilesDock);
    connect(m_profilesPanel, &ProfilesPanel::connectRequested, this, &MainWindow::connectProfile);
    connect(m_profilesPanel, &ProfilesPanel::newRequested, this, &MainWindow::newProfile);
    connect(m_profilesPanel, &ProfilesPanel::editRequested, this, &MainWindow::editProfile);
    connect(m_profilesPanel, &ProfilesPanel::duplicateRequested, this, [this](const QString &id) {
        if (const auto copy = m_profiles->duplicate(id))
            m_profilesPanel->select(copy->id);
    });
    connect(m_profilesPanel, &ProfilesPanel::deleteRequested, this, [this](const QString &id) {
        const auto profile = m_profiles->profile(id);
        if (!profile || QMessageBox::question(
                            this, tr("Delete connection"),
                            tr("Delete the connection \"%1\"?").arg(profile->displayName())) !=
                            QMessageBox::Yes)
            return;
        m_vault->remove(id);
        m_profiles->remove(id);
    });
    connect(m_profilesPanel, &ProfilesPanel::importRequested, this, &MainWindow::importProfiles);
    connect(m_profilesPanel, &ProfilesPanel::exportRequested, this, &MainWindow::exportProfiles);

    auto *welcome = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *welcomeText = new QLabel(welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setWordWrap(true);
    auto *newButton = new QPushButton(welcome);
    m_texts([welcomeText, newButton] {
        welcomeText->setText(
            tr("<h2>MQTT Workbench</h2><p>Open a saved connection from the <b>Connections</b> "
               "panel (double-click), or create a new one.</p>"));
        newButton->setText(tr("New connection…"));
    });
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newProfile);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(newButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeConnectionTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        ConnectionTab *tab = currentConnectionTab();
        m_connections->setCurrent(tab ? tab->session() : nullptr);
        emit currentConnectionChanged(tab);
    });
    m_central->addWidget(welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(m_toolBar);
    createActions();
    statusBar()->showMessage(tr("Ready"), 3000);
    applyArchiveSettings();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());

    resizeDocks({m_profilesDock}, {190}, Qt::Horizontal);
    installExtensions(this, m_appearance, start);
    // After the extensions added their docks, so that their positions come back too.
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The connection tabs go first, while the window is still whole. Otherwise they would be
    // destroyed by ~QWidget with the tab widget, after this object stopped being a MainWindow:
    // the tab widget's currentChanged, a tab's titleChanged (a connected client leaving) and
    // currentConnectionChanged (followed by the extension panels) would reach a half-destroyed
    // window. So: no more signals from the tab widget, the tabs or their sessions to us, the
    // tabs leave the tab widget, the extensions let go of the current connection, the tabs are
    // deleted, then each session leaves its broker and is deleted.
    m_tabs->disconnect(this);
    const QList<ConnectionTab *> tabs = connectionTabs();
    for (ConnectionTab *tab : tabs) {
        tab->disconnect(this);
        tab->session()->disconnect(this);
    }
    m_tabs->clear(); // takes the tabs out (without deleting them): no current connection
    m_connections->setCurrent(nullptr);
    emit currentConnectionChanged(nullptr);
    qDeleteAll(tabs);
    m_connections->clear();
    delete m_historyDialog;
    delete m_archive; // writes what it still has queued
}

void MainWindow::createActions()
{
    QMenuBar *bar = menuBar();
    for (Menu which : {Menu::File, Menu::Connection, Menu::View, Menu::Tools, Menu::Help})
        m_menus[which] = bar->addMenu(QString());
    m_texts([this] {
        m_menus[Menu::File]->setTitle(tr("&File"));
        m_menus[Menu::Connection]->setTitle(tr("&Connection"));
        m_menus[Menu::View]->setTitle(tr("&View"));
        m_menus[Menu::Tools]->setTitle(tr("&Tools"));
        m_menus[Menu::Help]->setTitle(tr("&Help"));
    });

    QMenu *file = m_menus[Menu::File];
    QAction *importAction = file->addAction(QString(), this, &MainWindow::importProfiles);
    QAction *exportAction = file->addAction(QString(), this, &MainWindow::exportProfiles);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = m_menus[Menu::Connection];
    QAction *newAction = connection->addAction(QString(), this, &MainWindow::newProfile);
    newAction->setShortcut(QKeySequence::New);
    m_connectAction = connection->addAction(QString(), this, [this] {
        if (ConnectionSession *session = m_connections->current()) {
            if (session->client()->state() == mqtt::Client::State::Disconnected)
                session->connectToBroker();
            else
                session->disconnectFromBroker();
        } else if (const QString id = m_profilesPanel->selectedId(); !id.isEmpty()) {
            connectProfile(id);
        }
    });
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *editAction = connection->addAction(QString(), this, [this] {
        if (ConnectionSession *session = m_connections->current();
            session && !session->profile().id.isEmpty())
            editProfile(session->profile().id);
        else if (const QString id = m_profilesPanel->selectedId(); !id.isEmpty())
            editProfile(id);
    });
    QAction *saveSubs = connection->addAction(QString(), this, [this] {
        if (ConnectionTab *tab = currentConnectionTab())
            saveProfile(tab->currentProfile());
    });
    connection->addSeparator();
    QAction *closeAction = connection->addAction(
        QString(), this, [this] { closeConnectionTab(m_tabs->currentIndex()); });
    closeAction->setShortcut(QKeySequence::Close);

    QMenu *view = m_menus[Menu::View];
    view->addAction(m_profilesDock->toggleViewAction());
    view->addSeparator();
    m_pauseAction = view->addAction(QString());
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    connect(m_pauseAction, &QAction::triggered, this, [this](bool on) {
        if (ConnectionSession *session = m_connections->current())
            session->setPaused(on);
    });
    QAction *find = view->addAction(QString(), this, [this] {
        if (ConnectionTab *tab = currentConnectionTab())
            tab->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *publish = view->addAction(QString(), this, [this] {
        if (ConnectionTab *tab = currentConnectionTab())
            tab->focusPublish();
    });
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *publishNow = view->addAction(QString(), this, [this] {
        if (ConnectionTab *tab = currentConnectionTab())
            tab->publishNow();
    });
    publishNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    QAction *historySearch =
        m_menus[Menu::Tools]->addAction(QString(), this, &MainWindow::showHistorySearch);
    historySearch->setObjectName(QStringLiteral("searchHistory"));
    QAction *preferences =
        m_menus[Menu::Tools]->addAction(QString(), this, &MainWindow::showPreferences);

    QAction *about = m_menus[Menu::Help]->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About MQTT Workbench"),
                           tr("<h3>MQTT Workbench %1</h3><p>Watch topics live, publish test "
                              "messages and run a local broker.</p><p>License: MIT</p>")
                               .arg(QStringLiteral(MQTT_WORKBENCH_VERSION)));
    });

    m_texts([=, this] {
        importAction->setText(tr("&Import connections…"));
        exportAction->setText(tr("&Export connections…"));
        quit->setText(tr("&Quit"));
        newAction->setText(tr("&New connection…"));
        editAction->setText(tr("&Edit connection…"));
        saveSubs->setText(tr("&Save subscriptions to the connection"));
        closeAction->setText(tr("C&lose tab"));
        m_pauseAction->setText(tr("&Pause live view"));
        find->setText(tr("&Find messages"));
        publish->setText(tr("&Publish…"));
        publishNow->setText(tr("Publish &now"));
        historySearch->setText(tr("Search message &history…"));
        preferences->setText(tr("&Preferences…"));
        about->setText(tr("&About MQTT Workbench"));
    });

    m_toolBar->addAction(newAction);
    m_toolBar->addAction(m_connectAction);
    m_toolBar->addAction(editAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addAction(publish);
    m_tabActions = {m_pauseAction, find, publish, publishNow, saveSubs, closeAction};
}

void MainWindow::childEvent(QChildEvent *event)
{
    QMainWindow::childEvent(event);
    // The tab bars of tabbed panels are made by QMainWindow as panels are tabbed together. By
    // default they elide titles ("Lok…", "Pake…") when many share a side; whole titles with
    // scroll buttons are what a reader can use.
    if (event->type() != QEvent::ChildPolished)
        return;
    if (auto *tabs = qobject_cast<QTabBar *>(event->child()); tabs && tabs->parent() == this) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
    if (auto *dock = qobject_cast<QDockWidget *>(event->child()))
        dock->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *dock = qobject_cast<QDockWidget *>(watched)) {
            fitOpenedPanel(dock);
        }
    } else if (event->type() == QEvent::Hide) {
        if (auto *dock = qobject_cast<QDockWidget *>(watched)) {
            // Only the panels on its side may have been widened for it (tabbed with it, or
            // beside it); the layout lets it go once control returns to the event loop.
            QList<QPointer<QDockWidget>> partners;
            for (QDockWidget *other : findChildren<QDockWidget *>()) {
                if (other != dock && dockWidgetArea(other) == dockWidgetArea(dock))
                    partners.append(other);
            }
            if (!partners.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, partners] { restoreUntabbedPanels(partners); },
                    Qt::QueuedConnection);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitOpenedPanel(QDockWidget *opened)
{
    // Only for a window the user sees and sized; restoring a saved layout keeps it as saved.
    // Showing the panel may already have grown the window to its new minimum width.
    const int chosen = m_chosenWidth > 0 ? m_chosenWidth : width();
    if (m_fittingPanels || !isVisible() || isMinimized() || opened->isFloating() ||
        minimumSizeHint().width() <= chosen)
        return;
    const auto docked = [](QDockWidget *dock) { return !dock->isHidden() && !dock->isFloating(); };
    // The open panels become one group of tabs: side by side, even two groups (one per side)
    // can be wider than the window. The group is the one the panel joined if it joined a visible
    // one, else one on its side, else any.
    const QList<QDockWidget *> joined = tabifiedDockWidgets(opened);
    const auto rank = [&](QDockWidget *dock) {
        return joined.contains(dock) ? 2 : int(dockWidgetArea(dock) == dockWidgetArea(opened));
    };
    QDockWidget *host = nullptr;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock != opened && docked(dock) && (!host || rank(dock) > rank(host)))
            host = dock;
    }
    if (!host)
        return;
    m_fittingPanels = true;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock == host || !docked(dock) || tabifiedDockWidgets(host).contains(dock))
            continue;
        tabifyDockWidget(host, dock);
    }
    opened->raise();
    m_fittingPanels = false;
    if (width() > chosen) {
        layout()->activate(); // the window's minimum size follows the tabbing now
        resize(chosen, height());
    }
}

void MainWindow::restoreUntabbedPanels(const QList<QPointer<QDockWidget>> &partners)
{
    for (QDockWidget *dock : partners) {
        if (!dock)
            continue;
        const QList<QDockWidget *> tabbedWith = tabifiedDockWidgets(dock);
        if (dock->isHidden() || dock->isFloating() || tabbedWith.isEmpty() ||
            std::any_of(tabbedWith.cbegin(), tabbedWith.cend(),
                        [](QDockWidget *d) { return !d->isHidden(); }))
            continue;
        // The width it had before is gone (the tabs took the widest one's); its own is at hand.
        if (dock->width() > dock->sizeHint().width())
            resizeDocks({dock}, {dock->sizeHint().width()}, Qt::Horizontal);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const bool forcedByMinimum = event->size().width() > event->oldSize().width() &&
                                 event->size().width() <= minimumSizeHint().width();
    if (!forcedByMinimum || m_chosenWidth == 0)
        m_chosenWidth = event->size().width();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateActions(); // Connect / Disconnect
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    ConnectionTab *tab = currentConnectionTab();
    const ConnectionSession *session = tab ? tab->session() : nullptr;
    m_central->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    for (QAction *action : std::as_const(m_tabActions))
        action->setEnabled(tab != nullptr);
    m_pauseAction->setChecked(session && session->isPaused());
    const bool idle = !session || session->client()->state() == mqtt::Client::State::Disconnected;
    m_connectAction->setText(idle ? tr("&Connect") : tr("&Disconnect"));
}

QMenu *MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

void MainWindow::addDockPanel(QDockWidget *dock)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(dock->windowTitle());
    // Extension panels share one tabbed dock on the right, so the connection keeps the room.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    QDockWidget *first = nullptr;
    for (QDockWidget *other : docks) {
        if (other != dock && other != m_profilesDock &&
            dockWidgetArea(other) == Qt::RightDockWidgetArea) {
            first = other;
            break;
        }
    }
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (first) {
        tabifyDockWidget(first, dock);
        first->raise();
    } else {
        resizeDocks({dock}, {300}, Qt::Horizontal);
    }
    m_menus[Menu::View]->insertAction(m_menus[Menu::View]->actions().value(1),
                                      dock->toggleViewAction());
}

ConnectionTab *MainWindow::currentConnectionTab() const
{
    return qobject_cast<ConnectionTab *>(m_tabs->currentWidget());
}

QList<ConnectionTab *> MainWindow::connectionTabs() const
{
    QList<ConnectionTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i)
        tabs.append(qobject_cast<ConnectionTab *>(m_tabs->widget(i)));
    return tabs;
}

ConnectionTab *MainWindow::openConnection(const ConnectionProfile &profile)
{
    ConnectionSession *session = m_connections->open(profile);
    applyHistoryLimits(session);
    session->setArchive(m_archive && m_archive->isOpen() ? m_archive : nullptr);
    auto *tab = new ConnectionTab(session, m_messages, m_tabs);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, profile.options.url().toString());
    connect(tab, &ConnectionTab::titleChanged, this, [this, tab](const QString &title) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0) {
            m_tabs->setTabText(i, title);
            m_tabs->setTabToolTip(i, tab->statusWidget()->toolTip());
        }
        updateActions();
    });
    connect(tab, &ConnectionTab::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(session, &ConnectionSession::pausedChanged, this, &MainWindow::updateActions);
    m_tabs->setCurrentIndex(index);
    updateActions();
    session->connectToBroker();
    return tab;
}

void MainWindow::connectProfile(const QString &id)
{
    std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    const bool needsPassword = profile->options.userName && !profile->options.password &&
                               profile->savePassword && PasswordVault::isCompiledIn();
    if (!needsPassword) {
        openConnection(*profile);
        return;
    }
    m_vault->read(id, [this, p = *profile](bool found, const QByteArray &password) mutable {
        if (found)
            p.options.password = password;
        else
            statusBar()->showMessage(tr("No password in the keychain for %1").arg(p.displayName()),
                                     5000);
        openConnection(p);
    });
}

void MainWindow::newProfile()
{
    ConnectionProfile profile;
    profile.name = tr("New connection");
    ProfileDialog dialog(profile, PasswordVault::isCompiledIn(), this);
    dialog.offerConnect();
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionProfile edited = dialog.profile();
    edited.id = saveProfile(edited).id;
    if (dialog.connectRequested())
        openConnection(edited);
}

void MainWindow::editProfile(const QString &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    ProfileDialog dialog(*profile, PasswordVault::isCompiledIn(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile saved = saveProfile(dialog.profile());
    for (ConnectionSession *session : m_connections->sessions()) {
        if (session->profile().id == saved.id)
            session->setName(saved.name);
    }
}

ConnectionProfile MainWindow::saveProfile(ConnectionProfile profile)
{
    profile = m_profiles->save(profile);
    m_profilesPanel->select(profile.id);
    if (!PasswordVault::isCompiledIn() || !profile.options.password)
        return profile;
    if (!profile.savePassword) {
        m_vault->remove(profile.id);
        return profile;
    }
    m_vault->store(profile.id, *profile.options.password, [this](bool ok, const QString &error) {
        if (!ok)
            statusBar()->showMessage(
                tr("The keychain is not available (%1); the password is kept for this session only")
                    .arg(error),
                10000);
    });
    return profile;
}

void MainWindow::closeConnectionTab(int index)
{
    auto *tab = qobject_cast<ConnectionTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    // Both leave later; their last state changes are no news to us.
    ConnectionSession *session = tab->session();
    tab->disconnect(this);
    session->disconnect(this);
    m_tabs->removeTab(index);
    tab->deleteLater();
    m_connections->close(session); // deleted after its view
    updateActions();
}

void MainWindow::importProfiles()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import connections"), QString(),
                                                      tr("Connection profiles (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    const int count = m_profiles->importFrom(file, &error);
    if (count < 0)
        QMessageBox::warning(this, tr("Import connections"), error);
    else
        statusBar()->showMessage(tr("Imported %n connection(s)", nullptr, count), 5000);
}

void MainWindow::exportProfiles()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export connections"),
                                                      QStringLiteral("connections.json"),
                                                      tr("Connection profiles (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_profiles->exportTo(file, {}, &error))
        QMessageBox::warning(this, tr("Export connections"), error);
    else
        statusBar()->showMessage(tr("Exported to %1 (passwords are not exported)").arg(file), 5000);
}

void MainWindow::applyHistoryLimits(ConnectionSession *session) const
{
    const QSettings settings;
    const int count =
        settings.value(QLatin1String(HistoryCountKey), MessageLogModel::DefaultMaxCount).toInt();
    const qint64 megabytes = settings
                                 .value(QLatin1String(HistoryMegabytesKey),
                                        MessageLogModel::DefaultMaxBytes / (1024 * 1024))
                                 .toLongLong();
    session->setHistoryLimits(count, megabytes * 1024 * 1024);
    session->setTopicHistoryLimits(
        settings.value(QLatin1String(TopicHistoryCountKey), TopicHistory::DefaultPerTopicCount)
            .toInt(),
        settings.value(QLatin1String(TopicHistoryKibibytesKey),
                       TopicHistory::DefaultPerTopicBytes / KiB)
                .toLongLong() *
            KiB,
        settings.value(QLatin1String(TopicHistoryBudgetKey), TopicHistory::DefaultTotalBytes / MiB)
                .toLongLong() *
            MiB);
}

QString MainWindow::archiveFilePath()
{
    return QSettings()
        .value(QLatin1String(ArchiveFileKey), MessageArchive::defaultFilePath())
        .toString();
}

void MainWindow::showPreferences()
{
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto *count = new QSpinBox(&dialog);
    count->setRange(100, 10'000'000);
    count->setValue(
        settings.value(QLatin1String(HistoryCountKey), MessageLogModel::DefaultMaxCount).toInt());
    auto *megabytes = new QSpinBox(&dialog);
    megabytes->setRange(1, 64 * 1024);
    megabytes->setSuffix(tr(" MiB"));
    megabytes->setValue(settings
                            .value(QLatin1String(HistoryMegabytesKey),
                                   int(MessageLogModel::DefaultMaxBytes / (1024 * 1024)))
                            .toInt());
    auto *topicCount = new QSpinBox(&dialog);
    topicCount->setObjectName(QStringLiteral("topicHistoryCount"));
    topicCount->setRange(1, 1'000'000);
    topicCount->setValue(
        settings.value(QLatin1String(TopicHistoryCountKey), TopicHistory::DefaultPerTopicCount)
            .toInt());
    auto *topicKibibytes = new QSpinBox(&dialog);
    topicKibibytes->setObjectName(QStringLiteral("topicHistoryKiB"));
    topicKibibytes->setRange(1, 1024 * 1024);
    topicKibibytes->setSuffix(tr(" KiB"));
    topicKibibytes->setValue(settings
                                 .value(QLatin1String(TopicHistoryKibibytesKey),
                                        int(TopicHistory::DefaultPerTopicBytes / KiB))
                                 .toInt());
    auto *budget = new QSpinBox(&dialog);
    budget->setObjectName(QStringLiteral("topicHistoryBudget"));
    budget->setRange(1, 64 * 1024);
    budget->setSuffix(tr(" MiB"));
    budget->setValue(
        settings
            .value(QLatin1String(TopicHistoryBudgetKey), int(TopicHistory::DefaultTotalBytes / MiB))
            .toInt());
    // The language manager the window was given (the View ▸ Language menu uses it too).
    LanguageManager *languages = m_appearance.languages;
    QComboBox *language = nullptr;
    if (languages) {
        language = new QComboBox(&dialog);
        language->setObjectName(QStringLiteral("languageCombo"));
        language->addItem(tr("System default"), QString());
        // Each language under its own name, as in the menu.
        for (const QString &code : LanguageManager::selectableLanguages())
            language->addItem(LanguageManager::nativeName(code), code);
        language->setCurrentIndex(std::max(0, language->findData(languages->language())));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    if (language)
        form->addRow(tr("Language"), language);
    form->addRow(new QLabel(
        tr("Message history per connection (oldest messages are dropped first):"), &dialog));
    form->addRow(tr("Messages"), count);
    form->addRow(tr("Memory"), megabytes);
    auto *topicNote = new QLabel(tr("History of each topic (message detail ▸ History and "
                                    "chart); when all topics together reach their memory, the "
                                    "busiest topics give up their oldest messages first:"),
                                 &dialog);
    topicNote->setWordWrap(true);
    form->addRow(topicNote);
    form->addRow(tr("Messages per topic"), topicCount);
    form->addRow(tr("Memory per topic"), topicKibibytes);
    form->addRow(tr("Memory for all topics"), budget);
    auto *archive = new QCheckBox(tr("Keep message history between runs"), &dialog);
    archive->setObjectName(QStringLiteral("archiveEnabled"));
    archive->setToolTip(tr("Received messages are written to %1 and can be searched with "
                           "Tools ▸ Search message history; the oldest are deleted first.")
                            .arg(QDir::toNativeSeparators(archiveFilePath())));
    archive->setChecked(settings.value(QLatin1String(ArchiveEnabledKey), false).toBool());
    auto *archiveCount = new QSpinBox(&dialog);
    archiveCount->setObjectName(QStringLiteral("archiveMaxCount"));
    archiveCount->setRange(100, 100'000'000);
    archiveCount->setValue(
        settings.value(QLatin1String(ArchiveCountKey), MessageArchive::DefaultMaxCount).toInt());
    auto *archiveMegabytes = new QSpinBox(&dialog);
    archiveMegabytes->setObjectName(QStringLiteral("archiveMaxMiB"));
    archiveMegabytes->setRange(1, 1024 * 1024);
    archiveMegabytes->setSuffix(tr(" MiB"));
    archiveMegabytes->setValue(
        settings
            .value(QLatin1String(ArchiveMegabytesKey), int(MessageArchive::DefaultMaxBytes / MiB))
            .toInt());
    const auto enableArchiveLimits = [=](bool on) {
        archiveCount->setEnabled(on);
        archiveMegabytes->setEnabled(on);
    };
    enableArchiveLimits(archive->isChecked());
    connect(archive, &QCheckBox::toggled, &dialog, enableArchiveLimits);
    form->addRow(archive);
    if (m_archive && !m_archive->isOpen()) {
        // Why the history is off although asked for (OK tries the file again).
        auto *archiveError = new QLabel(m_archive->errorString(), &dialog);
        archiveError->setObjectName(QStringLiteral("archiveError"));
        archiveError->setWordWrap(true);
        archiveError->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(archiveError);
    }
    form->addRow(tr("Messages kept"), archiveCount);
    form->addRow(tr("Payloads kept"), archiveMegabytes);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QLatin1String(HistoryCountKey), count->value());
    settings.setValue(QLatin1String(HistoryMegabytesKey), megabytes->value());
    settings.setValue(QLatin1String(TopicHistoryCountKey), topicCount->value());
    settings.setValue(QLatin1String(TopicHistoryKibibytesKey), topicKibibytes->value());
    settings.setValue(QLatin1String(TopicHistoryBudgetKey), budget->value());
    settings.setValue(QLatin1String(ArchiveEnabledKey), archive->isChecked());
    settings.setValue(QLatin1String(ArchiveCountKey), archiveCount->value());
    settings.setValue(QLatin1String(ArchiveMegabytesKey), archiveMegabytes->value());
    if (language)
        languages->setLanguage(language->currentData().toString());
    for (ConnectionSession *session : m_connections->sessions())
        applyHistoryLimits(session);
    applyArchiveSettings();
}

void MainWindow::applyArchiveSettings()
{
    const QSettings settings;
    const bool enabled = settings.value(QLatin1String(ArchiveEnabledKey), false).toBool();
    const QString path = archiveFilePath();
    if (m_archive && (!enabled || m_archive->path() != path || !m_archive->isOpen())) {
        delete m_historyDialog;
        m_historyDialog = nullptr;
        delete m_archive; // writes what it has queued
        m_archive = nullptr;
    }
    if (enabled && !m_archive) {
        m_archive = new MessageArchive(path, this);
        if (!m_archive->isOpen()) {
            // Reported, and the history stays off; the file is left alone.
            statusBar()->showMessage(m_archive->errorString(), 15000);
        }
        connect(m_archive, &MessageArchive::errorOccurred, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    if (m_archive) {
        m_archive->setLimits(
            settings.value(QLatin1String(ArchiveCountKey), MessageArchive::DefaultMaxCount).toInt(),
            settings.value(QLatin1String(ArchiveMegabytesKey),
                           MessageArchive::DefaultMaxBytes / MiB)
                    .toLongLong() *
                MiB);
    }
    for (ConnectionSession *session : m_connections->sessions())
        session->setArchive(m_archive && m_archive->isOpen() ? m_archive : nullptr);
}

HistorySearchDialog *MainWindow::showHistorySearch()
{
    if (!m_archive) {
        QMessageBox::information(this, tr("Search message history"),
                                 tr("The message history is off. Turn on \"Keep message history "
                                    "between runs\" in Tools ▸ Preferences."));
        return nullptr;
    }
    if (!m_historyDialog) {
        m_historyDialog = new HistorySearchDialog(m_archive, this);
    } else {
        m_historyDialog->reloadConnections();
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
    return m_historyDialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace gui
