#pragma once

#include "filterexpression.h"

#include <mqttcore/message.h>

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

namespace gui {

/// The topics seen on a connection as a tree, one node per topic level, with per-topic and
/// per-subtree message counts, message rates, the last value, a retained marker and the time
/// of the last message.
///
/// Built for floods and for a user pointing at rows: append() only queues; a coalescing timer
/// (<= 30 Hz) applies the queue. Children keep their order of arrival, so a new topic is always
/// inserted after its siblings (one beginInsertRows per grown parent and flush) and existing rows
/// never move; changed values are announced with one dataChanged range per parent. The model is
/// never reset except by clear(). Sorting and filtering belong to a proxy (TopicFilterProxyModel).
///
/// The model keeps the filter's verdicts so that the proxy need not search subtrees: setFilter()
/// matches every topic once and marks it and its ancestors as shown, in one pass over the nodes;
/// while a filter is set, a topic that arrives is matched once and marks its ancestors, and every
/// row that turns visible is in that flush's dataChanged ranges so a proxy inserts it in place.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    enum Column
    {
        TopicColumn,
        ValueColumn,
        MessagesColumn,
        RateColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        TopicRole = Qt::UserRole + 1, ///< QString: full topic if messages arrived on it, else empty
        PathRole,                     ///< QString: full path of the node
        RetainedRole,                 ///< bool
        SortRole,                     ///< a value that sorts the column naturally
    };

    static constexpr int FlushIntervalMs = 33;
    static constexpr int RateIntervalMs = 1000;

    struct TopicStatistics
    {
        QString topic;
        double rate = 0;      ///< messages per second on the topic itself
        quint64 messages = 0; ///< messages on the topic itself
    };

    explicit TopicTreeModel(QObject *parent = nullptr);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Queues a message; the tree changes at the next flush.
    void append(const mqtt::Message &message);
    /// Applies the queue now (the timer calls this; tests and benchmarks may too).
    void flush();
    /// Recomputes the message rates (the rate timer calls this once a second).
    void updateRates();
    void clear();

    /// Matches every topic against `filter` once and marks the rows to show: the matching topics
    /// and their ancestors. O(nodes); topics arriving later are matched as they arrive. Views do
    /// not learn of it by themselves: TopicFilterProxyModel calls this, then re-filters. An
    /// empty filter shows everything. The model holds one filter, so one proxy may filter it.
    void setFilter(const FilterExpression &filter);
    /// Whether the row under `parent` passes the filter: its topic or a topic below it matches
    /// (always true without a filter). O(1).
    bool acceptsRow(int row, const QModelIndex &parent) const;
    /// Number of topics that match the filter (0 without a filter).
    int filterMatchCount() const { return m_filterMatches; }

    /// Tells the views that the (translated) column titles changed: a language switch.
    void retranslate();

    /// Index (column 0) of the node for `topic`, or invalid if it has not been shown yet.
    QModelIndex indexForTopic(const QString &topic) const;
    /// The last message of the node, or nullptr if no message arrived on that exact topic.
    const mqtt::Message *lastMessage(const QModelIndex &index) const;
    /// Topics at or below `index` (invalid = all) whose last message was retained and non-empty.
    QStringList retainedTopics(const QModelIndex &index) const;
    /// Number of distinct topics that received messages.
    int topicCount() const { return int(m_byTopic.size()); }
    /// The `limit` topics with the highest message rate, busiest first.
    QList<TopicStatistics> busiestTopics(int limit) const;
    /// Messages per second over all topics.
    double totalRate() const;

signals:
    /// New topics became visible in the tree (for completers).
    void topicsAdded(const QStringList &topics);
    /// updateRates() finished.
    void ratesUpdated();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *ensureTopicNode(const QString &topic);
    void markDirty(Node *node);
    void markFilterMatch(Node *node);
    void publishGrownParents();
    void emitDataChanged();

    std::unique_ptr<Node> m_root;
    FilterExpression m_filter;
    int m_filterMatches = 0;
    QHash<QString, Node *> m_byTopic;
    std::vector<mqtt::Message> m_pending;
    std::vector<Node *> m_grownParents;
    std::vector<Node *> m_dirty;
    std::vector<Node *> m_rateNodes;
    QStringList m_newTopics;
    QTimer m_flushTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_rateClock;
};

} // namespace gui
