#include "benchscenario.h"

#include "cli/benchprocess.h"
#include "cli/benchtally.h"
#include "cli/exitcodes.h"

#include <QCoreApplication>

#include <unistd.h>

namespace cli {

namespace {
constexpr int DrainPollMs = 50;
} // namespace

BenchScenario::BenchScenario(const ScenarioSettings &settings)
    : m_settings(settings), m_tag(quint32(::getpid()) & 0xFFFFFF)
{
    m_drainTimer.setInterval(DrainPollMs);
}

BenchConnection *BenchScenario::addConnection(const QString &role,
                                              std::optional<mqtt::ProtocolVersion> version,
                                              bool cleanStart, bool tolerant)
{
    mqtt::ConnectOptions options = m_settings.options;
    if (version)
        options.protocolVersion = *version;
    options.cleanStart = cleanStart;
    auto *connection = new BenchConnection(options, m_settings.clientPrefix + role, this);
    if (!tolerant)
        connect(connection, &BenchConnection::failed, this, [this, role](const QString &message) {
            fail(role + QStringLiteral(": ") + message);
        });
    m_connections.append(connection);
    return connection;
}

void BenchScenario::connectAll(std::function<void()> then)
{
    auto shared = std::make_shared<std::function<void()>>(std::move(then));
    for (BenchConnection *connection : std::as_const(m_connections)) {
        if (connection->isConnected() || connection->isClosing())
            continue;
        ++m_pendingConnects;
        auto *context = new QObject(this);
        connect(connection, &BenchConnection::connected, context, [this, context, shared] {
            context->deleteLater();
            if (--m_pendingConnects == 0)
                (*shared)();
        });
        connection->open();
    }
    if (m_pendingConnects == 0)
        (*shared)();
}

void BenchScenario::subscribe(BenchConnection *connection, const QString &filter, mqtt::QoS qos,
                              std::function<void()> then)
{
    auto *context = new QObject(this);
    connect(connection, &BenchConnection::subscribed, context, [context, then = std::move(then)] {
        context->deleteLater();
        then();
    });
    connection->subscribe(filter, qos);
}

void BenchScenario::waitForDrain(std::function<bool()> done, std::function<void()> then)
{
    noteProgress();
    m_drainTimer.disconnect(this);
    connect(&m_drainTimer, &QTimer::timeout, this,
            [this, done = std::move(done), then = std::move(then)] {
                const bool idle = BenchConnection::nowNs() - m_lastProgressNs >
                                  qint64(m_settings.idleTimeoutS) * 1000000000;
                if (!done() && !idle)
                    return;
                m_drainTimer.stop();
                then();
            });
    m_drainTimer.start();
}

QString BenchScenario::topic(const QString &suffix) const
{
    return QStringLiteral("bench/%1/%2").arg(m_tag).arg(suffix);
}

quint32 BenchScenario::publisherId(int index) const
{
    return LossTally::publisherId(m_tag, index);
}

qint64 BenchScenario::brokerRssKiB() const
{
    return benchprocess::rssKiB(m_settings.brokerPid);
}

void BenchScenario::finish()
{
    if (std::exchange(m_finished, true))
        return;
    for (BenchConnection *connection : std::as_const(m_connections))
        connection->close();
    QTimer::singleShot(100, this, [] { QCoreApplication::exit(ExitSuccess); });
}

void BenchScenario::fail(const QString &message)
{
    if (std::exchange(m_finished, true))
        return;
    printError(QStringLiteral("bench"), message);
    QCoreApplication::exit(ExitConnectionFailed);
}

QStringList scenarioModes()
{
    return {QStringLiteral("retained"), QStringLiteral("flood"), QStringLiteral("noack"),
            QStringLiteral("large"), QStringLiteral("latency")};
}

std::unique_ptr<BenchScenario> makeScenario(const QString &mode, const ScenarioSettings &settings)
{
    if (mode == QLatin1String("retained"))
        return makeRetainedScenario(settings);
    if (mode == QLatin1String("flood") || mode == QLatin1String("latency"))
        return makeFloodScenario(settings, mode == QLatin1String("latency"));
    if (mode == QLatin1String("noack"))
        return makeNoAckScenario(settings);
    if (mode == QLatin1String("large"))
        return makeLargeScenario(settings);
    return nullptr;
}

} // namespace cli
