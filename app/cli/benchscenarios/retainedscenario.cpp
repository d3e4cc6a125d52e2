// bench retained: store N retained messages (sensor/<i/1000>/<i%1000>), then new clients
// subscribe to '#' at QoS 0, 1 and 2 and count what arrives and how fast; then one subscribes to
// a narrow filter (sensor/42/+) among them. The retained messages are cleared at the end.
#include "benchscenario.h"

#include "cli/benchtally.h"
#include "cli/publishpump.h"

#include <charconv>

namespace cli {

namespace {

constexpr qint64 TopicsPerGroup = 1000;

void appendNumber(QByteArray &out, quint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void sensorTopic(quint64 sequence, QByteArray &topic)
{
    topic.clear();
    topic.append("sensor/");
    appendNumber(topic, sequence / TopicsPerGroup);
    topic.append('/');
    appendNumber(topic, sequence % TopicsPerGroup);
}

class RetainedScenario final : public BenchScenario
{
public:
    explicit RetainedScenario(const ScenarioSettings &settings)
        : BenchScenario(settings), m_count(settings.count.value_or(100000)),
          m_filter(settings.filter.isEmpty() ? QStringLiteral("sensor/42/+") : settings.filter)
    {
        if (settings.qos)
            m_levels = {*settings.qos};
    }

    void start() override
    {
        m_publisher = addConnection(QStringLiteral("retained-pub"));
        m_publisher->setPublisherId(publisherId(0));
        connectAll([this] { publish(BenchConnection::PayloadHeaderSize, [this] { readAll(0); }); });
    }

private:
    /// Publishes the N retained messages (or, with size 0, clears them) at QoS 1 and calls
    /// `then` once all are acknowledged.
    void publish(int size, std::function<void()> then)
    {
        m_publisher->preparePublish(QString(), size, mqtt::QoS::AtLeastOnce, true, sensorTopic);
        delete m_pump;
        m_pump = new PublishPump(this);
        m_pump->waitForAcks = true;
        m_pump->onComplete = [this, then = std::move(then)] {
            m_storeSeconds = double(BenchConnection::nowNs() - m_pump->startNs()) / 1e9;
            then();
        };
        m_pump->start({m_publisher}, m_count, 0);
    }

    /// A new client subscribes to `filter` and counts the retained messages it gets.
    void readAll(qsizetype level)
    {
        if (level == m_levels.size()) {
            readNarrow();
            return;
        }
        subscribeAndCount(QStringLiteral("#"), m_levels[level], m_count, [this, level] {
            report(QStringLiteral("retained-q%1").arg(int(m_levels[level])), m_count);
            readAll(level + 1);
        });
    }

    void readNarrow()
    {
        // Matches of sensor/G/+ among N: the group G's share of 0..N-1 (sensor/42/+ by default).
        const QStringList levels = m_filter.split(QLatin1Char('/'));
        bool ok = false;
        const qint64 group = levels.value(1).toLongLong(&ok);
        const qint64 expected =
            ok ? qBound<qint64>(0, m_count - group * TopicsPerGroup, TopicsPerGroup) : -1;
        subscribeAndCount(m_filter, mqtt::QoS::AtMostOnce, expected, [this, expected] {
            report(QStringLiteral("retained-narrow"), expected);
            publish(0, [this] { finish(); });
        });
    }

    void subscribeAndCount(const QString &filter, mqtt::QoS qos, qint64 expected,
                           std::function<void()> then)
    {
        m_tally = std::make_unique<LossTally>(runTag());
        const int phase = ++m_subscribers;
        BenchConnection *subscriber = addConnection(QStringLiteral("retained-sub%1").arg(phase));
        connect(subscriber, &BenchConnection::received, this, [this, phase](const BenchMessage &m) {
            if (phase != m_subscribers)
                return; // a closed subscriber's last bytes
            m_lastReceiveNs = BenchConnection::nowNs();
            noteProgress();
            m_tally->record(m);
        });
        connectAll([this, subscriber, filter, qos, expected, then = std::move(then)] {
            m_subscribeNs = BenchConnection::nowNs();
            m_lastReceiveNs = m_subscribeNs;
            subscriber->subscribe(filter, qos);
            waitForDrain([this, expected] { return m_tally->distinct() >= expected; },
                         [subscriber, then] {
                             subscriber->close();
                             then();
                         });
        });
    }

    void report(const QString &scenario, qint64 expected)
    {
        const double seconds = qMax(double(m_lastReceiveNs - m_subscribeNs) / 1e9, 1e-9);
        BenchLine result = line(scenario);
        result.rate("msgs_per_s", double(m_tally->distinct()) / seconds)
            .loss(m_tally->lost(expected), m_tally->duplicates())
            .extra("stored", double(m_count))
            .extra("expected", double(expected))
            .extra("distinct", double(m_tally->distinct()))
            .extra("foreign", double(m_tally->foreign()))
            .extra("ms_to_last", seconds * 1000, 1)
            .extra("store_msgs_per_s", double(m_count) / m_storeSeconds);
        print(result);
    }

    qint64 m_count;
    QString m_filter;
    QList<mqtt::QoS> m_levels{mqtt::QoS::AtMostOnce, mqtt::QoS::AtLeastOnce,
                              mqtt::QoS::ExactlyOnce};
    BenchConnection *m_publisher = nullptr;
    PublishPump *m_pump = nullptr;
    std::unique_ptr<LossTally> m_tally;
    int m_subscribers = 0;
    qint64 m_subscribeNs = 0;
    qint64 m_lastReceiveNs = 0;
    double m_storeSeconds = 1;
};

} // namespace

std::unique_ptr<BenchScenario> makeRetainedScenario(const ScenarioSettings &settings)
{
    return std::make_unique<RetainedScenario>(settings);
}

} // namespace cli
