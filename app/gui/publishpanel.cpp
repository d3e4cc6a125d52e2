#include "publishpanel.h"

#include "errortext.h"

#include <mqttcore/topic.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

/// Codecs a payload can be typed in: all but the automatic one and Protobuf (whose .proto is
/// chosen in the detail view).
bool isEditorCodec(const schema::PayloadCodec &codec)
{
    return !schema::PayloadCodecs::isAutomatic(codec) && codec.name() != QLatin1String("protobuf");
}

QString summary(const SavedMessage &m)
{
    QString payload = m.payloadText.simplified();
    if (payload.size() > 40)
        payload = payload.left(40) + QChar(0x2026);
    return QStringLiteral("%1  %2").arg(m.topic, payload);
}

} // namespace

PublishPanel::PublishPanel(mqtt::Client *client, SavedMessageStore *store, QWidget *parent)
    : QWidget(parent), m_client(client), m_store(store), m_topicEdit(new QLineEdit(this)),
      m_formatBox(new QComboBox(this)), m_templateBox(new QCheckBox(this)),
      m_payloadEdit(new QPlainTextEdit(this)), m_validation(new QLabel(this)),
      m_qosBox(new QComboBox(this)), m_retainBox(new QCheckBox(this)),
      m_v5Toggle(new QToolButton(this)), m_v5Fields(new QWidget(this)),
      m_contentType(new QLineEdit(this)), m_responseTopic(new QLineEdit(this)),
      m_correlationData(new QLineEdit(this)), m_expiry(new QSpinBox(this)),
      m_userProperties(new QTableWidget(0, 2, this)), m_publishButton(new QPushButton(this)),
      m_repeatInterval(new QSpinBox(this)), m_repeatButton(new QPushButton(this)),
      m_library(new QTreeWidget(this))
{
    m_topicEdit->setObjectName(QStringLiteral("publishTopic"));
    for (const auto &codec : m_codecs.codecs()) {
        if (isEditorCodec(*codec))
            m_formatBox->addItem(QString(), codec->name());
    }
    m_templateBox->setObjectName(QStringLiteral("publishTemplate"));
    m_payloadEdit->setObjectName(QStringLiteral("publishPayload"));
    m_payloadEdit->setTabChangesFocus(true);
    m_validation->setWordWrap(true);
    m_qosBox->addItems({QString(), QString(), QString()});
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_repeatInterval->setObjectName(QStringLiteral("publishRepeatInterval"));
    m_repeatButton->setObjectName(QStringLiteral("publishRepeatButton"));
    m_publishButton->setDefault(true);

    m_expiry->setRange(0, 1'000'000'000);
    m_userProperties->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_userProperties->verticalHeader()->hide();
    m_userProperties->setMaximumHeight(90);
    auto *addProperty = new QPushButton(this);
    connect(addProperty, &QPushButton::clicked, this,
            [this] { m_userProperties->insertRow(m_userProperties->rowCount()); });
    auto *v5Form = new QFormLayout(m_v5Fields);
    v5Form->setContentsMargins(0, 0, 0, 0);
    QLabel *v5Labels[] = {new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this)};
    v5Form->addRow(v5Labels[0], m_contentType);
    v5Form->addRow(v5Labels[1], m_responseTopic);
    v5Form->addRow(v5Labels[2], m_correlationData);
    v5Form->addRow(v5Labels[3], m_expiry);
    v5Form->addRow(m_userProperties);
    v5Form->addRow(addProperty);
    // Folded away until wanted: the common publish needs none of them.
    m_v5Toggle->setCheckable(true);
    m_v5Toggle->setAutoRaise(true);
    m_v5Toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_v5Toggle->setArrowType(Qt::RightArrow);
    m_v5Fields->setVisible(false);
    connect(m_v5Toggle, &QToolButton::toggled, this, [this](bool on) {
        m_v5Fields->setVisible(on);
        m_v5Toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_formatBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formatBox->setMinimumContentsLength(6);

    m_repeatInterval->setRange(10, 3'600'000);
    m_repeatInterval->setValue(1000);
    m_repeatButton->setCheckable(true);
    connect(m_repeatButton, &QPushButton::clicked, this, &PublishPanel::toggleRepeat);
    connect(&m_repeatTimer, &QTimer::timeout, this, [this] {
        if (!publish())
            toggleRepeat();
    });

    m_library->setHeaderHidden(true);
    connect(m_library, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        const bool recent = item->data(0, Qt::UserRole + 1).toBool();
        if (!index.isValid())
            return;
        const QList<SavedMessage> list = recent ? m_store->recent() : m_store->saved();
        if (index.toInt() < list.size())
            load(list.at(index.toInt()));
    });
    auto *saveButton = new QPushButton(this);
    m_texts([=, this] {
        m_topicEdit->setPlaceholderText(tr("Topic"));
        for (int i = 0; i < m_formatBox->count(); ++i) {
            const auto codec = m_codecs.find(m_formatBox->itemData(i).toString());
            m_formatBox->setItemText(i, codec->typedAsJson()
                                            ? tr("%1 (typed as JSON)").arg(codec->title())
                                            : codec->title());
        }
        m_templateBox->setText(tr("Template"));
        m_templateBox->setToolTip(
            tr("Fill in placeholders anew at each publish (and each repeat):\n"
               "{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...\n"
               "{{time}}: the time in ISO 8601, UTC\n"
               "{{timestamp}}, {{timestamp_ms}}: Unix time in s, in ms\n"
               "{{random:MIN:MAX}}: a random number (as many decimals as the bounds)\n"
               "{{uuid}}: a random UUID\n"
               "{{{{: a literal {{\n"
               "Values are inserted without quotes: {\"t\": {{random:20:25}}}"));
        m_payloadEdit->setPlaceholderText(tr("Payload"));
        m_qosBox->setItemText(0, tr("QoS 0"));
        m_qosBox->setItemText(1, tr("QoS 1"));
        m_qosBox->setItemText(2, tr("QoS 2"));
        m_retainBox->setText(tr("Retain"));
        m_publishButton->setText(tr("Publish"));
        m_publishButton->setToolTip(tr("Publish (Ctrl+Return)"));
        m_expiry->setSpecialValueText(tr("none"));
        m_expiry->setSuffix(tr(" s"));
        m_userProperties->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
        addProperty->setText(tr("Add user property"));
        v5Labels[0]->setText(tr("Content type"));
        v5Labels[1]->setText(tr("Response topic"));
        v5Labels[2]->setText(tr("Correlation data"));
        v5Labels[3]->setText(tr("Message expiry"));
        m_v5Toggle->setText(tr("MQTT 5 properties"));
        m_repeatInterval->setSuffix(tr(" ms"));
        m_repeatInterval->setToolTip(tr("Interval between repeated publishes"));
        m_repeatButton->setText(m_repeatTimer.isActive() ? tr("Stop") : tr("Repeat"));
        m_repeatButton->setToolTip(tr("Publish again and again at the interval"));
        m_library->setToolTip(tr("Double-click to load a message into the editor"));
        saveButton->setText(tr("Save…"));
        saveButton->setToolTip(tr("Save the message in a named collection"));
    });
    connect(saveButton, &QPushButton::clicked, this, &PublishPanel::saveToCollection);
    connect(m_store, &SavedMessageStore::changed, this, &PublishPanel::refreshLists);

    connect(m_publishButton, &QPushButton::clicked, this, &PublishPanel::publish);
    const auto payloadChanged = [this] {
        updateTemplate();
        validate();
    };
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, payloadChanged);
    connect(m_templateBox, &QCheckBox::toggled, this, payloadChanged);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &PublishPanel::validate);
    connect(m_topicEdit, &QLineEdit::textChanged, this, &PublishPanel::validate);

    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topicEdit, 1);
    topicRow->addWidget(m_formatBox);
    topicRow->addWidget(m_templateBox);
    topicRow->addWidget(m_qosBox);
    topicRow->addWidget(m_retainBox);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_publishButton);
    buttonRow->addWidget(m_repeatButton);
    buttonRow->addWidget(m_repeatInterval);
    buttonRow->addStretch();
    buttonRow->addWidget(saveButton);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(topicRow);
    editorLayout->addWidget(m_payloadEdit, 1);
    editorLayout->addWidget(m_validation);
    editorLayout->addLayout(buttonRow);
    editorLayout->addWidget(m_v5Toggle, 0, Qt::AlignLeft);
    editorLayout->addWidget(m_v5Fields);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_library);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    refreshLists();
    validate();
}

void PublishPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_templateBox->isChecked() && !m_template)
            updateTemplate(); // the error in the new language
        refreshLists();
        validate();
    }
    QWidget::changeEvent(event);
}

void PublishPanel::setTopicCompletionModel(QAbstractItemModel *model)
{
    auto *completer = new QCompleter(model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(15);
    m_topicEdit->setCompleter(completer);
}

void PublishPanel::setTopic(const QString &topic)
{
    m_topicEdit->setText(topic);
}

void PublishPanel::focusTopic()
{
    m_topicEdit->setFocus();
    m_topicEdit->selectAll();
}

SavedMessage PublishPanel::composed() const
{
    SavedMessage m;
    m.topic = m_topicEdit->text();
    m.payloadText = m_payloadEdit->toPlainText();
    m.codec = m_formatBox->currentData().toString();
    m.isTemplate = m_templateBox->isChecked();
    m.qos = mqtt::QoS(m_qosBox->currentIndex());
    m.retain = m_retainBox->isChecked();
    if (m_v5Toggle->isChecked()) {
        m.contentType = m_contentType->text();
        m.responseTopic = m_responseTopic->text();
        m.correlationData = m_correlationData->text();
        m.messageExpiry = quint32(m_expiry->value());
        for (int row = 0; row < m_userProperties->rowCount(); ++row) {
            const QTableWidgetItem *name = m_userProperties->item(row, 0);
            const QTableWidgetItem *value = m_userProperties->item(row, 1);
            if (name && !name->text().isEmpty())
                m.userProperties.append({name->text(), value ? value->text() : QString()});
        }
    }
    return m;
}

void PublishPanel::load(const SavedMessage &m)
{
    m_topicEdit->setText(m.topic);
    const auto codec = m_codecs.find(m.codec);
    m_formatBox->setCurrentIndex(qMax(0, codec ? m_formatBox->findData(codec->name()) : 0));
    m_templateBox->setChecked(m.isTemplate);
    m_payloadEdit->setPlainText(m.payloadText);
    m_qosBox->setCurrentIndex(int(m.qos));
    m_retainBox->setChecked(m.retain);
    const bool hasV5 = !m.contentType.isEmpty() || !m.responseTopic.isEmpty() ||
                       !m.correlationData.isEmpty() || m.messageExpiry > 0 ||
                       !m.userProperties.isEmpty();
    m_v5Toggle->setChecked(hasV5);
    m_contentType->setText(m.contentType);
    m_responseTopic->setText(m.responseTopic);
    m_correlationData->setText(m.correlationData);
    m_expiry->setValue(int(qMin<quint32>(m.messageExpiry, 1'000'000'000)));
    m_userProperties->setRowCount(0);
    for (const mqtt::UserProperty &p : m.userProperties) {
        const int row = m_userProperties->rowCount();
        m_userProperties->insertRow(row);
        m_userProperties->setItem(row, 0, new QTableWidgetItem(p.name));
        m_userProperties->setItem(row, 1, new QTableWidgetItem(p.value));
    }
}

std::optional<mqtt::Message> PublishPanel::buildMessage(QString *errorMessage) const
{
    std::optional<schema::PayloadTemplate> preview = m_template;
    return build(errorMessage, preview ? &*preview : nullptr);
}

std::optional<mqtt::Message> PublishPanel::build(QString *errorMessage,
                                                 schema::PayloadTemplate *expander) const
{
    const SavedMessage m = composed();
    if (!mqtt::isValidTopicName(m.topic)) {
        *errorMessage = m.topic.isEmpty() ? tr("Enter a topic")
                                          : tr("A topic to publish to cannot contain '+' or '#'");
        return std::nullopt;
    }
    const auto codec = m_codecs.find(m.codec);
    if (!codec || !isEditorCodec(*codec)) {
        *errorMessage = tr("Unknown payload format '%1'").arg(m.codec);
        return std::nullopt;
    }
    if (m.isTemplate && !expander) {
        *errorMessage = tr("The payload template is not valid: %1").arg(m_templateError);
        return std::nullopt;
    }
    QString error;
    const std::optional<QByteArray> payload =
        codec->fromText(m.isTemplate ? expander->expand() : m.payloadText, &error);
    if (!payload) {
        *errorMessage = tr("The payload is not valid %1: %2").arg(codec->title(), error);
        return std::nullopt;
    }
    mqtt::Message message(m.topic, *payload, m.qos, m.retain);
    mqtt::Properties &p = message.properties();
    if (!m.contentType.isEmpty())
        p.contentType = m.contentType;
    if (!m.responseTopic.isEmpty())
        p.responseTopic = m.responseTopic;
    if (!m.correlationData.isEmpty())
        p.correlationData = m.correlationData.toUtf8();
    if (m.messageExpiry > 0)
        p.messageExpiryInterval = m.messageExpiry;
    p.userProperties = m.userProperties;
    const bool json = codec->name() == QLatin1String("json");
    if (json || codec->name() == QLatin1String("text"))
        p.payloadFormatIndicator = 1;
    if (json && !p.contentType)
        p.contentType = QStringLiteral("application/json");
    return message;
}

void PublishPanel::updateTemplate()
{
    m_template.reset();
    m_templateError.clear();
    if (m_templateBox->isChecked())
        m_template = schema::PayloadTemplate::parse(m_payloadEdit->toPlainText(), &m_templateError);
}

void PublishPanel::validate()
{
    QString error;
    const bool ok = buildMessage(&error).has_value();
    m_validation->setVisible(
        !ok && !(m_topicEdit->text().isEmpty() && m_payloadEdit->toPlainText().isEmpty()));
    m_validation->setText(
        QStringLiteral("<span style='color:#d03030'>%1</span>").arg(error.toHtmlEscaped()));
    m_publishButton->setEnabled(ok);
}

bool PublishPanel::publish()
{
    QString error;
    // The template's own expansion: its counter moves on.
    const std::optional<mqtt::Message> message = build(&error, m_template ? &*m_template : nullptr);
    if (!message) {
        emit statusMessage(error);
        return false;
    }
    mqtt::PublishHandle *handle = m_client->publish(*message);
    connect(handle, &mqtt::PublishHandle::failed, this, [this](const mqtt::ClientError &e) {
        emit statusMessage(tr("Publish failed: %1").arg(describeClientError(e)));
    });
    connect(handle, &mqtt::PublishHandle::finished, this, [this, handle] {
        // MQTT 5 "No matching subscribers" (0x10) is a success that says nobody listens.
        if (handle->reasonCode() == mqtt::ReasonCode::NoMatchingSubscribers)
            emit statusMessage(
                tr("Published to %1, but no subscriber matched").arg(handle->message().topic()));
    });
    m_store->addRecent(composed());
    emit published(*message);
    emit statusMessage(tr("Published to %1").arg(message->topic()));
    return true;
}

void PublishPanel::toggleRepeat()
{
    if (m_repeatTimer.isActive()) {
        m_repeatTimer.stop();
    } else if (publish()) {
        m_repeatTimer.start(m_repeatInterval->value());
    }
    m_repeatButton->setChecked(m_repeatTimer.isActive());
    m_repeatButton->setText(m_repeatTimer.isActive() ? tr("Stop") : tr("Repeat"));
}

void PublishPanel::refreshLists()
{
    m_library->clear();
    auto *recent = new QTreeWidgetItem(m_library, {tr("Recent")});
    const QList<SavedMessage> recentList = m_store->recent();
    for (int i = 0; i < recentList.size(); ++i) {
        auto *item = new QTreeWidgetItem(recent, {summary(recentList[i])});
        item->setData(0, Qt::UserRole, i);
        item->setData(0, Qt::UserRole + 1, true);
        item->setToolTip(0, recentList[i].payloadText.left(500));
    }
    QHash<QString, QTreeWidgetItem *> groups;
    const QList<SavedMessage> saved = m_store->saved();
    for (int i = 0; i < saved.size(); ++i) {
        const QString group = saved[i].group.isEmpty() ? tr("Saved") : saved[i].group;
        QTreeWidgetItem *&groupItem = groups[group];
        if (!groupItem)
            groupItem = new QTreeWidgetItem(m_library, {group});
        auto *item = new QTreeWidgetItem(groupItem, {saved[i].name});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, summary(saved[i]));
    }
    m_library->expandAll();
}

void PublishPanel::saveToCollection()
{
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("Save message"),
                                               tr("Collection / name (e.g. Lights/Kitchen on):"),
                                               QLineEdit::Normal, m_topicEdit->text(), &ok);
    if (!ok || path.trimmed().isEmpty())
        return;
    SavedMessage m = composed();
    const qsizetype slash = path.indexOf(u'/');
    m.group = slash > 0 ? path.left(slash).trimmed() : QString();
    m.name = (slash > 0 ? path.mid(slash + 1) : path).trimmed();
    m_store->save(m);
    emit statusMessage(tr("Saved \"%1\"").arg(m.name));
}

} // namespace gui
