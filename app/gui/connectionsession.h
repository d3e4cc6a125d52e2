#pragma once

#include "connectionprofile.h"

#include <mqttcore/client.h>
#include <mqttcore/message.h>

#include <QObject>
#include <QPointer>
#include <QRgb>

#include <functional>
#include <memory>

namespace gui {

class InspectorModel;
class MessageArchive;
class MessageFilterProxyModel;
class MessageLogModel;
class TopicHistory;
class TopicTreeModel;

/// One open connection without its widgets: the client and everything that follows it (the
/// message log and its filter, the topic tree, the per-topic history, the packet inspector's
/// list, the hookup to the history kept between runs), its name in the window and the message
/// the user chose in it. ConnectionTab shows one; panels that work on "the current connection"
/// (inspector, $SYS dashboard, schema decoder, record/replay) take it from ConnectionList, so
/// they need no widget to reach the models. Messages reach the models only through
/// mqtt::Client's public signals.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    explicit ConnectionSession(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    /// "● name (n)": the state, the profile's name and the instance number (n > 1).
    QString title() const;
    /// The profile was renamed: the title follows.
    void setName(const QString &name);
    /// The n-th open connection of the same name shows " (n)" after it (n > 1).
    void setInstanceNumber(int number);
    int instanceNumber() const { return m_instance; }

    mqtt::Client *client() const { return m_client; }
    /// The connection's packet list, kept from the very first CONNECT on.
    InspectorModel *inspectorModel() const { return m_inspector; }
    MessageLogModel *messageLog() const { return m_log; }
    /// The message log as the connection's view filters it (what "Export messages" saves).
    MessageFilterProxyModel *messageFilter() const { return m_logFilter; }
    TopicTreeModel *topicTree() const { return m_tree; }
    TopicHistory &topicHistory() { return *m_history; }
    const TopicHistory &topicHistory() const { return *m_history; }

    void setHistoryLimits(int maxCount, qint64 maxBytes);
    /// Limits of the per-topic history (message detail ▸ History and chart): per topic, and
    /// for all topics together (the noisiest topics give way first).
    void setTopicHistoryLimits(int perTopicCount, qint64 perTopicBytes, qint64 totalBytes);
    /// Every received message also goes to `archive` (the history kept between runs; it queues
    /// and writes in batches) under the profile's name; nullptr: none.
    void setArchive(MessageArchive *archive);
    MessageArchive *archive() const;

    /// Pausing the live view keeps receiving (and counting) messages.
    void setPaused(bool paused);
    bool isPaused() const;
    /// Empties the message log, the topic tree and the per-topic history.
    void clearMessages();

    /// The colour a received message is marked with (its subscription's; the view knows them).
    void setColourForTopic(std::function<QRgb(const QString &topic)> colour);

    /// The message the user chose in this connection (list row or topic), shown by the detail
    /// and by panels that decode it; it stays when its row leaves the bounded list.
    bool hasSelectedMessage() const { return m_hasSelection; }
    mqtt::Message selectedMessage() const { return m_selected; }
    void setSelectedMessage(const mqtt::Message &message);
    void clearSelectedMessage();

public slots:
    void connectToBroker();
    void disconnectFromBroker();

signals:
    void titleChanged(const QString &title);
    void pausedChanged(bool paused);
    void selectedMessageChanged();

private:
    void onMessage(const mqtt::Message &message);

    ConnectionProfile m_profile;
    mqtt::Client *m_client;
    InspectorModel *m_inspector;
    MessageLogModel *m_log;
    MessageFilterProxyModel *m_logFilter;
    TopicTreeModel *m_tree;
    std::unique_ptr<TopicHistory> m_history;
    QPointer<MessageArchive> m_archive;
    std::function<QRgb(const QString &)> m_colour;
    int m_instance = 1;
    mqtt::Message m_selected;
    bool m_hasSelection = false;
};

} // namespace gui
