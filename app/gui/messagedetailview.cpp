#include "messagedetailview.h"
#include "datasize.h"
#include "protofilechoice.h"

#include "jsonhighlighter.h"
#include "payloadpreview.h"
#include "textdiff.h"
#include "timetext.h"
#include "valuechart.h"

#include <schema/protobufcodec.h>
#include <schema/protobufschema.h>

#include <mqttcore/jsontext.h>

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

const QString ProtobufName = QStringLiteral("protobuf");

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The number in a payload: the payload itself, or the JSON field at a dotted path.
std::optional<double> numericValue(const QByteArray &payload, const QString &fieldPath)
{
    if (payload.size() > 64 * 1024)
        return std::nullopt;
    if (fieldPath.isEmpty()) {
        bool ok = false;
        const double value = payload.trimmed().toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }
    QJsonValue value = QJsonDocument::fromJson(payload).object();
    for (const QString &key : fieldPath.split(u'.'))
        value = value.toObject().value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    return std::nullopt;
}

// The numeric members of a JSON object payload, nested objects' members as "outer.inner", in
// the payload's order (a QJsonObject would sort the names): the fields the chart can show.
QStringList numericFields(const QByteArray &payload)
{
    using mqtt::jsontext::TokenKind;
    constexpr int MaxFields = 64;
    QStringList fields;
    if (payload.size() > 64 * 1024 || !mqtt::jsontext::isValid(payload))
        return fields;
    QStringList path;      // names of the objects we are in (below the top level)
    QList<bool> inObject;  // per open container: an object (else an array)
    QString name;          // the last member name read
    bool valueDue = false; // right after "name":
    int arrayDepth = 0;    // inside an array nothing is a field
    for (qsizetype offset = 0; fields.size() < MaxFields;) {
        const mqtt::jsontext::Token token = mqtt::jsontext::scanToken(payload, offset);
        const QByteArrayView text = QByteArrayView(payload).sliced(token.offset, token.length);
        offset += token.length;
        switch (token.kind) {
        case TokenKind::End:
        case TokenKind::Invalid:
            return fields;
        case TokenKind::Whitespace:
            continue;
        case TokenKind::NameSeparator:
            valueDue = true;
            continue;
        case TokenKind::BeginObject:
            if (inObject.isEmpty() && arrayDepth == 0) {
                // the top level
            } else if (valueDue && arrayDepth == 0) {
                path.append(name);
            } else {
                ++arrayDepth; // an object inside an array: skipped as a whole
            }
            inObject.append(true);
            break;
        case TokenKind::BeginArray:
            if (inObject.isEmpty())
                return fields; // a top-level array has no named fields
            ++arrayDepth;
            inObject.append(false);
            break;
        case TokenKind::EndObject:
        case TokenKind::EndArray:
            if (arrayDepth > 0)
                --arrayDepth;
            else if (inObject.size() > 1)
                path.removeLast();
            if (!inObject.isEmpty())
                inObject.removeLast();
            break;
        case TokenKind::String:
            if (!valueDue && arrayDepth == 0) {
                // The name's escapes decoded.
                const QByteArray array = '[' + text.toByteArray() + ']';
                name = QJsonDocument::fromJson(array).array().first().toString();
            }
            break;
        case TokenKind::Number:
            if (valueDue && arrayDepth == 0)
                fields.append(path.isEmpty() ? name : path.join(u'.') + u'.' + name);
            break;
        default:
            break;
        }
        valueDue = false;
    }
    return fields;
}

} // namespace

MessageDetailView::MessageDetailView(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_topicLabel(new QLabel(this)),
      m_metaLabel(new QLabel(this)), m_viewBox(new QComboBox(this)),
      m_protoButton(new QPushButton(this)), m_protoType(new QComboBox(this)),
      m_payloadEdit(new QPlainTextEdit(this)),
      m_highlighter(new JsonHighlighter(m_payloadEdit->document())),
      m_payloadError(new QLabel(this)), m_showMoreButton(new QPushButton(this)),
      m_properties(new QTreeWidget(this)), m_historyList(new QTreeWidget(this)),
      m_diffView(new QTextBrowser(this)), m_chartField(new QComboBox(this)),
      m_chart(new ValueChart(this))
{
    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topicLabel->setObjectName(QStringLiteral("detailTopic"));
    QFont bold = m_topicLabel->font();
    bold.setBold(true);
    m_topicLabel->setFont(bold);
    m_topicLabel->setMinimumWidth(50);
    m_topicLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_metaLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    for (const auto &codec : m_codecs.codecs())
        m_viewBox->addItem(QString(), codec->name());
    m_viewBox->setObjectName(QStringLiteral("payloadView"));
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this] {
        m_renderBytes = InitialRenderBytes;
        renderPayload();
    });
    // The Protobuf view's schema: a .proto file and one of its message types.
    m_protoType->setObjectName(QStringLiteral("protoMessageType"));
    m_protoType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_protoType->setMinimumContentsLength(12);
    m_protoButton->setEnabled(schema::ProtobufSchema::isAvailable());
    connect(m_protoButton, &QPushButton::clicked, this, &MessageDetailView::chooseProto);
    connect(m_protoType, &QComboBox::textActivated, this, &MessageDetailView::setProtoMessageType);

    // One "Copy" menu button keeps the row narrow enough beside the docks at 1280 pixels.
    auto *copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setPopupMode(QToolButton::InstantPopup);
    auto *copyMenu = new QMenu(copyButton);
    QAction *copyTopicAction = copyMenu->addAction(QString(), this, &MessageDetailView::copyTopic);
    QAction *copyPayloadAction =
        copyMenu->addAction(QString(), this, &MessageDetailView::copyPayload);
    copyButton->setMenu(copyMenu);
    // As wide as its longest entry ("Automatic (MessagePack)" in the language in use), never
    // squeezed below that.
    m_viewBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_payloadEdit->setReadOnly(true);
    m_payloadEdit->setObjectName(QStringLiteral("payloadText"));
    m_payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payloadEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payloadError->setWordWrap(true);
    m_payloadError->hide();
    m_showMoreButton->hide();
    connect(m_showMoreButton, &QPushButton::clicked, this, [this] {
        m_renderBytes *= 4;
        renderPayload();
    });

    auto *payloadPage = new QWidget(this);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_viewBox);
    toolbar->addWidget(m_protoButton);
    toolbar->addWidget(m_protoType);
    toolbar->addStretch();
    toolbar->addWidget(copyButton);
    auto *payloadLayout = new QVBoxLayout(payloadPage);
    payloadLayout->setContentsMargins(4, 4, 4, 4);
    payloadLayout->addLayout(toolbar);
    payloadLayout->addWidget(m_payloadError);
    payloadLayout->addWidget(m_payloadEdit, 1);
    payloadLayout->addWidget(m_showMoreButton);

    m_properties->setRootIsDecorated(false);
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, &MessageDetailView::renderDiff);
    auto *historySplitter = new QSplitter(Qt::Vertical, this);
    historySplitter->addWidget(m_historyList);
    historySplitter->addWidget(m_diffView);

    m_chartField->setObjectName(QStringLiteral("chartField"));
    m_chartField->setEditable(true);
    m_chartField->setInsertPolicy(QComboBox::NoInsert);
    m_chartField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chartField->setMinimumContentsLength(16);
    connect(m_chartField, &QComboBox::currentTextChanged, this, &MessageDetailView::renderChart);
    // What the user picks or types is remembered for the topic.
    connect(m_chartField, &QComboBox::textActivated, this, &MessageDetailView::rememberChartField);
    connect(m_chartField->lineEdit(), &QLineEdit::textEdited, this,
            &MessageDetailView::rememberChartField);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(4, 4, 4, 4);
    chartLayout->addWidget(m_chartField);
    chartLayout->addWidget(m_chart, 1);

    m_tabs->addTab(payloadPage, QString());
    m_tabs->addTab(m_properties, QString());
    m_tabs->addTab(historySplitter, QString());
    m_tabs->addTab(chartPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_topicLabel);
    layout->addWidget(m_metaLabel);
    layout->addWidget(m_tabs, 1);
    m_highlighter->setDarkBackground(isDark(palette()));

    m_texts([=, this] {
        for (int i = 1; i < m_viewBox->count(); ++i)
            m_viewBox->setItemText(i, m_codecs.find(m_viewBox->itemData(i).toString())->title());
        m_viewBox->setToolTip(tr("How to show the payload"));
        m_protoButton->setText(tr("Load .proto…"));
        m_protoButton->setToolTip(schema::ProtobufSchema::isAvailable()
                                      ? tr("Decode payloads with a Protobuf schema")
                                      : tr("This build has no Protobuf support"));
        m_protoType->setToolTip(tr("Message type of the payload"));
        copyButton->setText(tr("Copy"));
        copyTopicAction->setText(tr("Copy topic"));
        copyPayloadAction->setText(tr("Copy payload"));
        m_properties->setHeaderLabels({tr("Property"), tr("Value")});
        m_historyList->setHeaderLabels({tr("Time"), tr("Size"), tr("Value")});
        m_historyList->setToolTip(
            tr("Select an earlier value to compare it with the shown message"));
        m_chartField->lineEdit()->setPlaceholderText(
            tr("JSON field (e.g. temperature or data.value); empty = whole payload"));
        m_chartField->setToolTip(tr("The numeric field to chart: pick one of the payload's or "
                                    "type a path; the choice is kept for the topic"));
        m_tabs->setTabText(0, tr("Payload"));
        m_tabs->setTabText(1, tr("Properties"));
        m_tabs->setTabText(3, tr("Chart"));
    });
    clear();
}

MessageDetailView::~MessageDetailView() = default;

void MessageDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDarkBackground(isDark(palette()));
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageDetailView::retranslateUi()
{
    m_texts.retranslate();
    if (!m_hasMessage) {
        clear();
        return;
    }
    renderMeta();
    renderPayload();
    renderProperties();
    m_tabs->setTabText(2, tr("History (%1)").arg(m_history.size()));
    renderDiff();
}

void MessageDetailView::setNote(const QString &note)
{
    m_note = note;
    if (m_hasMessage)
        renderMeta();
}

void MessageDetailView::clear()
{
    m_note.clear();
    m_hasMessage = false;
    m_message = {};
    m_history.clear();
    m_topicLabel->setText(tr("No message selected"));
    m_metaLabel->setText(tr("Select a message or a topic to see its payload."));
    m_payloadEdit->clear();
    m_properties->clear();
    m_historyList->clear();
    m_diffView->clear();
    m_chart->setPoints({}, {});
    m_tabs->setTabText(2, tr("History"));
    m_viewBox->setItemText(0, m_codecs.codecs().first()->title());
    m_protoButton->setVisible(m_viewBox->currentData().toString() == ProtobufName);
    m_protoType->setVisible(m_protoButton->isVisible());
}

void MessageDetailView::setMessage(const mqtt::Message &message,
                                   const QList<mqtt::Message> &history)
{
    const bool sameTopic = m_hasMessage && m_message.topic() == message.topic();
    m_message = message;
    m_note.clear();
    m_history = history;
    // The message itself is not an earlier value (only it: equal messages in the same
    // millisecond are earlier values all the same).
    const auto self =
        std::find_if(m_history.cbegin(), m_history.cend(), [&message](const mqtt::Message &m) {
            return m.receivedAt() == message.receivedAt() && m.payload() == message.payload();
        });
    if (self != m_history.cend())
        m_history.erase(self);
    m_hasMessage = true;
    m_renderBytes = InitialRenderBytes;
    m_topicLabel->setText(message.topic());
    m_topicLabel->setToolTip(message.topic());
    renderMeta();
    if (!sameTopic)
        chooseChartField();
    renderPayload();
    renderProperties();
    renderHistory();
    renderChart();
}

void MessageDetailView::renderMeta()
{
    m_metaLabel->setText(tr("%1 · QoS %2%3 · %4")
                             .arg(dateTimeText(m_message.receivedAt()))
                             .arg(int(m_message.qos()))
                             .arg(m_message.retain() ? tr(" · retained") : QString())
                             .arg(formatDataSize(m_message.payload().size())) +
                         (m_note.isEmpty() ? QString() : QStringLiteral(" · ") + m_note));
}

void MessageDetailView::setView(const QString &codecName)
{
    if (const auto codec = m_codecs.find(codecName))
        m_viewBox->setCurrentIndex(m_viewBox->findData(codec->name()));
}

void MessageDetailView::ensureProtoLoaded()
{
    if (m_proto || !schema::ProtobufSchema::isAvailable())
        return;
    m_proto = std::make_shared<schema::ProtobufSchema>();
    const QString path = protofile::rememberedPath();
    if (!path.isEmpty() && QFileInfo::exists(path))
        loadProto(path);
}

bool MessageDetailView::loadProto(const QString &path)
{
    if (!m_proto)
        m_proto = std::make_shared<schema::ProtobufSchema>();
    QString error;
    const QString remembered = protofile::rememberedMessageType();
    const QSignalBlocker blocker(m_protoType);
    m_protoType->clear();
    if (!m_proto->load(path, &error)) {
        m_protoPath.clear();
        m_protoType->setEnabled(false);
        updateProtobufCodec();
        emit statusMessage(tr("Cannot use %1: %2").arg(QFileInfo(path).fileName(), error));
        renderPayload();
        return false;
    }
    m_protoPath = path;
    protofile::rememberPath(path);
    m_protoType->addItems(m_proto->messageTypes());
    m_protoType->setEnabled(m_protoType->count() > 0);
    if (const int index = m_protoType->findText(remembered); index >= 0)
        m_protoType->setCurrentIndex(index);
    updateProtobufCodec();
    renderPayload();
    return true;
}

void MessageDetailView::setProtoMessageType(const QString &type)
{
    if (const int index = m_protoType->findText(type); index >= 0) {
        const QSignalBlocker blocker(m_protoType);
        m_protoType->setCurrentIndex(index);
    }
    protofile::rememberMessageType(type);
    updateProtobufCodec();
    renderPayload();
}

void MessageDetailView::chooseProto()
{
    const QString path = protofile::choose(this, QFileInfo(m_protoPath).absolutePath());
    if (!path.isEmpty())
        loadProto(path);
}

void MessageDetailView::updateProtobufCodec()
{
    const QString type = m_protoType->currentText();
    m_codecs.add(std::make_shared<schema::ProtobufCodec>(
        m_proto && !m_protoPath.isEmpty() && !type.isEmpty() ? m_proto : nullptr, type));
}

const schema::PayloadCodec &MessageDetailView::viewCodec(const QByteArray &payload) const
{
    const auto chosen = m_codecs.find(m_viewBox->currentData().toString());
    return m_codecs.resolve(*chosen, payload, {m_message.topic(), contentType()});
}

FormattedPayload MessageDetailView::formatted(const QByteArray &payload, qsizetype maxBytes) const
{
    return formatForReading(viewCodec(payload), payload, maxBytes);
}

QString MessageDetailView::payloadText() const
{
    return m_payloadEdit->toPlainText();
}

int MessageDetailView::chartPointCount() const
{
    return m_chart->pointCount();
}

QString MessageDetailView::contentType() const
{
    return m_message.properties().contentType.value_or(QString());
}

void MessageDetailView::renderPayload()
{
    const bool protobuf = m_viewBox->currentData().toString() == ProtobufName;
    m_protoButton->setVisible(protobuf);
    m_protoType->setVisible(protobuf);
    if (protobuf)
        ensureProtoLoaded();
    if (!m_hasMessage)
        return;
    const FormattedPayload formatted = this->formatted(m_message.payload(), m_renderBytes);
    m_effectiveCodec = formatted.codecName;
    // Not on the text or hex shown for a payload that is not valid in the format.
    m_highlighter->setEnabled(formatted.error.isEmpty() && formatted.structured);
    m_payloadEdit->setPlainText(formatted.text);
    m_payloadError->setVisible(!formatted.error.isEmpty());
    m_payloadError->setText(formatted.error);
    m_showMoreButton->setVisible(formatted.truncated);
    if (formatted.truncated)
        m_showMoreButton->setText(
            tr("Showing the first %1 of %2 — show more")
                .arg(formatDataSize(m_renderBytes), formatDataSize(m_message.payload().size())));
    if (m_viewBox->currentIndex() == 0) // the automatic codec
        m_viewBox->setItemText(0, tr("Automatic (%1)").arg(formatted.codecTitle));
}

void MessageDetailView::renderProperties()
{
    m_properties->clear();
    auto add = [this](const QString &name, const QString &value) {
        new QTreeWidgetItem(m_properties, {name, value});
    };
    const mqtt::Properties &p = std::as_const(m_message).properties();
    if (p.payloadFormatIndicator)
        add(tr("Payload format"), *p.payloadFormatIndicator ? tr("UTF-8 text") : tr("bytes"));
    if (p.messageExpiryInterval)
        add(tr("Message expiry"), tr("%1 s").arg(*p.messageExpiryInterval));
    if (p.contentType)
        add(tr("Content type"), *p.contentType);
    if (p.responseTopic)
        add(tr("Response topic"), *p.responseTopic);
    if (p.correlationData)
        add(tr("Correlation data"), payloadPreview(*p.correlationData, 200));
    for (quint32 id : p.subscriptionIdentifiers)
        add(tr("Subscription identifier"), QString::number(id));
    if (p.topicAlias)
        add(tr("Topic alias"), QString::number(*p.topicAlias));
    for (const mqtt::UserProperty &u : p.userProperties)
        add(tr("User property: %1").arg(u.name), u.value);
    if (m_properties->topLevelItemCount() == 0)
        add(tr("(none)"), tr("No MQTT 5 properties"));
}

void MessageDetailView::renderHistory()
{
    m_historyList->clear();
    m_diffView->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_history.size(); ++i) {
        const mqtt::Message &m = m_history.at(i);
        auto *item =
            new QTreeWidgetItem({timeOfDayText(m.receivedAt()), formatDataSize(m.payload().size()),
                                 payloadPreview(m.payload(), 120)});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, dateTimeText(m.receivedAt()));
        items.append(item);
    }
    m_historyList->addTopLevelItems(items);
    // Compare with the previous value right away; another row is one click away.
    if (!items.isEmpty())
        m_historyList->setCurrentItem(items.first());
    m_historyList->header()->resizeSections(QHeaderView::ResizeToContents);
    m_tabs->setTabText(2, tr("History (%1)").arg(m_history.size()));
}

void MessageDetailView::renderDiff()
{
    const QTreeWidgetItem *item = m_historyList->currentItem();
    if (!item || !m_hasMessage) {
        m_diffView->clear();
        return;
    }
    const mqtt::Message &earlier = m_history.at(item->data(0, Qt::UserRole).toInt());
    const FormattedPayload a = formatted(earlier.payload(), InitialRenderBytes);
    const FormattedPayload b = formatted(m_message.payload(), InitialRenderBytes);
    m_diffView->setHtml(
        tr("<p>Changes from %1 to the shown message (%2):</p>")
            .arg(dateTimeText(earlier.receivedAt()), dateTimeText(m_message.receivedAt())) +
        htmlLineDiff(a.text, b.text));
}

void MessageDetailView::chooseChartField()
{
    const QStringList fields = numericFields(m_message.payload());
    QString choice;
    if (const auto remembered = m_chartChoices.constFind(m_message.topic());
        remembered != m_chartChoices.cend()) {
        choice = remembered.value();
    } else if (!fields.isEmpty()) {
        // The first field whose value changes over the history; a constant (a line number,
        // an id) makes a flat chart.
        choice = fields.first();
        const qsizetype sample = std::min<qsizetype>(m_history.size(), 50);
        for (const QString &field : fields) {
            const std::optional<double> now = numericValue(m_message.payload(), field);
            const bool varies = std::any_of(
                m_history.cbegin(), m_history.cbegin() + sample, [&](const mqtt::Message &m) {
                    const std::optional<double> then = numericValue(m.payload(), field);
                    return then && now && *then != *now;
                });
            if (varies) {
                choice = field;
                break;
            }
        }
    }
    const QSignalBlocker blocker(m_chartField);
    m_chartField->clear();
    m_chartField->addItems(fields);
    m_chartField->setCurrentText(choice);
}

void MessageDetailView::rememberChartField(const QString &field)
{
    if (m_hasMessage)
        m_chartChoices.insert(m_message.topic(), field.trimmed());
}

QString MessageDetailView::chartField() const
{
    return m_chartField->currentText().trimmed();
}

QStringList MessageDetailView::chartFields() const
{
    QStringList fields;
    for (int i = 0; i < m_chartField->count(); ++i)
        fields.append(m_chartField->itemText(i));
    return fields;
}

void MessageDetailView::renderChart()
{
    if (!m_hasMessage) {
        m_chart->setPoints({}, {});
        return;
    }
    const QString field = m_chartField->currentText().trimmed();
    QList<QPointF> points;
    auto addPoint = [&](const mqtt::Message &m) {
        if (const std::optional<double> value = numericValue(m.payload(), field))
            points.append(QPointF(double(m.receivedAt().toMSecsSinceEpoch()), *value));
    };
    addPoint(m_message);
    for (const mqtt::Message &m : std::as_const(m_history))
        addPoint(m);
    m_chart->setPoints(points,
                       field.isEmpty() ? m_message.topic() : m_message.topic() + u' ' + field);
}

void MessageDetailView::copyTopic()
{
    if (!m_hasMessage)
        return;
    QApplication::clipboard()->setText(m_message.topic());
    emit statusMessage(tr("Topic copied"));
}

void MessageDetailView::copyPayload()
{
    if (!m_hasMessage)
        return;
    // Text payloads go to the clipboard as text; anything else byte for byte as data.
    auto *mime = new QMimeData;
    if (looksLikeText(m_message.payload()))
        mime->setText(QString::fromUtf8(m_message.payload()));
    mime->setData(QStringLiteral("application/octet-stream"), m_message.payload());
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Payload copied (%1)").arg(formatDataSize(m_message.payload().size())));
}

} // namespace gui
