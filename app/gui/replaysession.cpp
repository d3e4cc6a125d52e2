#include "replaysession.h"

#include <mqttcore/client.h>

namespace gui {

namespace {
/// Messages sent per event-loop turn at full speed, so the window stays responsive.
constexpr qsizetype burst = 200;
} // namespace

ReplaySession::ReplaySession(const QList<mqtt::Message> &messages, mqtt::Client *client,
                             double speed, QObject *parent)
    : QObject(parent), m_messages(messages), m_client(client), m_speed(std::max(0.0, speed))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplaySession::sendDue);
}

ReplaySession::~ReplaySession() = default;

void ReplaySession::start()
{
    m_next = 0;
    m_clock.start();
    m_timer.start(0);
}

void ReplaySession::cancel()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit finished();
}

void ReplaySession::sendDue()
{
    if (!m_client) {
        emit finished();
        return;
    }
    const QDateTime origin = m_messages.isEmpty() ? QDateTime() : m_messages.first().receivedAt();
    qsizetype sentNow = 0;
    while (m_next < m_messages.size()) {
        const mqtt::Message &recorded = m_messages.at(m_next);
        if (m_speed > 0) {
            const auto due = qint64(double(origin.msecsTo(recorded.receivedAt())) / m_speed);
            const qint64 wait = due - m_clock.elapsed();
            if (wait > 0) {
                m_timer.start(int(std::min<qint64>(wait, 60'000)));
                emit progress(m_next, m_messages.size());
                return;
            }
        } else if (sentNow == burst) {
            m_timer.start(0);
            emit progress(m_next, m_messages.size());
            return;
        }
        if (recorded.properties().subscriptionIdentifiers.isEmpty()) {
            m_client->publish(recorded);
        } else {
            mqtt::Message message = recorded;
            message.properties().subscriptionIdentifiers.clear();
            m_client->publish(message);
        }
        ++m_next;
        ++sentNow;
    }
    emit progress(m_next, m_messages.size());
    emit finished();
}

} // namespace gui
