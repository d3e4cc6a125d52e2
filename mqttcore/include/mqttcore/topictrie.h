#pragma once

#include "mqttcore/topiclevels.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mqtt {

/// A trie of topic filters, one node per topic level, for matching a topic name against many
/// subscriptions at once (the broker's subscription table, the client's subscription routing).
/// Each stored filter holds one T (typically a list of subscribers).
///
///     TopicTrie<Subscribers> trie;
///     trie.value("a/+/c").add(client);                       // insert or update
///     trie.match("a/b/c", [](const Subscribers &s) { ... }); // every filter matching the topic
///     trie.remove("a/+/c");                                  // also prunes empty nodes
///
/// Matching follows MQTT 4.7: '+' matches one level, '#' this level and all below (so "a/#"
/// matches "a"), and a filter whose first level is a wildcard does not match a topic starting
/// with '$' [MQTT-4.7.2-1]. Empty levels ("a//b", "/a") are ordinary, distinct levels.
/// Filters must be valid (isValidTopicFilter) and not shared: strip "$share/{group}/" first
/// and keep shared subscriptions in their own trie.
///
/// Cost: insert, find and remove walk one node per level; match visits only the nodes that can
/// match (per level: the exact child, '+' and '#'), whatever the number of stored filters, and
/// allocates nothing for topics up to 32 pending branches. Everything is iterative, so very deep
/// filters ("/////...") cannot overflow the stack. Not thread-safe; callbacks must not modify
/// the trie.
template <typename T> class TopicTrie
{
public:
    TopicTrie() : m_root(std::make_unique<Node>()) {}
    ~TopicTrie() { clear(); }
    TopicTrie(const TopicTrie &) = delete;
    TopicTrie &operator=(const TopicTrie &) = delete;

    /// The value for a filter, default-constructed (and counted by size()) on first use.
    T &value(QStringView filter)
    {
        Node *node = m_root.get();
        for (TopicLevels levels(filter); !levels.atEnd();) {
            const QStringView level = levels.next();
            std::unique_ptr<Node> *slot;
            if (level == u"+") {
                slot = &node->plus;
            } else if (level == u"#") {
                slot = &node->hash;
            } else {
                auto it = node->children.find(level);
                if (it == node->children.end())
                    it = node->children.emplace(level.toString(), nullptr).first;
                slot = &it->second;
            }
            if (!*slot) {
                *slot = std::make_unique<Node>();
                ++m_nodeCount;
            }
            node = slot->get();
        }
        if (!node->value) {
            node->value.emplace();
            ++m_size;
        }
        return *node->value;
    }

    /// The value for a filter, or nullptr if the filter has none.
    T *find(QStringView filter) const
    {
        Node *node = m_root.get();
        for (TopicLevels levels(filter); node && !levels.atEnd();)
            node = child(node, levels.next());
        return node && node->value ? &*node->value : nullptr;
    }

    bool contains(QStringView filter) const { return find(filter) != nullptr; }

    /// Removes a filter's value and the nodes left empty; returns false if there was none.
    bool remove(QStringView filter)
    {
        struct Step
        {
            Node *parent;
            QStringView level;
        };
        QVarLengthArray<Step, 16> path;
        Node *node = m_root.get();
        for (TopicLevels levels(filter); !levels.atEnd();) {
            const QStringView level = levels.next();
            Node *next = child(node, level);
            if (!next)
                return false;
            path.append({node, level});
            node = next;
        }
        if (!node->value)
            return false;
        node->value.reset();
        --m_size;
        // Prune bottom-up; an empty node has no children, so erasing it never recurses.
        for (qsizetype i = path.size() - 1; i >= 0 && node->isEmpty(); --i) {
            Node *parent = path[i].parent;
            eraseChild(parent, path[i].level);
            --m_nodeCount;
            node = parent;
        }
        return true;
    }

    /// Calls fn(const T &) once for every stored filter that matches the topic name.
    template <typename Fn> void match(QStringView topic, Fn &&fn) const
    {
        matchNodes<const Node *>(m_root.get(), topic, fn);
    }

    /// Calls fn(T &) once for every stored filter that matches the topic name. fn may change
    /// the values but not the trie (remove() afterwards what became empty).
    template <typename Fn> void match(QStringView topic, Fn &&fn)
    {
        matchNodes<Node *>(m_root.get(), topic, fn);
    }

    /// For tries keyed by topic names (a retained-message store): calls
    /// fn(const QString &topic, const T &) for every stored key that the filter matches, with
    /// the same rules as match() ('$' keys are not matched by a leading wildcard). Wildcard
    /// levels in stored keys are compared literally.
    template <typename Fn> void matchFilter(QStringView filter, Fn &&fn) const
    {
        visitKeys<const Node *>(m_root.get(), filter, 0, fn);
    }

    template <typename Fn> void matchFilter(QStringView filter, Fn &&fn)
    {
        visitKeys<Node *>(m_root.get(), filter, 0, fn);
    }

    /// Calls fn(const QString &filter, const T &) for every stored filter (order unspecified).
    template <typename Fn> void forEach(Fn &&fn) const
    {
        visitKeys<const Node *>(m_root.get(), {}, Everything, fn);
    }

    template <typename Fn> void forEach(Fn &&fn)
    {
        visitKeys<Node *>(m_root.get(), {}, Everything, fn);
    }

    /// Removes everything.
    void clear()
    {
        std::vector<std::unique_ptr<Node>> doomed;
        auto detachChildren = [&doomed](Node &node) {
            for (auto &entry : node.children)
                doomed.push_back(std::move(entry.second));
            node.children.clear();
            if (node.plus)
                doomed.push_back(std::move(node.plus));
            if (node.hash)
                doomed.push_back(std::move(node.hash));
        };
        detachChildren(*m_root);
        while (!doomed.empty()) {
            std::unique_ptr<Node> node = std::move(doomed.back());
            doomed.pop_back();
            detachChildren(*node); // so that destroying it does not recurse
        }
        m_size = 0;
        m_nodeCount = 0;
    }

    /// Number of filters with a value.
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Number of level nodes (memory use; shows that remove() prunes).
    qsizetype nodeCount() const { return m_nodeCount; }

private:
    struct LevelHash
    {
        using is_transparent = void;
        size_t operator()(QStringView level) const noexcept
        {
            return qHash(level, QHashSeed::globalSeed());
        }
    };
    struct LevelEqual
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };
    struct Node
    {
        std::unordered_map<QString, std::unique_ptr<Node>, LevelHash, LevelEqual> children;
        std::unique_ptr<Node> plus; // the '+' level
        std::unique_ptr<Node> hash; // the '#' level (a leaf)
        std::optional<T> value;

        bool isEmpty() const { return !value && !plus && !hash && children.empty(); }
    };

    /// Position of a pending visit meaning "this node and everything below it".
    static constexpr qsizetype Everything = -2;

    static Node *child(const Node *node, QStringView level)
    {
        if (level == u"+")
            return node->plus.get();
        if (level == u"#")
            return node->hash.get();
        const auto it = node->children.find(level);
        return it == node->children.end() ? nullptr : it->second.get();
    }

    static void eraseChild(Node *node, QStringView level)
    {
        if (level == u"+")
            node->plus.reset();
        else if (level == u"#")
            node->hash.reset();
        else
            node->children.erase(node->children.find(level));
    }

    template <typename NodePtr, typename Fn> static void forEachChild(NodePtr node, Fn &&fn)
    {
        for (const auto &entry : node->children)
            fn(NodePtr(entry.second.get()), QStringView(entry.first));
        if (node->plus)
            fn(NodePtr(node->plus.get()), QStringView(u"+"));
        if (node->hash)
            fn(NodePtr(node->hash.get()), QStringView(u"#"));
    }

    template <typename NodePtr, typename Fn>
    static void matchNodes(NodePtr root, QStringView topic, Fn &fn)
    {
        struct Pending
        {
            NodePtr node;
            qsizetype position; // of the node's next topic level; -1 when the topic is consumed
        };
        QVarLengthArray<Pending, 32> pending;
        pending.append({root, 0});
        const bool dollarTopic = topic.startsWith(u'$');
        while (!pending.isEmpty()) {
            const Pending p = pending.last();
            pending.removeLast();
            if (p.position < 0) {
                if (p.node->value)
                    fn(*p.node->value);
                if (p.node->hash && p.node->hash->value) // "a/#" matches "a"
                    fn(*p.node->hash->value);
                continue;
            }
            TopicLevels levels(topic, p.position);
            const QStringView level = levels.next();
            if (!(dollarTopic && p.position == 0)) { // [MQTT-4.7.2-1]
                if (p.node->hash && p.node->hash->value)
                    fn(*p.node->hash->value);
                if (p.node->plus)
                    pending.append({p.node->plus.get(), levels.position()});
            }
            const auto it = p.node->children.find(level);
            if (it != p.node->children.end())
                pending.append({it->second.get(), levels.position()});
        }
    }

    /// Depth-first walk for matchFilter (position 0) and forEach (position Everything) that
    /// rebuilds each node's key in one shared string.
    template <typename NodePtr, typename Fn>
    static void visitKeys(NodePtr root, QStringView filter, qsizetype startPosition, Fn &fn)
    {
        struct Pending
        {
            NodePtr node;
            qsizetype position;     // of the next filter level, -1 at the end, or Everything
            qsizetype parentLength; // the parent's key is path.first(parentLength)
            QStringView level;
            bool separator; // false for top-level nodes
        };
        const bool leadingWildcard = filter.startsWith(u'+') || filter.startsWith(u'#');
        QString path;
        QVarLengthArray<Pending, 32> pending;
        pending.append({root, startPosition, 0, {}, false});
        while (!pending.isEmpty()) {
            const Pending p = pending.last();
            pending.removeLast();
            path.truncate(p.parentLength);
            if (p.separator)
                path.append(u'/');
            path.append(p.level);
            const qsizetype length = path.size();
            const bool atRoot = p.node == root;
            // [MQTT-4.7.2-1]: a leading wildcard does not reach top-level keys starting with '$'.
            auto pushChildren = [&](qsizetype position) {
                forEachChild(p.node, [&](NodePtr node, QStringView level) {
                    if (!(atRoot && leadingWildcard && level.startsWith(u'$')))
                        pending.append({node, position, length, level, !atRoot});
                });
            };
            if (p.position < 0) {
                if (p.node->value && !atRoot)
                    fn(std::as_const(path), *p.node->value);
                if (p.position == Everything)
                    pushChildren(Everything);
                continue;
            }
            TopicLevels levels(filter, p.position);
            const QStringView level = levels.next();
            if (level == u"#") {
                pending.append({p.node, Everything, p.parentLength, p.level, p.separator});
            } else if (level == u"+") {
                pushChildren(levels.position());
            } else if (NodePtr next = child(p.node, level)) {
                pending.append({next, levels.position(), length, level, !atRoot});
            }
        }
    }

    std::unique_ptr<Node> m_root;
    qsizetype m_size = 0;
    qsizetype m_nodeCount = 0;
};

} // namespace mqtt
