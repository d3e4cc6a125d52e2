#include "historysearchdialog.h"

#include "datasize.h"
#include "messagedetailview.h"
#include "payloadpreview.h"
#include "timetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

enum Column
{
    TimeColumn,
    ConnectionColumn,
    TopicColumn,
    SizeColumn,
    PayloadColumn,
    ColumnCount
};

// The fields show whole seconds: what they hold is taken to the second shown.
QDateTime wholeSecondUtc(const QDateTimeEdit *edit)
{
    const QDateTime shown = edit->dateTime();
    return shown.addMSecs(-shown.time().msec()).toUTC();
}

} // namespace

HistorySearchDialog::HistorySearchDialog(MessageArchive *archive, QWidget *parent)
    : QDialog(parent), m_archive(archive), m_topic(new QLineEdit(this)),
      m_text(new QLineEdit(this)), m_connection(new QComboBox(this)), m_age(new QComboBox(this)),
      m_fromOn(new QCheckBox(this)), m_from(new QDateTimeEdit(this)), m_toOn(new QCheckBox(this)),
      m_to(new QDateTimeEdit(this)), m_searchButton(new QPushButton(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_detail(new MessageDetailView(this))
{
    setObjectName(QStringLiteral("historySearchDialog"));
    m_topic->setObjectName(QStringLiteral("historyTopicFilter"));
    m_topic->setClearButtonEnabled(true);
    m_topic->setPlaceholderText(QStringLiteral("a/+/c, a/#"));
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setClearButtonEnabled(true);
    m_connection->setObjectName(QStringLiteral("historyConnection"));
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_age->setObjectName(QStringLiteral("historyAge"));
    for (const qint64 seconds : {0LL, 3600LL, 24 * 3600LL, 7 * 24 * 3600LL, qint64(CustomSpan)})
        m_age->addItem(QString(), seconds);
    m_fromOn->setObjectName(QStringLiteral("historyFromOn"));
    m_toOn->setObjectName(QStringLiteral("historyToOn"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        // One unambiguous form in every language, to the second (as the result times).
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    // Choosing a time or ticking From/To makes the span a custom one; a quick choice fills in
    // the fields it stands for.
    connect(m_age, &QComboBox::currentIndexChanged, this, &HistorySearchDialog::applySpan);
    const auto toCustom = [this] {
        if (!m_applyingSpan)
            m_age->setCurrentIndex(m_age->findData(qint64(CustomSpan)));
        m_from->setEnabled(m_fromOn->isChecked());
        m_to->setEnabled(m_toOn->isChecked());
    };
    connect(m_fromOn, &QCheckBox::toggled, this, toCustom);
    connect(m_toOn, &QCheckBox::toggled, this, toCustom);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, toCustom);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, toCustom);
    m_searchButton->setObjectName(QStringLiteral("historySearchButton"));
    m_searchButton->setDefault(true);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyResults"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *topicLabel = new QLabel(this);
    auto *textLabel = new QLabel(this);
    auto *connectionLabel = new QLabel(this);
    auto *spanLabel = new QLabel(this);
    topicLabel->setBuddy(m_topic);
    textLabel->setBuddy(m_text);
    connectionLabel->setBuddy(m_connection);
    spanLabel->setBuddy(m_age);
    auto *fields = new QGridLayout;
    fields->addWidget(topicLabel, 0, 0);
    fields->addWidget(m_topic, 0, 1);
    fields->addWidget(textLabel, 0, 2);
    fields->addWidget(m_text, 0, 3);
    fields->addWidget(connectionLabel, 1, 0);
    fields->addWidget(m_connection, 1, 1);
    fields->addWidget(spanLabel, 1, 2);
    auto *ageRow = new QHBoxLayout;
    ageRow->addWidget(m_age);
    ageRow->addStretch();
    fields->addLayout(ageRow, 1, 3);
    fields->addWidget(m_fromOn, 2, 0);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from);
    fromRow->addStretch();
    fields->addLayout(fromRow, 2, 1);
    fields->addWidget(m_toOn, 2, 2);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_to);
    toRow->addStretch();
    toRow->addWidget(m_searchButton);
    fields->addLayout(toRow, 2, 3);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 240});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_texts([=, this] {
        setWindowTitle(tr("Search message history"));
        topicLabel->setText(tr("&Topic filter"));
        textLabel->setText(tr("Te&xt in payload"));
        connectionLabel->setText(tr("C&onnection"));
        m_searchButton->setText(tr("&Search"));
        m_age->setItemText(0, tr("Any time"));
        m_age->setItemText(1, tr("Last hour"));
        m_age->setItemText(2, tr("Last 24 hours"));
        m_age->setItemText(3, tr("Last 7 days"));
        m_age->setItemText(4, tr("Custom range"));
        spanLabel->setText(tr("&When"));
        m_fromOn->setText(tr("&From"));
        m_fromOn->setToolTip(tr("Only messages received at or after this time"));
        m_toOn->setText(tr("&Until"));
        m_toOn->setToolTip(tr("Only messages received at or before this time"));
        m_table->setHorizontalHeaderLabels(
            {tr("Time"), tr("Connection"), tr("Topic"), tr("Size"), tr("Payload")});
        if (m_connection->count() > 0)
            m_connection->setItemText(0, tr("All connections"));
        if (!m_archive || !m_archive->isOpen())
            m_status->setText(m_archive ? m_archive->errorString()
                                        : tr("The message history is off."));
        else if (m_searched)
            m_status->setText(
                m_results.size() >= ResultLimit
                    ? tr("Messages found: the newest %1 (more match).").arg(m_results.size())
                    : tr("Messages found: %1").arg(m_results.size()));
        else
            m_status->setText(tr("Received messages kept between runs (newest first)."));
    });

    connect(m_searchButton, &QPushButton::clicked, this, &HistorySearchDialog::search);
    connect(m_topic, &QLineEdit::returnPressed, this, &HistorySearchDialog::search);
    connect(m_text, &QLineEdit::returnPressed, this, &HistorySearchDialog::search);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showResult(row); });
    reloadConnections();

    // Room for the results and the detail, within the screen.
    QSize size(1000, 700);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(40, 80));
    resize(size);
}

HistorySearchDialog::~HistorySearchDialog() = default;

void HistorySearchDialog::setTopicFilter(const QString &filter)
{
    m_topic->setText(filter);
}

void HistorySearchDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void HistorySearchDialog::setConnection(const QString &connection)
{
    m_connection->setCurrentIndex(
        connection.isEmpty() ? 0 : std::max(0, m_connection->findData(connection)));
}

void HistorySearchDialog::setMaxAge(qint64 seconds)
{
    m_age->setCurrentIndex(std::max(0, m_age->findData(seconds)));
}

void HistorySearchDialog::setRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QScopedValueRollback applying(m_applyingSpan, true);
        m_age->setCurrentIndex(m_age->findData(qint64(CustomSpan)));
        if (from.isValid())
            m_from->setDateTime(from.toLocalTime());
        if (to.isValid())
            m_to->setDateTime(to.toLocalTime());
        m_fromOn->setChecked(from.isValid());
        m_toOn->setChecked(to.isValid());
    }
    m_from->setEnabled(from.isValid());
    m_to->setEnabled(to.isValid());
}

void HistorySearchDialog::applySpan()
{
    const qint64 age = m_age->currentData().toLongLong();
    if (age == CustomSpan)
        return;
    const QScopedValueRollback applying(m_applyingSpan, true);
    const QDateTime now = QDateTime::currentDateTime();
    if (age > 0)
        m_from->setDateTime(now.addSecs(-age));
    m_to->setDateTime(now);
    m_fromOn->setChecked(age > 0);
    m_toOn->setChecked(false);
    m_from->setEnabled(age > 0);
    m_to->setEnabled(false);
}

void HistorySearchDialog::reloadConnections()
{
    const QString current = m_connection->currentData().toString();
    m_connection->clear();
    m_connection->addItem(tr("All connections"), QString());
    if (m_archive && m_archive->isOpen()) {
        for (const QString &name : m_archive->connections())
            m_connection->addItem(name, name);
    }
    setConnection(current);
}

void HistorySearchDialog::search()
{
    m_table->setRowCount(0);
    m_results.clear();
    m_detail->clear();
    if (m_archive && m_archive->isOpen()) {
        ArchiveQuery query;
        query.connection = m_connection->currentData().toString();
        query.topicFilter = m_topic->text().trimmed();
        query.text = m_text->text();
        query.limit = ResultLimit;
        if (const qint64 age = m_age->currentData().toLongLong(); age != CustomSpan) {
            // A quick choice counts from now, whenever the dialog was opened.
            applySpan();
            if (age > 0)
                query.from = QDateTime::currentDateTimeUtc().addSecs(-age);
        } else {
            if (m_fromOn->isChecked())
                query.from = wholeSecondUtc(m_from);
            // The whole second shown is included.
            if (m_toOn->isChecked())
                query.to = wholeSecondUtc(m_to).addMSecs(999);
        }
        m_results = m_archive->search(query);
        m_searched = true;
    }
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const ArchivedMessage &found = m_results.at(row);
        const mqtt::Message &message = found.message;
        auto *time = new QTableWidgetItem(dateTimeText(message.receivedAt()));
        time->setToolTip(isoTimeText(message.receivedAt()));
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(row, ConnectionColumn, new QTableWidgetItem(found.connection));
        m_table->setItem(row, TopicColumn, new QTableWidgetItem(message.topic()));
        auto *size = new QTableWidgetItem(formatDataSize(message.payload().size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, PayloadColumn,
                         new QTableWidgetItem(payloadPreview(message.payload())));
    }
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(TopicColumn) > 300)
        m_table->setColumnWidth(TopicColumn, 300);
    m_texts.retranslate(); // the status line
}

void HistorySearchDialog::showResult(int row)
{
    if (row < 0 || row >= m_results.size()) {
        m_detail->clear();
        return;
    }
    // The older results of the same topic are its history (detail ▸ History and Chart).
    const ArchivedMessage &chosen = m_results.at(row);
    QList<mqtt::Message> history;
    for (qsizetype i = row + 1; i < m_results.size(); ++i) {
        const ArchivedMessage &older = m_results.at(i);
        if (older.connection == chosen.connection &&
            older.message.topic() == chosen.message.topic())
            history.append(older.message);
    }
    m_detail->setMessage(chosen.message, history);
}

void HistorySearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

} // namespace gui
