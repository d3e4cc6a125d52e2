#pragma once

#include <mqttcore/message.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mqtt {
class Client;
}

namespace gui {

/// Publishes a recording through a client, keeping the recorded gaps between messages divided
/// by a speed factor (2 = twice as fast), or as fast as possible with speed 0. Topic, payload,
/// QoS, retain and the properties a publisher may send are kept; subscription identifiers
/// (which only a server may send [MQTT-3.3.4-6]) are dropped.
class ReplaySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaySession)

public:
    ReplaySession(const QList<mqtt::Message> &messages, mqtt::Client *client, double speed,
                  QObject *parent = nullptr);
    ~ReplaySession() override;

    void start();
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    qsizetype sentCount() const { return m_next; }
    qsizetype totalCount() const { return m_messages.size(); }

signals:
    void progress(qsizetype sent, qsizetype total);
    void finished();

private:
    void sendDue();

    QList<mqtt::Message> m_messages;
    QPointer<mqtt::Client> m_client;
    double m_speed;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace gui
