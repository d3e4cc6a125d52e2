#include "bridgedialog.h"

#include "filefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

enum TopicColumn
{
    PatternColumn,
    DirectionColumn,
    QosColumn,
    LocalPrefixColumn,
    RemotePrefixColumn,
    TopicColumnCount
};

const broker::BridgeTopic::Direction Directions[] = {broker::BridgeTopic::Direction::Out,
                                                     broker::BridgeTopic::Direction::In,
                                                     broker::BridgeTopic::Direction::Both};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

BridgeDialog::BridgeDialog(const broker::BridgeSettings &bridge, const QStringList &takenNames,
                           QWidget *parent)
    : QDialog(parent), m_original(bridge), m_takenNames(takenNames), m_name(new QLineEdit(this)),
      m_addresses(new QPlainTextEdit(this)), m_clientId(new QLineEdit(this)),
      m_userName(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_version(new QComboBox(this)), m_caFile(new QLineEdit(this)),
      m_certFile(new QLineEdit(this)), m_keyFile(new QLineEdit(this)),
      m_insecure(new QCheckBox(tr("Do not check the host name"), this)),
      m_cleanStart(new QCheckBox(tr("New upstream session on every connect"), this)),
      m_keepAlive(new QSpinBox(this)), m_localUser(new QLineEdit(this)),
      m_topics(new QTableWidget(0, TopicColumnCount, this)),
      m_addTopic(new QPushButton(tr("Add topic"), this)),
      m_removeTopic(new QPushButton(tr("Remove topic"), this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bridgeDialog"));
    setWindowTitle(bridge.name.isEmpty() ? tr("New bridge") : tr("Bridge %1").arg(bridge.name));
    m_name->setObjectName(QStringLiteral("bridgeName"));
    m_addresses->setObjectName(QStringLiteral("bridgeAddresses"));
    m_clientId->setObjectName(QStringLiteral("bridgeClientId"));
    m_userName->setObjectName(QStringLiteral("bridgeUserName"));
    m_password->setObjectName(QStringLiteral("bridgePassword"));
    m_version->setObjectName(QStringLiteral("bridgeProtocol"));
    m_caFile->setObjectName(QStringLiteral("bridgeCaFile"));
    m_certFile->setObjectName(QStringLiteral("bridgeCertFile"));
    m_keyFile->setObjectName(QStringLiteral("bridgeKeyFile"));
    m_insecure->setObjectName(QStringLiteral("bridgeInsecure"));
    m_cleanStart->setObjectName(QStringLiteral("bridgeCleanStart"));
    m_keepAlive->setObjectName(QStringLiteral("bridgeKeepAlive"));
    m_localUser->setObjectName(QStringLiteral("bridgeLocalUser"));
    m_topics->setObjectName(QStringLiteral("bridgeTopics"));
    m_addTopic->setObjectName(QStringLiteral("bridgeAddTopic"));
    m_removeTopic->setObjectName(QStringLiteral("bridgeRemoveTopic"));
    m_problems->setObjectName(QStringLiteral("bridgeProblems"));

    m_name->setPlaceholderText(tr("Shown in the bridge list and in $SYS topics"));
    m_addresses->setPlaceholderText(
        tr("mqtt://broker.example.com:1883\nmqtts://backup.example.com"));
    m_addresses->setToolTip(tr("One URL per line (mqtt://, mqtts://, ws://, wss://), tried in "
                               "order; after a lost connection the first is tried again"));
    m_addresses->setTabChangesFocus(true);
    m_addresses->setFixedHeight(m_addresses->fontMetrics().lineSpacing() * 3 +
                                2 * m_addresses->frameWidth() + 8);
    m_clientId->setPlaceholderText(tr("Automatic"));
    m_password->setEchoMode(QLineEdit::Password);
    m_version->addItem(tr("MQTT 5"));
    m_version->addItem(tr("MQTT 3.1.1"));
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_localUser->setPlaceholderText(tr("Anonymous access rules"));
    m_localUser->setToolTip(tr("The local user whose access rules apply to what the bridge "
                               "brings in and takes out"));
    m_insecure->setToolTip(tr("The upstream's certificate chain is still checked"));

    auto *upstream = new QGroupBox(tr("Upstream broker"), this);
    auto *upstreamForm = new QFormLayout(upstream);
    upstreamForm->addRow(tr("Name:"), m_name);
    upstreamForm->addRow(tr("Addresses:"), m_addresses);
    upstreamForm->addRow(tr("Protocol:"), m_version);
    upstreamForm->addRow(tr("Client ID:"), m_clientId);
    upstreamForm->addRow(tr("Keep-alive:"), m_keepAlive);
    upstreamForm->addRow(QString(), m_cleanStart);

    auto *security = new QGroupBox(tr("Login and TLS"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("User name:"), m_userName);
    securityForm->addRow(tr("Password:"), m_password);
    securityForm->addRow(tr("CA file:"), fileField(this, m_caFile, tr("CA certificate")));
    securityForm->addRow(tr("Client certificate:"),
                         fileField(this, m_certFile, tr("Client certificate")));
    securityForm->addRow(tr("Private key:"), fileField(this, m_keyFile, tr("Private key")));
    securityForm->addRow(QString(), m_insecure);
    securityForm->addRow(tr("Local user:"), m_localUser);

    auto *topicsBox = new QGroupBox(tr("Topics"), this);
    m_topics->setHorizontalHeaderLabels(
        {tr("Pattern"), tr("Direction"), tr("QoS"), tr("Local prefix"), tr("Remote prefix")});
    m_topics->verticalHeader()->hide();
    m_topics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topics->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_topics->horizontalHeader()->setSectionResizeMode(LocalPrefixColumn, QHeaderView::Stretch);
    m_topics->horizontalHeader()->setSectionResizeMode(RemotePrefixColumn, QHeaderView::Stretch);
    m_topics->horizontalHeader()->setSectionResizeMode(DirectionColumn,
                                                       QHeaderView::ResizeToContents);
    m_topics->horizontalHeader()->setSectionResizeMode(QosColumn, QHeaderView::ResizeToContents);
    m_topics->setToolTip(tr("The pattern is a topic filter, matched after removing the prefix "
                            "on each side"));
    auto *topicButtons = new QHBoxLayout;
    topicButtons->addWidget(m_addTopic);
    topicButtons->addWidget(m_removeTopic);
    topicButtons->addStretch();
    auto *topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->addWidget(m_topics, 1);
    topicsLayout->addLayout(topicButtons);

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d03030"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columns = new QHBoxLayout;
    columns->addWidget(upstream, 1);
    columns->addWidget(security, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(topicsBox, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addTopic, &QPushButton::clicked, this, [this] {
        broker::BridgeTopic topic;
        topic.pattern = QStringLiteral("#");
        addTopic(topic);
        m_topics->setCurrentCell(m_topics->rowCount() - 1, PatternColumn);
        m_topics->editItem(m_topics->item(m_topics->rowCount() - 1, PatternColumn));
    });
    connect(m_removeTopic, &QPushButton::clicked, this, [this] {
        if (m_topics->currentRow() >= 0)
            m_topics->removeRow(m_topics->currentRow());
        validate();
    });
    connect(m_topics, &QTableWidget::itemChanged, this, &BridgeDialog::validate);
    for (QLineEdit *edit :
         {m_name, m_clientId, m_userName, m_password, m_caFile, m_certFile, m_keyFile, m_localUser})
        connect(edit, &QLineEdit::textChanged, this, &BridgeDialog::validate);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, &BridgeDialog::validate);

    load(bridge);
    resize(std::max(sizeHint().width(), 760), std::max(sizeHint().height(), 600));
}

BridgeDialog::~BridgeDialog() = default;

void BridgeDialog::load(const broker::BridgeSettings &bridge)
{
    m_name->setText(bridge.name);
    m_addresses->setPlainText(bridge.addresses.join(QLatin1Char('\n')));
    m_clientId->setText(bridge.clientId);
    m_userName->setText(bridge.userName.value_or(QString()));
    m_password->setText(QString::fromUtf8(bridge.password.value_or(QByteArray())));
    m_version->setCurrentIndex(bridge.protocolVersion == mqtt::ProtocolVersion::V3_1_1 ? 1 : 0);
    m_caFile->setText(bridge.caFile);
    m_certFile->setText(bridge.certFile);
    m_keyFile->setText(bridge.keyFile);
    m_insecure->setChecked(bridge.insecure);
    m_cleanStart->setChecked(bridge.cleanStart);
    m_keepAlive->setValue(bridge.keepAlive);
    m_localUser->setText(bridge.localUsername.value_or(QString()));
    m_topics->setRowCount(0);
    for (const broker::BridgeTopic &topic : bridge.topics)
        addTopic(topic);
    validate();
}

void BridgeDialog::addTopic(const broker::BridgeTopic &topic)
{
    const QSignalBlocker blocker(m_topics);
    const int row = m_topics->rowCount();
    m_topics->insertRow(row);
    m_topics->setItem(row, PatternColumn, new QTableWidgetItem(topic.pattern));
    m_topics->setItem(row, LocalPrefixColumn, new QTableWidgetItem(topic.localPrefix));
    m_topics->setItem(row, RemotePrefixColumn, new QTableWidgetItem(topic.remotePrefix));

    auto *direction = new QComboBox(m_topics);
    direction->addItem(tr("out"));
    direction->setItemData(0, tr("Local messages go to the upstream broker"), Qt::ToolTipRole);
    direction->addItem(tr("in"));
    direction->setItemData(1, tr("Upstream messages come to the local broker"), Qt::ToolTipRole);
    direction->addItem(tr("both"));
    direction->setItemData(2, tr("Both ways (never echoed back)"), Qt::ToolTipRole);
    direction->setCurrentIndex(
        int(std::find(std::begin(Directions), std::end(Directions), topic.direction) -
            std::begin(Directions)));
    direction->setFrame(false);
    m_topics->setCellWidget(row, DirectionColumn, direction);

    auto *qos = new QComboBox(m_topics);
    qos->addItems({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    qos->setCurrentIndex(int(topic.qos));
    qos->setFrame(false);
    m_topics->setCellWidget(row, QosColumn, qos);

    for (QComboBox *box : {direction, qos})
        connect(box, &QComboBox::currentIndexChanged, this, &BridgeDialog::validate);
    validate();
}

broker::BridgeSettings BridgeDialog::bridge() const
{
    broker::BridgeSettings bridge = m_original;
    bridge.name = m_name->text().trimmed();
    bridge.addresses.clear();
    for (const QString &line : m_addresses->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (const QString address = line.trimmed(); !address.isEmpty())
            bridge.addresses.append(address);
    }
    bridge.clientId = m_clientId->text().trimmed();
    bridge.userName = optionalText(m_userName);
    bridge.password = m_password->text().isEmpty()
                          ? std::nullopt
                          : std::optional<QByteArray>(m_password->text().toUtf8());
    bridge.protocolVersion =
        m_version->currentIndex() == 1 ? mqtt::ProtocolVersion::V3_1_1 : mqtt::ProtocolVersion::V5;
    bridge.caFile = m_caFile->text().trimmed();
    bridge.certFile = m_certFile->text().trimmed();
    bridge.keyFile = m_keyFile->text().trimmed();
    bridge.insecure = m_insecure->isChecked();
    bridge.cleanStart = m_cleanStart->isChecked();
    bridge.keepAlive = quint16(m_keepAlive->value());
    bridge.localUsername = optionalText(m_localUser);
    bridge.topics.clear();
    for (int row = 0; row < m_topics->rowCount(); ++row) {
        broker::BridgeTopic topic;
        topic.pattern = cellText(m_topics, row, PatternColumn);
        if (topic.pattern.isEmpty())
            continue;
        const auto *direction =
            qobject_cast<const QComboBox *>(m_topics->cellWidget(row, DirectionColumn));
        const auto *qos = qobject_cast<const QComboBox *>(m_topics->cellWidget(row, QosColumn));
        topic.direction = Directions[direction ? std::clamp(direction->currentIndex(), 0, 2) : 0];
        topic.qos = mqtt::QoS(qos ? std::clamp(qos->currentIndex(), 0, 2) : 0);
        topic.localPrefix = cellText(m_topics, row, LocalPrefixColumn);
        topic.remotePrefix = cellText(m_topics, row, RemotePrefixColumn);
        bridge.topics.append(topic);
    }
    return bridge;
}

QStringList BridgeDialog::problems() const
{
    const broker::BridgeSettings edited = bridge();
    QStringList problems = broker::validateBridgeSettings(edited);
    if (m_takenNames.contains(edited.name))
        problems.prepend(tr("Another bridge is already called %1.").arg(edited.name));
    return problems;
}

void BridgeDialog::validate()
{
    const QStringList found = problems();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
    m_removeTopic->setEnabled(m_topics->rowCount() > 0);
    if (found.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    m_problems->setText(tr("This bridge cannot be used yet:") + QStringLiteral("\n• ") +
                        found.join(QStringLiteral("\n• ")));
    m_problems->show();
}

} // namespace gui
