#pragma once

#include "retranslator.h"
#include "savedmessagestore.h"

#include <mqttcore/client.h>
#include <schema/payloadcodecs.h>
#include <schema/payloadtemplate.h>

#include <QTimer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace gui {

/// Compose and publish: topic with completion from the topics seen, payload as text, JSON
/// (validated), hex or base64, QoS, retain, MQTT 5 properties, recent messages, saved
/// collections, and publishing repeatedly at an interval. With "Template" on, the payload is a
/// payload template (schema/payloadtemplate.h) filled in anew at each publish, then encoded.
class PublishPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishPanel)

public:
    PublishPanel(mqtt::Client *client, SavedMessageStore *store, QWidget *parent = nullptr);

    /// Topics offered for completion (a list model of topic strings).
    void setTopicCompletionModel(QAbstractItemModel *model);
    void setTopic(const QString &topic);
    /// Loads a composed message into the editor.
    void load(const SavedMessage &message);
    /// The message in the editor, or nullopt with a reason for the user. A template is filled
    /// in as the next publish would fill it, without counting.
    std::optional<mqtt::Message> buildMessage(QString *errorMessage) const;
    SavedMessage composed() const;

    bool isRepeating() const { return m_repeatTimer.isActive(); }

public slots:
    /// Publishes the editor's message; false (with a status message) if it is not valid.
    bool publish();
    void focusTopic();

signals:
    void statusMessage(const QString &text);
    void published(const mqtt::Message &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The message with the payload text that `expander` gives (the editor's text when null).
    std::optional<mqtt::Message> build(QString *errorMessage,
                                       schema::PayloadTemplate *expander) const;
    /// Parses the editor's text as a template (when on): the counter starts again.
    void updateTemplate();
    void validate();
    void toggleRepeat();
    void refreshLists();
    void saveToCollection();

    mqtt::Client *m_client;
    SavedMessageStore *m_store;
    QLineEdit *m_topicEdit;
    schema::PayloadCodecs m_codecs;
    QComboBox *m_formatBox;
    QCheckBox *m_templateBox;
    QPlainTextEdit *m_payloadEdit;
    QLabel *m_validation;
    QComboBox *m_qosBox;
    QCheckBox *m_retainBox;
    QToolButton *m_v5Toggle;
    QWidget *m_v5Fields;
    QLineEdit *m_contentType;
    QLineEdit *m_responseTopic;
    QLineEdit *m_correlationData;
    QSpinBox *m_expiry;
    QTableWidget *m_userProperties;
    QPushButton *m_publishButton;
    QSpinBox *m_repeatInterval;
    QPushButton *m_repeatButton;
    QTreeWidget *m_library;
    QTimer m_repeatTimer;
    std::optional<schema::PayloadTemplate> m_template;
    QString m_templateError;
    Retranslator m_texts;
};

} // namespace gui
