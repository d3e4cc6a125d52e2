#include "payloadtemplate.h"

#include "schematext.h"

#include <QList>
#include <QRandomGenerator>
#include <QUuid>

#include <limits>

namespace schema {

namespace {

constexpr QStringView Open = u"{{";
constexpr QStringView Close = u"}}";
constexpr QStringView Escape = u"{{{{";

/// "column 7", or "line 2, column 3" past the first line.
QString location(QStringView text, qsizetype at)
{
    const QStringView before = text.first(at);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = at - lineStart + 1;
    return line == 1 ? SchemaText::tr("column %1").arg(column)
                     : SchemaText::tr("line %1, column %2").arg(line).arg(column);
}

/// A bound of {{random:MIN:MAX}}: its digits without the point, and how many follow the point.
struct Bound
{
    QString digits; ///< sign and digits, the decimal point left out
    int decimals = 0;
};

std::optional<Bound> parseBound(QStringView text)
{
    Bound bound;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        bound.digits += text[i++];
    bool point = false;
    int digits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !point) {
            point = true;
        } else if (c.isDigit() && c.unicode() < 128) {
            bound.digits += c;
            ++digits;
            bound.decimals += point ? 1 : 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    return bound;
}

/// The bound scaled to `decimals` decimals (20.5 at 2: 2050) in *value; false when out of range.
bool scaled(const Bound &bound, int decimals, qint64 *value)
{
    bool ok = false;
    *value = (bound.digits + QString(decimals - bound.decimals, u'0')).toLongLong(&ok, 10);
    return ok;
}

QString decimalText(qint64 value, int decimals)
{
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    quint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString text = value < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / unit);
    text += u'.';
    text += QStringLiteral("%1").arg(magnitude % unit, decimals, 10, QChar(u'0'));
    return text;
}

qint64 randomBetween(qint64 min, qint64 max)
{
    const quint64 span = quint64(max) - quint64(min);
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 offset = span == std::numeric_limits<quint64>::max() ? random->generate64()
                                                                       : random->bounded(span + 1);
    return qint64(quint64(min) + offset);
}

} // namespace

std::optional<PayloadTemplate> PayloadTemplate::parse(QStringView text, QString *error)
{
    PayloadTemplate result;
    result.m_text = text.toString();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto addLiteral = [&](qsizetype from, qsizetype size) {
        if (size > 0) {
            result.m_parts.push_back({Kind::Literal, from, size});
            result.m_literalSize += size;
        }
    };
    qsizetype done = 0;
    while (done < text.size()) {
        const qsizetype open = text.indexOf(Open, done);
        if (open < 0)
            break;
        addLiteral(done, open - done);
        if (text.sliced(open).startsWith(Escape)) {
            addLiteral(open, Open.size());
            done = open + Escape.size();
            continue;
        }
        const qsizetype close = text.indexOf(Close, open + Open.size());
        if (close < 0)
            return fail(SchemaText::tr("%1: \"{{\" is not closed by \"}}\" (write {{{{ for a "
                                       "literal \"{{\")")
                            .arg(location(text, open)));
        const QStringView written = text.sliced(open, close + Close.size() - open);
        const QList<QStringView> fields =
            text.sliced(open + Open.size(), close - open - Open.size()).split(u':');
        const QStringView name = fields.first().trimmed();
        const qsizetype arguments = fields.size() - 1;
        const auto argument = [&](qsizetype i) { return fields.at(i + 1).trimmed(); };
        const QString where = location(text, open);
        Part part;
        if (name == u"counter") {
            part.kind = Kind::Counter;
            part.first = 1;
            part.second = 1;
            bool ok = arguments <= 2;
            if (ok && arguments >= 1)
                part.first = argument(0).toLongLong(&ok);
            if (ok && arguments == 2)
                part.second = argument(1).toLongLong(&ok);
            if (!ok)
                return fail(SchemaText::tr("%1: %2: write {{counter}}, {{counter:START}} or "
                                           "{{counter:START:STEP}} with integers")
                                .arg(where, written));
        } else if (name == u"random") {
            const std::optional<Bound> min =
                arguments == 2 ? parseBound(argument(0)) : std::nullopt;
            const std::optional<Bound> max =
                arguments == 2 ? parseBound(argument(1)) : std::nullopt;
            const int decimals = min && max ? qMax(min->decimals, max->decimals) : 0;
            qint64 low = 0;
            qint64 high = 0;
            if (!min || !max || !scaled(*min, decimals, &low) || !scaled(*max, decimals, &high))
                return fail(SchemaText::tr("%1: %2: write {{random:MIN:MAX}} with numbers MIN "
                                           "and MAX")
                                .arg(where, written));
            if (low > high)
                return fail(SchemaText::tr("%1: %2: MIN is greater than MAX").arg(where, written));
            part.kind = decimals > 0 ? Kind::RandomDecimal : Kind::RandomInteger;
            part.first = low;
            part.second = high;
            part.decimals = decimals;
        } else {
            if (name == u"time")
                part.kind = Kind::Time;
            else if (name == u"timestamp")
                part.kind = Kind::Timestamp;
            else if (name == u"timestamp_ms")
                part.kind = Kind::TimestampMs;
            else if (name == u"uuid")
                part.kind = Kind::Uuid;
            else
                return fail(SchemaText::tr("%1: unknown placeholder %2 (known: counter, time, "
                                           "timestamp, timestamp_ms, random, uuid)")
                                .arg(where, written));
            if (arguments > 0)
                return fail(SchemaText::tr("%1: %2 takes no arguments").arg(where, written));
        }
        result.m_parts.push_back(part);
        result.m_hasPlaceholder = true;
        done = close + Close.size();
    }
    addLiteral(done, text.size() - done);
    if (error)
        error->clear();
    return result;
}

QDateTime PayloadTemplate::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString PayloadTemplate::expand()
{
    QString out;
    out.reserve(m_literalSize + 24 * qsizetype(m_parts.size()));
    const QStringView text = m_text;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal:
            out += text.sliced(part.from, part.size);
            break;
        case Kind::Counter:
            out += QString::number(
                qint64(quint64(part.first) + quint64(m_expansions) * quint64(part.second)));
            break;
        case Kind::Time:
            out += now().toUTC().toString(Qt::ISODateWithMs);
            break;
        case Kind::Timestamp:
            out += QString::number(now().toSecsSinceEpoch());
            break;
        case Kind::TimestampMs:
            out += QString::number(now().toMSecsSinceEpoch());
            break;
        case Kind::RandomInteger:
            out += QString::number(randomBetween(part.first, part.second));
            break;
        case Kind::RandomDecimal:
            out += decimalText(randomBetween(part.first, part.second), part.decimals);
            break;
        case Kind::Uuid:
            out += QUuid::createUuid().toString(QUuid::WithoutBraces);
            break;
        }
    }
    ++m_expansions;
    return out;
}

} // namespace schema
