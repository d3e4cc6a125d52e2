#include "schemapanel.h"
#include "protofilechoice.h"

#include "connectionsession.h"

#include <schema/protobufschema.h>
#include <schema/sparkplug.h>

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

SchemaPanel::SchemaPanel(QWidget *parent)
    : QWidget(parent), m_schema(std::make_unique<schema::ProtobufSchema>()),
      m_loadButton(new QPushButton(this)), m_messageType(new QComboBox(this)),
      m_status(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("schemaPanel"));
    m_messageType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_messageType->setEnabled(false);
    m_loadButton->setEnabled(schema::ProtobufSchema::isAvailable());
    m_status->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *row = new QHBoxLayout;
    row->addWidget(m_loadButton);
    row->addWidget(m_messageType, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    connect(m_loadButton, &QPushButton::clicked, this, &SchemaPanel::chooseProto);
    connect(m_messageType, &QComboBox::currentIndexChanged, this,
            [this] { showMessage(m_topic, m_payload); });
    retranslateUi();
}

SchemaPanel::~SchemaPanel() = default;

void SchemaPanel::setConnection(ConnectionSession *session)
{
    disconnect(m_selectionConnection);
    m_session = session;
    if (session)
        m_selectionConnection = connect(session, &ConnectionSession::selectedMessageChanged, this,
                                        &SchemaPanel::showCurrent);
    showCurrent();
}

bool SchemaPanel::loadProto(const QString &path)
{
    QString error;
    m_messageType->clear();
    m_messageType->setEnabled(false);
    if (!m_schema->load(path, &error)) {
        m_protoPath.clear();
        m_status->setText(tr("Cannot use %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_protoPath = path;
    protofile::rememberPath(path); // the message detail's Protobuf view uses it too
    m_messageType->addItems(m_schema->messageTypes());
    m_messageType->setEnabled(m_messageType->count() > 0);
    showMessage(m_topic, m_payload);
    return true;
}

void SchemaPanel::showCurrent()
{
    if (!m_session || !m_session->hasSelectedMessage()) {
        showMessage({}, {});
        return;
    }
    const mqtt::Message message = m_session->selectedMessage();
    showMessage(message.topic(), message.payload());
}

void SchemaPanel::showMessage(const QString &topic, const QByteArray &payload)
{
    m_topic = topic;
    m_payload = payload;
    if (topic.isEmpty()) {
        m_text->clear();
        m_status->setText(tr("Select a message to decode it."));
        return;
    }
    QString error;
    std::optional<QJsonObject> json;
    if (schema::sparkplug::isSparkplugTopic(topic)) {
        json = schema::sparkplug::decode(payload, &error);
        m_status->setText(json ? tr("Sparkplug B payload on %1").arg(topic)
                               : tr("Not a valid Sparkplug B payload: %1").arg(error));
    } else if (m_messageType->count() > 0) {
        const QString type = m_messageType->currentText();
        json = m_schema->decode(type, payload, &error);
        m_status->setText(json ? tr("%1 from %2").arg(type, QFileInfo(m_protoPath).fileName())
                               : tr("Cannot decode as %1: %2").arg(type, error));
    } else {
        m_status->setText(tr("Sparkplug B topics (spBv1.0/…) are decoded as they are; for "
                             "Protobuf payloads load a .proto file."));
    }
    m_text->setPlainText(
        json ? QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented)) : QString());
}

QString SchemaPanel::decodedText() const
{
    return m_text->toPlainText();
}

void SchemaPanel::chooseProto()
{
    const QString path = protofile::choose(this, QFileInfo(m_protoPath).absolutePath());
    if (!path.isEmpty())
        loadProto(path);
}

void SchemaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SchemaPanel::retranslateUi()
{
    m_loadButton->setText(tr("Load .proto…"));
    m_loadButton->setToolTip(schema::ProtobufSchema::isAvailable()
                                 ? tr("Decode payloads with a Protobuf schema")
                                 : tr("This build has no Protobuf support"));
    showMessage(m_topic, m_payload);
}

} // namespace gui
