#include "publishpump.h"

#include "benchconnection.h"

#include <algorithm>

namespace cli {

namespace {
// Messages one publisher queues per pass, so readers get their turn.
constexpr qint64 PublishBatch = 256;
} // namespace

PublishPump::PublishPump(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &PublishPump::pump);
}

void PublishPump::start(const QList<BenchConnection *> &publishers, qint64 countEach, double rate)
{
    m_publishers = publishers;
    m_count = countEach;
    m_rate = rate;
    m_sent.assign(size_t(publishers.size()), 0);
    for (BenchConnection *publisher : publishers) {
        connect(publisher, &BenchConnection::writable, this, [this] {
            if (m_sending && !m_timer.isActive())
                m_timer.start();
        });
        connect(publisher, &BenchConnection::acknowledged, this, [this](qint64 sentNs) {
            ++m_acknowledged;
            if (onAcknowledged)
                onAcknowledged(BenchConnection::nowNs() - sentNs);
            checkComplete();
        });
    }
    m_sending = true;
    m_startNs = BenchConnection::nowNs();
    m_timer.setInterval(rate > 0 ? 1 : 0);
    if (rate > 0)
        m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.start();
}

void PublishPump::stop()
{
    if (!m_sending)
        return;
    m_sending = false;
    m_timer.stop();
    m_endNs = BenchConnection::nowNs();
    checkComplete();
}

void PublishPump::pump()
{
    const qint64 now = BenchConnection::nowNs();
    bool mayContinue = false; // some publisher used its whole allowance and could send more
    bool allSent = m_count >= 0;
    for (qsizetype i = 0; i < m_publishers.size(); ++i) {
        qint64 &sent = m_sent[size_t(i)];
        qint64 allowed = m_count >= 0 ? m_count - sent : PublishBatch;
        if (m_rate > 0)
            allowed = std::min(allowed, qint64(m_rate * double(now - m_startNs) / 1e9) + 1 - sent);
        allowed = std::min(allowed, PublishBatch);
        BenchConnection *publisher = m_publishers[i];
        qint64 n = 0;
        while (n < allowed && publisher->publishNext(now))
            ++n;
        if (n > 0) {
            sent += n;
            m_totalSent += n;
        }
        mayContinue = mayContinue || (n > 0 && n == allowed);
        allSent = allSent && sent >= m_count;
    }
    if (allSent)
        stop();
    else if (!mayContinue && m_rate <= 0)
        m_timer.stop(); // every publisher waits for acknowledgements or socket space
}

void PublishPump::checkComplete()
{
    if (m_sending || m_completed)
        return;
    if (waitForAcks && m_acknowledged < m_totalSent)
        return;
    for (BenchConnection *publisher : std::as_const(m_publishers)) {
        if (publisher->bytesToWrite() > 0) {
            QTimer::singleShot(1, this, &PublishPump::checkComplete);
            return;
        }
    }
    m_completed = true;
    if (onComplete)
        onComplete();
}

} // namespace cli
