#pragma once

#include "mqttcore/topiclevels.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>
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
/// allocates nothing for topics up to 32 pending branches. Exact children sit in a small
/// open-addressing table per node (hash + pointer per slot, none for leaves). Everything is
/// iterative, so very deep filters ("/////...") cannot overflow the stack.
/// References returned by value() and find() stay valid until that filter is removed or the
/// trie is cleared. Not thread-safe; callbacks must not modify the trie.
template <typename T> class TopicTrie
{
public:
    TopicTrie() = default;
    ~TopicTrie() { clear(); }
    TopicTrie(const TopicTrie &) = delete;
    TopicTrie &operator=(const TopicTrie &) = delete;

    /// The value for a filter, default-constructed (and counted by size()) on first use.
    T &value(QStringView filter)
    {
        Node *node = &m_root;
        for (TopicLevels levels(filter); !levels.atEnd();) {
            const QStringView level = levels.next();
            Node **wildcard = level == u"+" ? &node->plus : level == u"#" ? &node->hash : nullptr;
            Node *next;
            if (wildcard) {
                if (!*wildcard)
                    *wildcard = newNode(level);
                next = *wildcard;
            } else {
                const size_t hash = levelHash(level);
                next = node->children.find(level, hash);
                if (!next) {
                    next = newNode(level);
                    node->children.insert(next, hash);
                }
            }
            node = next;
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
        const Node *node = &m_root;
        for (TopicLevels levels(filter); node && !levels.atEnd();)
            node = child(node, levels.next());
        return node && node->value ? const_cast<T *>(&*node->value) : nullptr;
    }

    /// True if a value is stored under exactly `filter`.
    bool contains(QStringView filter) const { return find(filter) != nullptr; }

    /// Removes a filter's value and the nodes left empty; returns false if there was none.
    bool remove(QStringView filter)
    {
        QVarLengthArray<Node *, 16> path; // the parents of node
        Node *node = &m_root;
        for (TopicLevels levels(filter); !levels.atEnd();) {
            Node *next = child(node, levels.next());
            if (!next)
                return false;
            path.append(node);
            node = next;
        }
        if (!node->value)
            return false;
        node->value.reset();
        --m_size;
        // Prune bottom-up; an empty node has no children, so deleting it frees just itself.
        for (qsizetype i = path.size() - 1; i >= 0 && node->isEmpty(); --i) {
            Node *parent = path[i];
            if (parent->plus == node)
                parent->plus = nullptr;
            else if (parent->hash == node)
                parent->hash = nullptr;
            else
                parent->children.erase(node, levelHash(node->level));
            delete node;
            --m_nodeCount;
            node = parent;
        }
        return true;
    }

    /// Calls fn(const T &) once for every stored filter that matches the topic name.
    template <typename Fn> void match(QStringView topic, Fn &&fn) const
    {
        matchNodes<const Node *>(&m_root, topic, fn);
    }

    /// Calls fn(T &) once for every stored filter that matches the topic name. fn may change
    /// the values but not the trie (remove() afterwards what became empty).
    template <typename Fn> void match(QStringView topic, Fn &&fn)
    {
        matchNodes<Node *>(&m_root, topic, fn);
    }

    /// For tries keyed by topic names (a retained-message store): calls
    /// fn(const QString &topic, const T &) for every stored key that the filter matches, with
    /// the same rules as match() ('$' keys are not matched by a leading wildcard). Wildcard
    /// levels in stored keys are compared literally.
    template <typename Fn> void matchFilter(QStringView filter, Fn &&fn) const
    {
        visitKeys<const Node *>(&m_root, filter, 0, fn);
    }

    /// Same as the const overload, with values the callback may change.
    template <typename Fn> void matchFilter(QStringView filter, Fn &&fn)
    {
        visitKeys<Node *>(&m_root, filter, 0, fn);
    }

    /// Calls fn(const QString &filter, const T &) for every stored filter (order unspecified).
    template <typename Fn> void forEach(Fn &&fn) const
    {
        visitKeys<const Node *>(&m_root, {}, Everything, fn);
    }

    /// Same as the const overload, with values the callback may change.
    template <typename Fn> void forEach(Fn &&fn) { visitKeys<Node *>(&m_root, {}, Everything, fn); }

    /// Removes everything.
    void clear()
    {
        std::vector<Node *> doomed;
        auto detachChildren = [&doomed](Node *node) {
            node->children.forEach([&doomed](Node *child) { doomed.push_back(child); });
            node->children.reset();
            for (Node **wildcard : {&node->plus, &node->hash}) {
                if (*wildcard)
                    doomed.push_back(std::exchange(*wildcard, nullptr));
            }
        };
        detachChildren(&m_root);
        while (!doomed.empty()) {
            Node *node = doomed.back();
            doomed.pop_back();
            detachChildren(node); // so that deleting it does not recurse
            delete node;
        }
        m_size = 0;
        m_nodeCount = 0;
    }

    /// Number of filters with a value.
    qsizetype size() const { return m_size; }
    /// True if nothing is stored.
    bool isEmpty() const { return m_size == 0; }
    /// Number of level nodes (memory use; shows that remove() prunes).
    qsizetype nodeCount() const { return m_nodeCount; }

private:
    struct Node;

    /// The exact-level children of a node: open addressing with linear probing, at most 3/4
    /// full, slots holding the level's hash next to the child so that a probe compares
    /// strings only on a hash hit. Frees its slots when empty (leaves cost nothing here).
    class ChildTable
    {
    public:
        ChildTable() = default;
        ~ChildTable() { delete[] m_slots; }
        ChildTable(const ChildTable &) = delete;
        ChildTable &operator=(const ChildTable &) = delete;

        bool isEmpty() const { return m_count == 0; }

        Node *find(QStringView level, size_t hash) const
        {
            if (m_count == 0)
                return nullptr;
            const size_t mask = m_capacity - 1;
            for (size_t i = hash & mask; m_slots[i].node; i = (i + 1) & mask) {
                if (m_slots[i].hash == hash && m_slots[i].node->level == level)
                    return m_slots[i].node;
            }
            return nullptr;
        }

        /// Adds a child that is not in the table yet.
        void insert(Node *child, size_t hash)
        {
            if ((m_count + 1) * 4 > m_capacity * 3)
                rehash(m_capacity ? m_capacity * 2 : 4);
            place(child, hash);
            ++m_count;
        }

        /// Removes a child that is in the table (backward-shift deletion, no tombstones).
        void erase(const Node *child, size_t hash)
        {
            const size_t mask = m_capacity - 1;
            size_t hole = hash & mask;
            while (m_slots[hole].node != child)
                hole = (hole + 1) & mask;
            m_slots[hole] = Slot();
            for (size_t next = (hole + 1) & mask; m_slots[next].node; next = (next + 1) & mask) {
                const size_t home = m_slots[next].hash & mask;
                // The entry at `next` may move into the hole unless its home lies cyclically
                // in (hole, next].
                const bool staysPut =
                    hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
                if (!staysPut) {
                    m_slots[hole] = m_slots[next];
                    m_slots[next] = Slot();
                    hole = next;
                }
            }
            --m_count;
            if (m_count == 0)
                reset();
            else if (m_capacity > 16 && m_count * 8 < m_capacity)
                rehash(m_capacity / 2);
        }

        /// Forgets every child (they are not deleted) and frees the slots.
        void reset()
        {
            delete[] m_slots;
            m_slots = nullptr;
            m_capacity = 0;
            m_count = 0;
        }

        template <typename Fn> void forEach(Fn &&fn) const
        {
            for (size_t i = 0; i < m_capacity; ++i) {
                if (m_slots[i].node)
                    fn(m_slots[i].node);
            }
        }

    private:
        struct Slot
        {
            size_t hash = 0;
            Node *node = nullptr;
        };

        void place(Node *child, size_t hash)
        {
            const size_t mask = m_capacity - 1;
            size_t i = hash & mask;
            while (m_slots[i].node)
                i = (i + 1) & mask;
            m_slots[i] = Slot{hash, child};
        }

        void rehash(size_t capacity)
        {
            Slot *old = m_slots;
            const size_t oldCapacity = m_capacity;
            m_slots = new Slot[capacity];
            m_capacity = capacity;
            for (size_t i = 0; i < oldCapacity; ++i) {
                if (old[i].node)
                    place(old[i].node, old[i].hash);
            }
            delete[] old;
        }

        Slot *m_slots = nullptr;
        size_t m_capacity = 0; // 0 or a power of two
        size_t m_count = 0;
    };

    struct Node
    {
        QString level; // this node's level ("+" and "#" for the wildcard children)
        ChildTable children;
        Node *plus = nullptr; // the '+' level, owned
        Node *hash = nullptr; // the '#' level (a leaf), owned
        std::optional<T> value;

        bool isEmpty() const { return !value && !plus && !hash && children.isEmpty(); }
    };

    /// Position of a pending visit meaning "this node and everything below it".
    static constexpr qsizetype Everything = -2;

    static size_t levelHash(QStringView level) noexcept
    {
        return qHash(level, QHashSeed::globalSeed());
    }

    Node *newNode(QStringView level)
    {
        Node *node = new Node;
        node->level = level.toString();
        ++m_nodeCount;
        return node;
    }

    static Node *child(const Node *node, QStringView level)
    {
        if (level == u"+")
            return node->plus;
        if (level == u"#")
            return node->hash;
        return node->children.find(level, levelHash(level));
    }

    template <typename NodePtr, typename Fn> static void forEachChild(NodePtr node, Fn &&fn)
    {
        node->children.forEach([&fn](Node *child) { fn(NodePtr(child)); });
        if (node->plus)
            fn(NodePtr(node->plus));
        if (node->hash)
            fn(NodePtr(node->hash));
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
                    fn(*NodePtr(p.node->hash)->value);
                continue;
            }
            TopicLevels levels(topic, p.position);
            const QStringView level = levels.next();
            if (!(dollarTopic && p.position == 0)) { // [MQTT-4.7.2-1]
                if (p.node->hash && p.node->hash->value)
                    fn(*NodePtr(p.node->hash)->value);
                if (p.node->plus)
                    pending.append({p.node->plus, levels.position()});
            }
            if (Node *next = p.node->children.find(level, levelHash(level)))
                pending.append({next, levels.position()});
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
            bool separator;         // false for top-level nodes
        };
        const bool leadingWildcard = filter.startsWith(u'+') || filter.startsWith(u'#');
        QString path;
        QVarLengthArray<Pending, 32> pending;
        pending.append({root, startPosition, 0, false});
        while (!pending.isEmpty()) {
            const Pending p = pending.last();
            pending.removeLast();
            path.truncate(p.parentLength);
            if (p.separator)
                path.append(u'/');
            path.append(p.node->level);
            const qsizetype length = path.size();
            const bool atRoot = p.node == root;
            // [MQTT-4.7.2-1]: a leading wildcard does not reach top-level keys starting with '$'.
            auto pushChildren = [&](qsizetype position) {
                forEachChild(p.node, [&](NodePtr child) {
                    if (!(atRoot && leadingWildcard && child->level.startsWith(u'$')))
                        pending.append({child, position, length, !atRoot});
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
                pending.append({p.node, Everything, p.parentLength, p.separator});
            } else if (level == u"+") {
                pushChildren(levels.position());
            } else if (NodePtr next = child(p.node, level)) {
                pending.append({next, levels.position(), length, !atRoot});
            }
        }
    }

    Node m_root;
    qsizetype m_size = 0;
    qsizetype m_nodeCount = 0;
};

} // namespace mqtt
