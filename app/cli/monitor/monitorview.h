#pragma once

#include "cli/messageformatter.h"

#include "topictable.h"
#include <schema/payloadcodecs.h>

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cli::monitor {

/// The payload formats the view cycles through ('f'): the codecs of sub's --format.
struct ViewFormats
{
    schema::PayloadCodecs codecs; ///< resolves the automatic codec per topic
    std::vector<std::shared_ptr<const schema::PayloadCodec>> cycle; ///< in 'f' order
};

enum class SortKey
{
    Topic, ///< A to Z
    Count, ///< most messages first
    Rate,  ///< busiest first
    Age,   ///< most recent first
};

/// Parses a --sort value ("topic", "count", "rate", "age").
std::optional<SortKey> sortKeyFromString(const QString &name);
QString sortKeyName(SortKey key);

/// What the header shows besides the table.
struct ViewStatus
{
    QString server;  ///< host:port
    QString filters; ///< the subscriptions, space separated
    QString state;   ///< "connecting", "live", "reconnecting", ...
    QString message; ///< the last warning line, shown in the footer for a while
};

/// The state and drawing of the monitor's screen, without any I/O: keys in, lines out. The
/// list shows one row per topic (count, rate, age, last payload); Enter shows the selected
/// topic's whole payload. Lines are whole screen rows with SGR attributes, padded to the width.
class MonitorView
{
public:
    enum class Action
    {
        None,
        Redraw,     ///< the view changed: draw now
        FullRedraw, ///< clear and draw everything (Ctrl-L)
        Quit,
        Clear, ///< forget every topic and count ('c')
    };

    MonitorView(ViewFormats formats, int format, SortKey sort);

    /// Handles typed bytes; the strongest action of the keys in them.
    Action handleInput(const QByteArray &bytes, const TopicTable &live, qint64 nowMs);
    /// The screen's rows for the size given.
    std::vector<std::string> render(const TopicTable &live, qint64 nowMs, QSize size,
                                    const ViewStatus &status);

    bool isPaused() const { return m_paused; }

private:
    enum class Key
    {
        Character,
        Up,
        Down,
        PageUp,
        PageDown,
        Home,
        End,
        Left,
        Right,
        Enter,
        Escape,
        Backspace,
        Redraw,
        KillLine,
        Interrupt,
    };

    Action handleKey(Key key, char character, const TopicTable &live, qint64 nowMs);
    Action handleFilterKey(Key key, char character);
    void togglePause(const TopicTable &live, qint64 nowMs);
    void moveSelection(const TopicTable &live, qsizetype delta);
    const std::vector<TopicEntry> &source(const TopicTable &live) const;
    void buildRows(const std::vector<TopicEntry> &entries, qint64 nowMs);
    bool matchesFilter(const QString &topic) const;
    std::vector<std::string> renderList(const std::vector<TopicEntry> &entries, qint64 nowMs,
                                        QSize size, const ViewStatus &status, qint64 totalCount,
                                        double totalRate);
    std::vector<std::string> renderDetail(const TopicEntry &entry, qint64 nowMs, QSize size);
    /// The codec of the current format for a topic (the automatic one resolved).
    const schema::PayloadCodec &codecFor(const TopicEntry &entry, const QByteArray &payload) const;
    QString rowPayload(const TopicEntry &entry) const;
    QStringList detailLines(const TopicEntry &entry, int width);
    std::string footer(const ViewStatus &status) const;

    ViewFormats m_formats;
    int m_format = 0;
    SortKey m_sort;
    bool m_reverse = false;

    bool m_paused = false;
    std::vector<TopicEntry> m_snapshot; ///< what the view shows while paused
    qint64 m_snapshotMs = 0;
    qint64 m_snapshotTotal = 0;
    double m_snapshotRate = 0;

    QString m_filter;
    bool m_editingFilter = false;
    QByteArray m_filterEdit; ///< UTF-8 typed so far
    QString m_filterBefore;  ///< restored by Esc

    std::vector<qsizetype> m_rows; ///< indices into the shown entries, filtered and sorted
    QString m_selectedTopic;
    qsizetype m_selected = 0;
    qsizetype m_top = 0; ///< first row shown
    int m_pageRows = 1;

    bool m_detail = false;
    QString m_detailTopic;
    int m_detailTop = 0;
    int m_detailPage = 1;
    struct DetailCache
    {
        QString topic;
        quint64 version = 0;
        int format = -1;
        int width = 0;
        QStringList lines;
    } m_detailCache;

    QByteArray m_pendingInput; ///< an escape sequence cut by the end of a read
};

} // namespace cli::monitor
