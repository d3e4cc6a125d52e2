#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace cli {

class BenchConnection;

/// Drives a set of bench publishers: each sends `count` prepared publishes (or until stop()),
/// as fast as its socket and QoS window let it or at a fixed rate, a batch per pass so that
/// readers get their turn. Idle while every publisher waits: writable() restarts it.
class PublishPump final : public QObject
{
public:
    explicit PublishPump(QObject *parent = nullptr);

    /// countEach -1: until stop(); rate: messages per second per publisher, 0 = unbounded.
    void start(const QList<BenchConnection *> &publishers, qint64 countEach, double rate);
    /// Ends sending now (a timed run is over).
    void stop();

    qint64 sent(int publisher) const { return m_sent[size_t(publisher)]; }
    qint64 totalSent() const { return m_totalSent; }
    qint64 acknowledged() const { return m_acknowledged; }
    bool isSending() const { return m_sending; }
    qint64 startNs() const { return m_startNs; }
    /// When sending ended (0 while sending).
    qint64 endNs() const { return m_endNs; }

    /// Called once sending has ended, the bytes have left and (waitForAcks) every QoS 1/2
    /// publish was acknowledged.
    std::function<void()> onComplete;
    /// Called for each acknowledgement with its round trip.
    std::function<void(qint64 latencyNs)> onAcknowledged;
    bool waitForAcks = false;

private:
    void pump();
    void checkComplete();

    QList<BenchConnection *> m_publishers;
    std::vector<qint64> m_sent;
    QTimer m_timer;
    qint64 m_count = -1;
    double m_rate = 0;
    qint64 m_totalSent = 0;
    qint64 m_acknowledged = 0;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    bool m_sending = false;
    bool m_completed = false;
};

} // namespace cli
