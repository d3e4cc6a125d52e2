#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

/// A trie of topic filters, one node per topic level, for matching a topic name against many
/// subscriptions at once (the broker's subscription table, the client's subscription routing).
namespace mqtt {

class TopicTrieBase
{
public:
    TopicTrieBase();
    ~TopicTrieBase();
    TopicTrieBase(const TopicTrieBase &) = delete;
    TopicTrieBase &operator=(const TopicTrieBase &) = delete;

protected:
    struct Node;
    /// The node for a filter, created on demand.
    Node *findOrCreate(QStringView filter);
    /// The node for a filter, or nullptr.
    Node *find(QStringView filter) const;
    /// Removes empty nodes on the path of a filter after an entry was removed.
    void prune(QStringView filter);
    /// Calls visit(slot) for the value slot of every node whose filter matches topic.
    void matchSlots(QStringView topic, const std::function<void(void *slot)> &visit) const;
    void *&slotOf(Node *node);
    const void *slotOf(const Node *node) const;
    /// Destroys a slot; set by the typed subclass.
    std::function<void(void *)> m_destroySlot;

private:
    std::unique_ptr<Node> m_root;
};

/// TopicTrie<T>: each filter holds one T (typically a list of subscribers).
///   trie.value("a/+/c") = x;           // insert or update
///   trie.match("a/b/c", [](const T &v) { ... });   // every filter matching the topic
///   trie.remove("a/+/c");
/// Matching follows 4.7: '+' one level, '#' this level and all below (including the parent),
/// no wildcard at the first level matches a topic starting with '$'.
template <typename T>
class TopicTrie : private TopicTrieBase
{
public:
    TopicTrie() { m_destroySlot = [](void *p) { delete static_cast<T *>(p); }; }

    /// The value for a filter, default-constructed on first use.
    T &value(QStringView filter)
    {
        void *&slot = slotOf(findOrCreate(filter));
        if (!slot) {
            slot = new T();
            ++m_size;
        }
        return *static_cast<T *>(slot);
    }

    /// The value for a filter, or nullptr if none.
    T *find(QStringView filter) const
    {
        Node *node = TopicTrieBase::find(filter);
        return node ? static_cast<T *>(const_cast<void *>(slotOf(node))) : nullptr;
    }

    /// Removes a filter's value; returns false if there was none.
    bool remove(QStringView filter)
    {
        Node *node = TopicTrieBase::find(filter);
        if (!node || !slotOf(node))
            return false;
        void *&slot = slotOf(node);
        delete static_cast<T *>(slot);
        slot = nullptr;
        --m_size;
        prune(filter);
        return true;
    }

    /// Calls fn(const T &) for every stored filter that matches the topic name.
    template <typename Fn>
    void match(QStringView topic, Fn &&fn) const
    {
        matchSlots(topic, [&fn](void *slot) { fn(*static_cast<const T *>(slot)); });
    }

    /// Number of filters with a value.
    qsizetype size() const { return m_size; }

private:
    qsizetype m_size = 0;
};

} // namespace mqtt
