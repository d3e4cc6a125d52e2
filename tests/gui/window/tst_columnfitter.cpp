// ColumnFitter: in a narrow view the least important columns make way for the stretching one,
// then one column narrows; with room again they come back as they were given.
#include "columnfitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace gui;

namespace {

enum Column
{
    Topic,
    Value,
    Messages,
    Rate,
    Age,
    Count
};

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(1, Count);
        m_model->setHorizontalHeaderLabels({QStringLiteral("Topic"), QStringLiteral("Last value"),
                                            QStringLiteral("Messages"), QStringLiteral("Rate"),
                                            QStringLiteral("Age")});
        m_view = std::make_unique<QTreeView>();
        m_view->setModel(m_model.get());
        m_view->header()->setStretchLastSection(false);
        for (int column : {Topic, Messages, Rate, Age})
            m_view->setColumnWidth(column, 100);
        m_fitter = new ColumnFitter(m_view->header(), Value, {Age, Rate, Messages});
        m_fitter->setShrinkable(Topic, 60);
        m_view->resize(800, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void valueStretchesWhenThereIsRoom()
    {
        QCOMPARE(m_view->header()->sectionResizeMode(Value), QHeaderView::Stretch);
        for (int column = 0; column < Count; ++column)
            QVERIFY(!m_view->header()->isSectionHidden(column));
        QCOMPARE(m_view->columnWidth(Topic), 100);
        QVERIFY(m_view->columnWidth(Value) >= 300);
    }

    void leastImportantGoFirstThenTopicNarrows()
    {
        QHeaderView *header = m_view->header();
        const int valueMinimum =
            header->fontMetrics().horizontalAdvance(QStringLiteral("Last value"));
        // Room for topic, value and messages only: age and rate go, in that order.
        m_view->resize(100 + 100 + valueMinimum + 60 + m_view->width() - header->width(), 300);
        QTRY_VERIFY(header->isSectionHidden(Age));
        QVERIFY(header->isSectionHidden(Rate));
        QVERIFY(!header->isSectionHidden(Messages));
        QVERIFY(header->sectionSize(Value) >= valueMinimum);
        // Narrower still: messages go, then the topic gives up width down to its minimum.
        m_view->resize(150 + m_view->width() - header->width(), 300);
        QTRY_VERIFY(header->isSectionHidden(Messages));
        QCOMPARE(header->sectionSize(Topic), 60);
        // Wide again: everything back as it was given.
        m_view->resize(800, 300);
        QTRY_VERIFY(!header->isSectionHidden(Age));
        for (int column : {Topic, Messages, Rate, Age})
            QCOMPARE(header->sectionSize(column), 100);
    }

    void aColumnTheUserWidensTakesRoomFromTheOthers()
    {
        QHeaderView *header = m_view->header();
        header->resizeSection(Topic, 600);
        QVERIFY(header->isSectionHidden(Age));
        QCOMPARE(header->sectionSize(Topic), 600);
        QVERIFY(header->sectionViewportPosition(Value) + header->sectionSize(Value) <=
                header->viewport()->width());
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTreeView> m_view;
    ColumnFitter *m_fitter = nullptr;
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
