// bench flood / bench latency: publishers -> one subscriber for a while; every message carries
// its publisher and sequence number, so the subscriber counts what was lost or duplicated.
#include "benchscenario.h"
#include "latencies.h"

#include "cli/benchtally.h"
#include "cli/publishpump.h"

namespace cli {

namespace {

class FloodScenario final : public BenchScenario
{
public:
    FloodScenario(const ScenarioSettings &settings, bool latency)
        : BenchScenario(settings),
          m_name(latency ? QStringLiteral("latency") : QStringLiteral("flood")),
          m_publisherCount(settings.publishers.value_or(latency ? 1 : 8)),
          m_durationS(settings.durationS.value_or(10)), m_size(settings.size.value_or(64)),
          m_rate(settings.rate.value_or(latency ? 5000 : 0)),
          m_qos(settings.qos.value_or(latency ? mqtt::QoS::AtLeastOnce : mqtt::QoS::AtMostOnce)),
          m_tally(runTag())
    {
        m_latencies.reserve(m_rate > 0 ? size_t(m_rate * m_durationS * m_publisherCount * 1.1)
                                       : size_t(1) << 20);
    }

    void start() override
    {
        m_subscriber = addConnection(QStringLiteral("sub"));
        for (int i = 0; i < m_publisherCount; ++i) {
            BenchConnection *publisher = addConnection(QStringLiteral("pub%1").arg(i));
            publisher->setPublisherId(publisherId(i));
            publisher->preparePublish(topic(QStringLiteral("flood/%1").arg(i)), m_size, m_qos);
            m_publishers.append(publisher);
        }
        connect(m_subscriber, &BenchConnection::received, this, [this](const BenchMessage &m) {
            m_lastReceiveNs = BenchConnection::nowNs();
            noteProgress();
            if (m_tally.record(m))
                m_latencies.add(m_lastReceiveNs - m.sentNs);
        });
        connectAll([this] {
            subscribe(m_subscriber, topic(QStringLiteral("flood/+")), m_qos, [this] {
                m_pump.start(m_publishers, -1, m_rate);
                QTimer::singleShot(int(m_durationS * 1000), this, [this] {
                    m_pump.stop();
                    waitForDrain([this] { return m_tally.distinct() >= m_pump.totalSent(); },
                                 [this] { report(); });
                });
            });
        });
    }

private:
    void report()
    {
        const double sendSeconds = double(m_pump.endNs() - m_pump.startNs()) / 1e9;
        const double deliverSeconds = qMax(double(m_lastReceiveNs - m_pump.startNs()) / 1e9, 1e-9);
        BenchLine result = line(m_name);
        result.rate("pub_msgs_per_s", double(m_pump.totalSent()) / sendSeconds)
            .rate("deliv_msgs_per_s", double(m_tally.distinct()) / deliverSeconds)
            .loss(m_tally.lost(m_pump.totalSent()), m_tally.duplicates())
            .extra("deliv_mb_per_s", double(m_tally.distinct()) * m_size / 1e6 / deliverSeconds, 2)
            .extra("publishers", m_publisherCount)
            .extra("qos", int(m_qos))
            .extra("size", m_size)
            .extra("seconds", sendSeconds, 1)
            .extra("sent", double(m_pump.totalSent()))
            .extra("received", double(m_tally.received()));
        m_latencies.addTo(result);
        print(result);
        finish();
    }

    QString m_name;
    int m_publisherCount;
    double m_durationS;
    int m_size;
    double m_rate;
    mqtt::QoS m_qos;
    BenchConnection *m_subscriber = nullptr;
    QList<BenchConnection *> m_publishers;
    PublishPump m_pump{this};
    LossTally m_tally;
    Latencies m_latencies;
    qint64 m_lastReceiveNs = 0;
};

} // namespace

std::unique_ptr<BenchScenario> makeFloodScenario(const ScenarioSettings &settings, bool latency)
{
    return std::make_unique<FloodScenario>(settings, latency);
}

} // namespace cli
