#pragma once

#include "connectionprofile.h"
#include "retranslator.h"

#include <mqttcore/client.h>

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

/// One open connection: its client, the always-visible connection state, subscriptions, the
/// topic tree (with filter and busiest topics), the live message log (pause, auto-scroll,
/// filters), the message detail and the publish panel. Messages reach the models only through
/// mqtt::Client's public signals.
class ConnectionTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTab)

public:
    ConnectionTab(const ConnectionProfile &profile, SavedMessageStore *messages,
                  QWidget *parent = nullptr);
    ~ConnectionTab() override;

    const ConnectionProfile &profile() const { return m_profile; }
    /// The profile with the subscriptions as they are now (to save them).
    ConnectionProfile currentProfile() const;
    QString title() const;

    mqtt::Client *client() const { return m_client; }
    MessageLogModel *messageLog() const { return m_log; }
    TopicTreeModel *topicTree() const { return m_tree; }
    MessageFilterProxyModel *messageFilter() const { return m_logProxy; }
    TopicFilterProxyModel *topicFilter() const { return m_treeProxy; }
    SubscriptionsPanel *subscriptionsPanel() const { return m_subscriptions; }
    PublishPanel *publishPanel() const { return m_publish; }
    MessageDetailView *detailView() const { return m_detail; }
    ConnectionStatusWidget *statusWidget() const { return m_status; }
    QTreeView *topicView() const { return m_treeView; }
    QTableView *messageView() const { return m_logView; }

    void setPaused(bool paused);
    bool isPaused() const;
    void setHistoryLimits(int maxCount, qint64 maxBytes);
    /// Ask before destructive actions (off in tests).
    void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }

    /// Clears the retained values known at/below `treeIndex` (an index of topicTree()), after
    /// confirming the count. Returns the running cleaner, or nullptr if nothing to do/cancelled.
    RetainedCleaner *clearRetained(const QModelIndex &treeIndex, bool subtree);

public slots:
    void connectToBroker();
    void disconnectFromBroker();
    void focusFilter();
    void focusPublish();
    void publishNow();

signals:
    void titleChanged(const QString &title);
    void statusMessage(const QString &text);
    void pausedChanged(bool paused);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateConnectButton();
    void onMessage(const mqtt::Message &message);
    void showLogMessage(const QModelIndex &proxyIndex);
    void showTopic(const QModelIndex &proxyIndex);
    void applyTreeFilter();
    void updateCounters();
    void showTreeMenu(const QPoint &pos);
    QWidget *buildTreePane();
    QWidget *buildLogPane();

    ConnectionProfile m_profile;
    mqtt::Client *m_client;
    MessageLogModel *m_log;
    MessageFilterProxyModel *m_logProxy;
    TopicTreeModel *m_tree;
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
    bool m_logRowsRemoving = false; ///< evictions move the current row; that is not a selection
    Retranslator m_texts;
};

} // namespace gui
