#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QHeaderView;

namespace gui {

/// Keeps a view's stretching column readable in a narrow window. While that column would be
/// narrower than its header (and a few characters of value), the least important of the other
/// columns are hidden, then one column may give up some of its width; both come back as soon
/// as there is room again. Squeezing every column instead, or scrolling sideways, leaves headers
/// like "Last ·" and a value nobody sees.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    /// Fits the columns of `header` to its width from now on. `stretchColumn` is the column that
    /// takes the room left over (the fitter makes it stretch); `droppable` are the columns that may
    /// be hidden, least important first. The fitter is a child of `header`.
    ColumnFitter(QHeaderView *header, int stretchColumn, QList<int> droppable);

    /// A fitter for a table of messages (a MessageTableModel): the payload keeps its room, the
    /// retain, QoS and size columns go first, then the topic narrows.
    static ColumnFitter *forMessageTable(QHeaderView *header);

    /// Lets `column` narrow down to `minimumWidth` once every droppable column is hidden. It
    /// goes back to the width it was given (by the program or the user) when there is room.
    void setShrinkable(int column, int minimumWidth);

    /// Fits the columns to the header's present width (done on every resize by itself).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int stretchMinimumWidth() const;

    QHeaderView *m_header;
    int m_stretchColumn;
    QList<int> m_droppable;
    /// The widths the droppable columns were last given, by the program or the user.
    QHash<int, int> m_widths;
    int m_shrinkable = -1;
    int m_shrinkableMinimum = 0;
    int m_shrinkablePreferred = 0;
    bool m_fitting = false;
};

} // namespace gui
