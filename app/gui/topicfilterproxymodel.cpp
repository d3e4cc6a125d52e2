#include "topicfilterproxymodel.h"

#include "topictreemodel.h"

namespace gui {

namespace {

// "sensor2" < "sensor10": digit runs compare by value, the rest case-insensitively. (QCollator's
// numeric mode depends on ICU and the locale, which the C locale lacks.)
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            QStringView numberA = a.sliced(startA, i - startA);
            QStringView numberB = b.sliced(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == u'0')
                numberA = numberA.sliced(1);
            while (numberB.size() > 1 && numberB.front() == u'0')
                numberB = numberB.sliced(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int c = numberA.compare(numberB); c != 0)
                return c;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : a.compare(b);
}

} // namespace

TopicFilterProxyModel::TopicFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TopicTreeModel::SortRole);
}

void TopicFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tree = qobject_cast<TopicTreeModel *>(sourceModel);
    if (m_tree)
        m_tree->setFilter(m_expression);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TopicFilterProxyModel::setFilterExpression(const QString &expression)
{
    m_expression = FilterExpression(expression);
    if (m_tree)
        m_tree->setFilter(m_expression);
    invalidateRowsFilter();
}

bool TopicFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_tree || m_tree->acceptsRow(sourceRow, sourceParent);
}

bool TopicFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return naturalCompare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace gui
