#pragma once

#include <mqttcore/mqttcore_global.h>

#include <QStringView>

namespace mqtt {

/// Walks the levels of a topic name or filter without allocating. "a//b" has the levels
/// "a", "" and "b"; "/a" has "" and "a"; "a/" has "a" and "" (empty levels are distinct
/// levels, MQTT 4.7.1.1). An empty string has one empty level.
///
///     for (TopicLevels levels(topic); !levels.atEnd();)
///         use(levels.next());
///
/// position() saves the state cheaply; TopicLevels(text, position) resumes from it.
class MQTTPROTOCOL_EXPORT TopicLevels
{
public:
    /// Levels of `text` from `position`.
    explicit TopicLevels(QStringView text, qsizetype position = 0) noexcept
        : m_text(text), m_position(position)
    {
    }

    /// True once every level has been returned.
    bool atEnd() const noexcept { return m_position < 0; }

    /// Offset of the next level in the text, or -1 at the end.
    qsizetype position() const noexcept { return m_position; }

    /// The next level. Must not be called at the end.
    QStringView next() noexcept
    {
        const qsizetype slash = m_text.indexOf(u'/', m_position);
        QStringView level;
        if (slash < 0) {
            level = m_text.sliced(m_position);
            m_position = -1;
        } else {
            level = m_text.sliced(m_position, slash - m_position);
            m_position = slash + 1;
        }
        return level;
    }

private:
    QStringView m_text;
    qsizetype m_position;
};

} // namespace mqtt
