// bench noack: a QoS 1 subscriber that reads but never acknowledges, beside a healthy one, while
// a 3.1.1 publisher that does not wait for PUBACK and a 5.0 publisher publish to both. Reports
// what the healthy subscriber got, how far the publishers came and the broker's memory.
#include "benchscenario.h"

#include "cli/benchtally.h"
#include "cli/publishpump.h"

namespace cli {

namespace {

class NoAckScenario final : public BenchScenario
{
public:
    explicit NoAckScenario(const ScenarioSettings &settings)
        : BenchScenario(settings), m_durationS(settings.durationS.value_or(15)),
          m_size(settings.size.value_or(64)), m_tally(runTag())
    {
    }

    void start() override
    {
        m_silent = addConnection(QStringLiteral("noack"));
        m_silent->setAcknowledging(false);
        m_healthy = addConnection(QStringLiteral("healthy"));
        const QString target = topic(QStringLiteral("noack"));
        const mqtt::ProtocolVersion versions[] = {mqtt::ProtocolVersion::V3_1_1,
                                                  mqtt::ProtocolVersion::V5};
        for (int i = 0; i < 2; ++i) {
            BenchConnection *publisher =
                addConnection(QStringLiteral("pub%1").arg(i ? 5 : 311), versions[i]);
            publisher->setPublisherId(publisherId(i));
            publisher->setIgnoringWindow(i == 0);
            publisher->preparePublish(target, m_size, mqtt::QoS::AtLeastOnce);
            connect(publisher, &BenchConnection::acknowledged, this, [this, i] { ++m_acked[i]; });
            m_publishers.append(publisher);
        }
        connect(m_silent, &BenchConnection::received, this, [this] { ++m_silentReceived; });
        connect(m_healthy, &BenchConnection::received, this, [this](const BenchMessage &m) {
            m_lastReceiveNs = BenchConnection::nowNs();
            noteProgress();
            m_tally.record(m);
        });
        connectAll([this, target] {
            subscribe(m_silent, target, mqtt::QoS::AtLeastOnce, [this, target] {
                subscribe(m_healthy, target, mqtt::QoS::AtLeastOnce, [this] { run(); });
            });
        });
    }

private:
    void run()
    {
        m_rssBefore = brokerRssKiB();
        m_pump.start(m_publishers, -1, 0);
        QTimer::singleShot(int(m_durationS * 1000), this, [this] {
            m_pump.stop();
            m_rssAfter = brokerRssKiB();
            m_healthyAtEnd = m_tally.distinct();
            waitForDrain([this] { return m_tally.distinct() >= m_pump.totalSent(); },
                         [this] { report(); });
        });
    }

    void report()
    {
        const double seconds = double(m_pump.endNs() - m_pump.startNs()) / 1e9;
        BenchLine result = line(QStringLiteral("noack"));
        result.rate("pub311_msgs_per_s", double(m_pump.sent(0)) / seconds)
            .rate("pub5_msgs_per_s", double(m_pump.sent(1)) / seconds)
            .rate("healthy_msgs_per_s", double(m_healthyAtEnd) / seconds)
            .loss(m_tally.lost(m_pump.totalSent()), m_tally.duplicates())
            .extra("seconds", seconds, 1)
            .extra("pub311_sent", double(m_pump.sent(0)))
            .extra("pub311_acked", double(m_acked[0]))
            .extra("pub5_sent", double(m_pump.sent(1)))
            .extra("pub5_acked", double(m_acked[1]))
            .extra("healthy_received", double(m_tally.received()))
            .extra("noack_received", double(m_silentReceived))
            .extra("rss_before_kib", double(m_rssBefore))
            .extra("rss_after_kib", double(m_rssAfter))
            .extra("rss_drained_kib", double(brokerRssKiB()));
        print(result);
        finish();
    }

    double m_durationS;
    int m_size;
    BenchConnection *m_silent = nullptr;
    BenchConnection *m_healthy = nullptr;
    QList<BenchConnection *> m_publishers;
    PublishPump m_pump{this};
    LossTally m_tally;
    qint64 m_acked[2] = {0, 0};
    qint64 m_silentReceived = 0;
    qint64 m_healthyAtEnd = 0;
    qint64 m_lastReceiveNs = 0;
    qint64 m_rssBefore = -1;
    qint64 m_rssAfter = -1;
};

} // namespace

std::unique_ptr<BenchScenario> makeNoAckScenario(const ScenarioSettings &settings)
{
    return std::make_unique<NoAckScenario>(settings);
}

} // namespace cli
