#pragma once

#include "messagerecord.h"
#include "payloadformatter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace gui {

class JsonHighlighter;
class ValueChart;

/// Everything about one message: the payload in a chosen or detected format (text, pretty JSON
/// with highlighting, hex dump, base64, CBOR, MessagePack), its MQTT 5 properties, the earlier
/// values of its topic with a diff against it, and a chart of the topic's numeric values.
/// Large payloads are rendered a chunk at a time ("Show more").
class MessageDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailView)

public:
    static constexpr qsizetype InitialRenderBytes = 256 * 1024;

    explicit MessageDetailView(QWidget *parent = nullptr);

    /// Shows `message`; `history` are earlier messages on its topic, newest first.
    void setMessage(const MessageRecord &message, const QList<MessageRecord> &history);
    void clear();
    bool hasMessage() const { return m_hasMessage; }
    const MessageRecord &message() const { return m_message; }

    void setView(mqtt::PayloadFormat view);
    /// The view in use (Auto resolved).
    mqtt::PayloadFormat effectiveView() const { return m_effectiveView; }
    QString payloadText() const;
    int chartPointCount() const;

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString contentType() const;
    void renderPayload();
    void renderProperties();
    void renderHistory();
    void renderDiff();
    void renderChart();
    void copyTopic();
    void copyPayload();

    MessageRecord m_message;
    QList<MessageRecord> m_history;
    bool m_hasMessage = false;
    qsizetype m_renderBytes = InitialRenderBytes;
    mqtt::PayloadFormat m_effectiveView = mqtt::PayloadFormat::Text;

    QTabWidget *m_tabs;
    QLabel *m_topicLabel;
    QLabel *m_metaLabel;
    QComboBox *m_viewBox;
    QPlainTextEdit *m_payloadEdit;
    JsonHighlighter *m_highlighter;
    QLabel *m_payloadError;
    QPushButton *m_showMoreButton;
    QTreeWidget *m_properties;
    QTreeWidget *m_historyList;
    QTextBrowser *m_diffView;
    QLineEdit *m_chartField;
    ValueChart *m_chart;
};

} // namespace gui
