#include "profiledialog.h"

#include "filefield.h"

#include <mqttcore/topic.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

const mqtt::TransportKind Transports[] = {mqtt::TransportKind::Tcp, mqtt::TransportKind::Tls,
                                          mqtt::TransportKind::WebSocket,
                                          mqtt::TransportKind::SecureWebSocket};
const mqtt::ProtocolVersion Versions[] = {mqtt::ProtocolVersion::V5, mqtt::ProtocolVersion::V3_1_1,
                                          mqtt::ProtocolVersion::V3_1};

QSpinBox *spinBox(QWidget *parent, int min, int max, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

// "name: value" lines <-> pairs.
QList<QPair<QString, QString>> parsePairs(const QString &text)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            pairs.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return pairs;
}

} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, bool passwordsInKeychain,
                             QWidget *parent)
    : QDialog(parent), m_original(profile), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_transport(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(spinBox(this, 0, 65535)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_savePassword(new QCheckBox(this)), m_version(new QComboBox(this)),
      m_error(new QLabel(this)), m_advancedToggle(new QCheckBox(tr("Advanced settings"), this)),
      m_advanced(new QTabWidget(this)), m_caFile(new QLineEdit(this)),
      m_certFile(new QLineEdit(this)), m_keyFile(new QLineEdit(this)),
      m_verifyPeer(new QCheckBox(tr("Verify the broker's certificate"), this)),
      m_insecure(new QCheckBox(tr("Do not check the host name in the certificate"), this)),
      m_clientId(new QLineEdit(this)), m_cleanStart(new QCheckBox(tr("Clean start"), this)),
      m_sessionExpiry(spinBox(this, 0, std::numeric_limits<int>::max(), tr(" s"))),
      m_keepAlive(spinBox(this, 0, 65535, tr(" s"))), m_receiveMaximum(spinBox(this, 1, 65535)),
      m_maximumPacketSize(spinBox(this, 0, std::numeric_limits<int>::max(), tr(" bytes"))),
      m_topicAliasMaximum(spinBox(this, 0, 65535)),
      m_requestResponseInfo(new QCheckBox(tr("Request response information"), this)),
      m_connectUserProperties(new QPlainTextEdit(this)),
      m_willGroup(new QGroupBox(tr("Send a last will"), this)), m_willTopic(new QLineEdit(this)),
      m_willPayload(new QPlainTextEdit(this)), m_willQos(new QComboBox(this)),
      m_willRetain(new QCheckBox(tr("Retain"), this)),
      m_willDelay(spinBox(this, 0, std::numeric_limits<int>::max(), tr(" s"))),
      m_wsPath(new QLineEdit(this)), m_wsHeaders(new QPlainTextEdit(this)),
      m_reconnect(new QCheckBox(tr("Reconnect automatically"), this)),
      m_reconnectInitial(spinBox(this, 100, 3'600'000, tr(" ms"))),
      m_reconnectMax(spinBox(this, 100, 3'600'000, tr(" ms"))),
      m_reconnectRetries(spinBox(this, -1, 1'000'000)),
      m_subscribeDefault(new QCheckBox(tr("Subscribe on connect to"), this)),
      m_defaultFilter(new QLineEdit(this))
{
    setWindowTitle(profile.id.isEmpty() ? tr("New connection") : tr("Edit connection"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_host->setObjectName(QStringLiteral("profileHost"));
    m_port->setObjectName(QStringLiteral("profilePort"));
    m_url->setPlaceholderText(tr("mqtt://broker.example.com:1883"));
    m_url->setToolTip(tr("{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]"));
    for (mqtt::TransportKind kind : Transports)
        m_transport->addItem(QString::fromLatin1(mqtt::transportScheme(kind)) +
                             QStringLiteral("://"));
    m_port->setSpecialValueText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword->setText(passwordsInKeychain
                                ? tr("Remember the password (in the system keychain)")
                                : tr("Store the password in the profile file (unencrypted)"));
    m_version->addItems({tr("MQTT 5.0"), tr("MQTT 3.1.1"), tr("MQTT 3.1")});
    m_error->setStyleSheet(QStringLiteral("color: #d03030"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_transport);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port"), this));
    hostRow->addWidget(m_port);
    auto *basic = new QFormLayout;
    basic->addRow(tr("Name"), m_name);
    basic->addRow(tr("URL"), m_url);
    basic->addRow(tr("Host"), hostRow);
    basic->addRow(tr("User name"), m_user);
    basic->addRow(tr("Password"), m_password);
    basic->addRow(QString(), m_savePassword);
    basic->addRow(tr("Protocol"), m_version);

    // The URL and the host fields edit the same thing; keep them in step.
    connect(m_url, &QLineEdit::editingFinished, this, &ProfileDialog::applyUrl);
    for (QLineEdit *edit : {m_host, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileDialog::updateUrl);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateUrl);

    // TLS
    auto *tlsPage = new QWidget(this);
    auto *tls = new QFormLayout(tlsPage);
    tls->addRow(tr("CA certificates"), fileField(this, m_caFile, tr("CA certificate file")));
    tls->addRow(tr("Client certificate"), fileField(this, m_certFile, tr("Client certificate")));
    tls->addRow(tr("Client key"), fileField(this, m_keyFile, tr("Client private key")));
    tls->addRow(m_verifyPeer);
    tls->addRow(m_insecure);
    m_advanced->addTab(tlsPage, tr("TLS"));

    // Session / MQTT 5
    auto *sessionPage = new QWidget(this);
    auto *session = new QFormLayout(sessionPage);
    m_clientId->setPlaceholderText(tr("generated"));
    m_connectUserProperties->setPlaceholderText(tr("name: value, one per line"));
    m_connectUserProperties->setMaximumHeight(60);
    m_reconnectRetries->setSpecialValueText(tr("unlimited"));
    session->addRow(tr("Client ID"), m_clientId);
    session->addRow(m_cleanStart);
    session->addRow(tr("Session expiry"), m_sessionExpiry);
    session->addRow(tr("Keep alive"), m_keepAlive);
    session->addRow(tr("Receive maximum"), m_receiveMaximum);
    session->addRow(tr("Maximum packet size (0 = no limit)"), m_maximumPacketSize);
    session->addRow(tr("Topic alias maximum"), m_topicAliasMaximum);
    session->addRow(m_requestResponseInfo);
    session->addRow(tr("User properties"), m_connectUserProperties);
    m_advanced->addTab(sessionPage, tr("Session"));

    // Will
    m_willGroup->setCheckable(true);
    m_willQos->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});
    m_willPayload->setMaximumHeight(60);
    auto *will = new QFormLayout(m_willGroup);
    will->addRow(tr("Topic"), m_willTopic);
    will->addRow(tr("Payload"), m_willPayload);
    will->addRow(tr("QoS"), m_willQos);
    will->addRow(m_willRetain);
    will->addRow(tr("Delay (MQTT 5)"), m_willDelay);
    m_advanced->addTab(m_willGroup, tr("Will"));

    // WebSocket
    auto *wsPage = new QWidget(this);
    auto *ws = new QFormLayout(wsPage);
    m_wsHeaders->setPlaceholderText(tr("Header: value, one per line"));
    ws->addRow(tr("Path"), m_wsPath);
    ws->addRow(tr("HTTP headers"), m_wsHeaders);
    m_advanced->addTab(wsPage, tr("WebSocket"));

    // Reconnect and subscriptions
    auto *behaviourPage = new QWidget(this);
    auto *behaviour = new QFormLayout(behaviourPage);
    behaviour->addRow(m_reconnect);
    behaviour->addRow(tr("First delay"), m_reconnectInitial);
    behaviour->addRow(tr("Longest delay"), m_reconnectMax);
    behaviour->addRow(tr("Attempts"), m_reconnectRetries);
    auto *subscribeRow = new QHBoxLayout;
    subscribeRow->addWidget(m_subscribeDefault);
    subscribeRow->addWidget(m_defaultFilter, 1);
    behaviour->addRow(subscribeRow);
    m_advanced->addTab(behaviourPage, tr("Reconnect && subscribe"));

    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        fitToScreen();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_connectRequested = m_offerConnect;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(basic);
    contentLayout->addWidget(m_advancedToggle);
    contentLayout->addWidget(m_advanced);
    contentLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("profileScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    load(profile);
    fitToScreen();
}

void ProfileDialog::offerConnect()
{
    m_offerConnect = true;
    QPushButton *saveOnly = m_buttons->addButton(tr("Save only"), QDialogButtonBox::ActionRole);
    saveOnly->setObjectName(QStringLiteral("saveOnlyButton"));
    connect(saveOnly, &QPushButton::clicked, this, [this] {
        m_connectRequested = false;
        accept();
    });
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
}

void ProfileDialog::fitToScreen()
{
    const QScreen *screen = this->screen();
    const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const int available = area.height();
    // Room for the window frame, the buttons, the error line and the margins.
    const int chrome = 60 + m_buttons->sizeHint().height() +
                       (m_error->isVisibleTo(this) ? m_error->sizeHint().height() : 0) +
                       layout()->contentsMargins().top() + layout()->contentsMargins().bottom() +
                       2 * layout()->spacing();
    // The advanced tabs were just shown or hidden: measure the content as it is now.
    m_content->layout()->invalidate();
    m_content->layout()->activate();
    const QSize content = m_content->sizeHint();
    m_scroll->setMinimumWidth(content.width() + m_scroll->verticalScrollBar()->sizeHint().width());
    m_scroll->setMinimumHeight(qMax(100, qMin(content.height(), available - chrome)));
    // Not adjustSize(): it keeps a window within 2/3 of the screen, narrower than the settings.
    layout()->activate();
    const QSize wanted = sizeHint();
    resize(std::max(std::min(wanted.width(), area.width()), minimumSizeHint().width()),
           std::min(wanted.height(), available - 30));
    m_scroll->setMinimumHeight(qMin(m_scroll->minimumHeight(), 200)); // the user may shrink it
}

void ProfileDialog::load(const ConnectionProfile &p)
{
    const mqtt::ConnectOptions &o = p.options;
    m_name->setText(p.name);
    m_transport->setCurrentIndex(
        int(std::find(std::begin(Transports), std::end(Transports), o.transport) -
            std::begin(Transports)));
    m_host->setText(o.host);
    m_port->setValue(o.port);
    m_user->setText(o.userName.value_or(QString()));
    m_password->setText(o.password ? QString::fromUtf8(*o.password) : QString());
    m_savePassword->setChecked(p.savePassword);
    m_version->setCurrentIndex(
        int(std::find(std::begin(Versions), std::end(Versions), o.protocolVersion) -
            std::begin(Versions)));
    m_caFile->setText(o.tls.caFile);
    m_certFile->setText(o.tls.certFile);
    m_keyFile->setText(o.tls.keyFile);
    m_verifyPeer->setChecked(o.tls.verifyPeer);
    m_insecure->setChecked(o.tls.insecure);
    m_clientId->setText(o.clientId);
    m_cleanStart->setChecked(o.cleanStart);
    m_sessionExpiry->setValue(int(qMin<quint32>(o.sessionExpiry, std::numeric_limits<int>::max())));
    m_keepAlive->setValue(o.keepAlive);
    m_receiveMaximum->setValue(o.receiveMaximum);
    m_maximumPacketSize->setValue(
        int(qMin<quint32>(o.maximumPacketSize, std::numeric_limits<int>::max())));
    m_topicAliasMaximum->setValue(o.topicAliasMaximum);
    m_requestResponseInfo->setChecked(o.requestResponseInformation);
    QStringList userLines;
    for (const mqtt::UserProperty &u : o.connectProperties.userProperties)
        userLines.append(u.name + QStringLiteral(": ") + u.value);
    m_connectUserProperties->setPlainText(userLines.join(u'\n'));
    m_willGroup->setChecked(o.will.has_value());
    if (o.will) {
        m_willTopic->setText(o.will->topic);
        m_willPayload->setPlainText(QString::fromUtf8(o.will->payload));
        m_willQos->setCurrentIndex(int(o.will->qos));
        m_willRetain->setChecked(o.will->retain);
        m_willDelay->setValue(int(o.will->properties.willDelayInterval.value_or(0)));
    }
    m_wsPath->setText(o.webSocket.path);
    QStringList headerLines;
    for (const auto &[name, value] : o.webSocket.extraHeaders)
        headerLines.append(QString::fromUtf8(name) + QStringLiteral(": ") +
                           QString::fromUtf8(value));
    m_wsHeaders->setPlainText(headerLines.join(u'\n'));
    m_reconnect->setChecked(o.reconnect.enabled);
    m_reconnectInitial->setValue(o.reconnect.initialDelayMs);
    m_reconnectMax->setValue(o.reconnect.maxDelayMs);
    m_reconnectRetries->setValue(o.reconnect.maxRetries);
    m_subscribeDefault->setChecked(p.subscribeDefault);
    m_defaultFilter->setText(p.defaultFilter);
    updateUrl();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_original;
    mqtt::ConnectOptions &o = p.options;
    p.name = m_name->text().trimmed();
    o.transport = Transports[qMax(0, m_transport->currentIndex())];
    o.host = m_host->text().trimmed();
    o.port = quint16(m_port->value());
    o.userName = m_user->text().isEmpty() ? std::nullopt : std::optional<QString>(m_user->text());
    o.password = m_password->text().isEmpty()
                     ? std::nullopt
                     : std::optional<QByteArray>(m_password->text().toUtf8());
    p.savePassword = m_savePassword->isChecked();
    o.protocolVersion = Versions[qMax(0, m_version->currentIndex())];
    o.tls.caFile = m_caFile->text().trimmed();
    o.tls.certFile = m_certFile->text().trimmed();
    o.tls.keyFile = m_keyFile->text().trimmed();
    o.tls.verifyPeer = m_verifyPeer->isChecked();
    o.tls.insecure = m_insecure->isChecked();
    o.clientId = m_clientId->text().trimmed();
    o.cleanStart = m_cleanStart->isChecked();
    o.sessionExpiry = quint32(m_sessionExpiry->value());
    o.keepAlive = quint16(m_keepAlive->value());
    o.receiveMaximum = quint16(m_receiveMaximum->value());
    o.maximumPacketSize = quint32(m_maximumPacketSize->value());
    o.topicAliasMaximum = quint16(m_topicAliasMaximum->value());
    o.requestResponseInformation = m_requestResponseInfo->isChecked();
    o.connectProperties.userProperties.clear();
    for (const auto &[name, value] : parsePairs(m_connectUserProperties->toPlainText()))
        o.connectProperties.userProperties.append({name, value});
    if (m_willGroup->isChecked()) {
        mqtt::Will will;
        will.topic = m_willTopic->text().trimmed();
        will.payload = m_willPayload->toPlainText().toUtf8();
        will.qos = mqtt::QoS(m_willQos->currentIndex());
        will.retain = m_willRetain->isChecked();
        if (m_willDelay->value() > 0)
            will.properties.willDelayInterval = quint32(m_willDelay->value());
        o.will = will;
    } else {
        o.will.reset();
    }
    o.webSocket.path = m_wsPath->text().trimmed();
    o.webSocket.extraHeaders.clear();
    for (const auto &[name, value] : parsePairs(m_wsHeaders->toPlainText()))
        o.webSocket.extraHeaders.append({name.toUtf8(), value.toUtf8()});
    o.reconnect.enabled = m_reconnect->isChecked();
    o.reconnect.initialDelayMs = m_reconnectInitial->value();
    o.reconnect.maxDelayMs = m_reconnectMax->value();
    o.reconnect.maxRetries = m_reconnectRetries->value();
    p.subscribeDefault = m_subscribeDefault->isChecked();
    p.defaultFilter = m_defaultFilter->text().trimmed();
    return p;
}

void ProfileDialog::applyUrl()
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        return;
    ConnectionProfile p = profile();
    QString error;
    if (!p.options.applyUrl(url, &error)) {
        m_error->setText(tr("The URL is not usable: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    const QString name = m_name->text();
    load(p);
    m_name->setText(name);
}

void ProfileDialog::updateUrl()
{
    m_url->setText(profile().options.url().toString());
}

QString ProfileDialog::validationError() const
{
    const ConnectionProfile p = profile();
    if (p.options.host.isEmpty())
        return tr("Enter the broker's host name or address.");
    if (m_willGroup->isChecked() && !mqtt::isValidTopicName(p.options.will->topic))
        return tr("The will needs a topic without '+' or '#'.");
    if (p.subscribeDefault && !p.defaultFilter.isEmpty() &&
        !mqtt::isValidTopicFilter(p.defaultFilter))
        return tr("The subscription on connect is not a valid topic filter.");
    if (const QString problem = p.options.validate(); !problem.isEmpty())
        return tr("These settings cannot work: %1").arg(problem);
    return {};
}

void ProfileDialog::accept()
{
    if (m_url->hasFocus())
        applyUrl();
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace gui
