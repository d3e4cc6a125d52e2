#pragma once

#include <mqttcore/client.h>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace gui {

/// Clears retained messages on a list of topics by publishing an empty retained message to
/// each [MQTT-3.3.1-6], at a bounded rate and with a bounded number unacknowledged (QoS 1), so
/// that thousands of topics clear without overwhelming the broker.
class RetainedCleaner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetainedCleaner)

public:
    static constexpr int DefaultRatePerSecond = 500;
    static constexpr int MaxUnacknowledged = 100;

    RetainedCleaner(mqtt::Client *client, QStringList topics, QObject *parent = nullptr);

    void start(int ratePerSecond = DefaultRatePerSecond);
    void cancel();
    int total() const { return int(m_topics.size()); }
    int done() const { return m_done; }

signals:
    void progress(int done, int total);
    /// All sent and acknowledged (or cancelled, or failed: `failures` counts refusals).
    void finished(int cleared, int failures);

private:
    void tick();
    void finishIfDone();

    QPointer<mqtt::Client> m_client;
    QStringList m_topics;
    int m_next = 0;
    int m_done = 0;
    int m_failures = 0;
    int m_perTick = 1;
    bool m_cancelled = false;
    bool m_finished = false;
    QTimer m_timer;
};

} // namespace gui
