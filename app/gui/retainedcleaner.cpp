#include "retainedcleaner.h"

namespace gui {

namespace {
constexpr int TickMs = 20;
}

RetainedCleaner::RetainedCleaner(mqtt::Client *client, QStringList topics, QObject *parent)
    : QObject(parent), m_client(client), m_topics(std::move(topics))
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &RetainedCleaner::tick);
}

void RetainedCleaner::start(int ratePerSecond)
{
    m_perTick = qMax(1, ratePerSecond * TickMs / 1000);
    m_timer.start();
    tick();
}

void RetainedCleaner::cancel()
{
    m_cancelled = true;
    m_timer.stop();
    finishIfDone();
}

void RetainedCleaner::tick()
{
    if (!m_client) {
        cancel();
        return;
    }
    const int inFlight = m_next - m_done;
    const int budget = qMin(m_perTick, MaxUnacknowledged - inFlight);
    for (int i = 0; i < budget && m_next < m_topics.size(); ++i) {
        mqtt::Message clear(m_topics.at(m_next++), QByteArray(), mqtt::QoS::AtLeastOnce, true);
        mqtt::PublishHandle *handle = m_client->publish(clear);
        connect(handle, &mqtt::PublishHandle::finished, this, [this] {
            ++m_done;
            emit progress(m_done, total());
            finishIfDone();
        });
        connect(handle, &mqtt::PublishHandle::failed, this, [this] {
            ++m_done;
            ++m_failures;
            emit progress(m_done, total());
            finishIfDone();
        });
    }
    if (m_next >= m_topics.size()) {
        m_timer.stop();
        finishIfDone();
    }
}

void RetainedCleaner::finishIfDone()
{
    if (m_finished || m_done < m_next || (!m_cancelled && m_next < m_topics.size()))
        return;
    m_finished = true;
    emit finished(m_done - m_failures, m_failures);
}

} // namespace gui
