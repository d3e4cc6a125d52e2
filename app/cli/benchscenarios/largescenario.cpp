// bench large: large QoS 1 messages (default 200 x 1 MB) to a persistent subscriber that reads
// at a limited rate (default 20 MB/s). Reports what was delivered, re-delivered (DUP), how
// often the subscriber was disconnected (it reconnects and resumes its session) and the time.
#include "benchscenario.h"

#include "cli/benchtally.h"
#include "cli/publishpump.h"

namespace cli {

namespace {

constexpr int ReconnectDelayMs = 100;

class LargeScenario final : public BenchScenario
{
public:
    explicit LargeScenario(const ScenarioSettings &settings)
        : BenchScenario(settings), m_count(settings.count.value_or(200)),
          m_size(settings.size.value_or(1024 * 1024)), m_readRate(settings.readRate.value_or(20e6)),
          m_tally(runTag())
    {
    }

    void start() override
    {
        m_subscriber = addConnection(QStringLiteral("large-sub"), {}, false, true);
        m_subscriber->setReadRate(m_readRate);
        m_publisher = addConnection(QStringLiteral("large-pub"));
        m_publisher->setPublisherId(publisherId(0));
        m_publisher->preparePublish(topic(QStringLiteral("large")), m_size, mqtt::QoS::AtLeastOnce);
        connect(m_subscriber, &BenchConnection::failed, this, [this] {
            ++m_disconnects;
            QTimer::singleShot(ReconnectDelayMs, m_subscriber, &BenchConnection::open);
        });
        connect(m_subscriber, &BenchConnection::received, this, [this](const BenchMessage &m) {
            m_lastReceiveNs = BenchConnection::nowNs();
            noteProgress();
            m_tally.record(m);
        });
        connectAll([this] {
            subscribe(m_subscriber, topic(QStringLiteral("large")), mqtt::QoS::AtLeastOnce, [this] {
                m_pump.start({m_publisher}, m_count, 0);
                waitForDrain([this] { return m_tally.distinct() >= m_count; },
                             [this] { report(); });
            });
        });
    }

private:
    void report()
    {
        const double seconds = qMax(double(m_lastReceiveNs - m_pump.startNs()) / 1e9, 1e-9);
        BenchLine result = line(QStringLiteral("large"));
        result.rate("deliv_msgs_per_s", double(m_tally.distinct()) / seconds)
            .rate("deliv_mb_per_s", double(m_tally.distinct()) * m_size / 1e6 / seconds)
            .loss(m_tally.lost(m_count), m_tally.duplicates())
            .extra("delivered", double(m_tally.distinct()))
            .extra("redelivered_dup_flag", double(m_tally.dupFlagged()))
            .extra("disconnects", double(m_disconnects))
            .extra("seconds", seconds, 1)
            .extra("size", m_size)
            .extra("read_rate_mb_per_s", m_readRate / 1e6, 1)
            .extra("pub_acked", double(m_pump.acknowledged()));
        print(result);
        finish();
    }

    qint64 m_count;
    int m_size;
    double m_readRate;
    BenchConnection *m_subscriber = nullptr;
    BenchConnection *m_publisher = nullptr;
    PublishPump m_pump{this};
    LossTally m_tally;
    qint64 m_disconnects = 0;
    qint64 m_lastReceiveNs = 0;
};

} // namespace

std::unique_ptr<BenchScenario> makeLargeScenario(const ScenarioSettings &settings)
{
    return std::make_unique<LargeScenario>(settings);
}

} // namespace cli
