#include "valuechart.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gui {

ValueChart::ValueChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(120);
}

void ValueChart::setPoints(QList<QPointF> points, const QString &title)
{
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_points = std::move(points);
    m_title = title;
    update();
}

void ValueChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm(font());
    if (m_points.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No numeric values on this topic yet"));
        return;
    }
    double minY = m_points.front().y();
    double maxY = minY;
    for (const QPointF &pt : m_points) {
        minY = qMin(minY, pt.y());
        maxY = qMax(maxY, pt.y());
    }
    if (qFuzzyCompare(minY, maxY)) {
        minY -= 1;
        maxY += 1;
    }
    const double minX = m_points.front().x();
    const double maxX = qMax(m_points.back().x(), minX + 1);

    const QString maxLabel = QString::number(maxY, 'g', 6);
    const QString minLabel = QString::number(minY, 'g', 6);
    const int left = 8 + qMax(fm.horizontalAdvance(maxLabel), fm.horizontalAdvance(minLabel));
    const QRectF plot(left + 6, fm.height() + 8, width() - left - 16,
                      height() - 2 * fm.height() - 16);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, 2, width(), fm.height()), Qt::AlignHCenter,
               tr("%1 (%n values)", nullptr, int(m_points.size())).arg(m_title));
    p.drawText(QRectF(0, plot.top() - fm.height() / 2, left, fm.height()), Qt::AlignRight,
               maxLabel);
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2, left, fm.height()), Qt::AlignRight,
               minLabel);
    const QString timeFormat =
        maxX - minX < 10'000 ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss");
    const QString from = QDateTime::fromMSecsSinceEpoch(qint64(minX)).toString(timeFormat);
    const QString to = QDateTime::fromMSecsSinceEpoch(qint64(maxX)).toString(timeFormat);
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignLeft,
               from);
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignRight,
               to);

    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(50);
    p.setPen(grid);
    p.drawRect(plot);

    auto map = [&](const QPointF &pt) {
        return QPointF(plot.left() + (pt.x() - minX) / (maxX - minX) * plot.width(),
                       plot.bottom() - (pt.y() - minY) / (maxY - minY) * plot.height());
    };
    QPainterPath path(map(m_points.front()));
    for (const QPointF &pt : m_points)
        path.lineTo(map(pt));
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawPath(path);
    p.setBrush(pal.color(QPalette::Highlight));
    if (m_points.size() <= 200) {
        for (const QPointF &pt : m_points)
            p.drawEllipse(map(pt), 2.5, 2.5);
    }
}

} // namespace gui
