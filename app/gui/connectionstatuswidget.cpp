#include "connectionstatuswidget.h"

#include "errortext.h"

#include <QDateTime>
#include <QEvent>

namespace gui {

ConnectionStatusWidget::ConnectionStatusWidget(mqtt::Client *client, QWidget *parent)
    : QLabel(parent), m_client(client)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(false);
    // Never widen the window for a long host name or error; the tooltip has it all.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(100);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionStatusWidget::refresh);
    connect(client, &mqtt::Client::stateChanged, this, [this](mqtt::Client::State state) {
        if (state == mqtt::Client::State::Connected || state == mqtt::Client::State::Connecting)
            m_lastError.reset();
        if (state != mqtt::Client::State::Reconnecting)
            m_reconnectAtMs = 0;
        refresh();
    });
    connect(client, &mqtt::Client::errorOccurred, this, [this](const mqtt::ClientError &error) {
        // Refused publishes and the like are reported where they happen, not as the
        // connection's state.
        using Kind = mqtt::ClientError::Kind;
        for (Kind operationKind : {Kind::Rejected, Kind::QueueFull, Kind::Timeout, Kind::Cancelled,
                                   Kind::PacketTooLarge, Kind::NotConnected}) {
            if (error.kind == operationKind)
                return;
        }
        m_lastError = error;
        refresh();
    });
    connect(client, &mqtt::Client::reconnectScheduled, this, [this](int attempt, int delayMs) {
        m_reconnectAttempt = attempt;
        m_reconnectAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
        refresh();
    });
    refresh();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void ConnectionStatusWidget::display(const QString &text, const QColor &colour)
{
    setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                .arg(colour.name(), text.toHtmlEscaped()));
    setToolTip(text);
    if (text != m_text) {
        m_text = text;
        emit statusTextChanged(text);
    }
}

void ConnectionStatusWidget::refresh()
{
    if (!m_client)
        return;
    const QString where = m_client->options().url().toString();
    m_countdown.stop();
    switch (m_client->state()) {
    case mqtt::Client::State::Disconnected:
        if (m_lastError)
            display(tr("Error: %1").arg(describeClientError(*m_lastError)),
                    QColor(0xD0, 0x30, 0x30));
        else
            display(tr("Disconnected"), QColor(0x90, 0x90, 0x90));
        break;
    case mqtt::Client::State::Connecting:
        display(tr("Connecting to %1…").arg(where), QColor(0xE0, 0x9B, 0x1A));
        break;
    case mqtt::Client::State::Connected:
        display(tr("Connected to %1 (MQTT %2)")
                    .arg(where, QString::fromLatin1(
                                    mqtt::protocolVersionName(m_client->protocolVersion()))),
                QColor(0x2E, 0xA0, 0x43));
        setToolTip(statusText() + u'\n' + tr("Client ID: %1").arg(m_client->clientId()));
        break;
    case mqtt::Client::State::Reconnecting: {
        QString text;
        const qint64 remainingMs = m_reconnectAtMs - QDateTime::currentMSecsSinceEpoch();
        if (m_reconnectAtMs > 0 && remainingMs > 0) {
            text = tr("Reconnecting in %1 s (attempt %2)")
                       .arg((remainingMs + 999) / 1000)
                       .arg(m_reconnectAttempt);
            m_countdown.start();
        } else {
            text = tr("Reconnecting (attempt %1)…").arg(m_reconnectAttempt);
        }
        if (m_lastError)
            text += QStringLiteral(" — ") + describeClientError(*m_lastError);
        display(text, QColor(0xE0, 0x9B, 0x1A));
        break;
    }
    }
}

} // namespace gui
