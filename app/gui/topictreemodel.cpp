#include "topictreemodel.h"

#include "payloadpreview.h"
#include <schema/sparkplug.h>

#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace gui {

struct TopicTreeModel::Node
{
    QString name; ///< this level
    Node *parent = nullptr;
    int row = 0;
    int visibleChildren = 0; ///< children announced to views
    bool published = false;  ///< announced to views
    bool grown = false;      ///< in m_grownParents
    bool dirty = false;      ///< in m_dirty
    bool inRateList = false; ///< in m_rateNodes
    bool retained = false;
    bool filterShown = false; ///< the topic or one below it matches the filter
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> childByName;
    std::optional<mqtt::Message> last; ///< none for a level without messages of its own
    quint64 messages = 0;
    quint64 subtreeMessages = 0;
    int subtreeTopics = 0;
    qint64 subtreeLastMs = 0;
    quint32 window = 0; ///< messages on the topic since the last rate update
    quint32 subtreeWindow = 0;
    double rate = 0;
    double subtreeRate = 0;
};

namespace {

// Topics may be thousands of levels deep: never recurse over the tree.
template <typename Node, typename Visit> void forEachInSubtree(Node *top, Visit visit)
{
    std::vector<Node *> stack{top};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        visit(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
}

template <typename Node> void destroyIteratively(std::unique_ptr<Node> top)
{
    std::vector<std::unique_ptr<Node>> pending;
    pending.push_back(std::move(top));
    while (!pending.empty()) {
        std::unique_ptr<Node> node = std::move(pending.back());
        pending.pop_back();
        for (auto &child : node->children)
            pending.push_back(std::move(child));
        node->children.clear();
    }
}

const QColor RetainedColour(0xE0, 0x9B, 0x1A);

} // namespace

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->published = true;
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TopicTreeModel::flush);
    m_rateTimer.setInterval(RateIntervalMs);
    connect(&m_rateTimer, &QTimer::timeout, this, &TopicTreeModel::updateRates);
}

TopicTreeModel::~TopicTreeModel()
{
    destroyIteratively(std::move(m_root));
}

TopicTreeModel::Node *TopicTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::indexFor(const Node *node, int column) const
{
    if (node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *parentNode = nodeFor(parent);
    if (row < 0 || row >= parentNode->visibleChildren)
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->visibleChildren;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const int column = index.column();
    auto path = [node] {
        QStringList levels;
        for (const Node *n = node; n->parent; n = n->parent)
            levels.prepend(n->name);
        return levels.join(u'/');
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TopicColumn:
            return node->name.isEmpty() ? tr("(empty)", "an empty topic level") : node->name;
        case ValueColumn:
            if (!node->last)
                return QString();
            // Sparkplug B payloads are binary: their metrics say more than hex bytes.
            if (schema::sparkplug::isSparkplugTopic(node->last->topic())) {
                if (const std::optional<QString> metrics =
                        schema::sparkplug::preview(node->last->payload()))
                    return *metrics;
            }
            return payloadPreview(node->last->payload(), 80);
        case MessagesColumn:
            return node->subtreeMessages;
        case RateColumn:
            if (node->subtreeRate <= 0)
                return QString();
            return tr("%1/s").arg(node->subtreeRate, 0, 'f', node->subtreeRate < 10 ? 1 : 0);
        case AgeColumn: {
            if (node->subtreeLastMs == 0)
                return QString();
            const qint64 seconds =
                qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - node->subtreeLastMs) / 1000);
            if (seconds < 60)
                return tr("%1 s").arg(seconds);
            if (seconds < 3600)
                return tr("%1 min").arg(seconds / 60);
            if (seconds < 86400)
                return tr("%1 h").arg(seconds / 3600);
            return tr("%1 d").arg(seconds / 86400);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ValueColumn && node->retained)
            return tr("Retained value");
        if (column == TopicColumn || column == MessagesColumn)
            return tr("%1\n%2 messages on this topic, %3 in the subtree (%4 topics)")
                .arg(path())
                .arg(node->messages)
                .arg(node->subtreeMessages)
                .arg(node->subtreeTopics);
        return {};
    case Qt::DecorationRole:
        if (column == ValueColumn && node->retained)
            return RetainedColour;
        return {};
    case Qt::TextAlignmentRole:
        if (column == MessagesColumn || column == RateColumn || column == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TopicRole:
        return node->last ? node->last->topic() : QString();
    case PathRole:
        return path();
    case RetainedRole:
        return node->retained;
    case SortRole:
        switch (column) {
        case MessagesColumn:
            return node->subtreeMessages;
        case RateColumn:
            return node->subtreeRate;
        case AgeColumn:
            return -node->subtreeLastMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ValueColumn)
        return tr("Last value; a coloured mark means the broker keeps it as the retained value");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case ValueColumn:
        return tr("Last value");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate");
    case AgeColumn:
        return tr("Last");
    }
    return {};
}

void TopicTreeModel::append(const mqtt::Message &message)
{
    m_pending.push_back(message);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    if (!m_rateTimer.isActive()) {
        m_rateClock.start();
        m_rateTimer.start();
    }
}

TopicTreeModel::Node *TopicTreeModel::ensureTopicNode(const QString &topic)
{
    Node *node = m_root.get();
    for (QStringView level : QStringView(topic).tokenize(u'/')) {
        const QString name = level.toString();
        Node *child = node->childByName.value(name);
        if (!child) {
            auto owned = std::make_unique<Node>();
            child = owned.get();
            child->name = name;
            child->parent = node;
            child->row = int(node->children.size());
            node->children.push_back(std::move(owned));
            node->childByName.insert(name, child);
            if (node->published && !node->grown) {
                node->grown = true;
                m_grownParents.push_back(node);
            }
        }
        node = child;
    }
    return node;
}

void TopicTreeModel::markDirty(Node *node)
{
    if (node->published && node != m_root.get() && !node->dirty) {
        node->dirty = true;
        m_dirty.push_back(node);
    }
}

void TopicTreeModel::markFilterMatch(Node *node)
{
    ++m_filterMatches;
    // Up to the first ancestor already shown: each node turns shown once, so marking all the
    // topics of a tree costs O(nodes) whatever its depth. A row that turns shown while views know
    // it gets a dataChanged (it is dirty anyway: its subtree counts changed), which is how a
    // proxy learns to insert it; rows not announced yet arrive with their marks.
    for (Node *n = node; n && !n->filterShown; n = n->parent) {
        n->filterShown = true;
        markDirty(n);
    }
}

void TopicTreeModel::setFilter(const FilterExpression &filter)
{
    m_filter = filter;
    m_filterMatches = 0;
    if (m_filter.isEmpty())
        return; // every row shows; the marks left behind are redone by the next filter
    // Pre-order: a node is cleared before any node below it marks it again. No dataChanged here:
    // the proxy that set the filter re-filters its rows itself.
    forEachInSubtree(m_root.get(), [this](Node *node) {
        node->filterShown = false;
        if (node->last && m_filter.matches(node->last->topic())) {
            ++m_filterMatches;
            for (Node *n = node; n && !n->filterShown; n = n->parent)
                n->filterShown = true;
        }
    });
}

bool TopicTreeModel::acceptsRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *parentNode = nodeFor(parent);
    if (row < 0 || row >= parentNode->visibleChildren)
        return false;
    return m_filter.isEmpty() || parentNode->children[size_t(row)]->filterShown;
}

void TopicTreeModel::flush()
{
    m_flushTimer.stop();
    for (mqtt::Message &message : m_pending) {
        const QString topic = message.topic();
        Node *node = m_byTopic.value(topic);
        if (!node) {
            node = ensureTopicNode(topic);
            m_byTopic.insert(topic, node);
        }
        if (!node->last) {
            m_newTopics.append(topic);
            for (Node *n = node; n; n = n->parent)
                ++n->subtreeTopics;
            if (!m_filter.isEmpty() && m_filter.matches(topic))
                markFilterMatch(node);
        }
        // A live message with an empty payload is how retained values get cleared.
        const bool emptyPayload = message.payload().isEmpty();
        if (message.retain())
            node->retained = !emptyPayload;
        else if (emptyPayload)
            node->retained = false;
        ++node->messages;
        ++node->window;
        const qint64 timestamp = message.receivedAt().toMSecsSinceEpoch();
        node->last = std::move(message);
        for (Node *n = node; n; n = n->parent) {
            ++n->subtreeMessages;
            ++n->subtreeWindow;
            n->subtreeLastMs = qMax(n->subtreeLastMs, timestamp);
            markDirty(n);
            if (!n->inRateList) {
                n->inRateList = true;
                m_rateNodes.push_back(n);
            }
        }
    }
    m_pending.clear();
    publishGrownParents();
    emitDataChanged();
    if (!m_newTopics.isEmpty())
        emit topicsAdded(std::exchange(m_newTopics, {}));
}

void TopicTreeModel::publishGrownParents()
{
    for (Node *parent : std::exchange(m_grownParents, {})) {
        const int first = parent->visibleChildren;
        const int last = int(parent->children.size()) - 1;
        beginInsertRows(indexFor(parent), first, last);
        for (int row = first; row <= last; ++row) {
            forEachInSubtree(parent->children[size_t(row)].get(), [](Node *n) {
                n->published = true;
                n->visibleChildren = int(n->children.size());
            });
        }
        parent->visibleChildren = last + 1;
        parent->grown = false;
        endInsertRows();
    }
}

void TopicTreeModel::emitDataChanged()
{
    std::unordered_map<Node *, std::pair<int, int>> ranges;
    for (Node *node : m_dirty) {
        node->dirty = false;
        auto [it, inserted] = ranges.try_emplace(node->parent, node->row, node->row);
        if (!inserted) {
            it->second.first = qMin(it->second.first, node->row);
            it->second.second = qMax(it->second.second, node->row);
        }
    }
    m_dirty.clear();
    // Column 0 (the level name) never changes, so a proxy sorted by name never re-sorts.
    for (const auto &[parent, rows] : ranges) {
        const QModelIndex parentIndex = indexFor(parent);
        emit dataChanged(index(rows.first, ValueColumn, parentIndex),
                         index(rows.second, ColumnCount - 1, parentIndex));
    }
}

void TopicTreeModel::updateRates()
{
    const qint64 elapsedMs = m_rateClock.isValid() ? m_rateClock.restart() : 0;
    if (elapsedMs <= 0)
        return;
    std::erase_if(m_rateNodes, [&](Node *node) {
        const double rate = node->window * 1000.0 / double(elapsedMs);
        const double subtreeRate = node->subtreeWindow * 1000.0 / double(elapsedMs);
        node->window = node->subtreeWindow = 0;
        if (rate != node->rate || subtreeRate != node->subtreeRate) {
            node->rate = rate;
            node->subtreeRate = subtreeRate;
            markDirty(node);
        }
        node->inRateList = subtreeRate > 0;
        return !node->inRateList;
    });
    emitDataChanged();
    emit ratesUpdated();
}

void TopicTreeModel::clear()
{
    beginResetModel();
    destroyIteratively(std::exchange(m_root, std::make_unique<Node>()));
    m_root->published = true;
    m_filterMatches = 0;
    m_byTopic.clear();
    m_pending.clear();
    m_grownParents.clear();
    m_dirty.clear();
    m_rateNodes.clear();
    m_newTopics.clear();
    endResetModel();
}

QModelIndex TopicTreeModel::indexForTopic(const QString &topic) const
{
    const Node *node = m_byTopic.value(topic);
    return node && node->published ? indexFor(node) : QModelIndex();
}

const mqtt::Message *TopicTreeModel::lastMessage(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node *node = nodeFor(index);
    return node->last ? &*node->last : nullptr;
}

QStringList TopicTreeModel::retainedTopics(const QModelIndex &index) const
{
    QStringList topics;
    forEachInSubtree(nodeFor(index), [&topics](const Node *node) {
        if (node->retained)
            topics.append(node->last->topic());
    });
    return topics;
}

QList<TopicTreeModel::TopicStatistics> TopicTreeModel::busiestTopics(int limit) const
{
    std::vector<const Node *> active;
    for (const Node *node : m_rateNodes) {
        if (node->last && node->rate > 0)
            active.push_back(node);
    }
    const auto end = active.begin() + qMin<qsizetype>(limit, qsizetype(active.size()));
    std::partial_sort(active.begin(), end, active.end(), [](const Node *a, const Node *b) {
        return a->rate > b->rate || (a->rate == b->rate && a->messages > b->messages);
    });
    QList<TopicStatistics> result;
    for (auto it = active.begin(); it != end; ++it)
        result.append({(*it)->last->topic(), (*it)->rate, (*it)->messages});
    return result;
}

double TopicTreeModel::totalRate() const
{
    return m_root->subtreeRate;
}

void TopicTreeModel::retranslate()
{
    // Cells are formatted when painted; the views repaint them. Headers are measured: tell them.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gui
