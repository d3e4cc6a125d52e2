#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

namespace gui {

/// A line chart of numeric values over time, drawn with QPainter (no Qt Charts): time on the
/// x axis, value on the y axis, axes labelled with the range.
class ValueChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueChart)

public:
    explicit ValueChart(QWidget *parent = nullptr);

    /// Points as (milliseconds since the epoch, value), any order.
    void setPoints(QList<QPointF> points, const QString &title);
    int pointCount() const { return int(m_points.size()); }

    QSize sizeHint() const override { return {400, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
    QString m_title;
};

} // namespace gui
