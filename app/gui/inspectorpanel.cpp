#include "inspectorpanel.h"

#include "columnfitter.h"
#include "inspectorfiltermodel.h"
#include "inspectormodel.h"

#include <mqttcore/packetformat.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gui {

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent), m_filter(new InspectorFilterModel(this)), m_textFilter(new QLineEdit(this)),
      m_typeFilter(new QComboBox(this)), m_directionFilter(new QComboBox(this)),
      m_hidePings(new QCheckBox(this)), m_autoScroll(new QToolButton(this)),
      m_clear(new QToolButton(this)), m_dropped(new QLabel(this)), m_view(new QTableView(this)),
      m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("inspectorPanel"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(m_textFilter->fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                                  24);
    m_typeFilter->addItem({});
    for (int type = int(mqtt::PacketType::Connect); type <= int(mqtt::PacketType::Auth); ++type)
        m_typeFilter->addItem(QString::fromLatin1(mqtt::packetTypeName(mqtt::PacketType(type))),
                              type);
    m_directionFilter->addItem({});
    m_directionFilter->addItem({}, int(mqtt::Client::Direction::Incoming));
    m_directionFilter->addItem({}, int(mqtt::Client::Direction::Outgoing));
    m_autoScroll->setCheckable(true);
    m_autoScroll->setChecked(true);

    // Two rows, so that the panel stays narrow enough to sit beside a connection.
    auto *filters = new QVBoxLayout;
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_textFilter, 1);
    filterRow->addWidget(m_typeFilter);
    filterRow->addWidget(m_directionFilter);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(m_hidePings);
    optionRow->addWidget(m_autoScroll);
    optionRow->addWidget(m_clear);
    optionRow->addWidget(m_dropped, 1);
    filters->addLayout(filterRow);
    filters->addLayout(optionRow);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // In a narrow panel the summary says more than the details beside it.
    new ColumnFitter(m_view->horizontalHeader(), InspectorModel::SummaryColumn,
                     {InspectorModel::PropertiesColumn, InspectorModel::PayloadSizeColumn,
                      InspectorModel::FlagsColumn, InspectorModel::PacketIdColumn});

    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_textFilter, &QLineEdit::textChanged, this, &InspectorPanel::applyFilters);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &InspectorPanel::applyFilters);
    connect(m_directionFilter, &QComboBox::currentIndexChanged, this,
            &InspectorPanel::applyFilters);
    connect(m_hidePings, &QCheckBox::toggled, this, &InspectorPanel::applyFilters);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorPanel::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_autoScroll->isChecked())
            m_view->scrollToBottom();
    });
    retranslateUi();
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setModel(InspectorModel *model)
{
    disconnect(m_modelConnection);
    m_model = model;
    m_filter->setSourceModel(model);
    // The columns come with the model.
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {14, 9, 13, 12, 10, 22, 12};
    for (int column = 0; model && column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column] * digit);
    if (model)
        m_modelConnection = connect(model, &InspectorModel::droppedCountChanged, this,
                                    &InspectorPanel::updateDropped);
    m_detail->clear();
    retranslateUi();
}

QString InspectorPanel::detailText() const
{
    return m_detail->toPlainText();
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectorPanel::retranslateUi()
{
    m_textFilter->setPlaceholderText(tr("Filter packets (topic, client ID, …)"));
    m_typeFilter->setItemText(0, tr("All types"));
    m_directionFilter->setItemText(0, tr("Both directions"));
    m_directionFilter->setItemText(1, tr("Received"));
    m_directionFilter->setItemText(2, tr("Sent"));
    m_hidePings->setText(tr("Hide pings"));
    m_autoScroll->setText(tr("Follow"));
    m_autoScroll->setToolTip(tr("Keep the newest packet in view"));
    m_clear->setText(tr("Clear"));
    if (m_model)
        m_model->retranslate();
    // Wide enough for the (translated) header texts.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column)
        m_view->setColumnWidth(
            column, std::max(m_view->columnWidth(column), header->sectionSizeHint(column)));
    updateDropped();
    showSelected();
}

void InspectorPanel::applyFilters()
{
    const QVariant type = m_typeFilter->currentData();
    m_filter->setPacketType(type.isValid() ? std::optional(mqtt::PacketType(type.toInt()))
                                           : std::nullopt);
    const QVariant direction = m_directionFilter->currentData();
    m_filter->setDirection(direction.isValid() ? std::optional(direction.toInt()) : std::nullopt);
    m_filter->setHidePings(m_hidePings->isChecked());
    m_filter->setText(m_textFilter->text());
}

void InspectorPanel::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!m_model || !current.isValid()) {
        m_detail->clear();
        return;
    }
    const InspectorRecord &record = m_model->record(current.row());
    m_detail->setPlainText(mqtt::dumpPacket(record.packet) + QLatin1Char('\n') +
                           tr("Raw bytes (%n bytes):", nullptr, int(record.raw.size())) +
                           QLatin1Char('\n') + InspectorModel::hexDump(record.raw));
}

void InspectorPanel::updateDropped()
{
    const quint64 dropped = m_model ? m_model->droppedCount() : 0;
    m_dropped->setVisible(dropped > 0);
    m_dropped->setText(
        tr("%n oldest packets dropped", nullptr, int(std::min<quint64>(dropped, INT_MAX))));
}

} // namespace gui
