#pragma once

#include "appearance.h"
#include "connectionprofile.h"
#include "guimain.h"
#include "retranslator.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace gui {

class ConnectionList;
class ConnectionSession;
class ConnectionTab;
class HistorySearchDialog;
class MessageArchive;
class PasswordVault;
class ProfileStore;
class ProfilesPanel;
class SavedMessageStore;

/// The workbench window: one tab per open connection, the saved connections in a dock, menus,
/// toolbar, shortcuts, and the window state remembered between runs.
///
/// Extension contract (stable; used by installExtensions() in extensions.cpp):
///   - menu(Menu) gives the File, Connection, View, Tools and Help menus to add actions to;
///   - mainToolBar() is the main toolbar;
///   - addDockPanel() docks a panel (right side) and lists its toggle in the View menu;
///   - connections() is the model of the open connections: ConnectionList::current() and
///     currentChanged() follow the active one, whose ConnectionSession holds its client and
///     models (panels depend on these, not on the tabs);
///   - openConnection() opens (and connects) a tab for a profile, e.g. the local broker.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Menu
    {
        File,
        Connection,
        View,
        Tools,
        Help,
    };

    /// Uses the given stores (tests pass temporary ones) or the default files when null;
    /// `start` is what the command line asked for (guimain.h); `appearance` the theme and
    /// language managers the window offers (appearance.h).
    explicit MainWindow(ProfileStore *profiles = nullptr, SavedMessageStore *messages = nullptr,
                        QWidget *parent = nullptr, const StartOptions &start = {},
                        const Appearance &appearance = {});
    ~MainWindow() override;

    QMenu *menu(Menu which) const;
    QToolBar *mainToolBar() const { return m_toolBar; }
    void addDockPanel(QDockWidget *dock);

    /// The open connections (one ConnectionSession each) and the current one.
    ConnectionList *connections() const { return m_connections; }
    ConnectionTab *currentConnectionTab() const;
    QList<ConnectionTab *> connectionTabs() const;
    /// Opens a tab for `profile` and connects it; returns the tab.
    ConnectionTab *openConnection(const ConnectionProfile &profile);

    ProfileStore *profileStore() const { return m_profiles; }
    SavedMessageStore *messageStore() const { return m_messages; }
    ProfilesPanel *profilesPanel() const { return m_profilesPanel; }
    /// The message history kept between runs; nullptr while it is off (Preferences).
    MessageArchive *messageArchive() const { return m_archive; }

public slots:
    /// Opens the saved profile `id` (reading its password from the keychain if needed).
    void connectProfile(const QString &id);
    void newProfile();
    void editProfile(const QString &id);
    void closeConnectionTab(int index);
    void showPreferences();
    /// Tools ▸ Search message history: the dialog over the history kept between runs.
    HistorySearchDialog *showHistorySearch();

signals:
    void currentConnectionChanged(gui::ConnectionTab *tab);

protected:
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// A panel opened beside others where the window has no room for it is tabbed with them
    /// instead of pushing the window past its size (and the screen).
    void fitOpenedPanel(QDockWidget *opened);
    /// Those of `partners` (the panels on the side of one that closed) left alone in their tab
    /// group get back their own width: the widest one's would stay with them otherwise.
    void restoreUntabbedPanels(const QList<QPointer<QDockWidget>> &partners);
    /// The width the user (or the screen) gave the window, not one forced by a panel's
    /// minimum width; 0 until the first resize.
    int m_chosenWidth = 0;
    bool m_fittingPanels = false;
    void createActions();
    void updateActions();
    ConnectionProfile saveProfile(ConnectionProfile profile);
    void importProfiles();
    void exportProfiles();
    void applyHistoryLimits(ConnectionSession *session) const;
    /// Opens, bounds or closes the message archive as the settings say; the tabs follow.
    void applyArchiveSettings();
    static QString archiveFilePath();

    ProfileStore *m_profiles;
    SavedMessageStore *m_messages;
    Appearance m_appearance;
    ConnectionList *m_connections;
    PasswordVault *m_vault;
    QMap<Menu, QMenu *> m_menus;
    QToolBar *m_toolBar;
    QStackedWidget *m_central;
    QTabWidget *m_tabs;
    QDockWidget *m_profilesDock;
    ProfilesPanel *m_profilesPanel;
    QAction *m_connectAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QList<QAction *> m_tabActions;
    MessageArchive *m_archive = nullptr;
    HistorySearchDialog *m_historyDialog = nullptr;
    Retranslator m_texts;
};

} // namespace gui
