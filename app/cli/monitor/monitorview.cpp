#include "monitorview.h"

#include "cli/clitext.h"

#include <mqttcore/topic.h>

#include <QJsonDocument>

#include <algorithm>
#include <cwchar>
#include <functional>
#include <limits>

namespace cli::monitor {

namespace {

constexpr int CountWidth = 9;
constexpr int RateWidth = 9;
constexpr int AgeWidth = 7;
constexpr int Gap = 2;
/// The list renders at most this much of a payload (the detail view shows all of it).
constexpr qsizetype RowPayloadLimit = 16 * 1024;

const char *const Reverse = "\x1b[7m";
const char *const Bold = "\x1b[1m";
const char *const Normal = "\x1b[0m";

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

/// The characters of a text as they are drawn on one row: line breaks as "\n", tabs as a
/// space, other control characters as '?', so that nothing moves the cursor.
std::vector<char32_t> drawable(QStringView text)
{
    std::vector<char32_t> out;
    out.reserve(size_t(text.size()));
    for (char32_t c : text.toUcs4()) {
        if (c == '\n') {
            out.push_back('\\');
            out.push_back('n');
        } else if (c == '\r') {
            out.push_back('\\');
            out.push_back('r');
        } else if (c == '\t') {
            out.push_back(' ');
        } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            out.push_back('?');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

/// East Asian wide characters (CJK, Hangul, fullwidth forms), for when wcwidth() does not
/// know them (a locale without UTF-8): the translated texts are drawn in two columns each.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) ||
           (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
           (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
           (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
           (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

int columns(char32_t c)
{
    const int width = ::wcwidth(wchar_t(c));
    if (width < 0)
        return isWide(c) ? 2 : 1;
    return width;
}

enum class Elide
{
    End,   ///< "long payl~"
    Start, ///< "~long/topic"
};

/// Appends text in exactly `width` columns: cut (with '~' where text is left out) or padded.
void appendFitted(std::string &out, QStringView text, int width, Elide elide = Elide::End)
{
    if (width <= 0)
        return;
    std::vector<char32_t> chars = drawable(text);
    int total = 0;
    for (char32_t c : chars)
        total += columns(c);
    size_t from = 0;
    size_t to = chars.size();
    bool marker = false;
    if (total > width) {
        marker = true;
        int used = 1; // the marker
        if (elide == Elide::Start) {
            from = chars.size();
            while (from > 0 && used + columns(chars[from - 1]) <= width)
                used += columns(chars[--from]);
        } else {
            to = 0;
            while (to < chars.size() && used + columns(chars[to]) <= width)
                used += columns(chars[to++]);
        }
        total = used;
    }
    if (marker && elide == Elide::Start)
        out += '~';
    for (size_t i = from; i < to; ++i)
        appendUtf8(out, chars[i]);
    if (marker && elide == Elide::End)
        out += '~';
    out.append(size_t(width - total), ' ');
}

int textWidth(QStringView text)
{
    int total = 0;
    for (char32_t c : drawable(text))
        total += columns(c);
    return total;
}

/// Right-aligned in `width` columns.
void appendRight(std::string &out, const QString &text, int width)
{
    const int used = textWidth(text);
    if (used < width)
        out.append(size_t(width - used), ' ');
    appendFitted(out, text, std::min(used, width));
}

QString formatCount(qint64 count)
{
    if (count < 100'000'000)
        return QString::number(count);
    return QString::number(double(count) / 1e6, 'f', 1) + QLatin1Char('M');
}

QString formatRate(double rate)
{
    if (rate >= 1e7)
        return QString::number(rate, 'g', 3);
    return QString::number(rate, 'f', rate >= 1000 ? 0 : 1);
}

QString formatAge(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 s = ms / 1000;
    if (ms < 10'000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + QLatin1Char('s');
    if (s < 60)
        return QString::number(s) + QLatin1Char('s');
    if (s < 3600)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QStringLiteral("%1h%2m").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d%2h").arg(s / 86400).arg((s / 3600) % 24, 2, 10, QLatin1Char('0'));
}

std::string styled(const char *style, const std::string &text)
{
    return style + text + Normal;
}

/// A whole row in an attribute: the text fitted to the width.
std::string styledRow(const char *style, const QString &text, int width)
{
    std::string row;
    appendFitted(row, text, width);
    return styled(style, row);
}

/// A sort key as the footer shows it (sortKeyName() is the --sort value, always English).
QString sortKeyTitle(SortKey key)
{
    switch (key) {
    case SortKey::Topic:
        //: monitor's sort order, shown in the footer ("s sort: topic")
        return CliText::tr("topic");
    case SortKey::Count:
        //: monitor's sort order, shown in the footer ("s sort: count")
        return CliText::tr("count");
    case SortKey::Rate:
        //: monitor's sort order, shown in the footer ("s sort: rate")
        return CliText::tr("rate");
    case SortKey::Age:
        //: monitor's sort order, shown in the footer ("s sort: age")
        return CliText::tr("age");
    }
    return {};
}

/// The pause key's hint in the footer.
QString pauseHint(bool paused)
{
    //: monitor's footer: p is the key, keep it
    return paused ? CliText::tr("p resume") : CliText::tr("p pause");
}

} // namespace

std::optional<SortKey> sortKeyFromString(const QString &name)
{
    for (SortKey key : {SortKey::Topic, SortKey::Count, SortKey::Rate, SortKey::Age}) {
        if (name.compare(sortKeyName(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return std::nullopt;
}

QString sortKeyName(SortKey key)
{
    switch (key) {
    case SortKey::Topic:
        return QStringLiteral("topic");
    case SortKey::Count:
        return QStringLiteral("count");
    case SortKey::Rate:
        return QStringLiteral("rate");
    case SortKey::Age:
        return QStringLiteral("age");
    }
    return {};
}

MonitorView::MonitorView(ViewFormats formats, int format, SortKey sort)
    : m_formats(std::move(formats)), m_format(format), m_sort(sort)
{
}

MonitorView::Action MonitorView::handleInput(const QByteArray &bytes, const TopicTable &live,
                                             qint64 nowMs)
{
    const QByteArray data = m_pendingInput + bytes;
    m_pendingInput.clear();
    Action strongest = Action::None;
    const auto apply = [&](Key key, char character) {
        strongest = std::max(strongest, handleKey(key, character, live, nowMs));
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\x1b') {
            if (i + 1 >= data.size()) {
                apply(Key::Escape, 0); // a lone Esc: sequences come whole in one read
                break;
            }
            const char introducer = data[i + 1];
            if (introducer != '[' && introducer != 'O') {
                apply(Key::Escape, 0);
                continue;
            }
            qsizetype j = i + 2;
            while (j < data.size() && data[j] >= 0x30 && data[j] <= 0x3f)
                ++j;
            if (j >= data.size()) {
                m_pendingInput = data.mid(i); // the rest comes with the next read
                break;
            }
            const QByteArray parameter = data.mid(i + 2, j - i - 2);
            switch (data[j]) {
            case 'A':
                apply(Key::Up, 0);
                break;
            case 'B':
                apply(Key::Down, 0);
                break;
            case 'C':
                apply(Key::Right, 0);
                break;
            case 'D':
                apply(Key::Left, 0);
                break;
            case 'H':
                apply(Key::Home, 0);
                break;
            case 'F':
                apply(Key::End, 0);
                break;
            case '~':
                if (parameter == "1" || parameter == "7")
                    apply(Key::Home, 0);
                else if (parameter == "4" || parameter == "8")
                    apply(Key::End, 0);
                else if (parameter == "5")
                    apply(Key::PageUp, 0);
                else if (parameter == "6")
                    apply(Key::PageDown, 0);
                break;
            default:
                break; // function keys and the like: ignored
            }
            i = j;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
            apply(Key::Enter, 0);
        } else if (c == '\x7f' || c == '\b') {
            apply(Key::Backspace, 0);
        } else if (c == '\x0c') {
            apply(Key::Redraw, 0);
        } else if (c == '\x15') {
            apply(Key::KillLine, 0);
        } else if (c == '\x03' || c == '\x04') {
            apply(Key::Interrupt, 0);
        } else if (uchar(c) >= 0x20) {
            apply(Key::Character, c);
        }
    }
    return strongest;
}

MonitorView::Action MonitorView::handleKey(Key key, char character, const TopicTable &live,
                                           qint64 nowMs)
{
    if (key == Key::Interrupt)
        return Action::Quit;
    if (key == Key::Redraw)
        return Action::FullRedraw;
    if (m_editingFilter)
        return handleFilterKey(key, character);

    if (key == Key::Character) {
        switch (character) {
        case 'q':
        case 'Q':
            return Action::Quit;
        case 'p':
        case 'P':
        case ' ':
            togglePause(live, nowMs);
            return Action::Redraw;
        case 'f':
            m_format = (m_format + 1) % int(m_formats.cycle.size());
            return Action::Redraw;
        case 'F':
            m_format = (m_format + int(m_formats.cycle.size()) - 1) % int(m_formats.cycle.size());
            return Action::Redraw;
        default:
            break;
        }
    }

    if (m_detail) {
        switch (key) {
        case Key::Escape:
        case Key::Enter:
        case Key::Backspace:
        case Key::Left:
            m_detail = false;
            return Action::Redraw;
        case Key::Up:
            m_detailTop = std::max(0, m_detailTop - 1);
            return Action::Redraw;
        case Key::Down:
            ++m_detailTop; // clamped when drawn
            return Action::Redraw;
        case Key::PageUp:
            m_detailTop = std::max(0, m_detailTop - m_detailPage);
            return Action::Redraw;
        case Key::PageDown:
            m_detailTop += m_detailPage;
            return Action::Redraw;
        case Key::Home:
            m_detailTop = 0;
            return Action::Redraw;
        case Key::End:
            m_detailTop = std::numeric_limits<int>::max() / 2;
            return Action::Redraw;
        default:
            return Action::None;
        }
    }

    switch (key) {
    case Key::Character:
        switch (character) {
        case 's':
            m_sort = SortKey((int(m_sort) + 1) % 4);
            return Action::Redraw;
        case 'S':
        case 'r':
            m_reverse = !m_reverse;
            return Action::Redraw;
        case '/':
            m_editingFilter = true;
            m_filterBefore = m_filter;
            m_filterEdit = m_filter.toUtf8();
            return Action::Redraw;
        case 'c':
            m_snapshot.clear();
            m_snapshotTotal = 0;
            m_snapshotRate = 0;
            m_rows.clear();
            m_selected = 0;
            m_top = 0;
            m_selectedTopic.clear();
            return Action::Clear;
        case 'k':
            moveSelection(live, -1);
            return Action::Redraw;
        case 'j':
            moveSelection(live, 1);
            return Action::Redraw;
        case 'g':
            moveSelection(live, std::numeric_limits<qsizetype>::min() / 2);
            return Action::Redraw;
        case 'G':
            moveSelection(live, std::numeric_limits<qsizetype>::max() / 2);
            return Action::Redraw;
        default:
            return Action::None;
        }
    case Key::Up:
        moveSelection(live, -1);
        return Action::Redraw;
    case Key::Down:
        moveSelection(live, 1);
        return Action::Redraw;
    case Key::PageUp:
        moveSelection(live, -m_pageRows);
        return Action::Redraw;
    case Key::PageDown:
        moveSelection(live, m_pageRows);
        return Action::Redraw;
    case Key::Home:
        moveSelection(live, std::numeric_limits<qsizetype>::min() / 2);
        return Action::Redraw;
    case Key::End:
        moveSelection(live, std::numeric_limits<qsizetype>::max() / 2);
        return Action::Redraw;
    case Key::Enter:
    case Key::Right:
        if (!m_selectedTopic.isEmpty()) {
            m_detail = true;
            m_detailTopic = m_selectedTopic;
            m_detailTop = 0;
            return Action::Redraw;
        }
        return Action::None;
    case Key::Escape:
        if (!m_filter.isEmpty()) {
            m_filter.clear();
            return Action::Redraw;
        }
        return Action::None;
    default:
        return Action::None;
    }
}

MonitorView::Action MonitorView::handleFilterKey(Key key, char character)
{
    switch (key) {
    case Key::Character:
        m_filterEdit += character;
        break;
    case Key::Backspace:
        // One character, not one byte, of UTF-8.
        while (!m_filterEdit.isEmpty() && (uchar(m_filterEdit.back()) & 0xc0) == 0x80)
            m_filterEdit.chop(1);
        m_filterEdit.chop(1);
        break;
    case Key::KillLine:
        m_filterEdit.clear();
        break;
    case Key::Enter:
        m_editingFilter = false;
        break;
    case Key::Escape:
        m_editingFilter = false;
        m_filter = m_filterBefore;
        return Action::Redraw;
    default:
        return Action::None;
    }
    m_filter = QString::fromUtf8(m_filterEdit); // applied while typing
    return Action::Redraw;
}

void MonitorView::togglePause(const TopicTable &live, qint64 nowMs)
{
    m_paused = !m_paused;
    if (m_paused) {
        m_snapshot = live.entries();
        m_snapshotMs = nowMs;
        m_snapshotTotal = live.totalCount();
        m_snapshotRate = live.totalRate();
    } else {
        m_snapshot.clear();
        m_snapshot.shrink_to_fit();
    }
}

void MonitorView::moveSelection(const TopicTable &live, qsizetype delta)
{
    // m_rows are of the last frame; the entries they point at are still there (topics are
    // only appended, and a clear empties m_rows).
    const std::vector<TopicEntry> &entries = source(live);
    if (m_rows.empty())
        return;
    const qsizetype last = qsizetype(m_rows.size()) - 1;
    m_selected = std::clamp(m_selected + delta, qsizetype(0), last);
    const size_t index = size_t(m_rows[size_t(m_selected)]);
    m_selectedTopic = index < entries.size() ? entries[index].topic : QString();
}

const std::vector<TopicEntry> &MonitorView::source(const TopicTable &live) const
{
    return m_paused ? m_snapshot : live.entries();
}

bool MonitorView::matchesFilter(const QString &topic) const
{
    if (m_filter.isEmpty())
        return true;
    if ((m_filter.contains(QLatin1Char('+')) || m_filter.contains(QLatin1Char('#'))) &&
        mqtt::isValidTopicFilter(m_filter))
        return mqtt::topicMatches(m_filter, topic);
    return topic.contains(m_filter, Qt::CaseInsensitive);
}

void MonitorView::buildRows(const std::vector<TopicEntry> &entries, qint64)
{
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        if (matchesFilter(entries[i].topic))
            m_rows.push_back(qsizetype(i));
    }
    const auto byTopic = [&](qsizetype a, qsizetype b) {
        return entries[size_t(a)].topic < entries[size_t(b)].topic;
    };
    std::function<bool(qsizetype, qsizetype)> less;
    switch (m_sort) {
    case SortKey::Topic:
        less = byTopic;
        break;
    case SortKey::Count:
        less = [&](qsizetype a, qsizetype b) {
            const qint64 x = entries[size_t(a)].count, y = entries[size_t(b)].count;
            return x != y ? x > y : byTopic(a, b);
        };
        break;
    case SortKey::Rate:
        less = [&](qsizetype a, qsizetype b) {
            const double x = entries[size_t(a)].rate, y = entries[size_t(b)].rate;
            return x != y ? x > y : byTopic(a, b);
        };
        break;
    case SortKey::Age:
        less = [&](qsizetype a, qsizetype b) {
            const qint64 x = entries[size_t(a)].lastMs, y = entries[size_t(b)].lastMs;
            return x != y ? x > y : byTopic(a, b);
        };
        break;
    }
    if (m_reverse)
        std::sort(m_rows.begin(), m_rows.end(),
                  [&](qsizetype a, qsizetype b) { return less(b, a); });
    else
        std::sort(m_rows.begin(), m_rows.end(), less);
}

std::vector<std::string> MonitorView::render(const TopicTable &live, qint64 nowMs, QSize size,
                                             const ViewStatus &status)
{
    const std::vector<TopicEntry> &entries = source(live);
    const qint64 now = m_paused ? m_snapshotMs : nowMs;
    if (m_detail) {
        const auto found = std::find_if(entries.begin(), entries.end(), [&](const TopicEntry &e) {
            return e.topic == m_detailTopic;
        });
        if (found != entries.end())
            return renderDetail(*found, now, size);
        m_detail = false; // cleared meanwhile
    }
    return renderList(entries, now, size, status, m_paused ? m_snapshotTotal : live.totalCount(),
                      m_paused ? m_snapshotRate : live.totalRate());
}

const schema::PayloadCodec &MonitorView::codecFor(const TopicEntry &entry,
                                                  const QByteArray &payload) const
{
    return m_formats.codecs.resolve(*m_formats.cycle[size_t(m_format)], payload, {entry.topic, {}});
}

QString MonitorView::rowPayload(const TopicEntry &entry) const
{
    QString error;
    const QByteArray payload = entry.payload.size() > RowPayloadLimit
                                   ? entry.payload.left(RowPayloadLimit)
                                   : entry.payload;
    return codecFor(entry, payload).toText(payload, false, &error);
}

std::string MonitorView::footer(const ViewStatus &status) const
{
    if (m_editingFilter) {
        //: monitor's filter prompt; Enter and Esc are keys, keep them
        return (QLatin1Char(' ') + CliText::tr("filter (text, or an MQTT filter with + or #; "
                                               "Enter applies, Esc cancels): %1_")
                                       .arg(QString::fromUtf8(m_filterEdit)))
            .toStdString();
    }
    if (!status.message.isEmpty())
        return (QStringLiteral(" ! ") + status.message).toStdString();
    const QString format = m_formats.cycle[size_t(m_format)]->name();
    if (m_detail) {
        //: monitor's footer in the payload view: %1 is "p pause" or "p resume", %2 a payload
        //: format; Esc, q, f, PgUp and PgDn are keys, keep them
        return (QLatin1Char(' ') +
                CliText::tr("Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll")
                    .arg(pauseHint(m_paused), format))
            .toStdString();
    }
    const QString sort = m_reverse
                             //: monitor's footer: the sort order (topic, count, ...) reversed
                             ? CliText::tr("%1 (reversed)").arg(sortKeyTitle(m_sort))
                             : sortKeyTitle(m_sort);
    //: monitor's footer: %1 is "p pause" or "p resume", %2 the sort order, %3 a payload
    //: format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them
    return (QLatin1Char(' ') + CliText::tr("q quit  %1  s sort: %2  r reverse  / filter  "
                                           "f format: %3  c clear  Enter payload  "
                                           "arrows/PgUp/PgDn")
                                   .arg(pauseHint(m_paused), sort, format))
        .toStdString();
}

std::vector<std::string> MonitorView::renderList(const std::vector<TopicEntry> &entries,
                                                 qint64 nowMs, QSize size, const ViewStatus &status,
                                                 qint64 totalCount, double totalRate)
{
    const int width = size.width();
    const int height = size.height();
    std::vector<std::string> lines;
    lines.reserve(size_t(height));

    buildRows(entries, nowMs);
    // What changes first, the subscriptions (which can be long) last.
    QString header = QStringLiteral(" mqtt-workbench monitor  [%1]").arg(status.state);
    if (m_paused)
        //: monitor's header while p paused the view
        header += QStringLiteral("  ") + CliText::tr("PAUSED");
    //: monitor's header: the numbers of topics and messages, messages per second
    header += QStringLiteral("  ") + CliText::tr("topics %1  messages %2  %3 msg/s")
                                         .arg(m_rows.size())
                                         .arg(totalCount)
                                         .arg(formatRate(totalRate));
    if (!m_filter.isEmpty())
        //: monitor's header: the filter typed after /
        header += QStringLiteral("  ") + CliText::tr("filter '%1'").arg(m_filter);
    header += QStringLiteral("  %1  %2").arg(status.server, status.filters);
    lines.push_back(styledRow(Reverse, header, width));
    if (height < 3) {
        lines.resize(size_t(height));
        return lines;
    }

    // Columns: topic, count, rate, age, payload; the topic column as wide as the widest topic
    // shown, within reason.
    const auto heading = [&](SortKey key, const QString &name) {
        QString text = name;
        if (key == m_sort)
            text += m_reverse ? QStringLiteral(" ^") : QStringLiteral(" v");
        return text;
    };
    //: monitor's column heading: the topic names
    const QString topicHeading = heading(SortKey::Topic, CliText::tr("TOPIC"));
    const int fixed = CountWidth + RateWidth + AgeWidth + 4 * Gap;
    int widest = std::max(5, textWidth(topicHeading));
    for (qsizetype row : m_rows)
        widest = std::max(widest, int(entries[size_t(row)].topic.size()));
    const int topicWidth = std::max(5, std::min(widest, std::max(12, (width - fixed) * 2 / 5)));
    const int payloadWidth = std::max(0, width - 1 - topicWidth - fixed);

    std::string columnsRow = " ";
    appendFitted(columnsRow, topicHeading, topicWidth);
    columnsRow.append(Gap, ' ');
    //: monitor's column heading (kept short: at most 7 columns)
    appendRight(columnsRow, heading(SortKey::Count, CliText::tr("COUNT")), CountWidth);
    columnsRow.append(Gap, ' ');
    //: monitor's column heading: messages per second (kept short: at most 7 columns)
    appendRight(columnsRow, heading(SortKey::Rate, CliText::tr("MSG/S")), RateWidth);
    columnsRow.append(Gap, ' ');
    //: monitor's column heading: time since the last message (kept short: at most 5 columns)
    appendRight(columnsRow, heading(SortKey::Age, CliText::tr("AGE")), AgeWidth);
    columnsRow.append(Gap, ' ');
    //: monitor's column heading: %1 is the payload format
    appendFitted(columnsRow,
                 CliText::tr("PAYLOAD (%1)").arg(m_formats.cycle[size_t(m_format)]->name()),
                 payloadWidth);
    std::string fitted;
    appendFitted(fitted, QString::fromStdString(columnsRow), width);
    lines.push_back(styled(Bold, fitted));

    // The selection follows its topic as the order changes.
    const qsizetype count = qsizetype(m_rows.size());
    if (!m_selectedTopic.isEmpty()) {
        for (qsizetype i = 0; i < count; ++i) {
            if (entries[size_t(m_rows[size_t(i)])].topic == m_selectedTopic) {
                m_selected = i;
                break;
            }
        }
    }
    m_selected = count == 0 ? 0 : std::clamp(m_selected, qsizetype(0), count - 1);
    m_selectedTopic = count == 0 ? QString() : entries[size_t(m_rows[size_t(m_selected)])].topic;
    m_pageRows = std::max(1, height - 3);
    if (m_selected < m_top)
        m_top = m_selected;
    if (m_selected >= m_top + m_pageRows)
        m_top = m_selected - m_pageRows + 1;
    m_top = std::clamp(m_top, qsizetype(0), std::max(qsizetype(0), count - m_pageRows));

    for (int line = 0; line < m_pageRows; ++line) {
        const qsizetype row = m_top + line;
        if (row >= count) {
            if (row == 0 && line == 0)
                lines.push_back(styledRow(Normal,
                                          QLatin1Char(' ') +
                                              (m_filter.isEmpty()
                                                   ? CliText::tr("(no message yet)")
                                                   : CliText::tr("(no topic matches the filter)")),
                                          width));
            else
                lines.push_back(std::string(size_t(width), ' '));
            continue;
        }
        const TopicEntry &entry = entries[size_t(m_rows[size_t(row)])];
        std::string text = " ";
        appendFitted(text, entry.topic, topicWidth, Elide::Start);
        text.append(Gap, ' ');
        appendRight(text, formatCount(entry.count), CountWidth);
        text.append(Gap, ' ');
        appendRight(text, formatRate(entry.rate), RateWidth);
        text.append(Gap, ' ');
        appendRight(text, formatAge(nowMs - entry.lastMs), AgeWidth);
        text.append(Gap, ' ');
        appendFitted(text, rowPayload(entry), payloadWidth);
        std::string whole;
        appendFitted(whole, QString::fromStdString(text), width);
        lines.push_back(row == m_selected ? styled(Reverse, whole) : whole);
    }
    std::string bottom;
    appendFitted(bottom, QString::fromStdString(footer(status)), width - 1);
    lines.push_back(styled(Reverse, bottom));
    return lines;
}

QStringList MonitorView::detailLines(const TopicEntry &entry, int width)
{
    DetailCache &cache = m_detailCache;
    if (cache.topic == entry.topic && cache.version == entry.version && cache.format == m_format &&
        cache.width == width)
        return cache.lines;
    QString error;
    QString text = codecFor(entry, entry.payload).toText(entry.payload, true, &error);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QStringList lines;
    if (!error.isEmpty())
        lines << QStringLiteral("(%1)").arg(error);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString rest = line;
        rest.replace(QLatin1Char('\t'), QStringLiteral("    "));
        rest.remove(QLatin1Char('\r'));
        // Wrapped at the width, by columns.
        do {
            int used = 0;
            qsizetype cut = 0;
            while (cut < rest.size()) {
                const char32_t c = rest[cut].isHighSurrogate() && cut + 1 < rest.size()
                                       ? QChar::surrogateToUcs4(rest[cut], rest[cut + 1])
                                       : rest[cut].unicode();
                const int w = columns(c);
                if (used + w > width && cut > 0)
                    break;
                used += w;
                cut += c > 0xffff ? 2 : 1;
            }
            lines << rest.left(cut);
            rest = rest.mid(cut);
        } while (!rest.isEmpty());
    }
    cache = {entry.topic, entry.version, m_format, width, lines};
    return lines;
}

std::vector<std::string> MonitorView::renderDetail(const TopicEntry &entry, qint64 nowMs,
                                                   QSize size)
{
    const int width = size.width();
    const int height = size.height();
    std::vector<std::string> lines;
    lines.reserve(size_t(height));
    //: monitor's payload view header: %1 the topic, %2 the message count, %3 messages per
    //: second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)
    QString header =
        QLatin1Char(' ') + CliText::tr("%1  count %2  %3 msg/s  age %4  QoS %5")
                               .arg(entry.topic, formatCount(entry.count), formatRate(entry.rate),
                                    formatAge(nowMs - entry.lastMs), QString::number(entry.qos));
    if (entry.retained)
        //: monitor's payload view header: the last message was a retained one
        header += QStringLiteral("  ") + CliText::tr("retained");
    if (m_paused)
        header += QStringLiteral("  ") + CliText::tr("PAUSED");
    lines.push_back(styledRow(Reverse, header, width));
    if (height < 3) {
        lines.resize(size_t(height));
        return lines;
    }
    const QStringList body = detailLines(entry, std::max(1, width - 1));
    m_detailPage = std::max(1, height - 3);
    const int total = int(body.size());
    m_detailTop = std::clamp(m_detailTop, 0, std::max(0, total - m_detailPage));
    lines.push_back(
        styledRow(Bold,
                  //: monitor's payload view: %1 the size, %2 the payload format,
                  //: lines %3 to %4 of %5 are shown
                  QLatin1Char(' ') + CliText::tr("payload: %1 bytes as %2, lines %3-%4 of %5")
                                         .arg(entry.payload.size())
                                         .arg(m_formats.cycle[size_t(m_format)]->name())
                                         .arg(total == 0 ? 0 : m_detailTop + 1)
                                         .arg(std::min(total, m_detailTop + m_detailPage))
                                         .arg(total),
                  width));
    for (int line = 0; line < m_detailPage; ++line) {
        const int index = m_detailTop + line;
        std::string row = " ";
        appendFitted(row, index < total ? QStringView(body[index]) : QStringView(), width - 1);
        lines.push_back(row);
    }
    std::string bottom;
    appendFitted(bottom, QString::fromStdString(footer({})), width - 1);
    lines.push_back(styled(Reverse, bottom));
    return lines;
}

} // namespace cli::monitor
