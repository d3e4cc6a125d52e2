#include "sysdashboard.h"

#include "datasize.h"

#include <mqttcore/client.h>

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

constexpr auto sysPrefix = "$SYS/broker/";

/// "$SYS/broker/clients/connected" -> {"clients", "connected"}; top-level values such as
/// "$SYS/broker/uptime" go to the "broker" group.
std::pair<QString, QString> split(const QString &topic)
{
    QString rest = topic.startsWith(QLatin1String(sysPrefix))
                       ? topic.mid(int(qstrlen(sysPrefix)))
                       : topic.mid(5); // other $SYS/... trees
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QStringLiteral("broker"), rest};
    return {rest.left(slash), rest.mid(slash + 1)};
}

QString groupTitle(const QString &group)
{
    static const std::pair<const char *, const char *> titles[] = {
        {"broker", QT_TRANSLATE_NOOP("gui::SysDashboard", "Broker")},
        {"clients", QT_TRANSLATE_NOOP("gui::SysDashboard", "Clients")},
        {"messages", QT_TRANSLATE_NOOP("gui::SysDashboard", "Messages")},
        {"publish", QT_TRANSLATE_NOOP("gui::SysDashboard", "Publish packets")},
        {"bytes", QT_TRANSLATE_NOOP("gui::SysDashboard", "Bytes")},
        {"load", QT_TRANSLATE_NOOP("gui::SysDashboard", "Load (per minute averages)")},
        {"retained messages", QT_TRANSLATE_NOOP("gui::SysDashboard", "Retained messages")},
        {"subscriptions", QT_TRANSLATE_NOOP("gui::SysDashboard", "Subscriptions")},
        {"store", QT_TRANSLATE_NOOP("gui::SysDashboard", "Message store")},
        {"heap", QT_TRANSLATE_NOOP("gui::SysDashboard", "Memory")},
    };
    for (const auto &[key, title] : titles) {
        if (group == QLatin1String(key))
            return QCoreApplication::translate("gui::SysDashboard", title);
    }
    return group;
}

/// Numbers get digit grouping; byte counters a readable size; the uptime a duration.
QString readable(const QString &topic, const QString &raw)
{
    bool ok = false;
    const qlonglong number = raw.toLongLong(&ok);
    const QLocale locale;
    if (topic.endsWith(QLatin1String("/uptime"))) {
        const qlonglong seconds = ok ? number : raw.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
        if (ok)
            return QCoreApplication::translate("gui::SysDashboard", "%1 d %2 h %3 min %4 s")
                .arg(seconds / 86400)
                .arg(seconds / 3600 % 24)
                .arg(seconds / 60 % 60)
                .arg(seconds % 60);
        return raw;
    }
    if (!ok)
        return raw;
    if (topic.contains(QLatin1String("/bytes/")) && !topic.contains(QLatin1String("/load/")))
        return QStringLiteral("%1 (%2)").arg(formatDataSize(number), locale.toString(number));
    return locale.toString(number);
}

} // namespace

SysDashboard::SysDashboard(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("sysDashboard"));
    m_status->setWordWrap(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 260);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    // $SYS topics arrive in bursts every few seconds; one repaint per burst.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SysDashboard::refresh);
    retranslateUi();
}

SysDashboard::~SysDashboard() = default;

void SysDashboard::setClient(mqtt::Client *client)
{
    if (client) {
        mqtt::ConnectOptions options = client->options();
        options.clientId.clear(); // a connection of our own, never taking over the user's
        options.cleanStart = true;
        options.sessionExpiry = 0;
        options.will.reset();
        options.inflightStorePath.clear();
        m_options = options;
    } else {
        m_options.reset();
    }
    reconnect();
}

void SysDashboard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reconnect();
}

QString SysDashboard::value(const QString &topic) const
{
    return m_values.value(topic);
}

void SysDashboard::reconnect()
{
    m_client.reset();
    m_values.clear();
    m_changed.clear();
    m_items.clear();
    m_groups.clear();
    m_tree->clear();
    retranslateUi();
    if (!m_active || !m_options)
        return;
    m_client = std::make_unique<mqtt::Client>();
    m_client->setOptions(*m_options);
    connect(m_client.get(), &mqtt::Client::messageReceived, this, &SysDashboard::receive);
    connect(m_client.get(), &mqtt::Client::stateChanged, this, &SysDashboard::retranslateUi);
    m_client->subscribe(QStringLiteral("$SYS/#"));
    m_client->connectToBroker();
}

void SysDashboard::receive(const mqtt::Message &message)
{
    // A bounded tree: a broker publishes a few dozen $SYS topics, never thousands.
    if (m_values.size() >= 2000 && !m_values.contains(message.topic()))
        return;
    const QString value = QString::fromUtf8(message.payload().left(200));
    m_values.insert(message.topic(), value);
    m_changed.insert(message.topic(), value);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QTreeWidgetItem *SysDashboard::groupItem(const QString &group)
{
    QTreeWidgetItem *&item = m_groups[group];
    if (!item) {
        item = new QTreeWidgetItem(m_tree, {groupTitle(group)});
        item->setData(0, Qt::UserRole, group);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        item->setFirstColumnSpanned(true);
    }
    return item;
}

void SysDashboard::refresh()
{
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        QTreeWidgetItem *&item = m_items[it.key()];
        if (!item) {
            const auto [group, name] = split(it.key());
            item = new QTreeWidgetItem(groupItem(group), {name});
            item->setToolTip(0, it.key());
        }
        item->setText(1, readable(it.key(), it.value()));
    }
    m_changed.clear();
    retranslateUi();
}

void SysDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SysDashboard::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Value"), tr("Current")});
    for (QTreeWidgetItem *group : std::as_const(m_groups))
        group->setText(0, groupTitle(group->data(0, Qt::UserRole).toString()));
    if (!m_options)
        m_status->setText(tr("Open a connection to see the status its broker publishes."));
    else if (!m_client)
        m_status->setText(tr("Not watching."));
    else if (m_client->state() != mqtt::Client::State::Connected)
        m_status->setText(
            tr("Connecting to %1…").arg(m_options->url().toString(QUrl::RemovePassword)));
    else if (m_values.isEmpty())
        m_status->setText(tr("Connected to %1; waiting for $SYS topics (the broker may not publish "
                             "any, or publish them only every few seconds).")
                              .arg(m_options->url().toString(QUrl::RemovePassword)));
    else
        m_status->setText(tr("%n $SYS topics from %1", nullptr, int(m_values.size()))
                              .arg(m_options->url().toString(QUrl::RemovePassword)));
}

} // namespace gui
