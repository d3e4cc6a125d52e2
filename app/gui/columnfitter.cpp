#include "columnfitter.h"

#include "messagetablemodel.h"

#include <QEvent>
#include <QHeaderView>

namespace gui {

ColumnFitter::ColumnFitter(QHeaderView *header, int stretchColumn, QList<int> droppable)
    : QObject(header), m_header(header), m_stretchColumn(stretchColumn),
      m_droppable(std::move(droppable))
{
    m_header->installEventFilter(this);
    // The stretching column may come with a model set later (a proxy without its source).
    const auto stretch = [this] {
        if (m_header->count() > m_stretchColumn)
            m_header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
    };
    stretch();
    // Queued: the header is still laying out the new sections when it says so.
    connect(
        m_header, &QHeaderView::sectionCountChanged, this,
        [this, stretch] {
            stretch();
            fit();
        },
        Qt::QueuedConnection);
    // A column the user (or a language with longer headers) widens takes room from the others.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (m_fitting || section == m_stretchColumn || size == 0)
            return;
        if (section == m_shrinkable)
            m_shrinkablePreferred = size;
        else if (m_droppable.contains(section))
            m_widths.insert(section, size);
        fit();
    });
}

ColumnFitter *ColumnFitter::forMessageTable(QHeaderView *header)
{
    auto *fitter = new ColumnFitter(header, MessageTableModel::PayloadColumn,
                                    {MessageTableModel::RetainColumn, MessageTableModel::QosColumn,
                                     MessageTableModel::SizeColumn});
    fitter->setShrinkable(MessageTableModel::TopicColumn,
                          header->fontMetrics().horizontalAdvance(u'x') * 10);
    return fitter;
}

void ColumnFitter::setShrinkable(int column, int minimumWidth)
{
    m_shrinkable = column;
    m_shrinkableMinimum = minimumWidth;
    m_shrinkablePreferred = m_header->sectionSize(column);
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        fit();
    return QObject::eventFilter(watched, event);
}

int ColumnFitter::stretchMinimumWidth() const
{
    const QFontMetrics metrics = m_header->fontMetrics();
    const QString title = m_header->model()->headerData(m_stretchColumn, Qt::Horizontal).toString();
    // The header's sort arrow and margins come on top of its title.
    return qMax(metrics.horizontalAdvance(title) + 32, metrics.horizontalAdvance(u'x') * 12);
}

void ColumnFitter::fit()
{
    // A header out of sight has no width to fit to yet.
    if (m_fitting || !m_header->isVisible() || !m_header->model() ||
        m_header->count() <= m_stretchColumn)
        return;
    m_fitting = true;
    // Shown again first, with the widths they were given (a hidden section has none).
    for (int column : m_droppable) {
        m_header->showSection(column);
        if (const int width = m_widths.value(column); width > 0)
            m_header->resizeSection(column, width);
    }
    if (m_shrinkable >= 0)
        m_header->resizeSection(m_shrinkable, m_shrinkablePreferred);
    int needed = stretchMinimumWidth();
    for (int column = 0; column < m_header->count(); ++column) {
        if (column != m_stretchColumn && !m_header->isSectionHidden(column))
            needed += m_header->sectionSize(column);
    }
    const int available = m_header->width();
    for (int column : m_droppable) {
        if (needed <= available)
            break;
        needed -= m_header->sectionSize(column);
        m_header->hideSection(column);
    }
    if (m_shrinkable >= 0 && needed > available)
        m_header->resizeSection(
            m_shrinkable, qMax(m_shrinkableMinimum, m_shrinkablePreferred - (needed - available)));
    m_fitting = false;
}

} // namespace gui
