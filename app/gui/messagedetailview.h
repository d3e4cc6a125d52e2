#pragma once

#include "payloadformatter.h"
#include "retranslator.h"

#include <schema/payloadcodecs.h>

#include <mqttcore/message.h>

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace schema {
class ProtobufSchema;
} // namespace schema

namespace gui {

class JsonHighlighter;
class ValueChart;

/// Everything about one message: the payload in a chosen or detected format (text, pretty JSON
/// with highlighting, hex dump, base64, CBOR, MessagePack, or decoded with a schema: Sparkplug B,
/// Protobuf with the user's .proto), its MQTT 5 properties, the earlier values of its topic with
/// a diff against it, and a chart of the topic's numeric values.
/// Large payloads are rendered a chunk at a time ("Show more").
class MessageDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailView)

public:
    static constexpr qsizetype InitialRenderBytes = 256 * 1024;

    explicit MessageDetailView(QWidget *parent = nullptr);
    ~MessageDetailView() override;

    /// Shows `message`; `history` are earlier messages on its topic, newest first.
    void setMessage(const mqtt::Message &message, const QList<mqtt::Message> &history);
    void clear();
    /// A remark shown with the message's time and size (e.g. that it left the message list);
    /// setMessage() and clear() remove it.
    void setNote(const QString &note);
    QString note() const { return m_note; }
    bool hasMessage() const { return m_hasMessage; }
    const mqtt::Message &message() const { return m_message; }

    /// Shows the payload with the codec of this name (schema/payloadcodecs.h: "auto", "json",
    /// "hex", "sparkplug", "protobuf", ...).
    void setView(const QString &codecName);
    /// The name of the codec in use (the automatic one resolved).
    QString effectiveCodec() const { return m_effectiveCodec; }
    /// Loads a .proto file for the Protobuf view (remembered for the next start); false with
    /// the reason shown when it does not parse.
    bool loadProto(const QString &path);
    /// Decodes Protobuf payloads as this message type of the loaded .proto.
    void setProtoMessageType(const QString &type);
    QString payloadText() const;
    int chartPointCount() const;
    /// The field the chart shows (a JSON path; empty: the whole payload as a number).
    QString chartField() const;
    /// The numeric fields of the shown payload offered for the chart.
    QStringList chartFields() const;

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString contentType() const;
    /// The codec chosen in the view box, resolved for a payload of the shown topic.
    const schema::PayloadCodec &viewCodec(const QByteArray &payload) const;
    /// A payload shown the way the current one is.
    FormattedPayload formatted(const QByteArray &payload, qsizetype maxBytes) const;
    /// Puts the Protobuf codec of the loaded .proto and the chosen type in the registry.
    void updateProtobufCodec();
    void ensureProtoLoaded();
    void chooseProto();
    void retranslateUi();
    void renderMeta();
    void renderPayload();
    void renderProperties();
    void renderHistory();
    void renderDiff();
    void renderChart();
    /// Offers the payload's numeric fields and picks the topic's remembered one, else the
    /// first that varies over the history, else the first.
    void chooseChartField();
    void rememberChartField(const QString &field);
    void copyTopic();
    void copyPayload();

    mqtt::Message m_message;
    QList<mqtt::Message> m_history;
    QString m_note;
    bool m_hasMessage = false;
    qsizetype m_renderBytes = InitialRenderBytes;
    schema::PayloadCodecs m_codecs;
    QString m_effectiveCodec;
    std::shared_ptr<schema::ProtobufSchema> m_proto;
    QString m_protoPath;

    QTabWidget *m_tabs;
    QLabel *m_topicLabel;
    QLabel *m_metaLabel;
    QComboBox *m_viewBox;
    QPushButton *m_protoButton;
    QComboBox *m_protoType;
    QPlainTextEdit *m_payloadEdit;
    JsonHighlighter *m_highlighter;
    QLabel *m_payloadError;
    QPushButton *m_showMoreButton;
    QTreeWidget *m_properties;
    QTreeWidget *m_historyList;
    QTextBrowser *m_diffView;
    QComboBox *m_chartField;
    QHash<QString, QString> m_chartChoices; ///< topic -> field the user chose
    ValueChart *m_chart;
    Retranslator m_texts;
};

} // namespace gui
