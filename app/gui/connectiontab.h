#pragma once

#include "connectionprofile.h"
#include "retranslator.h"

#include <mqttcore/client.h>

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QTreeView;

namespace gui {

class BusiestTopicsModel;
class ConnectionSession;
class ConnectionStatusWidget;
class MessageDetailView;
class MessageFilterProxyModel;
class MessageLogModel;
class PublishPanel;
class RetainedCleaner;
class SavedMessageStore;
class SubscriptionsPanel;
class TopicFilterProxyModel;
class TopicTreeModel;

/// The view of one open connection (a ConnectionSession it is given and does not own): the
/// always-visible connection state, subscriptions, the topic tree (with filter and busiest
/// topics), the live message log (pause, auto-scroll, filters), the message detail and the
/// publish panel. The models live in the session; this widget only shows them and records the
/// user's choice of message in it.
class ConnectionTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTab)

public:
    ConnectionTab(ConnectionSession *session, SavedMessageStore *messages,
                  QWidget *parent = nullptr);
    ~ConnectionTab() override;

    ConnectionSession *session() const { return m_session; }
    /// The profile with the subscriptions as they are now (to save them).
    ConnectionProfile currentProfile() const;
    /// The tab's text: the session's title.
    QString title() const;

    // The parts of the view, for the window's shortcuts and for tests.
    TopicFilterProxyModel *topicFilter() const { return m_treeProxy; }
    SubscriptionsPanel *subscriptionsPanel() const { return m_subscriptions; }
    PublishPanel *publishPanel() const { return m_publish; }
    MessageDetailView *detailView() const { return m_detail; }
    ConnectionStatusWidget *statusWidget() const { return m_status; }
    QTreeView *topicView() const { return m_treeView; }
    QTableView *messageView() const { return m_logView; }

    /// Ask before destructive actions (off in tests).
    void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }

    /// Clears the retained values known at/below `treeIndex` (an index of the session's topic
    /// tree), after confirming the count. Returns the running cleaner, or nullptr if nothing to
    /// do/cancelled.
    RetainedCleaner *clearRetained(const QModelIndex &treeIndex, bool subtree);

public slots:
    void focusFilter();
    void focusPublish();
    void publishNow();

signals:
    void titleChanged(const QString &title);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateConnectButton();
    /// The detail (and the session's chosen message) show `message`.
    void showChosen(const mqtt::Message &message);
    // The message detail follows what the user chose last, in the message list or in the
    // topic tree, and nothing else: a view's current row that a model moves (evictions,
    // filters) is not a choice. Only one of the two views shows a selection at a time.
    void selectLogRow(const QModelIndex &proxyIndex);
    void selectTopic(const QModelIndex &proxyIndex);
    /// Puts the list's highlight back on the chosen row after the model changed (or removes it
    /// when the row went away or is filtered out); the detail keeps the chosen message.
    void restoreLogSelection();
    void setLogFilter(void (MessageFilterProxyModel::*setter)(const QString &),
                      const QString &text);
    void applyTreeFilter();
    void updateCounters();
    void showTreeMenu(const QPoint &pos);
    QWidget *buildTreePane();
    QWidget *buildLogPane();

    QPointer<ConnectionSession> m_session; ///< shown, not owned
    mqtt::Client *m_client;                ///< the session's
    MessageLogModel *m_log;                ///< the session's
    MessageFilterProxyModel *m_logProxy;   ///< the session's
    TopicTreeModel *m_tree;                ///< the session's
    TopicFilterProxyModel *m_treeProxy;
    BusiestTopicsModel *m_busiest;
    QStringListModel *m_seenTopics;
    ConnectionStatusWidget *m_status;
    QPushButton *m_connectButton;
    SubscriptionsPanel *m_subscriptions;
    QLineEdit *m_treeFilterEdit;
    QTreeView *m_treeView;
    QTableView *m_busiestView;
    QLineEdit *m_topicFilterEdit;
    QLineEdit *m_textFilterEdit;
    QPushButton *m_pauseButton;
    QCheckBox *m_autoScroll;
    QLabel *m_counters;
    QTableView *m_logView;
    MessageDetailView *m_detail;
    PublishPanel *m_publish;
    QTimer m_treeFilterDelay;
    QTimer m_ageRepaint;
    bool m_confirm = true;
    QPersistentModelIndex m_chosenLogRow; ///< in m_log; invalid once evicted
    bool m_logRowChosen = false;          ///< the detail shows a list row (else a topic or nothing)
    QString m_chosenTopic;                ///< the tree topic the detail shows, if any
    bool m_movingSelection = false;       ///< we move a view's current row ourselves
    Retranslator m_texts;
};

} // namespace gui
