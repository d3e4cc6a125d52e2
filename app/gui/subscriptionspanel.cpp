#include "subscriptionspanel.h"

#include "errortext.h"

#include <mqttcore/topic.h>

#include <QActionGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gui {

namespace {

enum Column
{
    FilterColumn,
    QosColumn,
    StateColumn,
};

// Distinct hues that read on light and dark backgrounds.
const QRgb Palette[] = {0xFF3D8BD9, 0xFF2EA043, 0xFFD9822B, 0xFFB05CC8, 0xFFD94A4A,
                        0xFF1FA3A3, 0xFFC9A227, 0xFF7A7FD9, 0xFFD9609F, 0xFF6B9E3A};

} // namespace

SubscriptionsPanel::SubscriptionsPanel(mqtt::Client *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_table(new QTableWidget(0, 3, this)),
      m_filterEdit(new QLineEdit(this)), m_qosBox(new QComboBox(this)),
      m_noLocal(new QAction(this)), m_retainAsPublished(new QAction(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(FilterColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QosColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // While the connection is down no subscription is in effect, whatever the last SUBACK said.
    connect(m_client, &mqtt::Client::stateChanged, this, [this] {
        for (int row = 0; row < m_entries.size(); ++row)
            updateRow(row);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { chooseColour(row); });

    m_filterEdit->setObjectName(QStringLiteral("subscriptionFilter"));
    m_qosBox->addItems({QString(), QString(), QString()});
    // MQTT 5 subscription options live in a menu: rarely changed, and the panel stays narrow.
    auto *optionsMenu = new QMenu(this);
    m_noLocal->setCheckable(true);
    m_retainAsPublished->setCheckable(true);
    optionsMenu->addAction(m_noLocal);
    optionsMenu->addAction(m_retainAsPublished);
    QAction *section = optionsMenu->addSection(QString());
    auto *handling = new QActionGroup(this);
    for (int i = 0; i < 3; ++i) {
        QAction *action = optionsMenu->addAction(QString());
        action->setCheckable(true);
        handling->addAction(action);
        m_retainHandling.append(action);
    }
    m_retainHandling.first()->setChecked(true);
    auto *optionsButton = new QToolButton(this);
    optionsButton->setMenu(optionsMenu);
    optionsButton->setPopupMode(QToolButton::InstantPopup);

    auto *subscribeButton = new QPushButton(this);
    subscribeButton->setObjectName(QStringLiteral("subscribeButton"));
    auto *removeAction = new QAction(this);
    m_texts([=, this] {
        m_table->setHorizontalHeaderLabels({tr("Filter"), tr("QoS"), tr("State")});
        m_table->setToolTip(tr("Double-click a subscription to change its colour; right-click or "
                               "Delete to unsubscribe"));
        m_filterEdit->setPlaceholderText(tr("Topic filter, e.g. sensors/+/temperature"));
        m_qosBox->setItemText(0, tr("QoS 0"));
        m_qosBox->setItemText(1, tr("QoS 1"));
        m_qosBox->setItemText(2, tr("QoS 2"));
        m_noLocal->setText(tr("No local: do not receive own messages"));
        m_retainAsPublished->setText(tr("Retain as published: keep the publisher's retain flag"));
        section->setText(tr("Retained messages on subscribe"));
        m_retainHandling[0]->setText(tr("Send them"));
        m_retainHandling[1]->setText(tr("Send them only for a new subscription"));
        m_retainHandling[2]->setText(tr("Do not send them"));
        optionsButton->setText(tr("Options"));
        optionsButton->setToolTip(tr("MQTT 5 subscription options"));
        subscribeButton->setText(tr("Subscribe"));
        removeAction->setText(tr("Unsubscribe"));
    });
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(subscribeButton, &QPushButton::clicked, this, &SubscriptionsPanel::addFromForm);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &SubscriptionsPanel::addFromForm);
    connect(removeAction, &QAction::triggered, this, &SubscriptionsPanel::removeSelected);

    auto *form = new QHBoxLayout;
    form->addWidget(m_qosBox);
    form->addWidget(optionsButton);
    form->addStretch();
    form->addWidget(subscribeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addLayout(form);
    layout->addWidget(m_table);
}

void SubscriptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        for (int row = 0; row < m_table->rowCount(); ++row)
            updateRow(row);
    }
    QWidget::changeEvent(event);
}

QColor SubscriptionsPanel::nextColour() const
{
    return QColor::fromRgba(Palette[m_entries.size() % std::size(Palette)]);
}

void SubscriptionsPanel::addFromForm()
{
    const QString filter = m_filterEdit->text().trimmed();
    if (filter.isEmpty())
        return;
    if (!mqtt::isValidTopicFilter(filter)) {
        m_filterEdit->setToolTip(tr("Not a valid topic filter: '#' must be last and alone in its "
                                    "level, '+' alone in its level"));
        m_filterEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d03030; }"));
        return;
    }
    m_filterEdit->setStyleSheet({});
    m_filterEdit->setToolTip({});
    SavedSubscription s;
    s.filter = filter;
    s.options.maximumQoS = mqtt::QoS(m_qosBox->currentIndex());
    s.options.noLocal = m_noLocal->isChecked();
    s.options.retainAsPublished = m_retainAsPublished->isChecked();
    for (int i = 0; i < m_retainHandling.size(); ++i) {
        if (m_retainHandling[i]->isChecked())
            s.options.retainHandling = mqtt::RetainHandling(i);
    }
    addSubscription(s);
    m_filterEdit->clear();
}

void SubscriptionsPanel::addSubscription(SavedSubscription subscription)
{
    if (!subscription.colour.isValid())
        subscription.colour = nextColour();
    Entry entry;
    entry.saved = subscription;
    const std::optional<mqtt::SharedFilter> shared = mqtt::parseSharedFilter(subscription.filter);
    entry.matchFilter = shared ? shared->filter : subscription.filter;
    entry.subscription = m_client->subscribe(subscription.filter, subscription.options);
    m_entries.append(entry);

    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column : {FilterColumn, QosColumn, StateColumn})
        m_table->setItem(row, column, new QTableWidgetItem);
    updateRow(row);
    if (entry.subscription) {
        connect(entry.subscription, &mqtt::Subscription::stateChanged, this,
                [this, sub = entry.subscription] {
                    for (int i = 0; i < m_entries.size(); ++i) {
                        if (m_entries[i].subscription == sub)
                            updateRow(i);
                    }
                });
    }
    emit subscriptionsChanged();
}

void SubscriptionsPanel::updateRow(int row)
{
    const Entry &entry = m_entries.at(row);
    QTableWidgetItem *filterItem = m_table->item(row, FilterColumn);
    filterItem->setText(entry.saved.filter);
    filterItem->setData(Qt::DecorationRole, entry.saved.colour);
    m_table->item(row, QosColumn)->setText(QString::number(int(entry.saved.options.maximumQoS)));
    m_table->item(row, StateColumn)->setText(stateText(entry.saved.filter));
}

QString SubscriptionsPanel::stateText(const QString &filter) const
{
    for (const Entry &entry : m_entries) {
        if (entry.saved.filter != filter)
            continue;
        if (!entry.subscription)
            return tr("Removed");
        switch (entry.subscription->state()) {
        case mqtt::Subscription::State::Pending:
            return tr("Pending");
        case mqtt::Subscription::State::Subscribed:
            if (m_client->state() != mqtt::Client::State::Connected)
                return tr("Waiting for the connection");
            return tr("Subscribed (QoS %1)").arg(int(entry.subscription->grantedQoS()));
        case mqtt::Subscription::State::Failed:
            return tr("Refused: %1").arg(describeReason(entry.subscription->reasonCode()));
        case mqtt::Subscription::State::Unsubscribed:
            return tr("Unsubscribed");
        }
    }
    return {};
}

void SubscriptionsPanel::removeSubscription(const QString &filter)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[row].saved.filter != filter)
            continue;
        if (m_entries[row].subscription)
            m_entries[row].subscription->unsubscribe();
        m_entries.removeAt(row);
        m_table->removeRow(row);
    }
    emit subscriptionsChanged();
}

void SubscriptionsPanel::removeSelected()
{
    QStringList filters;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        filters.append(m_entries.at(index.row()).saved.filter);
    for (const QString &filter : filters)
        removeSubscription(filter);
}

void SubscriptionsPanel::chooseColour(int row)
{
    const QColor colour =
        QColorDialog::getColor(m_entries.at(row).saved.colour, this,
                               tr("Colour for %1").arg(m_entries.at(row).saved.filter));
    if (!colour.isValid())
        return;
    m_entries[row].saved.colour = colour;
    updateRow(row);
    emit subscriptionsChanged();
}

QList<SavedSubscription> SubscriptionsPanel::subscriptions() const
{
    QList<SavedSubscription> result;
    for (const Entry &entry : m_entries)
        result.append(entry.saved);
    return result;
}

QRgb SubscriptionsPanel::colourForTopic(const QString &topic) const
{
    for (const Entry &entry : m_entries) {
        if (mqtt::topicMatches(entry.matchFilter, topic))
            return entry.saved.colour.rgba();
    }
    return 0;
}

} // namespace gui
