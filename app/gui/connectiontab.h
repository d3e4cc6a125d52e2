#pragma once

#include "connectionprofile.h"
#include "retranslator.h"

#include <mqttcore/client.h>

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

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
class InspectorModel;
class MessageArchive;
class MessageDetailView;
class MessageFilterProxyModel;
class MessageLogModel;
class PublishPanel;
class RetainedCleaner;
class SavedMessageStore;
class SubscriptionsPanel;
class TopicFilterProxyModel;
class TopicHistory;
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
    /// The profile was renamed: the tab follows.
    void setName(const QString &name);
    /// The n-th open tab of the same name shows " (n)" after it (n > 1).
    void setInstanceNumber(int number);
    int instanceNumber() const { return m_instance; }

    mqtt::Client *client() const { return m_client; }
    /// The connection's packet list, kept from the very first CONNECT on (the packet inspector
    /// shows the current tab's).
    InspectorModel *inspectorModel() const { return m_inspector; }
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
    /// Limits of the per-topic history (message detail ▸ History and chart): per topic, and
    /// for all topics together (the noisiest topics give way first).
    void setTopicHistoryLimits(int perTopicCount, qint64 perTopicBytes, qint64 totalBytes);
    const TopicHistory &topicHistory() const { return *m_history; }
    /// Every received message also goes to `archive` (the history kept between runs; it queues
    /// and writes in batches) under the profile's name; nullptr: none.
    void setArchive(MessageArchive *archive);
    MessageArchive *archive() const;
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

    ConnectionProfile m_profile;
    mqtt::Client *m_client;
    InspectorModel *m_inspector;
    MessageLogModel *m_log;
    std::unique_ptr<TopicHistory> m_history;
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
    QPointer<MessageArchive> m_archive;
    bool m_confirm = true;
    int m_instance = 1;
    QPersistentModelIndex m_chosenLogRow; ///< in m_log; invalid once evicted
    bool m_logRowChosen = false;          ///< the detail shows a list row (else a topic or nothing)
    QString m_chosenTopic;                ///< the tree topic the detail shows, if any
    bool m_movingSelection = false;       ///< we move a view's current row ourselves
    Retranslator m_texts;
};

} // namespace gui
