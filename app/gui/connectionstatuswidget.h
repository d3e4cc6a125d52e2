#pragma once

#include <mqttcore/client.h>

#include <QLabel>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace gui {

/// Always-visible connection state of a client: connecting, connected (to where, which
/// version), reconnecting with a live countdown, or the last error in plain words.
class ConnectionStatusWidget final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    explicit ConnectionStatusWidget(mqtt::Client *client, QWidget *parent = nullptr);

    /// The state text as shown (for tests and the tab tooltip).
    QString statusText() const { return m_text; }

signals:
    void statusTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void display(const QString &text, const QColor &colour);

    QPointer<mqtt::Client> m_client;
    std::optional<mqtt::ClientError> m_lastError; ///< described when shown, in today's language
    QString m_text;
    qint64 m_reconnectAtMs = 0;
    int m_reconnectAttempt = 0;
    QTimer m_countdown;
};

} // namespace gui
