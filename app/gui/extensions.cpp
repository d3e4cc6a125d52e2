#include "extensions.h"

#include "brokercontroller.h"
#include "brokerpanel.h"
#include "connectionlist.h"
#include "connectionsession.h"
#include "inspectormodel.h"
#include "inspectorpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordingpanel.h"
#include "schemapanel.h"
#include "sysdashboard.h"
#include "thememanager.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolBar>

namespace gui {

namespace {

constexpr auto firstRunKey = "localBroker/firstRunOffered";

/// A dock whose title follows the language.
class ExtensionDock final : public QDockWidget
{
public:
    ExtensionDock(const char *title, const QString &objectName, QWidget *content, QWidget *parent)
        : QDockWidget(parent), m_title(title)
    {
        setObjectName(objectName);
        setWidget(content);
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QDockWidget::changeEvent(event);
    }

private:
    void retranslate() { setWindowTitle(QCoreApplication::translate("gui::Extensions", m_title)); }
    const char *m_title;
};

ConnectionProfile localBrokerProfile(quint16 port)
{
    ConnectionProfile profile;
    profile.name = QCoreApplication::translate("gui::Extensions", "Local broker");
    profile.options.host = QStringLiteral("127.0.0.1");
    profile.options.port = port;
    return profile;
}

/// Menu entries with a translated text: retranslated by the window's LanguageChange.
class MenuTexts final : public QObject
{
public:
    using QObject::QObject;
    void add(QAction *action, const char *text) { m_items.append({action, text}); }
    void add(QMenu *menu, const char *text) { m_menus.append({menu, text}); }
    void retranslate() const
    {
        for (const auto &[action, text] : m_items)
            action->setText(QCoreApplication::translate("gui::Extensions", text));
        for (const auto &[menu, text] : m_menus)
            menu->setTitle(QCoreApplication::translate("gui::Extensions", text));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    QList<std::pair<QAction *, const char *>> m_items;
    QList<std::pair<QMenu *, const char *>> m_menus;
};

void addThemeMenu(MainWindow *window, ThemeManager *themes, MenuTexts *texts)
{
    QMenu *view = window->menu(MainWindow::Menu::View);
    QMenu *themeMenu = view->addMenu(QString());
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    texts->add(themeMenu, QT_TRANSLATE_NOOP("gui::Extensions", "&Theme"));
    auto *themeGroup = new QActionGroup(themeMenu);
    const std::pair<ThemeManager::Theme, const char *> themeChoices[] = {
        {ThemeManager::Theme::System, QT_TRANSLATE_NOOP("gui::Extensions", "Follow the system")},
        {ThemeManager::Theme::Light, QT_TRANSLATE_NOOP("gui::Extensions", "Light")},
        {ThemeManager::Theme::Dark, QT_TRANSLATE_NOOP("gui::Extensions", "Dark")},
    };
    for (const auto &[theme, text] : themeChoices) {
        QAction *action = themeMenu->addAction(QString());
        texts->add(action, text);
        action->setCheckable(true);
        action->setChecked(themes->theme() == theme);
        themeGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, themes,
                         [themes, theme = theme] { themes->setTheme(theme); });
    }
}

void addLanguageMenu(MainWindow *window, LanguageManager *languages, MenuTexts *texts)
{
    QMenu *view = window->menu(MainWindow::Menu::View);
    QMenu *languageMenu = view->addMenu(QString());
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    texts->add(languageMenu, QT_TRANSLATE_NOOP("gui::Extensions", "&Language"));
    auto *languageGroup = new QActionGroup(languageMenu);
    QAction *system = languageMenu->addAction(QString());
    texts->add(system, QT_TRANSLATE_NOOP("gui::Extensions", "Follow the system"));
    system->setData(QString());
    for (const QString &code : LanguageManager::selectableLanguages()) {
        // Each language is listed under its own name, so it can be found whatever is shown now.
        QAction *action = languageMenu->addAction(LanguageManager::nativeName(code));
        action->setData(code);
    }
    for (QAction *action : languageMenu->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == languages->language());
        languageGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, languages, [languages, action] {
            languages->setLanguage(action->data().toString());
        });
    }
    // The language can also be chosen in the Preferences dialog: the menu shows the current one.
    QObject::connect(languageMenu, &QMenu::aboutToShow, languages, [languages, languageMenu] {
        for (QAction *action : languageMenu->actions())
            action->setChecked(action->data().toString() == languages->language());
    });
}

} // namespace

void installExtensions(MainWindow *window, const Appearance &appearance, const StartOptions &start)
{
    auto *texts = new MenuTexts(window);
    window->installEventFilter(texts);
    if (appearance.themes || appearance.languages)
        window->menu(MainWindow::Menu::View)->addSeparator();
    if (appearance.themes)
        addThemeMenu(window, appearance.themes, texts);
    if (appearance.languages)
        addLanguageMenu(window, appearance.languages, texts);
    ConnectionList *connections = window->connections();

    // Local broker
    auto *controller = new BrokerController(window);
    controller->setObjectName(QStringLiteral("localBroker"));
    auto *brokerPanel = new BrokerPanel(controller);
    auto *brokerDock = new ExtensionDock(QT_TRANSLATE_NOOP("gui::Extensions", "Local broker"),
                                         QStringLiteral("localBrokerDock"), brokerPanel, window);
    window->addDockPanel(brokerDock);
    QMenu *tools = window->menu(MainWindow::Menu::Tools);
    tools->addAction(brokerPanel->startAction());
    tools->addAction(brokerPanel->stopAction());
    tools->addAction(brokerPanel->connectAction());
    window->mainToolBar()->addSeparator();
    window->mainToolBar()->addAction(brokerPanel->startAction());
    window->mainToolBar()->addAction(brokerPanel->stopAction());
    window->mainToolBar()->addAction(brokerPanel->connectAction());
    QObject::connect(brokerPanel, &BrokerPanel::connectRequested, window,
                     [window](quint16 port) { window->openConnection(localBrokerProfile(port)); });
    QObject::connect(controller, &BrokerController::errorOccurred, brokerDock, &QWidget::show);
    // Out of the way until the broker runs (the connection needs the room at 1280 pixels); it
    // shows itself when the broker starts. restoreState() brings back the user's own choice.
    brokerDock->hide();
    QObject::connect(controller, &BrokerController::runningChanged, brokerDock,
                     [brokerDock](bool running) {
                         if (running) {
                             brokerDock->show();
                             brokerDock->raise();
                         }
                     });

    // Packet inspector
    auto *inspector = new InspectorPanel;
    auto *inspectorDock =
        new ExtensionDock(QT_TRANSLATE_NOOP("gui::Extensions", "Packet inspector"),
                          QStringLiteral("inspectorDock"), inspector, window);
    window->addDockPanel(inspectorDock);
    inspectorDock->hide();
    const auto showInspector = [inspector](ConnectionSession *session) {
        inspector->setModel(session ? session->inspectorModel() : nullptr);
    };
    QObject::connect(connections, &ConnectionList::currentChanged, inspector, showInspector);
    showInspector(connections->current());

    // Recording, replay and export
    auto *recording = new RecordingPanel(connections, controller);
    auto *recordingDock =
        new ExtensionDock(QT_TRANSLATE_NOOP("gui::Extensions", "Record and replay"),
                          QStringLiteral("recordingDock"), recording, window);
    window->addDockPanel(recordingDock);
    recordingDock->hide();
    tools->addSeparator();
    for (QAction *action : recording->actions())
        tools->addAction(action);

    // $SYS dashboard
    auto *dashboard = new SysDashboard;
    auto *dashboardDock =
        new ExtensionDock(QT_TRANSLATE_NOOP("gui::Extensions", "Broker status ($SYS)"),
                          QStringLiteral("sysDashboardDock"), dashboard, window);
    window->addDockPanel(dashboardDock);
    dashboardDock->hide();
    const auto watchBroker = [dashboard](ConnectionSession *session) {
        dashboard->setClient(session ? session->client() : nullptr);
    };
    QObject::connect(connections, &ConnectionList::currentChanged, dashboard, watchBroker);
    watchBroker(connections->current());
    QObject::connect(dashboardDock, &QDockWidget::visibilityChanged, dashboard,
                     &SysDashboard::setActive);

    // Schema decoders (Sparkplug B, Protobuf with the user's .proto) for the selected message
    auto *schema = new SchemaPanel;
    auto *schemaDock = new ExtensionDock(QT_TRANSLATE_NOOP("gui::Extensions", "Schema decoder"),
                                         QStringLiteral("schemaDock"), schema, window);
    window->addDockPanel(schemaDock);
    schemaDock->hide();
    QObject::connect(connections, &ConnectionList::currentChanged, schema,
                     &SchemaPanel::setConnection);
    schema->setConnection(connections->current());

    texts->retranslate();

    // `mqtt-workbench --local-broker` (tools/run.sh) starts with the local broker listening.
    if (start.localBroker) {
        QSettings().setValue(QLatin1String(firstRunKey), true);
        controller->start();
        return;
    }
    // A newcomer is offered the local broker once, so messages show up within a minute.
    if (!QSettings().value(QLatin1String(firstRunKey), false).toBool()) {
        QSettings().setValue(QLatin1String(firstRunKey), true);
        QTimer::singleShot(0, window, [window, controller] {
            auto *box = new QMessageBox(
                QMessageBox::Question,
                QCoreApplication::translate("gui::Extensions", "Local broker"),
                QCoreApplication::translate(
                    "gui::Extensions",
                    "Start a local MQTT broker on this computer and connect to it? You can "
                    "publish and watch messages right away, and stop it from the Tools menu."),
                QMessageBox::Yes | QMessageBox::No, window);
            box->setObjectName(QStringLiteral("localBrokerOffer"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::buttonClicked, window,
                             [window, controller, box](QAbstractButton *button) {
                                 if (box->standardButton(button) == QMessageBox::Yes &&
                                     controller->start())
                                     window->openConnection(localBrokerProfile(controller->port()));
                             });
            box->setWindowModality(Qt::NonModal); // never blocks the window behind it
            box->show();
        });
    }
}

} // namespace gui
