#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace schema {
class ProtobufSchema;
} // namespace schema

namespace gui {

class ConnectionSession;

/// Shows the message chosen in a connection (its list or its topic tree) decoded with a schema:
/// Sparkplug B for topics under "spBv1.0/", otherwise Protobuf with a .proto file and message
/// type the user picks (parsed at run time).
class SchemaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaPanel)

public:
    explicit SchemaPanel(QWidget *parent = nullptr);
    ~SchemaPanel() override;

    /// Follows the message chosen in `session` (nullptr: none).
    void setConnection(ConnectionSession *session);
    /// Loads a .proto file; false (with the reason shown) when it does not parse.
    bool loadProto(const QString &path);
    /// Decodes one payload as the panel would for the selected message.
    void showMessage(const QString &topic, const QByteArray &payload);
    QString decodedText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void chooseProto();

    std::unique_ptr<schema::ProtobufSchema> m_schema;
    QPointer<ConnectionSession> m_session;
    QMetaObject::Connection m_selectionConnection;
    QString m_protoPath;
    QString m_topic;
    QByteArray m_payload;
    QPushButton *m_loadButton;
    QComboBox *m_messageType;
    QLabel *m_status;
    QPlainTextEdit *m_text;
};

} // namespace gui
